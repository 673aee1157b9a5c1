import { describe, expect, it } from 'vitest';
import { agreementOf, mergeTeam } from '../../src/lib/selvtjek/team';
import type { ChecklistLike } from '../../src/lib/selvtjek/scoring';

const checklist: ChecklistLike = {
  id: 'tjek-test',
  titel: 'Tjek testen',
  skala: 'ja-delvist-nej',
  omraader: [
    { id: 'a', titel: 'Område A', spoergsmaal: [{ id: 'q1', tekst: 'Et' }, { id: 'q2', tekst: 'To' }, { id: 'q3', tekst: 'Tre' }] },
    { id: 'b', titel: 'Område B', spoergsmaal: [{ id: 'q4', tekst: 'Fire' }, { id: 'q5', tekst: 'Fem' }, { id: 'q6', tekst: 'Seks' }] },
  ],
};

const files = [
  { name: 'Anne', answers: { q1: 'ja', q2: 'ja', q3: 'ved-ikke', q4: 'ja', q5: 'ja', q6: 'ja', stray: 'nej' } },
  { name: 'Bo', answers: { q1: 'ja', q2: 'delvist', q3: 'ved-ikke', q4: 'nej', q5: 'ved-ikke', q6: 'nej' } },
  { name: '  ', answers: { q1: 'ja', q2: 'ja', q4: 'delvist', q6: 'tilstraekkeligt' } },
] as const;

describe('team view', () => {
  const team = mergeTeam(checklist, files);
  const byId = (id: string) => team.questions.find((q) => q.question.id === id);

  it('names everyone, filling in a missing name', () => {
    expect(team.people).toEqual(['Anne', 'Bo', 'Deltager 3']);
  });

  it('counts the answers and shows who answered what', () => {
    expect(byId('q2')?.counts).toMatchObject({ ja: 2, delvist: 1, nej: 0, 'ved-ikke': 0 });
    expect(byId('q4')?.answers).toEqual([
      { name: 'Anne', answer: 'ja' },
      { name: 'Bo', answer: 'nej' },
      { name: 'Deltager 3', answer: 'delvist' },
    ]);
    // A code of the other scale is no answer.
    expect(byId('q6')?.answers.map((a) => a.answer)).toEqual(['ja', 'nej', null]);
    expect(byId('q6')?.unanswered).toBe(1);
  });

  it('marks agreement by the stands taken, ignoring "Ved ikke" and missing answers', () => {
    expect(team.questions.map((q) => [q.question.id, q.agreement])).toEqual([
      ['q1', 'enig'],
      ['q2', 'uenig'],
      ['q3', 'ingen svar'],
      ['q4', 'uenig'],
      ['q5', 'enig'],
      ['q6', 'uenig'],
    ]);
    expect(team.summary).toEqual({ enig: 2, uenig: 3, 'ingen svar': 1 });
  });

  it('lists the disagreements, most first', () => {
    // q6: Ja vs Nej (distance 2). q4: Ja, Nej, Delvist (mean of 2, 1, 1). q2: Ja, Delvist, Ja (mean of 1, 0, 1).
    expect(team.disagreements.map((q) => q.question.id)).toEqual(['q6', 'q4', 'q2']);
    expect(byId('q6')?.disagreement).toBe(2);
    expect(byId('q4')?.disagreement).toBeCloseTo(4 / 3);
    expect(byId('q2')?.disagreement).toBeCloseTo(2 / 3);
    expect(byId('q1')?.disagreement).toBe(0);
  });

  it('keeps checklist order between equal disagreements', () => {
    const t = mergeTeam(checklist, [
      { name: 'A', answers: { q5: 'ja', q2: 'ja' } },
      { name: 'B', answers: { q5: 'nej', q2: 'nej' } },
    ]);
    expect(t.disagreements.map((q) => q.question.id)).toEqual(['q2', 'q5']);
  });

  it('handles no files at all', () => {
    const t = mergeTeam(checklist, []);
    expect(t.people).toEqual([]);
    expect(t.summary).toEqual({ enig: 0, uenig: 0, 'ingen svar': 6 });
    expect(t.disagreements).toEqual([]);
  });

  it('decides agreement from a list of answers', () => {
    expect(agreementOf([])).toBe('ingen svar');
    expect(agreementOf([null, 'ved-ikke'])).toBe('ingen svar');
    expect(agreementOf(['nej', 'ved-ikke', null, 'nej'])).toBe('enig');
    expect(agreementOf(['lettere-behov', 'vaesentligt-behov'])).toBe('uenig');
  });
});
