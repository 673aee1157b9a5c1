/**
 * The source texts (src/content/kildetekster/<kilde-id>.txt) split into the document's real text
 * and the scraped noise around it, as each kilde entry's `kildetekst` says, and the comparison
 * that finds a heading, question or quote in them word for word. Pure.
 */

export interface SourceText {
  kilde: string;
  /** File the text is in, from the project root. */
  file: string;
  real: string[];
  noise: string[];
  /** Letters and digits of the real text only, for `findVerbatim`. */
  letters: string;
}

export interface SourceMarkers {
  start?: string | undefined;
  slut?: string | undefined;
}

/** Where the real text begins and ends; a marker that is not in the text is reported. */
export function splitSource(
  lines: string[],
  markers: SourceMarkers,
): { real: string[]; noise: string[]; missing: ('start' | 'slut')[] } {
  const missing: ('start' | 'slut')[] = [];
  let from = 0;
  if (markers.start) {
    from = lines.findIndex((l) => l.trim().startsWith(markers.start!));
    if (from < 0) {
      missing.push('start');
      from = 0;
    }
  }
  let to = lines.length;
  if (markers.slut) {
    const i = lines.findIndex((l, n) => n > from && l.trim().startsWith(markers.slut!));
    if (i < 0) missing.push('slut');
    else to = i;
  }
  return { real: lines.slice(from, to), noise: [...lines.slice(0, from), ...lines.slice(to)], missing };
}

/** Lower case, hyphenation joined, punctuation dropped, white space folded. */
export function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/(\p{L})- (\p{L})/gu, '$1$2')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Letters and digits only: extraction noise the site fixes (a hyphen left from a line break,
 * »for-ventningerne«, a word split in two, »uddannelsesdageog«) does not count as rewording.
 */
export const lettersOf = (text: string) => normalize(text).replace(/ /g, '');

const cache = new Map<string, { source: SourceText; missing: ('start' | 'slut')[] }>();

export function makeSourceText(kilde: string, file: string, text: string, markers: SourceMarkers) {
  const key = JSON.stringify([kilde, file, markers.start, markers.slut, text]);
  let made = cache.get(key);
  if (!made) {
    if (cache.size > 50) cache.clear();
    const { real, noise, missing } = splitSource(text.split('\n'), markers);
    made = { source: { kilde, file, real, noise, letters: lettersOf(real.join(' ')) }, missing };
    cache.set(key, made);
  }
  return made;
}

/**
 * Is `text` in the source word for word (letters and digits compared)? When not, `upTo` is the
 * longest run of its first words that is, so a message can say where the wording departs.
 */
export function findVerbatim(source: SourceText, text: string): { found: true } | { found: false; upTo: string } {
  if (source.letters.includes(lettersOf(text))) return { found: true };
  const words = text.split(/\s+/).filter(Boolean);
  let lo = 0;
  let hi = words.length;
  // Binary search for the longest prefix of whole words found in the source.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (source.letters.includes(lettersOf(words.slice(0, mid).join(' ')))) lo = mid;
    else hi = mid - 1;
  }
  return { found: false, upTo: words.slice(0, lo).join(' ') };
}

/**
 * Distinctive phrases from the scraped noise: the first six words of every noise line of at
 * least four words, unless the same words also occur in the real text of any source.
 */
let lastSources: readonly SourceText[] = [];
let lastPhrases: string[] = [];

export function noisePhrases(sources: readonly SourceText[]): string[] {
  if (sources.length === lastSources.length && sources.every((s, i) => s === lastSources[i])) return lastPhrases;
  lastSources = sources;
  lastPhrases = computeNoisePhrases(sources);
  return lastPhrases;
}

function computeNoisePhrases(sources: readonly SourceText[]): string[] {
  const real = sources.map((s) => normalize(s.real.join(' '))).join(' | ');
  const phrases = new Set<string>();
  for (const s of sources) {
    for (const line of s.noise) {
      const words = normalize(line).split(' ').filter(Boolean);
      if (words.length < 4) continue;
      const phrase = words.slice(0, 6).join(' ');
      if (!real.includes(phrase)) phrases.add(phrase);
    }
  }
  return [...phrases];
}
