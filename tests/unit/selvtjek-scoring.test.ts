import { describe, expect, it } from 'vitest';
import {
  actionList,
  areaCounts,
  progress,
  questionIds,
  totalCounts,
  validAnswers,
  type ChecklistLike,
} from '../../src/lib/selvtjek/scoring';

const passage = { side: 'laeringskatalog/tema-1', anker: 'hvordan', tekst: 'Inspiration fra Glostrup' };
const checklist: ChecklistLike = {
  id: 'tjek-test',
  titel: 'Tjek testen',
  skala: 'ja-delvist-nej',
  omraader: [
    {
      id: 'a',
      titel: 'Område A',
      spoergsmaal: [
        { id: 'a-1', tekst: 'Spørgsmål A1?', anbefalinger: ['anb-1', 'anb-2'], passager: [passage] },
        { id: 'a-2', tekst: 'Spørgsmål A2?', anbefalinger: [], passager: [] },
      ],
    },
    {
      id: 'b',
      titel: 'Område B',
      spoergsmaal: [
        { id: 'b-1', tekst: 'Spørgsmål B1?', anbefalinger: ['anb-3'], passager: [] },
        { id: 'b-2', tekst: 'Spørgsmål B2?' },
        { id: 'b-3', tekst: 'Spørgsmål B3?', anbefalinger: [], passager: [passage] },
      ],
    },
  ],
};

const answers = {
  'a-1': 'nej',
  'a-2': 'ja',
  'b-1': 'ved-ikke',
  'b-3': 'delvist',
  // Ignored: a question that is not in the checklist, and a code of the other scale.
  'gammelt-spoergsmaal': 'nej',
  'b-2': 'lettere-behov',
};

describe('scoring an assessment', () => {
  it('lists question ids in checklist order', () => {
    expect(questionIds(checklist)).toEqual(['a-1', 'a-2', 'b-1', 'b-2', 'b-3']);
  });

  it('keeps only the answers that belong to the checklist', () => {
    expect(validAnswers(checklist, answers)).toEqual({ 'a-1': 'nej', 'a-2': 'ja', 'b-1': 'ved-ikke', 'b-3': 'delvist' });
    expect(validAnswers(checklist, { toString: 'ja', constructor: 'nej' } as Record<string, string>)).toEqual({});
  });

  it('counts progress, with "Ved ikke" as an answer and stray answers not counted', () => {
    expect(progress(checklist, answers)).toEqual({ answered: 4, total: 5, percent: 80, complete: false });
    expect(progress(checklist, {})).toEqual({ answered: 0, total: 5, percent: 0, complete: false });
    const all = { 'a-1': 'ja', 'a-2': 'ja', 'b-1': 'ja', 'b-2': 'ja', 'b-3': 'ja' };
    expect(progress(checklist, all)).toEqual({ answered: 5, total: 5, percent: 100, complete: true });
    expect(progress(checklist, { ...all, 'b-3': undefined }).percent).toBe(80);
  });

  it('rounds progress down so 100 % means done', () => {
    const many: ChecklistLike = {
      ...checklist,
      omraader: [{ id: 'x', titel: 'X', spoergsmaal: Array.from({ length: 200 }, (_, i) => ({ id: `q${i}`, tekst: 't' })) }],
    };
    const answered = Object.fromEntries(Array.from({ length: 199 }, (_, i) => [`q${i}`, 'ja']));
    expect(progress(many, answered)).toMatchObject({ answered: 199, percent: 99, complete: false });
  });

  it('counts each answer per area', () => {
    const areas = areaCounts(checklist, answers);
    expect(areas.map(({ id, titel, total, answered, unanswered, gaps }) => ({ id, titel, total, answered, unanswered, gaps }))).toEqual([
      { id: 'a', titel: 'Område A', total: 2, answered: 2, unanswered: 0, gaps: 1 },
      { id: 'b', titel: 'Område B', total: 3, answered: 2, unanswered: 1, gaps: 1 },
    ]);
    expect(areas[0]?.counts).toMatchObject({ ja: 1, delvist: 0, nej: 1, 'ved-ikke': 0 });
    expect(areas[1]?.counts).toEqual({
      ja: 0,
      delvist: 1,
      nej: 0,
      'ved-ikke': 1,
      tilstraekkeligt: 0,
      'lettere-behov': 0,
      'vaesentligt-behov': 0,
    });
    expect(totalCounts(checklist, answers)).toMatchObject({ total: 5, answered: 4, unanswered: 1, gaps: 2, counts: { ja: 1, nej: 1, delvist: 1, 'ved-ikke': 1 } });
  });

  it('lists the gaps in checklist order with their links exactly as in the data', () => {
    expect(actionList(checklist, answers)).toEqual([
      {
        area: { id: 'a', titel: 'Område A' },
        question: checklist.omraader[0]?.spoergsmaal[0],
        answer: 'nej',
        anbefalinger: ['anb-1', 'anb-2'],
        passager: [passage],
      },
      {
        area: { id: 'b', titel: 'Område B' },
        question: checklist.omraader[1]?.spoergsmaal[2],
        answer: 'delvist',
        anbefalinger: [],
        passager: [passage],
      },
    ]);
  });

  it('gives empty link lists for a question without links', () => {
    const list = actionList(checklist, { 'a-2': 'nej', 'b-2': 'delvist' });
    expect(list.map((i) => [i.question.id, i.anbefalinger, i.passager])).toEqual([
      ['a-2', [], []],
      ['b-2', [], []],
    ]);
  });

  it('has nothing to act on without gaps', () => {
    expect(actionList(checklist, { 'a-1': 'ja', 'b-1': 'ved-ikke', zzz: 'nej' })).toEqual([]);
  });

  it('works on the paratviden scale', () => {
    const para: ChecklistLike = {
      id: 'paratviden',
      titel: 'Paratviden',
      skala: 'paratviden',
      omraader: [{ id: 'h', titel: 'Handlinger', spoergsmaal: [{ id: 'p1', tekst: '1' }, { id: 'p2', tekst: '2' }, { id: 'p3', tekst: '3' }] }],
    };
    const a = { p1: 'tilstraekkeligt', p2: 'vaesentligt-behov', p3: 'nej' };
    expect(progress(para, a).answered).toBe(2);
    expect(actionList(para, a).map((i) => [i.question.id, i.answer])).toEqual([['p2', 'vaesentligt-behov']]);
    expect(actionList(para, { p1: 'lettere-behov' }).map((i) => i.answer)).toEqual(['lettere-behov']);
  });
});
