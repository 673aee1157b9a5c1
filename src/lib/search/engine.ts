/**
 * One search, from the words typed to the results to show: Pagefind does the searching, this
 * decides what to search. Pagefind is behind an interface (PagefindLike), so this runs in unit
 * tests without it.
 *
 * 1. Search the query as typed.
 * 2. Check each word of three letters or more: did the results really match it – a word that
 *    starts with it, or with it less a Danish ending (query.ts, isRealMatch)? Usually they did,
 *    and the vocabulary is never loaded. When Pagefind finds no word starting with a term it
 *    shortens the term until something matches (»progresionsmåling« matched »pr.«); such results
 *    are never shown.
 * 3. Otherwise load the site's vocabulary once, with the code that uses it (repair.ts), and fix
 *    each word the site does not write: restore æ/ø/å, read a Norwegian or Swedish spelling, drop
 *    an ending, split a compound into words the site uses (pages with all the parts first, then –
 *    while there are few – pages with any of them), or correct a typo; a word with no fix is left
 *    out while others remain. A sure fix is shown outright (»Viser resultater for …«, with a link
 *    to search as typed); an unsure one as »Mente du …« above its results.
 */
import { MIN_WORD, isRealMatch, matchedWords, normalizeTerm, queryWords } from './query.ts';
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
  /**
   * `typed` found nothing the reader can have meant; the results are for `query`, the likeliest
   * reading on the site's own words. `sure`: say so (»Viser resultater for …«); otherwise ask
   * (»Mente du …«).
   */
  | { kind: 'corrected'; typed: string; query: string; sure: boolean };

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
  /** Search the words as typed, without correcting them (»Søg i stedet efter …«). */
  asTyped?: boolean;
}

export async function runSearch(
  pf: PagefindLike,
  q: string,
  filters: Record<string, string>,
  loadRepair: () => Promise<QueryRepair>,
  { stale = () => false, first: count = FIRST, asTyped = false }: RunOptions = {},
): Promise<Outcome> {
  const load = async (results: PagefindResultRef[]) => (stale() ? [] : Promise.all(results.slice(0, count).map((r) => r.data())));
  const results = await find(pf, q, filters);
  const first = await load(results);

  const matched = first.flatMap(matchedWords);
  const words = queryWords(q);
  const unknown: string[] = [];
  for (const word of words) {
    const t = normalizeTerm(word);
    if (t.length < MIN_WORD || matched.some((m) => isRealMatch(t, m))) continue;
    if ((await pf.search(`"${word}"`))?.results.length) continue;
    unknown.push(word);
  }
  if (!unknown.length) return { query: q, results, first, note: null };
  // What Pagefind found was for a shortened word: nothing the reader typed.
  const none: Outcome = { query: q, results: [], first: [], note: null };
  if (asTyped || stale()) return none;

  let repair: QueryRepair;
  try {
    repair = await loadRepair();
  } catch {
    return none; // offline and never loaded
  }
  // A word the site does write was matched some other way (the exact search above may miss it).
  const missing = unknown.filter((w) => !repair.known(w));
  if (!missing.length) return { query: q, results, first, note: null };
  const fix = repair.correct(words, missing);
  if (!fix || fix.query === q) return none;
  const split = fix.fixes.find((f) => f.how === 'split');
  if (split) {
    // pages with all the parts first, then pages with any of them
    const all = await find(pf, fix.query, filters);
    const ids = new Set(all.map((r) => r.id));
    const rest = fix.query.split(' ');
    const at = rest.indexOf(split.to[0]!);
    const one = (p: string) => [...rest.slice(0, at), p, ...rest.slice(at + split.to.length)].join(' ');
    const any = all.length >= FIRST ? [] : (await findAny(pf, split.to.map(one), filters)).filter((r) => !ids.has(r.id));
    const found = [...all, ...any];
    if (!found.length) return none;
    return { query: fix.query, results: found, first: await load(found), note: { kind: 'split', from: split.from, parts: split.to } };
  }
  const corrected = await find(pf, fix.query, filters);
  if (!corrected.length) return none;
  return { query: fix.query, results: corrected, first: await load(corrected), note: { kind: 'corrected', typed: q, query: fix.query, sure: fix.sure } };
}
