/**
 * The recommendations hub: every recommendation-like entry (anbefalinger of all types and the
 * eight mechanisms) as one flat list, and the filters over it (source, group, role) as URL
 * parameters so a filtered view can be bookmarked. Pure.
 */
import { danishCollator } from './intl.ts';

export interface HubItem {
  id: string;
  titel: string;
  kilde: string;
  kildeKort: string;
  /** "s. 17", "dias 90", "afsnit 5.3" */
  sider: string;
  gruppe: string;
  gruppeId: string;
  typeLabel: string;
  roller: string[];
  /** Link to the passage that explains it (page + anchor). */
  href: string;
  raekkefoelge: number;
  kildeRaekkefoelge: number;
}

export interface HubFilters {
  kilde: string;
  gruppe: string;
  rolle: string;
}

export const EMPTY_FILTERS: HubFilters = { kilde: '', gruppe: '', rolle: '' };

// The one slug rule, in its own module so the tool pages can use it without this one.
export { slugify } from './slug.ts';

/**
 * Reading order: by source; within a source by group – the group of the lowest `raekkefoelge`
 * first, and groups that each count their items from 1 (the Læringskatalog's temaer) by their
 * name, so »Tema 2« comes before »Tema 10« – then by `raekkefoelge` and title.
 */
export function sortItems(items: HubItem[]): HubItem[] {
  const first = new Map<string, number>();
  for (const i of items) {
    const k = `${i.kilde}\u0000${i.gruppeId}`;
    first.set(k, Math.min(first.get(k) ?? Infinity, i.raekkefoelge));
  }
  const groupOrder = (i: HubItem) => first.get(`${i.kilde}\u0000${i.gruppeId}`)!;
  return [...items].sort(
    (a, b) =>
      a.kildeRaekkefoelge - b.kildeRaekkefoelge ||
      (a.gruppeId === b.gruppeId ? 0 : groupOrder(a) - groupOrder(b) || danishCollator().compare(a.gruppe, b.gruppe)) ||
      a.raekkefoelge - b.raekkefoelge ||
      a.titel.localeCompare(b.titel, 'da'),
  );
}

/** Filters from a query string; unknown values are dropped so a stale link shows everything. */
export function readFilters(search: string, items: HubItem[]): HubFilters {
  const p = new URLSearchParams(search);
  const pick = (key: keyof HubFilters, valid: Set<string>) => {
    const v = p.get(key) ?? '';
    return valid.has(v) ? v : '';
  };
  const f: HubFilters = {
    kilde: pick('kilde', new Set(items.map((i) => i.kilde))),
    gruppe: pick('gruppe', new Set(items.map((i) => i.gruppeId))),
    rolle: pick('rolle', new Set(items.flatMap((i) => i.roller))),
  };
  // A group from another source than the chosen one cannot match: drop it.
  if (f.kilde && f.gruppe && !items.some((i) => i.kilde === f.kilde && i.gruppeId === f.gruppe)) f.gruppe = '';
  return f;
}

export function writeFilters(f: HubFilters): string {
  const p = new URLSearchParams();
  for (const k of ['kilde', 'gruppe', 'rolle'] as const) if (f[k]) p.set(k, f[k]);
  const s = p.toString();
  return s ? `?${s}` : '';
}

export function applyFilters(items: HubItem[], f: HubFilters): HubItem[] {
  return items.filter((i) => (!f.kilde || i.kilde === f.kilde) && (!f.gruppe || i.gruppeId === f.gruppe) && (!f.rolle || i.roller.includes(f.rolle)));
}

/**
 * When no recommendation fits every chosen filter: the filters whose removal alone would show
 * some, with how many (in the order source, group, role). Empty when something fits.
 */
export function loosenings(items: HubItem[], f: HubFilters): { filter: keyof HubFilters; count: number }[] {
  if (applyFilters(items, f).length > 0) return [];
  const out: { filter: keyof HubFilters; count: number }[] = [];
  for (const k of ['kilde', 'gruppe', 'rolle'] as const) {
    if (!f[k]) continue;
    const count = applyFilters(items, { ...f, [k]: '' }).length;
    if (count > 0) out.push({ filter: k, count });
  }
  return out;
}

/** Groups to offer in the group filter: those of the chosen source, or all. */
export function groupOptions(items: HubItem[], kilde: string): { id: string; label: string; kildeKort: string }[] {
  const seen = new Map<string, { id: string; label: string; kildeKort: string }>();
  for (const i of sortItems(items)) {
    if (kilde && i.kilde !== kilde) continue;
    if (!seen.has(i.gruppeId)) seen.set(i.gruppeId, { id: i.gruppeId, label: i.gruppe, kildeKort: i.kildeKort });
  }
  return [...seen.values()];
}

/** Items grouped by source, then by group, in reading order. */
export function groupItems(items: HubItem[]): { kilde: string; kildeKort: string; groups: { gruppeId: string; gruppe: string; items: HubItem[] }[] }[] {
  const out: ReturnType<typeof groupItems> = [];
  for (const i of sortItems(items)) {
    let k = out.find((x) => x.kilde === i.kilde);
    if (!k) out.push((k = { kilde: i.kilde, kildeKort: i.kildeKort, groups: [] }));
    let g = k.groups.find((x) => x.gruppeId === i.gruppeId);
    if (!g) k.groups.push((g = { gruppeId: i.gruppeId, gruppe: i.gruppe, items: [] }));
    g.items.push(i);
  }
  return out;
}
