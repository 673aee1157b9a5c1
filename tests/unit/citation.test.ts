/**
 * Page lists in citations: one sorted, merged form everywhere (»s. 2–4«, never »s. 2, 4, 3, 2«).
 * Pages, slides and sections ("5.3") alike; ranges with an en dash.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatCitation, formatPages, mergePages } from '../../src/lib/citation';

describe('mergePages', () => {
  it.each([
    ['2, 4, 3, 2', '2–4'],
    ['21, 14, 6, 6–7, 7, 21–22, 22, 15, 7–8, 8', '6–8, 14–15, 21–22'],
    ['13, 14, 16, 17, 19, 20, 22, 23, 27, 29', '13–14, 16–17, 19–20, 22–23, 27, 29'],
    ['9, 84', '9, 84'],
    ['85, 87', '85, 87'],
    ['90, 89–90', '89–90'],
    ['1–22, 3–22', '1–22'],
    ['4–11', '4–11'],
    ['12', '12'],
    ['5, 5', '5'],
    ['4-6, 7', '4–7'],
    ['10–12, 4–5, 8', '4–5, 8, 10–12'],
  ])('%s → %s', (input, expected) => {
    expect(mergePages(input)).toBe(expected);
  });

  it('merges several lists into one', () => {
    expect(mergePages('2', '2, 4', '3', '2')).toBe('2–4');
    expect(mergePages('48–54', '6, 9', '17, 18, 21, 84')).toBe('6, 9, 17–18, 21, 48–54, 84');
  });

  it('sorts and merges section numbers like 5.3 by their parts', () => {
    expect(mergePages('5.3, 5.3')).toBe('5.3');
    expect(mergePages('5.10, 5.3')).toBe('5.3, 5.10');
    expect(mergePages('5.3, 5.4')).toBe('5.3–5.4');
    expect(mergePages('5.3–5.5, 5.4')).toBe('5.3–5.5');
    expect(mergePages('6.1, 5.3, 4')).toBe('4, 5.3, 6.1');
  });

  it('refuses what is not a page list, so a typo fails the build instead of being printed', () => {
    for (const bad of ['', ' ', 's. 4', '4,,5', '7–5', '4–', 'fem']) expect(() => mergePages(bad), bad).toThrow(/sidetal/);
  });

  it('is used by every citation', () => {
    expect(formatPages({ sidebetegnelse: 's.' }, '2, 4, 3, 2')).toBe('s. 2–4');
    expect(formatPages({ sidebetegnelse: 'dias' }, '9, 30, 39, 41, 84')).toBe('dias 9, 30, 39, 41, 84');
    expect(formatCitation({ kort: 'Empowerment og motivation', udgiver: 'Jobcenter Halsnæs, Halsnæs Kommune', tid: '2018', sidebetegnelse: 's.' }, '2, 2, 4, 3, 2'))
      .toBe('Empowerment og motivation (Jobcenter Halsnæs, Halsnæs Kommune, 2018), s. 2–4');
  });

  // Properties over random page lists: the same pages come out, sorted, with no overlap or
  // adjacency left, and merging the result again changes nothing.
  const pagesOf = (list: string) =>
    list.split(', ').flatMap((t) => {
      const [a, b = a] = t.split('–').map(Number);
      return Array.from({ length: b! - a! + 1 }, (_, i) => a! + i);
    });
  const tokens = fc.array(
    fc.tuple(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 4 })).map(([a, n]) => (n === 0 ? `${a}` : `${a}–${a + n}`)),
    { minLength: 1, maxLength: 12 },
  );

  it('keeps exactly the pages it was given', () => {
    fc.assert(fc.property(tokens, (ts) => {
      const out = mergePages(ts.join(', '));
      expect(new Set(pagesOf(out))).toEqual(new Set(pagesOf(ts.join(', '))));
    }));
  });

  it('gives sorted ranges with a gap between them, and is idempotent', () => {
    fc.assert(fc.property(tokens, (ts) => {
      const out = mergePages(ts.join(', '));
      const ranges = out.split(', ').map((t) => t.split('–').map(Number));
      for (let i = 1; i < ranges.length; i++) expect(ranges[i]![0]!).toBeGreaterThan(ranges[i - 1]!.at(-1)! + 1);
      for (const r of ranges) if (r.length === 2) expect(r[1]!).toBeGreaterThan(r[0]!);
      expect(mergePages(out)).toBe(out);
    }));
  });
});
