/**
 * Min plan as a document: as its print view, each chosen recommendation numbered with its
 * heading, its source and group, what it recommends (its explanation from its one content
 * entry, src/lib/selvtjek/advice.ts) and beneath it the leader's three fields (Ansvarlig, Dato,
 * Egen note); blank fields get writing lines. Pure: the page hands over the plan items joined
 * with their recommendation data (and explanations).
 */
import { adviceBlocks } from './selvtjek';
import type { Advice } from '../selvtjek/advice';
import { GONE_FROM_SITE } from '../plan/model';
import { SITE_NAME, danishDate, isoDay, typed, type DocBlock, type DocModel } from './model';

export interface PlanDocItem {
  /** The recommendation's heading, as in the source. */
  titel: string;
  /** "Inspirationskatalog, s. 17" */
  kilde: string;
  gruppe: string;
  ansvarlig: string;
  /** YYYY-MM-DD or empty */
  dato: string;
  note: string;
  forklaring?: Advice | undefined;
}

export { GONE_FROM_SITE };

/**
 * Min plan's rows joined with the hub's data for each recommendation (as the plan page shows
 * them). A row whose recommendation is no longer on the site is kept, with the title kept in the
 * plan (or its id) and a line that says so: the leader's fields are never left out.
 */
export function planDocItems(
  rows: readonly { id: string; ansvarlig: string; dato: string; note: string; titel?: string | undefined }[],
  recommendations: readonly { id: string; titel: string; kildeKort: string; sider: string; gruppe: string; forklaring?: Advice | undefined }[],
): PlanDocItem[] {
  const byId = new Map(recommendations.map((r) => [r.id, r]));
  return rows.map((p) => {
    const r = byId.get(p.id);
    const fields = { ansvarlig: p.ansvarlig, dato: p.dato, note: p.note };
    if (!r) return { titel: p.titel ?? `Anbefaling »${p.id}«`, kilde: GONE_FROM_SITE, gruppe: '', ...fields };
    return { titel: r.titel, kilde: `${r.kildeKort}, ${r.sider}`, gruppe: r.gruppe, ...fields, forklaring: r.forklaring };
  });
}

export function fromPlan(items: readonly PlanDocItem[], now = new Date()): DocModel {
  const blocks: DocBlock[] = [];
  items.forEach((i, n) => {
    // Numbered as the printed plan numbers them (an ordered list), so paper and file match.
    blocks.push({ type: 'heading', level: 2, text: `${n + 1}. ${i.titel}` });
    // The source once: the explanation's full citation where there is one, else the short one.
    const source = i.forklaring ? `Kilde: ${i.forklaring.kilde}` : i.kilde;
    blocks.push({ type: 'paragraph', text: [source, i.gruppe].filter(Boolean).join(' · '), style: 'muted' });
    if (i.forklaring) blocks.push(...adviceBlocks(i.forklaring, { heading: false, source: false }));
    blocks.push({ type: 'field', label: 'Ansvarlig', value: typed(i.ansvarlig), lines: 1 });
    blocks.push({ type: 'field', label: 'Dato', value: typed(i.dato) ? danishDate(i.dato) : '', lines: 1 });
    blocks.push({ type: 'field', label: 'Egen note', value: typed(i.note), lines: 3 });
  });
  return {
    title: 'Min plan',
    language: 'da-DK',
    orientation: 'portrait',
    footer: `Min plan · ${SITE_NAME}`,
    blocks,
    filename: `min-plan-${isoDay(now)}`,
  };
}
