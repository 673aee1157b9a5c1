/**
 * Counts in Danish prose, from the data: »fem dokumenter«, »ét notat«, »to af dem«. Pages never
 * write a count by hand, so a sixth source or case changes every sentence that counts them. Pure.
 */

const WORDS = ['nul', 'én', 'to', 'tre', 'fire', 'fem', 'seks', 'syv', 'otte', 'ni', 'ti', 'elleve', 'tolv'];

/** 1 → »én« (or »ét« for an et-word), 2–12 in words, larger numbers in digits. */
export function numberWord(n: number, neuter = false): string {
  if (n === 1) return neuter ? 'ét' : 'én';
  return WORDS[n] ?? String(n);
}

/** »fem dokumenter«, »ét dokument«. */
export function countOf(n: number, one: string, many: string, neuter = false): string {
  return `${numberWord(n, neuter)} ${n === 1 ? one : many}`;
}

/** »a«, »a og b«, »a, b og c«. */
export function joinDa(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} og ${items.at(-1)}`;
}

export const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export interface SourceLike {
  /** »et notat« / »notater« */
  art: { ental: string; flertal: string };
  /** »August 2014«, »år ikke angivet« */
  tid: string;
}

/** The year a source states, or undefined when it states none. */
export function yearOf(tid: string): number | undefined {
  if (/ikke angivet/i.test(tid)) return undefined;
  const m = /\b(\d{4})\b/.exec(tid);
  return m ? Number(m[1]) : undefined;
}

/**
 * The sources described from their entries, in their order: »to kataloger, et afsnit af en
 * rapport, et notat og et oplæg (dias)«, and which years they state: »To af dem er fra 2013 og
 * 2014; tre angiver ikke et år.«
 */
export function describeSources(sources: readonly SourceLike[]): { kinds: string; years: string } {
  const groups = new Map<string, { art: SourceLike['art']; n: number }>();
  for (const s of sources) {
    const g = groups.get(s.art.flertal);
    if (g) g.n++;
    else groups.set(s.art.flertal, { art: s.art, n: 1 });
  }
  const kinds = joinDa([...groups.values()].map((g) => (g.n === 1 ? g.art.ental : `${numberWord(g.n)} ${g.art.flertal}`)));
  const years = [...new Set(sources.map((s) => yearOf(s.tid)).filter((y): y is number => y !== undefined))].sort((a, b) => a - b);
  const dated = sources.filter((s) => yearOf(s.tid) !== undefined).length;
  const undated = sources.length - dated;
  let sentence: string;
  if (undated === 0) sentence = `De er fra ${joinDa(years.map(String))}.`;
  else if (dated === 0) sentence = 'Ingen af dem angiver et år.';
  else {
    const from = dated === 1 ? `Ét af dem er fra ${years[0]}` : `${capitalize(numberWord(dated))} af dem er fra ${joinDa(years.map(String))}`;
    const none = undated === 1 ? 'ét angiver ikke et år' : `${numberWord(undated)} angiver ikke et år`;
    sentence = `${from}; ${none}.`;
  }
  return { kinds, years: sentence };
}
