/**
 * Headings of recommendations and mechanisms, and checklist questions, keep the source's
 * wording: each is found in the real text of its seed file (ignoring case, punctuation and
 * hyphenation), so none has been reworded. The built pages are checked in tests/e2e.
 */
import { describe, expect, it } from 'vitest';
import { readContent } from '../helpers/content-files';
import { normalize, seeds } from '../helpers/seeds';

const root = new URL('../..', import.meta.url).pathname;
const { catalog } = readContent(root);
// Compare letters and digits only, so extraction noise fixed in our text (a hyphen left from
// line breaks, "for-ventningerne", a word split in two) does not count as rewording.
const letters = (t: string) => normalize(t).replace(/ /g, '');
const realText = new Map(seeds().map((s) => [s.id, letters(s.real.join(' '))]));
const inSource = (kilde: string, text: string) => realText.get(kilde)!.includes(letters(text));

describe('verbatim wording from the sources', () => {
  it('004 has exactly 22 anbefalinger and 001 exactly 8 mechanisms', () => {
    expect(catalog.anbefalinger!.filter((a) => a.data.kilde === 'mestringsforloeb' && a.data.type === 'anbefaling')).toHaveLength(22);
    expect(catalog.mekanismer!).toHaveLength(8);
  });

  for (const a of catalog.anbefalinger ?? []) {
    it(`anbefaling ${a.id}: »${a.data.titel}« is the source's wording`, () => {
      expect(inSource(a.data.kilde as string, a.data.titel as string)).toBe(true);
    });
  }
  for (const m of catalog.mekanismer ?? []) {
    it(`mekanisme ${m.id}: »${m.data.titel}« is the source's wording`, () => {
      expect(inSource(m.data.kilde as string, m.data.titel as string)).toBe(true);
    });
  }
  for (const t of catalog.tjeklister ?? []) {
    it(`tjekliste ${t.id}: every question is the source's wording`, () => {
      const omraader = t.data.omraader as { spoergsmaal: { tekst?: string; underpunkter: string[] }[] }[];
      const reworded = omraader.flatMap((o) => o.spoergsmaal).flatMap((q) => [...(q.tekst ? [q.tekst] : []), ...q.underpunkter]).filter((q) => !inSource(t.data.kilde as string, q));
      expect(reworded).toEqual([]);
    });
  }
  for (const c of catalog.citater ?? []) {
    it(`citater ${c.id}: every quote and attribution is in the source`, () => {
      const quotes = c.data.citater as { tekst: string; attribution: string }[];
      const missing = quotes.flatMap((q) => [q.tekst, q.attribution]).filter((x) => !/^Citat på dias/.test(x) && !inSource(c.data.kilde as string, x));
      expect(missing).toEqual([]);
    });
  }
});
