/** Formatting of source citations: "Læringskatalog (DISCUS, August 2014), s. 4–11". Pure. */

export interface KildeLike {
  kort: string;
  udgiver: string;
  tid: string;
  sidebetegnelse: 's.' | 'dias' | 'afsnit';
}

/** A page, slide or section number as its parts: "22" → [22], "5.3" → [5, 3]. */
type Num = number[];

const compare = (a: Num, b: Num): number => {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
};
/** b comes right after a: same depth, same leading parts, last part one higher (7 → 8, 5.3 → 5.4). */
const follows = (a: Num, b: Num): boolean =>
  a.length === b.length && a.slice(0, -1).every((x, i) => x === b[i]) && b.at(-1)! === a.at(-1)! + 1;
const show = (n: Num) => n.join('.');

const NUMBER = /^\d+(?:\.\d+)*$/;

function parseToken(token: string, list: string): [Num, Num] {
  const parts = token.split(/[–-]/).map((p) => p.trim());
  if (parts.length > 2 || parts.some((p) => !NUMBER.test(p))) {
    throw new Error(`Ugyldige sidetal "${list}": "${token}" er ikke et sidetal som 4, 4–11 eller 5.3`);
  }
  const from = parts[0]!.split('.').map(Number);
  const to = (parts[1] ?? parts[0]!).split('.').map(Number);
  if (compare(from, to) > 0) throw new Error(`Ugyldige sidetal "${list}": intervallet "${token}" går baglæns`);
  return [from, to];
}

/**
 * One sorted, merged page list from one or more lists: "2, 4, 3, 2" → "2–4";
 * "21, 14, 6, 6–7, 7" and "7–8" → "6–8, 14, 21". Overlapping and adjacent pages become one range
 * with an en dash; slide numbers and section numbers ("5.3", "5.4" → "5.3–5.4") work the same
 * way. A list that is not page numbers throws, so a typo fails the build rather than being printed.
 */
export function mergePages(...lists: string[]): string {
  const ranges: [Num, Num][] = [];
  for (const list of lists) {
    if (list.trim() === '') throw new Error('Ugyldige sidetal "": der skal være mindst ét sidetal');
    for (const token of list.split(',')) ranges.push(parseToken(token.trim(), list));
  }
  ranges.sort((a, b) => compare(a[0], b[0]) || compare(a[1], b[1]));
  const merged: [Num, Num][] = [];
  for (const [from, to] of ranges) {
    const last = merged.at(-1);
    if (last && (compare(from, last[1]) <= 0 || follows(last[1], from))) {
      if (compare(to, last[1]) > 0) last[1] = to;
    } else {
      merged.push([from, to]);
    }
  }
  return merged.map(([a, b]) => (compare(a, b) === 0 ? show(a) : `${show(a)}–${show(b)}`)).join(', ');
}

/** "s. 4–11", "dias 7", "afsnit 5.3" – the page list always sorted and merged. */
export function formatPages(kilde: Pick<KildeLike, 'sidebetegnelse'>, sider: string): string {
  return `${kilde.sidebetegnelse} ${mergePages(sider)}`;
}

/** "Læringskatalog (DISCUS, August 2014)"; an unknown year is left out, not guessed. */
export function formatSource(kilde: Omit<KildeLike, 'sidebetegnelse'>): string {
  const when = /ikke angivet/i.test(kilde.tid) ? '' : `, ${kilde.tid}`;
  return `${kilde.kort} (${kilde.udgiver}${when})`;
}

export function formatCitation(kilde: KildeLike, sider: string): string {
  return `${formatSource(kilde)}, ${formatPages(kilde, sider)}`;
}
