import { describe, expect, it } from 'vitest';
import { changeOf, compareAssessments } from '../../src/lib/selvtjek/compare';
import type { ChecklistLike } from '../../src/lib/selvtjek/scoring';

const checklist: ChecklistLike = {
  id: 'tjek-test',
  titel: 'Tjek testen',
  skala: 'ja-delvist-nej',
  omraader: [
    { id: 'a', titel: 'Område A', spoergsmaal: [{ id: 'q1', tekst: 'Et' }, { id: 'q2', tekst: 'To' }] },
    { id: 'b', titel: 'Område B', spoergsmaal: [{ id: 'q3', tekst: 'Tre' }, { id: 'q4', tekst: 'Fire' }, { id: 'q5', tekst: 'Fem' }] },
  ],
};

describe('comparing two assessments', () => {
  const before = { answers: { q1: 'nej', q2: 'ja', q3: 'ved-ikke', q5: 'delvist', gammel: 'nej' } };
  const after = { answers: { q1: 'delvist', q2: 'nej', q3: 'ja', q4: 'ja', q5: 'delvist' } };
  const c = compareAssessments(checklist, before, after);

  it('gives both answers per question and whether it changed', () => {
    expect(c.questions.map((q) => [q.question.id, q.a, q.b, q.changed, q.change])).toEqual([
      ['q1', 'nej', 'delvist', true, 'bedre'],
      ['q2', 'ja', 'nej', true, 'ringere'],
      ['q3', 'ved-ikke', 'ja', true, 'aendret'],
      ['q4', null, 'ja', true, 'aendret'],
      ['q5', 'delvist', 'delvist', false, 'uaendret'],
    ]);
    expect(c.questions[0]?.area).toEqual({ id: 'a', titel: 'Område A' });
    expect(c.changed).toBe(4);
    expect(c.summary).toEqual({ uaendret: 1, bedre: 1, ringere: 1, aendret: 2 });
  });

  it('counts each area for both', () => {
    expect(c.areas.map(({ id, gapsA, gapsB }) => ({ id, gapsA, gapsB }))).toEqual([
      { id: 'a', gapsA: 1, gapsB: 2 },
      { id: 'b', gapsA: 1, gapsB: 1 },
    ]);
    expect(c.areas[1]?.a).toMatchObject({ ja: 0, delvist: 1, nej: 0, 'ved-ikke': 1 });
    expect(c.areas[1]?.b).toMatchObject({ ja: 2, delvist: 1, nej: 0, 'ved-ikke': 0 });
  });

  it('sees no change between an assessment and itself, or two empty ones', () => {
    expect(compareAssessments(checklist, after, after).changed).toBe(0);
    expect(compareAssessments(checklist, { answers: {} }, { answers: { q1: 'tilstraekkeligt' } }).changed).toBe(0);
  });

  it('classifies single changes', () => {
    expect(changeOf('delvist', 'ja')).toBe('bedre');
    expect(changeOf('ja', 'ved-ikke')).toBe('aendret');
    expect(changeOf('nej', null)).toBe('aendret');
    expect(changeOf(null, null)).toBe('uaendret');
    expect(changeOf('lettere-behov', 'vaesentligt-behov')).toBe('ringere');
  });
});
