import { describe, expect, it } from 'vitest';
import { applyFilters, groupItems, groupOptions, loosenings, readFilters, slugify, writeFilters, type HubItem } from '../../src/lib/recommendations';

const item = (over: Partial<HubItem>): HubItem => ({
  id: 'x', titel: 'T', kilde: 'mestringsforloeb', kildeKort: 'Joborienteret mestringsforløb', sider: 's. 9', gruppe: 'Fase 1: Henvisning', gruppeId: 'fase-1-henvisning',
  typeLabel: 'Anbefaling', roller: ['leder'], href: '/x/', raekkefoelge: 1, kildeRaekkefoelge: 2, ...over,
});
const items = [
  item({ id: 'a', roller: ['leder', 'sagsbehandler'] }),
  item({ id: 'b', gruppe: 'Organisering og ledelse', gruppeId: 'organisering-og-ledelse', raekkefoelge: 16 }),
  item({ id: 'c', kilde: 'virksomme-mekanismer', kildeKort: 'Virksomme mekanismer', gruppe: 'Virksomme mekanismer', gruppeId: 'virksomme-mekanismer', roller: ['mentor'], kildeRaekkefoelge: 3 }),
];

describe('recommendations hub filters', () => {
  it('slugifies Danish group names', () => {
    expect(slugify('Fase 4: Praktik og opfølgning')).toBe('fase-4-praktik-og-opfoelgning');
    expect(slugify('Samarbejde med ekstern leverandør')).toBe('samarbejde-med-ekstern-leverandoer');
  });

  it('filters by source, group and role at once', () => {
    expect(applyFilters(items, { kilde: 'mestringsforloeb', gruppe: '', rolle: '' }).map((i) => i.id)).toEqual(['a', 'b']);
    expect(applyFilters(items, { kilde: 'mestringsforloeb', gruppe: '', rolle: 'sagsbehandler' }).map((i) => i.id)).toEqual(['a']);
    expect(applyFilters(items, { kilde: '', gruppe: 'organisering-og-ledelse', rolle: 'leder' }).map((i) => i.id)).toEqual(['b']);
    expect(applyFilters(items, { kilde: '', gruppe: '', rolle: 'mentor' }).map((i) => i.id)).toEqual(['c']);
  });

  it('round-trips filters through the URL and drops unknown or contradictory values', () => {
    const f = { kilde: 'mestringsforloeb', gruppe: 'organisering-og-ledelse', rolle: 'leder' };
    expect(readFilters(writeFilters(f), items)).toEqual(f);
    expect(writeFilters({ kilde: '', gruppe: '', rolle: '' })).toBe('');
    expect(readFilters('?kilde=ukendt&rolle=chef', items)).toEqual({ kilde: '', gruppe: '', rolle: '' });
    expect(readFilters('?kilde=virksomme-mekanismer&gruppe=organisering-og-ledelse', items)).toEqual({ kilde: 'virksomme-mekanismer', gruppe: '', rolle: '' });
  });

  it('offers the groups of the chosen source, in reading order', () => {
    expect(groupOptions(items, 'mestringsforloeb').map((g) => g.id)).toEqual(['fase-1-henvisning', 'organisering-og-ledelse']);
    expect(groupOptions(items, '').map((g) => g.id)).toHaveLength(3);
  });

  it('groups items by source and group', () => {
    const g = groupItems(items);
    expect(g.map((k) => k.kilde)).toEqual(['mestringsforloeb', 'virksomme-mekanismer']);
    expect(g[0]!.groups.map((x) => x.items.map((i) => i.id))).toEqual([['a'], ['b']]);
  });
});

describe('issue 21: the hub for a leader', () => {
  const lk = (id: string, tema: number, raekkefoelge: number) =>
    item({ id, kilde: 'laeringskatalog', kildeKort: 'Læringskatalog', kildeRaekkefoelge: 1, gruppe: `Tema ${tema}: X`, gruppeId: `tema-${tema}-x`, raekkefoelge });
  it('lists groups in their order: Tema 1 → 2 → 3 also when each tema counts its items from 1', () => {
    const list = [lk('t3a', 3, 1), lk('t1b', 1, 6), lk('t2a', 2, 1), lk('t1a', 1, 1), lk('t3b', 3, 2)];
    expect(groupItems(list).flatMap((k) => k.groups.map((g) => g.gruppe))).toEqual(['Tema 1: X', 'Tema 2: X', 'Tema 3: X']);
    expect(groupItems(list).flatMap((k) => k.groups.flatMap((g) => g.items.map((i) => i.id)))).toEqual(['t1a', 't1b', 't2a', 't3a', 't3b']);
    expect(groupOptions(list, '').map((g) => g.label)).toEqual(['Tema 1: X', 'Tema 2: X', 'Tema 3: X']);
  });

  it('when no recommendation fits every filter, says which filter to loosen and what it would show', () => {
    const f = { kilde: 'mestringsforloeb', gruppe: 'fase-1-henvisning', rolle: 'mentor' };
    expect(applyFilters(items, f)).toEqual([]);
    expect(loosenings(items, f)).toEqual([{ filter: 'rolle', count: 1 }]);
    // removing either of two filters helps
    expect(loosenings(items, { kilde: '', gruppe: 'organisering-og-ledelse', rolle: 'mentor' })).toEqual([{ filter: 'gruppe', count: 1 }, { filter: 'rolle', count: 1 }]);
    expect(loosenings(items, { kilde: 'mestringsforloeb', gruppe: '', rolle: '' })).toEqual([]);
  });
});
