import { describe, expect, it } from 'vitest';
import { assertIntegrity, ContentIntegrityError, findBrokenReferences, findComponentRefs, referenceProblems, type Catalog } from '../../src/lib/integrity';

const catalog = (): Catalog => ({
  kilder: [{ id: 'laeringskatalog', file: 'src/content/kilder/laeringskatalog.yaml', data: {} }],
  projekter: [{ id: 'broendby', file: 'src/content/projekter/broendby.yaml', data: { kilde: 'laeringskatalog' } }],
  sider: [
    { id: 'laeringskatalog', file: 'src/content/sider/laeringskatalog/index.mdx', data: { kilde: 'laeringskatalog' } },
    {
      id: 'laeringskatalog/tema-1',
      file: 'src/content/sider/laeringskatalog/tema-1.mdx',
      data: { kilde: 'laeringskatalog', parent: 'laeringskatalog' },
      body: 'Tekst\n\n<Anbefaling id="lk-a" />\n<Citater id="lk-q" />',
    },
  ],
  anbefalinger: [
    { id: 'lk-a', file: 'src/content/anbefalinger/lk-a.yaml', data: { kilde: 'laeringskatalog', side: 'laeringskatalog/tema-1', type: 'tiltag' } },
    { id: 'em-p1', file: 'src/content/anbefalinger/em-p1.yaml', data: { kilde: 'laeringskatalog', side: 'laeringskatalog/tema-1', type: 'pejlemaerke' } },
  ],
  citater: [
    { id: 'lk-q', file: 'src/content/citater/lk-q.yaml', data: { kilde: 'laeringskatalog', side: 'laeringskatalog/tema-1', citater: [{ tekst: 't', attribution: 'a', kommune: 'broendby' }] } },
  ],
  tjeklister: [
    {
      id: 't',
      file: 'src/content/tjeklister/t.yaml',
      data: { kilde: 'laeringskatalog', omraader: [{ spoergsmaal: [{ id: 'q1', anbefalinger: ['lk-a'], passager: [{ side: 'laeringskatalog/tema-1' }] }] }] },
    },
  ],
  motivationsfaktorer: [{ id: 'f', file: 'src/content/motivationsfaktorer/f.yaml', data: { kilde: 'laeringskatalog', pejlemaerke: 'em-p1' } }],
});

describe('content integrity', () => {
  it('a consistent catalogue has no problems', () => {
    expect(findBrokenReferences(catalog())).toEqual([]);
    expect(() => assertIntegrity(catalog())).not.toThrow();
  });

  it('an unknown kilde names the file and the field', () => {
    const c = catalog();
    c.anbefalinger![0]!.data.kilde = 'ukendt';
    expect(findBrokenReferences(c)).toEqual([
      'src/content/anbefalinger/lk-a.yaml: feltet "kilde" henviser til "ukendt", som ikke findes i src/content/kilder/',
    ]);
  });

  it('a checklist question linking a missing recommendation names the question path', () => {
    const c = catalog();
    (c.tjeklister![0]!.data.omraader as { spoergsmaal: { anbefalinger: string[] }[] }[])[0]!.spoergsmaal[0]!.anbefalinger = ['findes-ikke'];
    expect(findBrokenReferences(c)[0]).toContain('feltet "omraader[0].spoergsmaal[0].anbefalinger[0]" henviser til "findes-ikke"');
  });

  it('a value outside its vaerdiliste names the list file', () => {
    const c = catalog();
    c.vaerdilister = [{ id: 'udfald', file: 'src/content/vaerdilister/udfald.yaml', data: { vaerdier: [{ id: 'uddannelse', navn: 'Uddannelse' }] } }];
    c.cases = [{ id: 'k', file: 'src/content/cases/k.yaml', data: { kilde: 'laeringskatalog', tema: 'laeringskatalog/tema-1', udfald: 'fleksjob' } }];
    const [p] = referenceProblems(c);
    expect(p!.path).toEqual(['udfald']);
    expect(p!.message).toBe('»fleksjob« står ikke på listen i src/content/vaerdilister/udfald.yaml');
    expect(p!.fix).toBe('Skriv en af uddannelse – eller tilføj »fleksjob« med sit danske navn på listen');
  });

  it('a quote naming an unknown kommune is reported', () => {
    const c = catalog();
    (c.citater![0]!.data.citater as { kommune: string }[])[0]!.kommune = 'aarhus';
    expect(findBrokenReferences(c)[0]).toContain('feltet "citater[0].kommune" henviser til "aarhus"');
  });

  it('a factor whose pejlemærke is not a pejlemærke is reported', () => {
    const c = catalog();
    c.motivationsfaktorer![0]!.data.pejlemaerke = 'lk-a';
    expect(findBrokenReferences(c)[0]).toContain('som ikke er en anbefaling af typen "pejlemaerke"');
  });

  it('an MDX component naming a missing entry is reported with its line', () => {
    const c = catalog();
    c.sider![1]!.body = 'a\nb\n<Inspiration id="mangler" />';
    expect(findBrokenReferences(c)).toEqual([
      'src/content/sider/laeringskatalog/tema-1.mdx: feltet "<Inspiration id> (linje 3)" henviser til "mangler", som ikke findes i src/content/inspiration/',
    ]);
  });

  it('assertIntegrity throws one error listing every problem', () => {
    const c = catalog();
    c.sider![1]!.data.parent = 'nope';
    c.citater![0]!.data.side = 'nope';
    try {
      assertIntegrity(c);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ContentIntegrityError);
      expect((e as ContentIntegrityError).problems).toHaveLength(2);
      expect((e as Error).message).toMatch(/^Indholdet har 2 brudte henvisninger/);
    }
  });

  it('finds component references but ignores other props', () => {
    expect(findComponentRefs('<Anbefaling niveau={2} id="x" />\n<Tjekliste heading id="y"/>\n<Foo id="z" />')).toEqual([
      { component: 'Anbefaling', id: 'x', line: 1 },
      { component: 'Tjekliste', id: 'y', line: 2 },
    ]);
  });
});
