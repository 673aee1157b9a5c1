/**
 * Page numbers against the source: every `sider` (and `<Kildeside s>`) lies within its kilde's
 * `sideomfang`, ranges run forwards (»19–22«, never »22–19«) and lists ascend (»4, 9«). Pure.
 */

type Num = number[];

const compare = (a: Num, b: Num): number => {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
};
const show = (n: Num) => n.join('.');
const NUMBER = /^\d+(?:\.\d+)*$/;

export interface PageToken {
  text: string;
  from: Num;
  to: Num;
}

/** "4–11, 15" → its ranges as written; undefined when it is not a page list at all. */
export function parsePageList(list: string): PageToken[] | undefined {
  const tokens: PageToken[] = [];
  for (const raw of list.split(',')) {
    const text = raw.trim();
    const parts = text.split('–');
    if (parts.length > 2 || parts.some((p) => !NUMBER.test(p))) return undefined;
    const from = parts[0]!.split('.').map(Number);
    const to = (parts[1] ?? parts[0]!).split('.').map(Number);
    tokens.push({ text, from, to });
  }
  return tokens;
}

/** n lies within [lo, hi]; a sub-number (5.3.1) lies within the section it belongs to (5.3). */
const within = (n: Num, lo: Num, hi: Num) => compare(n.slice(0, lo.length), lo) >= 0 && compare(n.slice(0, hi.length), hi) <= 0;

export interface PageSource {
  /** "Læringskatalog" */
  kort: string;
  /** "s.", "dias", "afsnit" */
  sidebetegnelse: string;
  /** "1–22" */
  sideomfang: string;
  /** Where the kilde is, for the fix. */
  file: string;
  textFile: string;
}

/** What is wrong with one page list, each with a Danish message and fix. */
export function pageListProblems(list: string, source: PageSource | undefined): { message: string; fix: string }[] {
  const tokens = parsePageList(list);
  if (!tokens) return []; // The schema reports a list that is not page numbers.
  const out: { message: string; fix: string }[] = [];
  const b = source?.sidebetegnelse ?? 's.';
  let previous: PageToken | undefined;
  for (const t of tokens) {
    if (compare(t.from, t.to) > 0) {
      out.push({ message: `${b} ${t.text} går baglæns`, fix: `Skriv det laveste tal først: ${show(t.to)}–${show(t.from)}` });
    } else if (compare(t.from, t.to) === 0 && t.text.includes('–')) {
      out.push({ message: `${b} ${t.text} er samme side to gange`, fix: `Skriv kun ${show(t.from)}` });
    }
    if (previous) {
      const prevEnd = compare(previous.from, previous.to) > 0 ? previous.from : previous.to;
      if (compare(t.from, prevEnd) <= 0) {
        out.push({
          message: `sidetallene står ikke i stigende orden: ${previous.text} kommer før ${t.text}`,
          fix: `Skriv sidetallene i stigende orden uden gentagelser, fx »${[...tokens].sort((x, y) => compare(x.from, y.from)).map((x) => x.text).filter((x, i, a) => a.indexOf(x) === i).join(', ')}«`,
        });
      }
    }
    previous = t;
  }
  if (source) {
    const range = parsePageList(source.sideomfang) ?? [];
    for (const t of tokens) {
      const lo = compare(t.from, t.to) <= 0 ? t.from : t.to;
      const hi = compare(t.from, t.to) <= 0 ? t.to : t.from;
      if (range.some((r) => within(lo, r.from, r.to) && within(hi, r.from, r.to))) continue;
      out.push({
        message: `${b} ${t.text} findes ikke i ${source.kort}: kildeteksten har ${b} ${source.sideomfang}`,
        fix: `Ret sidetallet til dokumentets eget (se ${source.textFile}); kildens sideomfang står i ${source.file}`,
      });
    }
  }
  return out;
}
