import { describe, expect, it } from 'vitest';
import { anbefalingSchema, caseSchema, citatgruppeSchema, pageRef, tjeklisteSchema } from '../../src/content/schemas';
import { danishErrorMap, danishIssues, formatIssues, formatPath } from '../../src/lib/schema-errors';

const goodCase = {
  titel: 'Fra pensionsønske til ordinært job',
  kilde: 'laeringskatalog',
  sider: '16',
  tema: 'laeringskatalog/tema-2',
  udfald: 'ordinaert-job',
  person: 'En 42-årig kvinde.',
  forloeb: ['Et afsnit.'],
  indsats: ['Et skridt'],
  forskel: { overskrift: 'Det gjorde forskellen', tekst: ['Noget.'], sitetsLaesning: false },
  raekkefoelge: 1,
};

type Parses = { safeParse(v: unknown, o?: object): { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } };
const problems = (schema: Parses, value: unknown) => {
  const r = schema.safeParse(value, { error: danishErrorMap, reportInput: true });
  return r.success ? [] : formatIssues('src/content/x.yaml', r.error!.issues);
};

describe('content schemas', () => {
  it('accept a complete case', () => {
    expect(problems(caseSchema, goodCase)).toEqual([]);
  });

  it('reject a case with an empty Indsats list, naming the field', () => {
    expect(problems(caseSchema, { ...goodCase, indsats: [] })).toEqual([
      'src/content/x.yaml: feltet "indsats": Indsats-listen må ikke være tom',
    ]);
  });

  it('reject a missing field (»mangler«) and an outcome that is not an id, naming each field', () => {
    const { person: _p, ...noPerson } = goodCase;
    expect(problems(caseSchema, { ...noPerson, udfald: 'Ordinært job' })).toEqual([
      'src/content/x.yaml: feltet "udfald": skal være et id med små bogstaver, tal og bindestreger',
      'src/content/x.yaml: feltet "person": mangler',
    ]);
  });

  it('says in Danish what kind a field must be, and how to fix it', () => {
    const r = caseSchema.safeParse({ ...goodCase, titel: 2014, forloeb: 'Et afsnit.', raekkefoelge: '1', udfaldd: 'x' }, { error: danishErrorMap, reportInput: true });
    expect(danishIssues(r.error!.issues as never)).toEqual([
      { path: ['titel'], message: 'skal være en tekst, men er et tal', fix: 'Sæt værdien i anførselstegn: titel: "2014"' },
      { path: ['forloeb'], message: 'skal være en liste, men er en tekst', fix: 'Skriv en liste: ét punkt pr. linje, hvert med »- « foran' },
      { path: ['raekkefoelge'], message: 'skal være et tal, men er en tekst', fix: 'Skriv et helt tal uden anførselstegn' },
      { path: ['udfaldd'], message: 'ukendt felt »udfaldd«', fix: expect.stringMatching(/^Ret stavningen af feltnavnet/) },
    ]);
  });

  it('reject an unknown field (a typo is not silently dropped)', () => {
    expect(problems(caseSchema, { ...goodCase, udfaldd: 'x' }).join('\n')).toContain('udfaldd');
  });

  it('reject a quote with an empty attribution', () => {
    const lines = problems(citatgruppeSchema, {
      titel: 'Nogle positive resultater',
      kilde: 'laeringskatalog',
      sider: '5',
      side: 'laeringskatalog/tema-1',
      citater: [{ tekst: 'Vi har ikke arbejdet så intensivt før.', attribution: '  ' }],
    });
    expect(lines).toEqual(['src/content/x.yaml: feltet "citater[0].attribution": må ikke være tom']);
  });

  it('reject a recommendation without roles and with a role that is not an id (the roles themselves are checked against vaerdilister/roller.yaml)', () => {
    const base = { titel: 'Udarbejd en detaljeret og realistisk tidsplan', kilde: 'mestringsforloeb', sider: '26', type: 'anbefaling', gruppe: 'Organisering og ledelse', raekkefoelge: 1, side: 'mestringsforloeb/organisering' };
    expect(problems(anbefalingSchema, { ...base, roller: [] })[0]).toContain('feltet "roller"');
    expect(problems(anbefalingSchema, { ...base, roller: ['Leder'] })[0]).toContain('feltet "roller[0]"');
  });

  it('reject a checklist area without questions', () => {
    const lines = problems(tjeklisteSchema, {
      titel: 'Tjek', kilde: 'laeringskatalog', sider: '11', skala: 'ja-delvist-nej', raekkefoelge: 1,
      omraader: [{ id: 'a', titel: 'A', spoergsmaal: [] }],
    });
    expect(lines[0]).toContain('feltet "omraader[0].spoergsmaal"');
  });

  it.each([
    ['3', true], ['4–11', true], ['9, 12', true], ['5.3', true], ['9–10, 16–17', true],
    ['4-11', false], ['s. 4', false], ['', false], ['4–', false],
  ])('page reference %j valid: %s', (value, ok) => {
    expect(pageRef().safeParse(value).success).toBe(ok);
  });

  it('formats nested paths', () => {
    expect(formatPath(['omraader', 0, 'spoergsmaal', 2, 'tekst'])).toBe('omraader[0].spoergsmaal[2].tekst');
    expect(formatPath([])).toBe('');
  });
});
