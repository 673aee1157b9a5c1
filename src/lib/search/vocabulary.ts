/**
 * The site's vocabulary for query understanding (query.ts, repair.ts): every word of at least
 * three letters in the indexed text, once, most frequent first, one per line – less the
 * abbreviations (»pct.«, »evt.«, »mht.«), which a query word is never corrected to. Written at
 * build time next to the search index (pagefind/vocabulary.txt) and loaded only when a query
 * has a word the index does not know – a first search never pays for it. Pure.
 */
const MIN = 3;
/** Longest word taken for an abbreviation. */
const ABBREVIATION = 5;
/**
 * A word (or words joined by hyphens, which Pagefind indexes joined: »feedback-kontrakt« is
 * found as »feedbackkontrakt«), and what follows it: a full stop, then the next character.
 */
const TOKEN = /(\p{L}+(?:-\p{L}+)*)(\.?)(?=\s*(\S?))/gu;

interface Count {
  n: number;
  /** Times written with a full stop after it. */
  dotted: number;
  /** Times the full stop did not end a sentence (a small letter follows). */
  midSentence: number;
}

/**
 * Abbreviations as the site writes them: short words that always have a full stop after them,
 * at least once in the middle of a sentence (so not a word that only happens to end sentences).
 */
function isAbbreviation(word: string, c: Count): boolean {
  return Array.from(word).length <= ABBREVIATION && c.dotted === c.n && c.midSentence > 0;
}

/** The vocabulary file for the given texts (the words of the search index's pages). */
export function vocabularyText(texts: Iterable<string>): string {
  const count = new Map<string, Count>();
  for (const t of texts) {
    for (const [, raw, dot, next] of t.matchAll(TOKEN)) {
      const parts = raw!.toLowerCase().split('-');
      for (const w of parts.length > 1 ? [...parts, parts.join('')] : parts) {
        if (Array.from(w).length < MIN) continue;
        const c = count.get(w) ?? { n: 0, dotted: 0, midSentence: 0 };
        c.n++;
        if (dot) c.dotted++;
        if (dot && next && /\p{Ll}/u.test(next)) c.midSentence++;
        count.set(w, c);
      }
    }
  }
  return [...count]
    .filter(([w, c]) => !isAbbreviation(w, c))
    .sort((a, b) => b[1].n - a[1].n || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
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
