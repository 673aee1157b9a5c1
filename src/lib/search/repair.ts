/**
 * Query correction for Danish, from the site's own words. Pure. Loaded (with the vocabulary) only
 * when a query has a word the index lacks, so a first search never downloads it.
 *
 * Pagefind finds words by their start and by a Danish stem, so inflections and the start of a word
 * being typed already work. What it cannot do is find what the reader meant by a word the site
 * never writes: one typed without æ/ø/å (»mestringsforlob«), with a typo (»progresionsmåling«),
 * in Norwegian or Swedish (»motivasjon«), or a compound the site does not use (»mentorordning«).
 * For each such word this finds the likeliest word the site does use (vocabulary.ts: every word
 * of the indexed text, most frequent first), trying the cheapest explanation first:
 *
 * | how       | example                                   | cost                  |
 * |-----------|-------------------------------------------|-----------------------|
 * | fold      | mestringsforlob, mestringsforloeb → ø     | 0 (+0.2 as a prefix)  |
 * | neighbour | motivasjon → motivation, arbeid → arbejd  | 0.3 (+0.2)            |
 * | ending    | an ending the site does not use, dropped  | +0.3                  |
 * | split     | mentorordning → mentor ordning            | 0.6                   |
 * | typo      | one edit (two in long words), as skeleton | 1 per edit (+0.2)     |
 *
 * A prefix fix is for a word still being typed (»mestringsforlo« → »mestringsforlø«, which
 * Pagefind completes). On equal cost the more frequent word wins. A fix under SURE is shown
 * outright (»Viser resultater for …«); a dearer one, or a typo in a short word, as »Mente du …«.
 * Nothing here invents a word: every fix is a word, or the start of a word, on the site – never
 * an abbreviation (the vocabulary leaves them out) nor anything under three letters.
 */
import { flat, neighbourSpellings, skeleton, wordPrefix, type Skeleton } from './danish.ts';
import { MIN_WORD, withoutEndings } from './query.ts';
import { parseVocabulary, type Vocabulary } from './vocabulary.ts';

const MIN_PART = 3;
/** Letters Danish puts between the parts of a compound (virksomhed-s-praktik, barn-e-pasning). */
const LINKS = new Set(['s', 'e']);
/** The shortest skeleton matched as the start of a longer word. */
const MIN_PREFIX = 4;

const COST = { fold: 0, neighbour: 0.3, ending: 0.3, prefix: 0.2, split: 0.6, edit: 1 } as const;
/** Fixes cheaper than this are sure enough to show without asking. */
export const SURE = 1.5;
/** Typos in words shorter than this are never sure: too many words are one letter apart. */
const SURE_TYPO_LENGTH = 5;

export type How = 'fold' | 'neighbour' | 'ending' | 'split' | 'typo' | 'drop';

export interface WordFix {
  from: string;
  /** What is searched instead: one word (or the start of one), the parts of a compound, or nothing (dropped). */
  to: string[];
  how: How;
  cost: number;
}

export interface QueryFix {
  /** The query with every fix in it. */
  query: string;
  fixes: WordFix[];
  /** Show the corrected results outright; otherwise ask (»Mente du …«). */
  sure: boolean;
}

interface Entry {
  word: string;
  rank: number;
  sk: Skeleton;
  /** The word with æ/ø/å as a/o, letter for letter (see flat). */
  flat: string;
}

/** The vocabulary arranged for looking words up by skeleton, whole or as a start. */
interface Lexicon {
  vocab: Vocabulary;
  /** The most frequent word for each skeleton. */
  byKey: Map<string, Entry>;
  /** Sorted by skeleton, for the words that start with one. */
  sorted: Entry[];
  /** By the skeleton's first letter, most frequent first (typos keep the first letter). */
  byFirst: Map<string, Entry[]>;
}

/** A query word as the vocabulary writes words: lower case, letters only (æ/ø/å kept). */
export const plainWord = (word: string): string => word.toLowerCase().replace(/[^\p{L}]/gu, '');

const lexicons = new WeakMap<Vocabulary, Lexicon>();
function lexicon(vocab: Vocabulary): Lexicon {
  let lex = lexicons.get(vocab);
  if (lex) return lex;
  const entries = vocab.words.map((word, rank) => ({ word, rank, sk: skeleton(word), flat: flat(word) }));
  const byKey = new Map<string, Entry>();
  const byFirst = new Map<string, Entry[]>();
  for (const e of entries) {
    if (!byKey.has(e.sk.key)) byKey.set(e.sk.key, e);
    const f = e.sk.key[0]!;
    if (!byFirst.has(f)) byFirst.set(f, []);
    byFirst.get(f)!.push(e);
  }
  const sorted = [...entries].sort((a, b) => (a.sk.key < b.sk.key ? -1 : a.sk.key > b.sk.key ? 1 : a.rank - b.rank));
  lex = { vocab, byKey, sorted, byFirst };
  lexicons.set(vocab, lex);
  return lex;
}

/** The most frequent word whose skeleton starts with `key`, or null. */
function startingWith(lex: Lexicon, key: string): Entry | null {
  let lo = 0;
  let hi = lex.sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lex.sorted[mid]!.sk.key < key) lo = mid + 1;
    else hi = mid;
  }
  let best: Entry | null = null;
  for (let i = lo; i < lex.sorted.length && lex.sorted[i]!.sk.key.startsWith(key); i++) if (!best || lex.sorted[i]!.rank < best.rank) best = lex.sorted[i]!;
  return best;
}

interface Candidate {
  to: string;
  how: How;
  cost: number;
  rank: number;
}
const better = (a: Candidate, b: Candidate | null) => !b || a.cost < b.cost || (a.cost === b.cost && a.rank < b.rank);

/**
 * `word` as two or more words the site uses, or null: the split with the fewest parts (then the
 * fewest linking letters, then the most frequent words). »praktikaftale« → praktik, aftale. A part
 * may be typed without æ/ø/å (»mentorstotte« → mentor, støtte when »mentorstøtte« is not a word).
 */
export function splitCompound(word: string, vocab: Vocabulary): string[] | null {
  const lex = lexicon(vocab);
  const w = plainWord(word);
  if (vocab.has(w)) return null;
  interface Split {
    parts: string[];
    links: number;
    rank: number;
  }
  const best: (Split | null)[] = Array.from({ length: w.length + 1 }, () => null);
  best[0] = { parts: [], links: 0, rank: 0 };
  const beats = (a: Split, b: Split | null) =>
    !b || a.parts.length < b.parts.length || (a.parts.length === b.parts.length && (a.links < b.links || (a.links === b.links && a.rank < b.rank)));
  const lookup = (part: string) => (vocab.has(part) ? part : lex.byKey.get(skeleton(part).key)?.word ?? null);
  for (let i = MIN_PART; i <= w.length; i++) {
    for (let j = 0; j <= i - MIN_PART; j++) {
      const from = best[j];
      if (!from) continue;
      const candidates: [string, number][] = [[w.slice(j, i), 0]];
      // a linking letter at the end belongs to the part before the next one
      if (i < w.length && LINKS.has(w[i - 1]!) && i - 1 - j >= MIN_PART) candidates.push([w.slice(j, i - 1), 1]);
      for (const [part, link] of candidates) {
        const found = lookup(part);
        if (!found) continue;
        const next = { parts: [...from.parts, found], links: from.links + link, rank: from.rank + vocab.rank(found) };
        if (beats(next, best[i] ?? null)) best[i] = next;
      }
    }
  }
  const found = best[w.length];
  return found && found.parts.length >= 2 ? found.parts : null;
}

/**
 * Edit distances with transpositions (optimal string alignment) from `a` to every start of `b`:
 * row[j] is the distance from `a` to `b.slice(0, j)`. Null once every distance exceeds `max`.
 */
function distanceRow(a: string, b: string, max: number): number[] | null {
  const x = Array.from(a);
  const y = Array.from(b);
  let prev2: number[] = [];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      cur.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return null;
    prev2 = prev;
    prev = cur;
  }
  return prev;
}

/** Edit distance with transpositions (optimal string alignment), or `max + 1` once above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(Array.from(a).length - Array.from(b).length) > max) return max + 1;
  return Math.min(distanceRow(a, b, max)?.at(-1) ?? max + 1, max + 1);
}

/** Edits allowed for a typo in a word whose skeleton has `n` letters. */
const maxEdits = (n: number) => (n < MIN_PREFIX ? 0 : n < 8 ? 1 : 2);

/** The best fix for one spelling of the word (`base` cost and `how` for the spelling itself). */
function bestFor(lex: Lexicon, spelling: string, base: number, how: How, best: Candidate | null): Candidate | null {
  const offer = (c: Candidate) => {
    if (better(c, best)) best = c;
  };
  const look = (s: string, cost: number, h: How, prefix = true) => {
    const sk = skeleton(s);
    const whole = lex.byKey.get(sk.key);
    if (whole) offer({ to: whole.word, how: h, cost, rank: whole.rank });
    if (prefix && sk.key.length >= MIN_PREFIX) {
      const start = startingWith(lex, sk.key);
      if (start && start !== whole) offer({ to: wordPrefix(start.word, start.sk, sk.key.length), how: h, cost: cost + COST.prefix, rank: start.rank });
    }
  };
  look(spelling, base, how);
  // without an ending: whole words only (a stem is the start of too many words)
  for (const stem of withoutEndings(spelling)) look(stem, base + COST.ending, how === 'fold' ? 'ending' : how, false);

  // Typos: edits to a whole word or to the start of one, counted on the word with æ/ø/å as a/o
  // (»mestrinsforlob«: one edit) and on its skeleton (»mestrinsforloeb«: one edit), whichever is
  // fewer.
  const views = [
    { key: flat(spelling), of: (e: Entry) => e.flat, start: (e: Entry, j: number) => e.word.slice(0, j) },
    { key: skeleton(spelling).key, of: (e: Entry) => e.sk.key, start: (e: Entry, j: number) => wordPrefix(e.word, e.sk, j) },
  ];
  const max = maxEdits(views[1]!.key.length);
  if (!max) return best;
  for (const e of lex.byFirst.get(views[1]!.key[0]!) ?? []) {
    const budget = best ? Math.min(max, Math.floor(best.cost - base)) : max;
    if (budget < 1) break; // nothing from here on can beat the best (and the rest are rarer)
    for (const { key, of, start } of views) {
      const n = key.length;
      const target = of(e);
      const m = target.length;
      if (m < n - max) continue;
      const row = distanceRow(key, target.slice(0, n + max), budget);
      if (!row) continue;
      if (m <= n + max) {
        const d = row[m]!;
        if (d >= 1 && d <= budget) offer({ to: e.word, how: 'typo', cost: base + d * COST.edit, rank: e.rank });
      }
      for (let j = Math.max(MIN_PREFIX, n - 1); j <= Math.min(n + 1, m - 1); j++) {
        const d = row[j]!;
        if (d >= 1 && d <= budget) offer({ to: start(e, j), how: 'typo', cost: base + d * COST.edit + COST.prefix, rank: e.rank });
      }
    }
  }
  return best;
}

/**
 * The likeliest word (or start of a word) on the site for `word`, which the index lacks; null
 * when there is none, or when `word` is itself a word of the site.
 */
export function correctWord(word: string, vocab: Vocabulary): WordFix | null {
  const lex = lexicon(vocab);
  const w = plainWord(word);
  if (Array.from(w).length < MIN_WORD || vocab.has(w)) return null;
  let best: Candidate | null = bestFor(lex, w, COST.fold, 'fold', null);
  for (const n of neighbourSpellings(w)) best = bestFor(lex, n, COST.neighbour, 'neighbour', best);
  if (!best || best.cost > COST.split) {
    const parts = splitCompound(w, vocab);
    if (parts) return { from: word, to: parts, how: 'split', cost: COST.split };
  }
  if (!best || best.to === w) return null;
  return { from: word, to: [best.to], how: best.how, cost: best.cost };
}

/** Whether a fix may be shown without asking. */
export function isSure(fix: WordFix): boolean {
  return fix.cost < SURE && !(fix.how === 'typo' && Array.from(skeleton(plainWord(fix.from)).key).length < SURE_TYPO_LENGTH);
}

/**
 * The query with each of its `unknown` words fixed; a word with no fix is left out while other
 * words remain. Null when nothing is left to search.
 */
export function correctQuery(words: string[], unknown: string[], vocab: Vocabulary): QueryFix | null {
  const fixes: WordFix[] = [];
  const out: string[] = [];
  for (const w of words) {
    if (!unknown.includes(w)) {
      out.push(w);
      continue;
    }
    const fix = correctWord(w, vocab) ?? { from: w, to: [], how: 'drop' as const, cost: 1 };
    fixes.push(fix);
    out.push(...fix.to);
  }
  if (!out.length) return null;
  return { query: out.join(' '), fixes, sure: fixes.every((f) => f.how === 'drop' || isSure(f)) };
}

/**
 * The word on the site nearest to `word` (one edit for words of up to seven letters, two for
 * longer ones; the more frequent word on a tie), or null when there is none or `word` is one.
 */
export function suggest(word: string, vocab: Vocabulary): string | null {
  const fix = correctWord(word, vocab);
  return fix && fix.to.length === 1 ? fix.to[0]! : null;
}

/** What the search engine needs to repair a query (src/lib/search/engine.ts). */
export interface QueryRepair {
  /** The word is on the site. */
  known(word: string): boolean;
  correct(words: string[], unknown: string[]): QueryFix | null;
}

export function repairFrom(vocab: Vocabulary): QueryRepair {
  return { known: (w) => vocab.has(plainWord(w)), correct: (words, unknown) => correctQuery(words, unknown, vocab) };
}

/** The repair for the vocabulary file's text (pagefind/vocabulary.txt). */
export const repairFromText = (text: string): QueryRepair => repairFrom(parseVocabulary(text));
