/**
 * Templates on paper: forms filled about people have fields for date and names (the site's own
 * additions sit in a section marked `tilfoejet`, so pages, print and generated documents can
 * say so), and answer cells leave room to write.
 */
import { describe, expect, it } from 'vitest';
import { readContent } from '../helpers/content-files';
import type { z } from 'astro/zod';
import type { skabelonSchema } from '../../src/content/schemas';

type Skabelon = z.infer<typeof skabelonSchema>;
const root = new URL('../..', import.meta.url).pathname;
const templates = (readContent(root).catalog.skabeloner ?? []).map((e) => ({ id: e.id, data: e.data as unknown as Skabelon }));
const NAME = /navn|borger|jobkonsulent|observatør|medarbejder/i;

describe('templates on paper', () => {
  it('there are templates', () => expect(templates.length).toBeGreaterThanOrEqual(10));

  for (const { id, data } of templates.filter((t) => t.data.personfoelsom)) {
    it(`${id}: filled about a person, so it has a date field and a name field`, () => {
      const fields = data.sektioner.flatMap((s) => s.felter);
      expect(fields.some((f) => f.type === 'dato'), 'datofelt').toBe(true);
      expect(fields.some((f) => f.type === 'linje' && NAME.test(f.label)), 'navnefelt').toBe(true);
    });
  }

  it('a section the site adds holds only short fields (date, names), never a question of its own', () => {
    for (const { id, data } of templates) {
      for (const s of data.sektioner.filter((x) => x.tilfoejet)) {
        expect(s.tabel, `${id}: ${s.overskrift}`).toBeUndefined();
        for (const f of s.felter) expect(['dato', 'linje'], `${id}: ${f.label}`).toContain(f.type);
      }
    }
  });

  it('every answer cell has room for at least four lines of handwriting', () => {
    const small = templates.flatMap(({ id, data }) => data.sektioner.flatMap((s) => (s.tabel && s.tabel.linjer < 4 ? [`${id}: ${s.overskrift} (${s.tabel.linjer})`] : [])));
    expect(small).toEqual([]);
  });
});
