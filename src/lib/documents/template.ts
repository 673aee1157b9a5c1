/**
 * A template (src/content/skabeloner) as a document: the same title, source line, introduction,
 * section headings, help texts, fields and tables as its print view, blank or with what was
 * typed. Built from the one content entry, generically over everything the schema allows, so a
 * new field or table in the data is in the documents without a change here. Pure.
 */
import type { z } from 'astro/zod';
import type { skabelonSchema } from '../../content/schemas';
import { typed, fileSlug, type DocBlock, type DocCell, type DocModel } from './model';

type Skabelon = z.infer<typeof skabelonSchema>;
/** What the page hands over: the entry's data (as the schema outputs it) and its id. */
export type TemplateData = Pick<Skabelon, 'titel' | 'orientering' | 'indledning' | 'sektioner'> & { id: string };
/** Typed values by key (see `templateKeys`): text, or a checkbox's state. */
export type TemplateValues = Readonly<Record<string, string | boolean | undefined>>;

/**
 * The ids of the template page's form controls, which are also the keys of `TemplateValues`.
 * The page renders its controls with these and the download reads the controls by them, so
 * the scheme exists once.
 */
export const templateKeys = {
  field: (templateId: string, fieldId: string) => `${templateId}-${fieldId}`,
  cell: (templateId: string, section: number, row: number, col: number) => `${templateId}-s${section}-r${row}-c${col}`,
  rowLabel: (templateId: string, section: number, row: number) => `${templateId}-s${section}-r${row}-navn`,
};

/** Said under a section whose fields the site adds to the source's form (date, names). */
export const ADDED_FIELDS_NOTE = 'Felter tilføjet af sitet – de står ikke i kildens skema.';

/** The label the page gives a table row the user names himself ("Eget område 1"). */
export const ownRowLabel = (n: number) => `Eget område ${n}`;

export function fromTemplate(t: TemplateData, values: TemplateValues, opts: { source: string }): DocModel {
  const blocks: DocBlock[] = t.indledning.map((text) => ({ type: 'paragraph', text }));
  t.sektioner.forEach((s, si) => {
    blocks.push({ type: 'heading', level: 2, text: s.overskrift, ...(s.nySide ? { pageBreakBefore: true } : {}) });
    if (s.tilfoejet) blocks.push({ type: 'paragraph', text: ADDED_FIELDS_NOTE, style: 'muted' });
    if (s.hjaelp) blocks.push({ type: 'paragraph', text: s.hjaelp, style: 'muted' });
    for (const f of s.felter) {
      const key = templateKeys.field(t.id, f.id);
      switch (f.type) {
        case 'afkrydsning':
          blocks.push({ type: 'check', label: f.label, checked: values[key] === true });
          break;
        case 'tekst':
        case 'linje':
        case 'dato':
          // The source's worked example (`eksempel`) is screen-only in the print view: left out.
          // the site's added one-line fields (date, names) stand side by side, as in print
          blocks.push({ type: 'field', label: f.label, value: typed(values[key]), lines: f.type === 'tekst' ? f.linjer : 1, ...(s.tilfoejet && f.type !== 'tekst' ? { inline: true } : {}) });
          break;
        default: {
          const never: never = f.type;
          throw new Error(`unknown field type ${String(never)}`);
        }
      }
    }
    if (s.tabel) {
      const tab = s.tabel;
      // a cell to write in: what was typed on its lines, as the print view shows it
      const cell = (v: unknown, lines: number): DocCell => ({ text: typed(v), lines });
      const rows: DocCell[][] = [];
      const total = tab.raekker.length + tab.tommeRaekker;
      for (let ri = 0; ri < total; ri++) {
        const label = ri < tab.raekker.length ? { text: tab.raekker[ri]! } : cell(values[templateKeys.rowLabel(t.id, si, ri)], 1);
        rows.push([label, ...tab.kolonner.map((_, ci) => cell(values[templateKeys.cell(t.id, si, ri, ci)], tab.linjer))]);
      }
      const rest = (1 - 0.22) / tab.kolonner.length;
      blocks.push({
        type: 'table',
        columns: [tab.raekkeOverskrift ?? '', ...tab.kolonner],
        rowHeaders: true,
        rows,
        // as the print view: the row labels take 22 %, the answer columns share the rest
        widths: [0.22, ...tab.kolonner.map(() => rest)],
      });
    }
  });
  return {
    title: t.titel,
    source: opts.source,
    language: 'da-DK',
    orientation: t.orientering,
    footer: `${t.titel} · Kilde: ${opts.source}`,
    blocks,
    filename: fileSlug(t.id),
  };
}
