import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/lib/selvtjek/model';
import {
  DROP_REASONS,
  IMPORTED_NAME,
  IMPORT_MESSAGES,
  describeSetAside,
  exportAssessment,
  parseImport,
  setAsideFile,
  type ImportOptions,
} from '../../src/lib/selvtjek/file';
import { setAsideEntry } from '../../src/lib/storage/sync';

const checklist = { id: 'tjek-jobcentrets-beredskab', titel: 'Tjek jobcentrets beredskab' };
const questionIds = ['moedet-med-borgeren-1', 'virksomhedssamarbejdet-1', 'virksomhedssamarbejdet-2'];
const options: ImportOptions = { checklistTitle: checklist.titel, scale: 'ja-delvist-nej', now: new Date(2027, 3, 1, 12) };
const now = new Date('2027-03-14T09:30:00.000Z');

const assessment: Assessment = {
  id: 'k3j9x0abc',
  checklist: checklist.id,
  name: 'Team Nord – forår',
  date: '2027-03-10',
  answers: { 'moedet-med-borgeren-1': 'ja', 'virksomhedssamarbejdet-2': 'ved-ikke' },
  notes: { 'moedet-med-borgeren-1': 'Vi har »velkomstmøde« hver mandag.\nSe også referatet.' },
  updatedAt: '2027-03-12T08:00:00.000Z',
};

/** A valid file with parts replaced. */
function file(patch: Record<string, unknown> = {}, assessmentPatch: Record<string, unknown> = {}): string {
  const parsed = JSON.parse(exportAssessment(assessment, checklist, now).json) as Record<string, unknown>;
  return JSON.stringify({ ...parsed, ...patch, assessment: { ...(parsed.assessment as object), ...assessmentPatch } });
}

describe('exporting an assessment', () => {
  it('names the file after the checklist, the assessment (in ASCII) and its date, so colleagues\' files differ', () => {
    expect(exportAssessment(assessment, checklist, now).filename).toBe('selvtjek-tjek-jobcentrets-beredskab-team-nord-foraar-2027-03-10.json');
    expect(exportAssessment({ ...assessment, name: 'Åse Ærø-Øster' }, checklist, now).filename).toBe('selvtjek-tjek-jobcentrets-beredskab-aase-aeroe-oester-2027-03-10.json');
    // A name the tool gave says nothing about who answered: a piece of the assessment's id tells the files apart.
    for (const name of ['Min vurdering', 'Vurdering 3', '  ', 'Fra delt link'])
      expect(exportAssessment({ ...assessment, name }, checklist, now).filename).toBe('selvtjek-tjek-jobcentrets-beredskab-2027-03-10-k3j9x0.json');
    expect(exportAssessment({ ...assessment, name: 'x'.repeat(300) }, checklist, now).filename).toBe(`selvtjek-tjek-jobcentrets-beredskab-${'x'.repeat(40)}-2027-03-10.json`);
  });

  it('writes a self-describing file', () => {
    const { json, exportedAt } = exportAssessment(assessment, checklist, now);
    expect(exportedAt).toBe('2027-03-14T09:30:00.000Z');
    expect(JSON.parse(json)).toEqual({
      format: 'laeringskatalog-selvtjek',
      version: 2,
      tool: 'Selvtjek',
      checklist: { id: 'tjek-jobcentrets-beredskab', titel: 'Tjek jobcentrets beredskab' },
      exportedAt: '2027-03-14T09:30:00.000Z',
      assessment: { ...assessment, exportedAt: '2027-03-14T09:30:00.000Z' },
    });
  });

  it('round-trips: export, then import, gives the same assessment, and reports nothing dropped', () => {
    const { json, exportedAt } = exportAssessment({ ...assessment, stamps: { 'a:moedet-med-borgeren-1': Date.UTC(2027, 2, 12) } }, checklist, now);
    expect(json).not.toContain('stamps');
    expect(parseImport(json, checklist.id, questionIds, options)).toEqual({
      ok: true,
      assessment: { ...assessment, exportedAt },
      report: { answersInFile: 2, kept: 2, dropped: [], notesDropped: 0, changes: [] },
    });
  });

  it('carries the question texts, so a later import can name answers it drops', () => {
    const withAreas = { ...checklist, omraader: [{ spoergsmaal: [{ id: 'moedet-med-borgeren-1', tekst: 'Forbereder I borgerne?' }] }] };
    const { json } = exportAssessment(assessment, withAreas, now);
    expect(JSON.parse(json).spoergsmaal).toEqual({ 'moedet-med-borgeren-1': 'Forbereder I borgerne?' });
    // The checklist has changed since: that question is gone.
    const r = parseImport(json, checklist.id, ['virksomhedssamarbejdet-2'], options);
    expect(r).toMatchObject({
      ok: true,
      assessment: { answers: { 'virksomhedssamarbejdet-2': 'ved-ikke' } },
      report: { answersInFile: 2, kept: 1, dropped: [{ label: '»Forbereder I borgerne?«', reason: DROP_REASONS.unknownQuestion }], notesDropped: 1 },
    });
  });

  it('round-trips an empty assessment and one with every answer', () => {
    const sets: Assessment['answers'][] = [{}, { 'moedet-med-borgeren-1': 'nej', 'virksomhedssamarbejdet-1': 'delvist', 'virksomhedssamarbejdet-2': 'ja' }];
    for (const answers of sets) {
      const a: Assessment = { ...assessment, answers, notes: {} };
      const { json, exportedAt } = exportAssessment(a, checklist, now);
      expect(parseImport(json, checklist.id, questionIds)).toMatchObject({ ok: true, assessment: { ...a, exportedAt } });
    }
  });
});

describe('importing a file', () => {
  const other = JSON.stringify({
    ...JSON.parse(file()),
    checklist: { id: 'paratviden-om-det-lokale-arbejdsmarked', titel: 'Paratviden om det lokale arbejdsmarked' },
  });

  it.each([
    ['a file that is too large', ' '.repeat(200_001), 'Filen er for stor til at være en selvtjek-fil.'],
    ['an empty file', ' \n ', IMPORT_MESSAGES.empty],
    ['text that is not JSON', 'Navn;Svar\nA;Ja', 'Filen kan ikke læses. Er det en fil, der er eksporteret fra Selvtjek?'],
    ['cut-off JSON', file().slice(0, 120), 'Filen kan ikke læses. Er det en fil, der er eksporteret fra Selvtjek?'],
    ['a JSON array', '[1, 2]', IMPORT_MESSAGES.notOurs],
    ['JSON without a format', '{"answers": {}}', IMPORT_MESSAGES.notOurs],
    ['another format', file({ format: 'min-plan' }), IMPORT_MESSAGES.notOurs],
    ['a version that is not a number', file({ version: '2' }), IMPORT_MESSAGES.notOurs],
    ['version 0', file({ version: 0 }), IMPORT_MESSAGES.notOurs],
    ['a file without a checklist', file({ checklist: null }), IMPORT_MESSAGES.notOurs],
    ['a newer version', file({ version: 3 }), 'Filen er lavet med en nyere version af værktøjet, end denne side bruger. Genindlæs siden, og prøv igen.'],
    ['another checklist', other, 'Filen er en vurdering af »Paratviden om det lokale arbejdsmarked«, ikke af »Tjek jobcentrets beredskab«.'],
    ['no assessment', file({ assessment: undefined }).replace(/,"assessment":\{.*\}\}$/s, '}'), IMPORT_MESSAGES.noAssessment],
    ['an assessment that is a string', JSON.stringify({ ...JSON.parse(file()), assessment: 'ja' }), IMPORT_MESSAGES.noAssessment],
    ['answers that are a list', file({}, { answers: ['ja'] }), IMPORT_MESSAGES.badAnswers],
    ['no answers', file({}, { answers: undefined }), IMPORT_MESSAGES.badAnswers],
    [
      'a file where no answer fits (issue 12, case 7)',
      file({}, { answers: { 'gammelt-1': 'ja', 'gammelt-2': 'nej', 'moedet-med-borgeren-1': 'maaske' }, notes: {} }),
      'Ingen af de 3 svar i filen passer til spørgsmålene i denne tjekliste, så intet er indlæst. Tjeklisten er måske ændret, siden filen blev lavet. Udeladt: gammelt-1, gammelt-2, moedet-med-borgeren-1.',
    ],
  ])('rejects %s with a Danish message', (_, text, error) => {
    expect(parseImport(text, checklist.id, questionIds, options)).toEqual({ ok: false, error });
  });

  it('names the expected checklist by id when its title is not given', () => {
    expect(parseImport(other, checklist.id, questionIds)).toEqual({
      ok: false,
      error: 'Filen er en vurdering af »Paratviden om det lokale arbejdsmarked«, ikke af »tjek-jobcentrets-beredskab«.',
    });
  });

  it('keeps the answers that fit and lists those it drops: unknown questions, invalid answers, another scale', () => {
    const text = file({}, { answers: { 'moedet-med-borgeren-1': 'maaske', 'virksomhedssamarbejdet-1': 'lettere-behov', 'virksomhedssamarbejdet-2': 'Ja', fjernet: 'nej', x: 2 } });
    const r = parseImport(text, checklist.id, questionIds, { ...options, questionTexts: { 'moedet-med-borgeren-1': 'Forbereder I borgerne?' } });
    expect(r).toMatchObject({
      ok: true,
      assessment: { answers: { 'virksomhedssamarbejdet-2': 'ja' } },
      report: {
        answersInFile: 5,
        kept: 1,
        dropped: [
          { label: '»Forbereder I borgerne?«', reason: 'svaret »maaske« er ikke en af tjeklistens svarmuligheder' },
          { label: 'virksomhedssamarbejdet-1', reason: 'svaret »lettere-behov« er ikke en af tjeklistens svarmuligheder' },
          { label: 'fjernet', reason: DROP_REASONS.unknownQuestion },
          { label: 'x', reason: DROP_REASONS.unknownQuestion },
        ],
      },
    });
  });

  it('drops answers and notes to questions the checklist no longer has, and counts them', () => {
    const text = file({}, {
      answers: { 'moedet-med-borgeren-1': 'nej', 'fjernet-spoergsmaal': 'ja', 'andet-fjernet': 'noget helt andet' },
      notes: { 'fjernet-spoergsmaal': 'x', 'moedet-med-borgeren-1': 'y' },
    });
    const result = parseImport(text, checklist.id, questionIds, options);
    expect(result).toMatchObject({
      ok: true,
      assessment: { answers: { 'moedet-med-borgeren-1': 'nej' }, notes: { 'moedet-med-borgeren-1': 'y' } },
      report: { answersInFile: 3, kept: 1, notesDropped: 1 },
    });
  });

  it('treats null as no answer and drops notes that are not text', () => {
    const text = file({}, { answers: { 'moedet-med-borgeren-1': null, 'virksomhedssamarbejdet-1': 'ja' }, notes: { 'virksomhedssamarbejdet-1': 42 } });
    expect(parseImport(text, checklist.id, questionIds, options)).toMatchObject({
      ok: true,
      assessment: { answers: { 'virksomhedssamarbejdet-1': 'ja' }, notes: {} },
    });
  });

  it('fills in a missing name, date, time and id', () => {
    const text = file({ exportedAt: undefined }, { id: '../../etc', name: undefined, date: undefined, updatedAt: 'i går', exportedAt: undefined, notes: undefined });
    const result = parseImport(text, checklist.id, questionIds, options);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.assessment).toMatchObject({
      name: IMPORTED_NAME,
      date: '2027-04-01',
      updatedAt: new Date(2027, 3, 1, 12).toISOString(),
      notes: {},
      checklist: checklist.id,
    });
    expect(result.assessment.id).toMatch(/^[a-z0-9]{18}$/);
    expect(result.assessment).not.toHaveProperty('exportedAt');
  });

  it('dates an assessment without a date from its last change, and reads a date-time as its day', () => {
    const r1 = parseImport(file({}, { date: 'marts' }), checklist.id, questionIds, options);
    expect(r1).toMatchObject({ ok: true, assessment: { date: '2027-03-12' } });
    const r2 = parseImport(file({}, { date: '2027-03-05T12:00:00Z' }), checklist.id, questionIds, options);
    expect(r2).toMatchObject({ ok: true, assessment: { date: '2027-03-05' } });
  });

  it('repairs a two-digit year and an impossible time, and says when it cannot use a date (issue 12, case 1)', () => {
    expect(parseImport(file({}, { date: '0026-12-03' }), checklist.id, questionIds, options)).toMatchObject({
      ok: true,
      assessment: { date: '2026-12-03' },
      report: { changes: ['Datoen 0026-12-03 er rettet til 3. december 2026.'] },
    });
    const year500 = parseImport(file({}, { date: undefined, updatedAt: '0500-01-01T00:00:00Z' }), checklist.id, questionIds, options);
    expect(year500).toMatchObject({ ok: true, assessment: { date: '2027-04-01', updatedAt: new Date(2027, 3, 1, 12).toISOString() } });
    expect(parseImport(file({}, { date: '20266-12-03' }), checklist.id, questionIds, options)).toMatchObject({
      ok: true,
      assessment: { date: '2027-03-12' },
      report: { changes: ['Datoen »20266-12-03« i filen kan ikke bruges; vurderingen får datoen 12. marts 2027.'] },
    });
  });

  it('keeps a name as it was written, and cuts only one no tool could have written', () => {
    const long = parseImport(file({}, { name: 'x'.repeat(1000) }), checklist.id, questionIds, options);
    expect(long.ok && long.assessment.name.length).toBe(1000);
    expect(long.ok && long.report.changes).toEqual([]);
    const huge = parseImport(file({}, { name: 'x'.repeat(60_000) }), checklist.id, questionIds, options);
    expect(huge.ok && huge.assessment.name.length).toBe(50_000);
    expect(huge.ok && huge.report.changes).toEqual(['Navnet er afkortet til 50.000 tegn.']);
  });

  it('reads a file saved with a byte order mark', () => {
    expect(parseImport('\uFEFF' + file(), checklist.id, questionIds, options).ok).toBe(true);
  });

  it('accepts a version 1 export and migrates it', () => {
    const v1 = JSON.stringify({
      format: 'laeringskatalog-selvtjek',
      version: 1,
      checklist: 'tjek-jobcentrets-beredskab',
      savedAt: '2026-05-01T12:00:00.000Z',
      answers: { 'moedet-med-borgeren-1': 'Delvist', 'virksomhedssamarbejdet-1': 'ved-ikke', gammel: 'Ja' },
      notes: { 'virksomhedssamarbejdet-1': 'Spørg lederen' },
    });
    const result = parseImport(v1, checklist.id, questionIds, options);
    expect(result).toMatchObject({
      ok: true,
      assessment: {
        checklist: checklist.id,
        name: IMPORTED_NAME,
        date: '2026-05-01',
        answers: { 'moedet-med-borgeren-1': 'delvist', 'virksomhedssamarbejdet-1': 'ved-ikke' },
        notes: { 'virksomhedssamarbejdet-1': 'Spørg lederen' },
        updatedAt: '2026-05-01T12:00:00.000Z',
      },
    });
  });

  it('refuses a version 1 export where no answer can be read, or for another checklist', () => {
    const base = { format: 'laeringskatalog-selvtjek', version: 1, checklist: checklist.id, savedAt: '2026-05-01T12:00:00Z', notes: {} };
    expect(parseImport(JSON.stringify({ ...base, answers: { 'moedet-med-borgeren-1': 'Måske' } }), checklist.id, questionIds, options)).toEqual({
      ok: false,
      error: IMPORT_MESSAGES.nothingFits(1, ['moedet-med-borgeren-1']),
    });
    expect(parseImport(JSON.stringify({ ...base, answers: {}, checklist: 'andet' }), checklist.id, questionIds, options)).toEqual({
      ok: false,
      error: 'Filen er en vurdering af »andet«, ikke af »Tjek jobcentrets beredskab«.',
    });
    expect(parseImport(JSON.stringify(base), checklist.id, questionIds, options)).toEqual({ ok: false, error: IMPORT_MESSAGES.noAssessment });
  });

  it('never throws, whatever it is given', () => {
    const inputs: unknown[] = ['null', '0', '"x"', 'true', '{}', undefined, 42, null];
    for (const input of inputs) {
      expect(() => parseImport(input as string, checklist.id, questionIds)).not.toThrow();
      expect(parseImport(input as string, checklist.id, questionIds).ok).toBe(false);
    }
  });

  it('ignores a "__proto__" question id like any unknown id', () => {
    const text = '{"format":"laeringskatalog-selvtjek","version":2,"checklist":{"id":"tjek-jobcentrets-beredskab"},"assessment":{"answers":{"__proto__":"ja","moedet-med-borgeren-1":"nej"}}}';
    const result = parseImport(text, checklist.id, questionIds, options);
    expect(result).toMatchObject({ ok: true, assessment: { answers: { 'moedet-med-borgeren-1': 'nej' } }, report: { dropped: [{ label: '__proto__' }] } });
    expect(result.ok && Object.getPrototypeOf(result.assessment.answers)).toBe(Object.prototype);
  });
});

describe('set-aside data as a file', () => {
  it('turns a set-aside assessment into a file the import reads, and anything else into its raw text', () => {
    const raw = { id: 'daarlig', checklist: checklist.id, name: 'Ødelagt', date: '2026-09-01', answers: { 'moedet-med-borgeren-1': 'nej', 'virksomhedssamarbejdet-1': 'maaske' }, notes: {}, updatedAt: '2026-10-05T09:00:00.000Z' };
    const f = setAsideFile(setAsideEntry(raw), checklist, now);
    expect(f.importable).toBe(true);
    expect(describeSetAside(setAsideEntry(raw))).toEqual({ label: 'Ødelagt', checklist: checklist.id, importable: true });
    expect(parseImport(f.json, checklist.id, questionIds, options)).toMatchObject({ ok: true, assessment: { id: 'daarlig', answers: { 'moedet-med-borgeren-1': 'nej' } }, report: { kept: 1 } });
    const text = setAsideFile(setAsideEntry('{"v":2,"data":'), checklist, now);
    expect(text).toMatchObject({ importable: false, json: '{"v":2,"data":' });
  });
});
