/**
 * The words of a query, and the words a result matched, compared as Pagefind compares them.
 * Pure. (What to do with a word the index lacks is in repair.ts, loaded only then.)
 */

/** The words of a query, as typed. */
export function queryWords(q: string): string[] {
  return q.trim().split(/\s+/).filter(Boolean);
}

/** A word as Pagefind compares it: lower case, no punctuation, accents off (å → a; æ, ø stay). */
export function normalizeTerm(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC').replace(/[\p{P}\p{S}]/gu, '');
}

/** The words of a page a result matched (Pagefind gives their positions in the page's text). */
export function matchedWords(data: { content: string; locations: number[] }): string[] {
  const words = data.content.split(/\s+/).filter(Boolean);
  return data.locations.map((l) => normalizeTerm(words[l] ?? '')).filter(Boolean);
}
