import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/lib/selvtjek/model';
import {
  IMPORTED_NAME,
  IMPORT_MESSAGES,
  exportAssessment,
  parseImport,
  type ImportOptions,
} from '../../src/lib/selvtjek/file';

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
  it('names the file after the checklist and the date of the assessment', () => {
    expect(exportAssessment(assessment, checklist, now).filename).toBe('selvtjek-tjek-jobcentrets-beredskab-2027-03-10.json');
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

  it('round-trips: export, then import, gives the same assessment', () => {
    const { json, exportedAt } = exportAssessment(assessment, checklist, now);
    expect(parseImport(json, checklist.id, questionIds, options)).toEqual({
      ok: true,
      assessment: { ...assessment, exportedAt },
    });
  });

  it('round-trips an empty assessment and one with every answer', () => {
    const sets: Assessment['answers'][] = [{}, { 'moedet-med-borgeren-1': 'nej', 'virksomhedssamarbejdet-1': 'delvist', 'virksomhedssamarbejdet-2': 'ja' }];
    for (const answers of sets) {
      const a: Assessment = { ...assessment, answers, notes: {} };
      const { json, exportedAt } = exportAssessment(a, checklist, now);
      expect(parseImport(json, checklist.id, questionIds)).toEqual({ ok: true, assessment: { ...a, exportedAt } });
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
      'an invalid answer code',
      file({}, { answers: { 'moedet-med-borgeren-1': 'maaske' } }),
      'Filen indeholder et ugyldigt svar (fx »maaske« ved spørgsmålet moedet-med-borgeren-1). Filen er måske blevet ændret i hånden.',
    ],
    [
      'two invalid answers',
      file({}, { answers: { 'moedet-med-borgeren-1': 'Ja', 'virksomhedssamarbejdet-1': 2 } }),
      'Filen indeholder 2 ugyldige svar (fx »Ja« ved spørgsmålet moedet-med-borgeren-1). Filen er måske blevet ændret i hånden.',
    ],
    [
      'an answer of the other scale',
      file({}, { answers: { 'virksomhedssamarbejdet-1': 'lettere-behov' } }),
      'Filen indeholder et ugyldigt svar (fx »lettere-behov« ved spørgsmålet virksomhedssamarbejdet-1). Filen er måske blevet ændret i hånden.',
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

  it('drops answers and notes to questions the checklist no longer has, silently', () => {
    const text = file({}, {
      answers: { 'moedet-med-borgeren-1': 'nej', 'fjernet-spoergsmaal': 'ja', 'andet-fjernet': 'noget helt andet' },
      notes: { 'fjernet-spoergsmaal': 'x', 'moedet-med-borgeren-1': 'y' },
    });
    const result = parseImport(text, checklist.id, questionIds, options);
    expect(result).toMatchObject({ ok: true, assessment: { answers: { 'moedet-med-borgeren-1': 'nej' }, notes: { 'moedet-med-borgeren-1': 'y' } } });
  });

  it('treats null as no answer and drops notes that are not text', () => {
    const text = file({}, { answers: { 'moedet-med-borgeren-1': null, 'virksomhedssamarbejdet-1': 'ja' }, notes: { 'virksomhedssamarbejdet-1': 42 } });
    expect(parseImport(text, checklist.id, questionIds, options)).toMatchObject({
      ok: true,
      assessment: { answers: { 'virksomhedssamarbejdet-1': 'ja' }, notes: {} },
    });
  });

  it('fills in a missing name, date, time and id', () => {
    const text = file({ exportedAt: undefined }, { id: '../../etc', name: '   ', date: undefined, updatedAt: 'i går', exportedAt: undefined, notes: undefined });
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

  it('cuts a very long name', () => {
    const r = parseImport(file({}, { name: 'x'.repeat(1000) }), checklist.id, questionIds, options);
    expect(r.ok && r.assessment.name.length).toBe(200);
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

  it('rejects a version 1 export with an answer it cannot read, or for another checklist', () => {
    const base = { format: 'laeringskatalog-selvtjek', version: 1, checklist: checklist.id, savedAt: '2026-05-01T12:00:00Z', notes: {} };
    expect(parseImport(JSON.stringify({ ...base, answers: { 'moedet-med-borgeren-1': 'Måske' } }), checklist.id, questionIds, options)).toEqual({
      ok: false,
      error: IMPORT_MESSAGES.invalidAnswers(1, 'Måske', 'moedet-med-borgeren-1'),
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
    const text = '{"format":"laeringskatalog-selvtjek","version":2,"checklist":{"id":"tjek-jobcentrets-beredskab"},"assessment":{"answers":{"__proto__":"ja"}}}';
    const result = parseImport(text, checklist.id, questionIds, options);
    expect(result).toMatchObject({ ok: true, assessment: { answers: {} } });
    expect(result.ok && Object.getPrototypeOf(result.assessment.answers)).toBe(Object.prototype);
  });
});
