/**
 * How Danish words get typed when they are not typed as the site writes them. Pure. Loaded with
 * the correction code (repair.ts), only for a word the index lacks – never with a first search.
 *
 * - Without Danish letters: æ as »ae« or »a«, ø as »oe« or »o«, å as »aa« or »a« (and Swedish
 *   ä, ö). A word's skeleton collapses all of these, so »mestringsforlob«, »mestringsforloeb«
 *   and »mestringsforløb« have the same skeleton, and so have »paa« and »på«.
 * - Norwegian and Swedish spellings of the same words: »motivasjon« (motivation), »arbeid«
 *   (arbejd), »virksomhet« (virksomhed), »beredskap« (beredskab), »oppfølging« (opfølgning).
 * (Danish endings are in query.ts: a first search needs them to tell an inflected word from a miss.)
 */

/** Letters typed for æ/ø/å (and accented letters), one for one. */
const SINGLE: Readonly<Record<string, string>> = { æ: 'a', ä: 'a', ø: 'o', ö: 'o', å: 'a', á: 'a', à: 'a', é: 'e', è: 'e', ü: 'u' };

export interface Skeleton {
  /** The word with æ/ø/å and their stand-ins collapsed (lower case). */
  key: string;
  /** For each letter of `key`, the position in the word just after the letters it came from. */
  ends: number[];
}

/**
 * The skeleton of a word: what is left when æ/ø/å may have been typed as »ae«, »oe«, »aa«, »a« or
 * »o«. Each of æ/ø/å becomes a or o, then an »e« or »a« after an »a«, and an »e« after an »o«,
 * is dropped – so »nåede«, »naede« and »naaede« all come to »nade«, whichever letters were meant.
 */
export function skeleton(word: string): Skeleton {
  const w = word.toLowerCase();
  let key = '';
  const ends: number[] = [];
  for (let i = 0; i < w.length; i++) {
    const c = SINGLE[w[i]!] ?? w[i]!;
    const last = key.at(-1);
    if ((last === 'a' && (c === 'e' || c === 'a')) || (last === 'o' && c === 'e')) {
      ends[ends.length - 1] = i + 1;
      continue;
    }
    key += c;
    ends.push(i + 1);
  }
  return { key, ends };
}

/** The word in lower case with æ/ø/å (and accents) as the letters typed for them, one for one. */
export function flat(word: string): string {
  return Array.from(word.toLowerCase(), (c) => (c.length === 1 ? SINGLE[c] ?? c : c)).join('');
}

/** The start of `word` that gives the first `letters` letters of its skeleton. */
export function wordPrefix(word: string, s: Skeleton, letters: number): string {
  return letters <= 0 ? '' : word.slice(0, s.ends[Math.min(letters, s.ends.length) - 1]);
}

/**
 * Norwegian and Swedish spellings of Danish words. Each rewrites one habit; a rewrite only counts
 * when the result is a word on the site (repair.ts), so a Danish word that happens to contain the
 * letters is never changed.
 */
const NEIGHBOURS: readonly [RegExp, string][] = [
  [/sjon/g, 'tion'], // motivasjon → motivation
  [/sjon/g, 'ssion'], // progresjon → progression
  [/skap/g, 'skab'], // beredskap → beredskab
  [/ei/g, 'ej'], // arbeid → arbejd, veileder → vejleder
  [/het(?=$|en|er|s)/g, 'hed'], // virksomhet → virksomhed
  [/pp/g, 'p'], // oppfølging → opfølging
  [/ä/g, 'æ'],
  [/ö/g, 'ø'],
];

/** `word` as a Norwegian or Swedish writer may have meant it in Danish (not `word` itself). */
export function neighbourSpellings(word: string): string[] {
  const w = word.toLowerCase();
  const out = new Set<string>();
  let all = w;
  for (const [re, to] of NEIGHBOURS) {
    const one = w.replace(re, to);
    if (one !== w) out.add(one);
    all = all.replace(re, to);
  }
  if (all !== w) out.add(all);
  return [...out];
}
