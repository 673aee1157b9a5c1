/**
 * The generated documents' inputs, read from the content on disk and shaped as the pages hand
 * them over (templates, checklists with their advice), and one sample of every kind of
 * document the site makes: each template blank and filled in briefly, Min plan, and each
 * checklist's report with a three-colleague team view. For the document unit tests.
 */
import { readContent } from './content-files';
import { formatCitation, type KildeLike } from '../../src/lib/citation';
import { adviceFrom, siteLinkNote } from '../../src/lib/selvtjek/advice';
import { SCALE_CODES } from '../../src/lib/selvtjek/scales';
import type { DocModel } from '../../src/lib/documents/model';
import { fromTemplate, templateKeys, type TemplateData, type TemplateValues } from '../../src/lib/documents/template';
import { fromPlan } from '../../src/lib/documents/plan';
import { fromSelvtjekReport, type ReportChecklist, type TeamMember } from '../../src/lib/documents/selvtjek';

export const { catalog } = readContent(process.cwd());
const kilde = (id: string) => catalog.kilder!.find((k) => k.id === id)!.data as unknown as KildeLike;
export const cite = (d: { kilde: string; sider: string }) => formatCitation(kilde(d.kilde), d.sider);

export type SampleTemplate = TemplateData & { kilde: string; sider: string; a4Sider: number };
export const templates: SampleTemplate[] = catalog.skabeloner!.map((e) => ({ ...(e.data as unknown as Omit<SampleTemplate, 'id'>), id: e.id }));

const anbefaling = (id: string) => (catalog.anbefalinger!.find((x) => x.id === id) ?? catalog.mekanismer!.find((x) => x.id === id))!.data as any;

export function checklistFromContent(id: string): ReportChecklist {
  const t = catalog.tjeklister!.find((x) => x.id === id)!.data as any;
  const rec = (rid: string, q: any) => {
    const e = anbefaling(rid);
    // as src/lib/selvtjek/view.ts: a link the source does not make carries the site's note
    const own = rid === q.anbefaling;
    return {
      tekst: e.titel,
      href: `/${e.side}/#${rid}`,
      forklaring: adviceFrom(e, cite(e)),
      ...(own ? {} : { henvisning: siteLinkNote(e.type ?? 'mekanisme') }),
      ...(own && (q.tekst ?? e.titel) === e.titel ? { isQuestion: true as const } : {}),
    };
  };
  return {
    id,
    titel: t.titel,
    skala: t.skala,
    intro: t.intro,
    citation: cite(t),
    omraader: t.omraader.map((o: any) => ({
      id: o.id,
      titel: o.titel,
      ...(o.svarformulering ? { svarformulering: o.svarformulering } : {}),
      spoergsmaal: o.spoergsmaal.map((q: any) => {
        // a question that is a recommendation reads its heading (as src/lib/catalog.ts does)
        const anbefalinger: string[] = [...(q.anbefaling && !(q.anbefalinger ?? []).includes(q.anbefaling) ? [q.anbefaling] : []), ...(q.anbefalinger ?? [])];
        return {
          id: q.id,
          tekst: q.tekst ?? anbefaling(q.anbefaling).titel,
          underpunkter: q.underpunkter ?? [],
          efterskrift: q.efterskrift,
          anbefalinger,
          passager: q.passager ?? [],
          links: [...anbefalinger.map((rid) => rec(rid, q)), ...(q.passager ?? []).map((p: any) => ({ tekst: p.tekst, href: `/${p.side}/${p.anker ? `#${p.anker}` : ''}` }))],
        };
      }),
    })),
  };
}

/** Every field and cell of a template filled in briefly (as the browser test types), boxes ticked. */
export function briefValues(t: TemplateData): TemplateValues {
  const values: Record<string, string | boolean> = {};
  let i = 0;
  const next = () => `zq${i++}æøå ÆØÅ`;
  t.sektioner.forEach((s, si) => {
    for (const f of s.felter) values[templateKeys.field(t.id, f.id)] = f.type === 'afkrydsning' ? true : next();
    if (s.tabel) {
      for (let ri = 0; ri < s.tabel.raekker.length + s.tabel.tommeRaekker; ri++) {
        if (ri >= s.tabel.raekker.length) values[templateKeys.rowLabel(t.id, si, ri)] = next();
        s.tabel.kolonner.forEach((_, ci) => (values[templateKeys.cell(t.id, si, ri, ci)] = next()));
      }
    }
  });
  return values;
}

export interface Sample {
  name: string;
  doc: DocModel;
  /** A form's printed pages (blank, or filled in briefly): the document must have as many. */
  pages?: number | undefined;
}

/** A checklist's answers cycling through its scale, a note, and three colleagues who differ on the first question. */
export function sampleReport(id: string): { checklist: ReportChecklist; doc: DocModel; teamDoc: DocModel; team: TeamMember[] } {
  const checklist = checklistFromContent(id);
  const qids = checklist.omraader.flatMap((o) => o.spoergsmaal.map((q) => q.id));
  const codes = SCALE_CODES[checklist.skala];
  const answers = Object.fromEntries(qids.map((q, i) => [q, codes[i % codes.length]!]));
  const assessment = { name: 'Vurdering på Ærø', date: '2027-03-02', answers, notes: { [qids[1]!]: 'Vi mangler et for-forløb; "snart" – æøå\nanden linje' } };
  const team: TeamMember[] = ['Kollega Ærø', 'Kollega Østergård', 'Kollega Åsted'].map((name, n) => ({
    name,
    answers: { ...answers, [qids[0]!]: codes[n % codes.length]! },
    notes: n === 1 ? { [qids[0]!]: 'Virksomhedssamarbejdet er helhedsorienteret, og virksomhedsforløbet kører' } : {},
  }));
  const round = { name: 'Teamrunde på Ærø', date: '2027-03-02', members: [{ name: assessment.name, answers, notes: assessment.notes }, ...team] };
  return {
    checklist,
    team,
    doc: fromSelvtjekReport(checklist, assessment, { origin: 'https://kommune.dk' }),
    teamDoc: fromSelvtjekReport(checklist, assessment, { team: round, origin: 'https://kommune.dk' }),
  };
}

export function sampleDocuments(): Sample[] {
  const out: Sample[] = [];
  for (const t of templates) {
    out.push({ name: `${t.id}-tomt`, doc: fromTemplate(t, {}, { source: cite(t) }), pages: t.a4Sider });
    out.push({ name: `${t.id}-udfyldt`, doc: fromTemplate(t, briefValues(t), { source: cite(t) }), pages: t.a4Sider });
  }
  const recs = catalog.anbefalinger!.slice(0, 3).map((e) => e.data as any);
  out.push({
    name: 'min-plan',
    doc: fromPlan(recs.map((r, i) => ({ titel: r.titel, kilde: cite(r), gruppe: 'Gruppe', ansvarlig: i === 0 ? 'Teamleder Åse Ærø' : '', dato: i === 0 ? '2027-03-01' : '', note: i === 1 ? 'Drøftes på ledermødet – før sommerferien' : '', forklaring: adviceFrom(r, cite(r)) })), new Date(2027, 2, 4)),
  });
  for (const c of catalog.tjeklister!) {
    const r = sampleReport(c.id);
    out.push({ name: `rapport-${c.id}`, doc: r.doc }, { name: `teamrapport-${c.id}`, doc: r.teamDoc });
  }
  return out;
}
