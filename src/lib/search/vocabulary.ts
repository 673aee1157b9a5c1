/**
 * The site's vocabulary for query understanding (query.ts): every word of at least three letters
 * in the indexed text, once, most frequent first, one per line. Written at build time next to the
 * search index (pagefind/vocabulary.txt) and loaded only when a query has a word the index does
 * not know – a first search never pays for it. Pure.
 */
const WORD = /[\p{L}]+/gu;
const MIN = 3;

/** The vocabulary file for the given texts (the words of the search index's pages). */
export function vocabularyText(texts: Iterable<string>): string {
  const count = new Map<string, number>();
  for (const t of texts) {
    for (const w of t.toLowerCase().match(WORD) ?? []) if (Array.from(w).length >= MIN) count.set(w, (count.get(w) ?? 0) + 1);
  }
  return [...count]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([w]) => w)
    .join('\n');
}

export interface Vocabulary {
  /** Most frequent first. */
  readonly words: readonly string[];
  has(word: string): boolean;
  /** Position by frequency (0 = most frequent); words not in it rank last. */
  rank(word: string): number;
}

export function parseVocabulary(text: string): Vocabulary {
  const words = text.split('\n').map((w) => w.trim()).filter(Boolean);
  const index = new Map(words.map((w, i) => [w, i]));
  return {
    words,
    has: (w) => index.has(w),
    rank: (w) => index.get(w) ?? words.length,
  };
}
