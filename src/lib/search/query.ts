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

/**
 * Danish inflection endings, longest first (after the Snowball stemmer Pagefind uses for Danish):
 * »aftalerne« is »aftal« + »erne«, »virksomhedens« is »virksomhed« + »ens«.
 */
export const ENDINGS: readonly string[] = [
  'erendes', 'erende', 'hedens', 'ethed', 'erede', 'heden', 'heder', 'endes', 'ernes', 'erens', 'erets',
  'ende', 'ered', 'erne', 'eren', 'erer', 'heds', 'enes', 'eres', 'ene', 'ere', 'ens', 'ers', 'ets', 'eret',
  'hed', 'nes', 'ne', 'en', 'er', 'es', 'et', 'e', 's', 'r', 't',
];

/** The shortest start of a word an ending may leave. */
export const MIN_STEM = 4;

/** `word` without each ending it has (at least MIN_STEM letters left), longest ending first. */
export function withoutEndings(word: string): string[] {
  const w = word.toLowerCase();
  return ENDINGS.filter((e) => w.length - e.length >= MIN_STEM && w.endsWith(e)).map((e) => w.slice(0, -e.length));
}

/** The shortest query word that is checked and corrected: shorter ones match as Pagefind matches them. */
export const MIN_WORD = 3;

/**
 * Whether `matched` (a word a result matched, normalized) is a real match for the query term
 * `term` (normalized): a word that starts with the term, or with the term less a Danish ending
 * (Pagefind stems the term). Not: a shorter word or abbreviation Pagefind fell back on when it
 * found no word starting with the term (it shortens the term until something matches, so
 * »progresionsmåling« matched »pr.«), nor a one- or two-letter token for a longer term.
 */
export function isRealMatch(term: string, matched: string): boolean {
  if (term.length < MIN_WORD) return matched.startsWith(term);
  if (matched.length < MIN_WORD) return false;
  return matched.startsWith(term) || withoutEndings(term).some((stem) => matched.startsWith(stem));
}
