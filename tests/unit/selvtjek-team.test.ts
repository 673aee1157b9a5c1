import { describe, expect, it } from 'vitest';
import { agreementOf, mergeTeam, teamActions, teamAreaCounts } from '../../src/lib/selvtjek/team';
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

  it('the team action list: every question someone answered with a gap, in checklist order, with who said what', () => {
    const actions = teamActions(team);
    // q2 (Bo: Delvist), q4 (Bo: Nej, Deltager 3: Delvist), q6 (Bo: Nej). q1, q3, q5 have no gap.
    expect(actions.map((a) => a.question.id)).toEqual(['q2', 'q4', 'q6']);
    expect(actions[1]).toMatchObject({
      area: { id: 'b', titel: 'Område B' },
      agreement: 'uenig',
      // most serious gap first, then people in file order
      gaps: [
        { answer: 'nej', names: ['Bo'] },
        { answer: 'delvist', names: ['Deltager 3'] },
      ],
    });
    expect(actions[0]!.gaps).toEqual([{ answer: 'delvist', names: ['Bo'] }]);
  });

  it('the team action list groups several people with the same gap and uses the paratviden scale', () => {
    const paratviden: ChecklistLike = { ...checklist, skala: 'paratviden' };
    const t = mergeTeam(paratviden, [
      { name: 'A', answers: { q1: 'lettere-behov', q2: 'tilstraekkeligt' } },
      { name: 'B', answers: { q1: 'vaesentligt-behov' } },
      { name: 'C', answers: { q1: 'lettere-behov', q2: 'nej' } },
    ]);
    expect(teamActions(t)).toEqual([
      expect.objectContaining({
        question: expect.objectContaining({ id: 'q1' }),
        gaps: [
          { answer: 'vaesentligt-behov', names: ['B'] },
          { answer: 'lettere-behov', names: ['A', 'C'] },
        ],
      }),
    ]);
    expect(teamActions(mergeTeam(checklist, []))).toEqual([]);
  });

  it('team chart data: everyone\'s answers counted per area, the shape of one assessment\'s area counts', () => {
    const areas = teamAreaCounts(team);
    expect(areas.map((a) => a.id)).toEqual(['a', 'b']);
    // Område A: 3 questions × 3 people = 9 answers possible.
    expect(areas[0]).toMatchObject({ titel: 'Område A', total: 9, answered: 8, unanswered: 1, gaps: 1 });
    expect(areas[0]!.counts).toMatchObject({ ja: 5, delvist: 1, nej: 0, 'ved-ikke': 2 });
    // Område B: q4 ja/nej/delvist, q5 ja/ved-ikke/–, q6 ja/nej/– (tilstraekkeligt is not this scale)
    expect(areas[1]).toMatchObject({ total: 9, answered: 7, unanswered: 2, gaps: 3 });
    expect(areas[1]!.counts).toMatchObject({ ja: 3, delvist: 1, nej: 2, 'ved-ikke': 1, tilstraekkeligt: 0 });
    expect(teamAreaCounts(mergeTeam(checklist, []))).toEqual([
      expect.objectContaining({ id: 'a', total: 0, answered: 0, unanswered: 0, gaps: 0 }),
      expect.objectContaining({ id: 'b', total: 0, answered: 0, unanswered: 0, gaps: 0 }),
    ]);
  });

  it('each person\'s note stands beside their answer (blank notes are no notes)', () => {
    const t = mergeTeam(checklist, [
      { name: 'Anne', answers: { q1: 'ja' }, notes: { q1: 'Vi har et for-forløb', q2: '   ' } },
      { name: 'Bo', answers: { q1: 'nej' } },
    ]);
    expect(t.questions[0]!.answers).toEqual([
      { name: 'Anne', answer: 'ja', note: 'Vi har et for-forløb' },
      { name: 'Bo', answer: 'nej' },
    ]);
    expect(t.questions[1]!.answers[0]).toEqual({ name: 'Anne', answer: null });
    // »Drøft først« carries the notes with the disagreement
    expect(t.disagreements[0]!.answers[0]!.note).toBe('Vi har et for-forløb');
  });
});
