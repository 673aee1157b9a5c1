/**
 * Danish compound splitting for the search index.
 *
 * Pagefind matches the *start* of words, so "motivation" does not find
 * "nødvendighedsmotivation" and "praktik" does not find "virksomhedspraktik". At build time we
 * collect the site's own vocabulary and, for every long word on a page, the tails of that word
 * that are words of their own on the site ("motivation", "praktik"). Those tails are added to
 * the page's index as metadata, so a search for the last part of a compound finds the page.
 * No dictionary is needed: the site's text is the dictionary, so the parts are always real
 * words in our content.
 */

const WORD = /[a-zæøåéü]+/g;

/** Lower-cased words of a text (letters only, Danish letters included). */
export function tokenize(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** Every distinct word of at least `min` letters in the given texts. */
export function buildVocabulary(texts: Iterable<string>, min = 3): Set<string> {
  const vocab = new Set<string>();
  for (const t of texts) for (const w of tokenize(t)) if (w.length >= min) vocab.add(w);
  return vocab;
}

export interface SplitOptions {
  /** Shortest tail accepted when the tail is itself a word on the site. */
  minTail?: number;
  /** Shortest head (the part before the tail). */
  minHead?: number;
  /** Shortest site word accepted as the start of a longer tail ("praktik" in "praktikken"). */
  minStem?: number;
}

/**
 * The tails of `word` that are words on the site (or start with one of at least `minStem`
 * letters), longest first. "virksomhedspraktikken" → ["praktikken"] when "praktik" is a word.
 */
export function compoundTails(word: string, vocab: ReadonlySet<string>, opts: SplitOptions = {}): string[] {
  const { minTail = 4, minHead = 3, minStem = 5 } = opts;
  const w = word.toLowerCase();
  const tails: string[] = [];
  for (let i = minHead; i <= w.length - minTail; i++) {
    const tail = w.slice(i);
    if (vocab.has(tail) || startsWithWord(tail, vocab, minStem)) tails.push(tail);
  }
  return tails;
}

function startsWithWord(tail: string, vocab: ReadonlySet<string>, minStem: number): boolean {
  for (let n = tail.length - 1; n >= minStem; n--) if (vocab.has(tail.slice(0, n))) return true;
  return false;
}

/**
 * The index-only words for one page: every tail of every compound on the page, without the
 * words the page already contains (those are indexed anyway).
 */
export function indexParts(pageText: string, vocab: ReadonlySet<string>, opts?: SplitOptions): string[] {
  const words = new Set(tokenize(pageText));
  const parts = new Set<string>();
  for (const w of words) {
    if (w.length < 7) continue;
    for (const t of compoundTails(w, vocab, opts)) if (!words.has(t)) parts.add(t);
  }
  return [...parts].sort();
}
