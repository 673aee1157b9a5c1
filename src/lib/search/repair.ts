/**
 * Query repair for Danish, from the site's own words. Pure. Loaded (with the vocabulary) only when
 * a query has a word the index lacks, so a first search never downloads it.
 *
 * Pagefind finds words by their start and by a Danish stem, so inflections and the start of a word
 * being typed already work. What it cannot do: find a compound the site never writes
 * (»mentorordning«), or a word with a typo (»beredskap«). For those, the site's vocabulary (every
 * word of its indexed text, see vocabulary.ts) splits a compound into words the site uses, or
 * names the nearest word (»Mente du …«). Nothing here invents a word: every part and every
 * suggestion is a word on the site.
 */
import { parseVocabulary, type Vocabulary } from './vocabulary.ts';

const MIN_PART = 3;
/** Letters Danish puts between the parts of a compound (virksomhed-s-praktik, barn-e-pasning). */
const LINKS = new Set(['s', 'e']);

/**
 * `word` as two or more words the site uses, or null: the split with the fewest parts (then the
 * fewest linking letters, then the most frequent words). »praktikaftale« → praktik, aftale.
 */
export function splitCompound(word: string, vocab: Vocabulary): string[] | null {
  const w = word.toLowerCase();
  if (vocab.has(w)) return null;
  interface Split {
    parts: string[];
    links: number;
    rank: number;
  }
  const best: (Split | null)[] = Array.from({ length: w.length + 1 }, () => null);
  best[0] = { parts: [], links: 0, rank: 0 };
  const better = (a: Split, b: Split | null) =>
    !b || a.parts.length < b.parts.length || (a.parts.length === b.parts.length && (a.links < b.links || (a.links === b.links && a.rank < b.rank)));
  for (let i = MIN_PART; i <= w.length; i++) {
    for (let j = 0; j <= i - MIN_PART; j++) {
      const from = best[j];
      if (!from) continue;
      const candidates: [string, number][] = [[w.slice(j, i), 0]];
      // a linking letter at the end belongs to the part before the next one
      if (i < w.length && LINKS.has(w[i - 1]!) && i - 1 - j >= MIN_PART) candidates.push([w.slice(j, i - 1), 1]);
      for (const [part, link] of candidates) {
        if (!vocab.has(part)) continue;
        const next = { parts: [...from.parts, part], links: from.links + link, rank: from.rank + vocab.rank(part) };
        if (better(next, best[i] ?? null)) best[i] = next;
      }
    }
  }
  const found = best[w.length];
  return found && found.parts.length >= 2 ? found.parts : null;
}

/** Edit distance with transpositions (optimal string alignment), or `max + 1` once above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
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
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[y.length]!;
}

/**
 * The word on the site nearest to `word` (one edit for words of up to five letters, two for
 * longer ones; the more frequent word on a tie), or null when there is none or `word` is one.
 */
export function suggest(word: string, vocab: Vocabulary): string | null {
  const w = word.toLowerCase();
  if (w.length < 3 || vocab.has(w)) return null;
  const max = Array.from(w).length <= 5 ? 1 : 2;
  let best: string | null = null;
  let bestDistance = max + 1;
  for (const candidate of vocab.words) {
    const d = editDistance(w, candidate, bestDistance === max + 1 ? max : bestDistance - 1);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
      if (d === 1) break; // the words are most frequent first: the first at distance 1 wins
    }
  }
  return best;
}

/** What the search engine needs to repair a query (src/lib/search/engine.ts). */
export interface QueryRepair {
  /** The word is on the site. */
  known(word: string): boolean;
  split(word: string): string[] | null;
  suggest(word: string): string | null;
}

export function repairFrom(vocab: Vocabulary): QueryRepair {
  return { known: (w) => vocab.has(w.toLowerCase()), split: (w) => splitCompound(w, vocab), suggest: (w) => suggest(w, vocab) };
}

/** The repair for the vocabulary file's text (pagefind/vocabulary.txt). */
export const repairFromText = (text: string): QueryRepair => repairFrom(parseVocabulary(text));
