/**
 * One search, from the words typed to the results to show: Pagefind does the searching, this
 * decides what to search. Pagefind is behind an interface (PagefindLike), so this runs in unit
 * tests without it.
 *
 * 1. Search the query as typed.
 * 2. Check each word: is it a word of the index, or the start of one? (A word some result matched
 *    at its start, or one Pagefind finds as a whole word.) Usually all are, and the vocabulary is
 *    never loaded.
 * 3. Otherwise load the site's vocabulary once, with the code that uses it (repair.ts), and for
 *    each unknown word either split it into words the site uses (and search those: pages with all
 *    of them first, then – while there are few – pages with any of them), or name the nearest
 *    word the site uses (»Mente du …«), whose results are shown when the query as typed finds
 *    nothing.
 */
import { matchedWords, normalizeTerm, queryWords } from './query.ts';
import type { QueryRepair } from './repair.ts';
import type { PagefindData } from './results.ts';

export interface PagefindResultRef {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}

export interface PagefindLike {
  search(q: string, o?: { filters?: Record<string, string> }): Promise<{ results: PagefindResultRef[] } | null>;
}

export type Note =
  /** `from` is not on the site; the search was for its parts. */
  | { kind: 'split'; from: string; parts: string[] }
  /** `from` is not on the site; `to` is the nearest word; `query` the query with it. */
  | { kind: 'suggest'; from: string; to: string; query: string; shown: boolean };

export interface Outcome {
  /** The query the results are for (the one typed, or with a compound split). */
  query: string;
  results: PagefindResultRef[];
  /** The data of the first results (RunOptions.first of them), already loaded. */
  first: PagefindData[];
  note: Note | null;
}

/** Results shown at first (and loaded per "Vis flere resultater"). */
export const FIRST = 5;

async function find(pf: PagefindLike, q: string, filters: Record<string, string>): Promise<PagefindResultRef[]> {
  return (await pf.search(q, { filters }))?.results ?? [];
}


/** Pages with any of the queries, best score first, each page once. */
async function findAny(pf: PagefindLike, queries: string[], filters: Record<string, string>): Promise<PagefindResultRef[]> {
  const byId = new Map<string, PagefindResultRef>();
  for (const q of queries) for (const r of await find(pf, q, filters)) if (!byId.has(r.id) || byId.get(r.id)!.score < r.score) byId.set(r.id, r);
  return [...byId.values()].sort((a, b) => b.score - a.score);
}

export interface RunOptions {
  /** How many results to load at first (FIRST unless the caller shows fewer). */
  first?: number;
  /**
   * True once the reader has typed on: the search stops before it loads anything more (each
   * result's text is a download), and its outcome is not to be shown.
   */
  stale?: () => boolean;
}

export async function runSearch(
  pf: PagefindLike,
  q: string,
  filters: Record<string, string>,
  loadRepair: () => Promise<QueryRepair>,
  { stale = () => false, first: count = FIRST }: RunOptions = {},
): Promise<Outcome> {
  const load = async (results: PagefindResultRef[]) => (stale() ? [] : Promise.all(results.slice(0, count).map((r) => r.data())));
  const results = await find(pf, q, filters);
  const first = await load(results);
  const asTyped: Outcome = { query: q, results, first, note: null };

  const matched = first.flatMap(matchedWords);
  const unknown: string[] = [];
  for (const word of queryWords(q)) {
    const t = normalizeTerm(word);
    if (t.length < 3 || matched.some((m) => m.startsWith(t))) continue;
    if ((await pf.search(`"${word}"`))?.results.length) continue;
    unknown.push(word);
  }
  if (!unknown.length || stale()) return asTyped;

  let repair: QueryRepair;
  try {
    repair = await loadRepair();
  } catch {
    return asTyped; // offline and never loaded: the results as typed, without a note
  }
  const words = queryWords(q);
  const replace = (from: string, to: string[]) => words.flatMap((w) => (w === from ? to : [w])).join(' ');
  for (const word of unknown) {
    if (repair.known(word)) continue;
    const parts = repair.split(word);
    if (parts) {
      const query = replace(word, parts);
      // pages with all the parts first, then pages with any of them
      const all = await find(pf, query, filters);
      const ids = new Set(all.map((r) => r.id));
      const any = all.length >= FIRST ? [] : (await findAny(pf, parts.map((p) => replace(word, [p])), filters)).filter((r) => !ids.has(r.id));
      const split = [...all, ...any];
      if (!split.length) continue;
      return { query, results: split, first: await load(split), note: { kind: 'split', from: word, parts } };
    }
    const to = repair.suggest(word);
    if (to) {
      const query = replace(word, [to]);
      if (results.length) return { ...asTyped, note: { kind: 'suggest', from: word, to, query, shown: false } };
      const corrected = await find(pf, query, filters);
      return { query, results: corrected, first: await load(corrected), note: { kind: 'suggest', from: word, to, query, shown: true } };
    }
  }
  return asTyped;
}
