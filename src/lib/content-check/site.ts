/**
 * The site as the content makes it: every page's address, and for the MDX pages every id on the
 * page (anchors) with where it comes from – an `id="…"` in the text, a Markdown heading, or a
 * component (`<Anbefaling id="x">` gives the page the anchor `x`). Pure.
 */
import { slugify } from '../recommendations.ts';
import type { LoadedEntry } from './load.ts';
import type { MdxOutline } from './mdx.ts';

/** Addresses made by src/pages: fixed pages, and pages made per entry of a collection. */
export interface Routes {
  /** "/kilder/", "/anbefalinger/min-plan/" … */
  fixed: string[];
  /** "/cases/" → "cases": /cases/<id>/ exists for every entry in cases. */
  perEntry: Record<string, string>;
}

/** Ids every content page has from the layout and the page template. */
export const LAYOUT_IDS = ['indhold', 'site-search', 'paa-denne-side', 'vaerktoejer', 'undersider'];

export interface PageId {
  id: string;
  /** Line in the page's file. */
  line: number;
  from: string;
}

export const pageRoute = (pageId: string) => (pageId === 'index' ? '/' : `/${pageId}/`);

type Entries = Record<string, LoadedEntry[]>;

/** The ids a component puts on the page. */
export function componentIds(name: string, props: Record<string, string>, entries: Entries): string[] {
  const id = props.id ?? '';
  switch (name) {
    case 'Anbefaling':
    case 'Mekanisme':
    case 'Inspiration':
      return id ? [id] : [];
    case 'Citater':
      return id ? [id, `${id}-titel`] : [];
    case 'Tjekliste': {
      const t = entries.tjeklister?.find((e) => e.id === id);
      const omraader = (t?.data.omraader as { id: string; spoergsmaal?: { id: string }[] }[] | undefined) ?? [];
      return omraader.flatMap((o) => [`${id}-${o.id}`, ...(o.spoergsmaal ?? []).map((q) => `${id}-${q.id}`)]);
    }
    case 'Motivationsfaktorer':
      return (entries.motivationsfaktorer ?? []).map((f) => `faktor-${f.id}`);
    case 'Tabel':
      return [props.id || `tabel-${slugify(props.titel ?? '')}`];
    default:
      return [];
  }
}

/** Every id on an MDX page, in order, with its line in the file. */
export function pageIds(page: LoadedEntry, outline: MdxOutline, entries: Entries): PageId[] {
  const offset = (page.bodyLine ?? 1) - 1;
  const ids: PageId[] = outline.ids.map((x) => ({ ...x, line: x.line + offset }));
  for (const c of outline.components) {
    for (const id of componentIds(c.name, c.props, entries)) ids.push({ id, line: c.line + offset, from: `<${c.name}${c.props.id ? ` id="${c.props.id}"` : ''}>` });
  }
  return ids.sort((a, b) => a.line - b.line);
}

/** Anchors a link may point at on a page made by src/pages, where the content decides them. */
export function fixedPageAnchors(route: string, entries: Entries): Set<string> | undefined {
  if (route === '/kilder/') return new Set((entries.kilder ?? []).map((k) => k.id));
  if (route === '/ordliste/') {
    const begreber = entries.begreber ?? [];
    return new Set([
      ...begreber.map((b) => b.id),
      ...begreber.map((b) => `bogstav-${String(b.data.term ?? '')[0]?.toUpperCase() ?? ''}`),
    ]);
  }
  return undefined;
}

/** Levenshtein distance, for »Mente du …?« on a mistyped id or address. */
export function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

/** The closest candidate, if it is close enough to be a typo. */
export function closest(value: string, candidates: Iterable<string>): string | undefined {
  const list = [...candidates];
  // A cut-off or lengthened id (»temaintro«) is a typo too, when only one id fits.
  const prefixed = list.filter((c) => value.length >= 4 && (c.startsWith(value) || value.startsWith(c)));
  if (prefixed.length === 1) return prefixed[0];
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of list) {
    const d = distance(value, c);
    if (d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(value.length / 5)) ? best : undefined;
}
