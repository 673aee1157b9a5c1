import { describe, expect, it } from 'vitest';
import { SCALES } from '../../src/content/schemas';
import type { StorageLike } from '../../src/lib/storage';
import {
  DEFAULT_NAME,
  STORAGE_KEY,
  assessmentSchema,
  createAssessment,
  createSelvtjekStore,
  emptyState,
  isIsoDate,
  migrateV1toV2,
  newId,
  type SelvtjekState,
} from '../../src/lib/selvtjek/model';
import {
  ANSWER_CODES,
  ANSWER_LABELS,
  GAP_CODES,
  SCALE_CODES,
  codeFromCodeOrLabel,
  isAnswerCode,
  isCodeOfScale,
  isGap,
  rank,
  scaleOf,
  scaleOptions,
} from '../../src/lib/selvtjek/scales';
import { MemoryStorage } from '../helpers/memory-storage';


describe('answer scales', () => {
  it('labels every code with the wording of the content schema, in the same order', () => {
    for (const scale of Object.keys(SCALE_CODES) as (keyof typeof SCALE_CODES)[]) {
      expect(SCALE_CODES[scale].map((c) => ANSWER_LABELS[c])).toEqual([...SCALES[scale]]);
    }
    expect(scaleOptions('paratviden')).toEqual([
      { code: 'tilstraekkeligt', label: 'Anvender tilstrækkeligt' },
      { code: 'lettere-behov', label: 'Lettere behov for mere viden' },
      { code: 'vaesentligt-behov', label: 'Væsentligt behov for mere viden' },
    ]);
  });

  it('keeps the code order the share links depend on', () => {
    expect(ANSWER_CODES).toEqual(['ja', 'delvist', 'nej', 'ved-ikke', 'tilstraekkeligt', 'lettere-behov', 'vaesentligt-behov']);
  });

  it('counts Nej and Delvist, and both "behov" answers, as gaps', () => {
    expect(ANSWER_CODES.filter(isGap)).toEqual(['delvist', 'nej', 'lettere-behov', 'vaesentligt-behov']);
    expect([...GAP_CODES['ja-delvist-nej']].sort()).toEqual(['delvist', 'nej']);
    expect([...GAP_CODES.paratviden].sort()).toEqual(['lettere-behov', 'vaesentligt-behov']);
  });

  it('knows the scale and rank of each code', () => {
    expect(scaleOf('ved-ikke')).toBe('ja-delvist-nej');
    expect(scaleOf('lettere-behov')).toBe('paratviden');
    expect(isCodeOfScale('ja', 'paratviden')).toBe(false);
    expect(isCodeOfScale('ja', 'ja-delvist-nej')).toBe(true);
    expect(isAnswerCode('Ja')).toBe(false);
    expect(isAnswerCode(3)).toBe(false);
    expect(['ja', 'delvist', 'nej', 'ved-ikke'].map((c) => rank(c as 'ja'))).toEqual([0, 1, 2, null]);
    expect(rank('vaesentligt-behov')).toBe(2);
  });

  it('reads codes and Danish labels alike', () => {
    expect(codeFromCodeOrLabel('Ja')).toBe('ja');
    expect(codeFromCodeOrLabel(' ved ikke ')).toBe('ved-ikke');
    expect(codeFromCodeOrLabel('Væsentligt behov for mere viden')).toBe('vaesentligt-behov');
    expect(codeFromCodeOrLabel('delvist')).toBe('delvist');
    expect(codeFromCodeOrLabel('måske')).toBeUndefined();
    expect(codeFromCodeOrLabel(1)).toBeUndefined();
  });
});

describe('the Selvtjek state', () => {
  it('uses one key; the version lives in the envelope', () => {
    expect(STORAGE_KEY).toBe('laeringskatalog:selvtjek');
  });

  it('creates an empty assessment dated today', () => {
    const a = createAssessment('tjek-x', new Date(2027, 2, 14, 12), { id: 'abc' });
    expect(a).toEqual({
      id: 'abc',
      checklist: 'tjek-x',
      name: DEFAULT_NAME,
      date: '2027-03-14',
      answers: {},
      notes: {},
      updatedAt: new Date(2027, 2, 14, 12).toISOString(),
    });
    expect(assessmentSchema.parse(a)).toEqual(a);
    expect(createAssessment('tjek-x', new Date(), { name: '  Team Nord ' }).name).toBe('Team Nord');
  });

  it('makes random ids', () => {
    const ids = new Set(Array.from({ length: 50 }, newId));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]{18}$/);
  });

  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2027-03-14')).toBe(true);
    expect(isIsoDate('2027-02-30')).toBe(false);
    expect(isIsoDate('14-03-2027')).toBe(false);
    expect(isIsoDate('2027-03-14T10:00:00Z')).toBe(false);
  });

  it('rejects answers that are not codes', () => {
    const a = { ...createAssessment('x', new Date(), { id: 'a' }), answers: { q: 'Ja' } };
    expect(assessmentSchema.safeParse(a).success).toBe(false);
  });

  it('round-trips through the store', () => {
    const s = new MemoryStorage();
    const store = createSelvtjekStore(s, () => new Date('2027-03-14T10:00:00Z'));
    const state: SelvtjekState = {
      assessments: [{ ...createAssessment('x', new Date(2027, 2, 14, 12), { id: 'a' }), answers: { q1: 'ja' }, notes: { q1: 'godt' } }],
      activeId: 'a',
    };
    expect(store.save(state)).toEqual({ ok: true });
    expect([...s.map.keys()]).toEqual([STORAGE_KEY]);
    expect(store.load()).toEqual({ status: 'ok', value: state });
    expect(emptyState()).toEqual({ assessments: [], activeId: null });
  });
});

describe('migration from version 1', () => {
  const v1 = {
    'tjek-jobcentrets-beredskab': {
      answers: { 'moedet-med-borgeren-1': 'ja', 'virksomhedssamarbejdet-1': 'Delvist', 'virksomhedssamarbejdet-2': 'noget andet' },
      notes: { 'moedet-med-borgeren-1': 'Vi gør det altid', 'virksomhedssamarbejdet-1': '  ' },
      savedAt: '2026-05-01T12:00:00.000Z',
    },
    'paratviden-om-det-lokale-arbejdsmarked': {
      answers: { 'viden-fra-de-ledige': 'Lettere behov for mere viden' },
      savedAt: '2026-06-02T12:00:00.000Z',
    },
  };

  it('turns each checklist entry into an assessment named "Min vurdering" dated from savedAt', () => {
    const state = migrateV1toV2(v1);
    expect(state.assessments).toEqual([
      {
        id: 'v1-tjek-jobcentrets-beredskab',
        checklist: 'tjek-jobcentrets-beredskab',
        name: 'Min vurdering',
        date: '2026-05-01',
        answers: { 'moedet-med-borgeren-1': 'ja', 'virksomhedssamarbejdet-1': 'delvist' },
        notes: { 'moedet-med-borgeren-1': 'Vi gør det altid' },
        updatedAt: '2026-05-01T12:00:00.000Z',
      },
      {
        id: 'v1-paratviden-om-det-lokale-arbejdsmarked',
        checklist: 'paratviden-om-det-lokale-arbejdsmarked',
        name: 'Min vurdering',
        date: '2026-06-02',
        answers: { 'viden-fra-de-ledige': 'lettere-behov' },
        notes: {},
        updatedAt: '2026-06-02T12:00:00.000Z',
      },
    ]);
    expect(state.activeId).toBe('v1-paratviden-om-det-lokale-arbejdsmarked');
  });

  it('dates an entry with a broken savedAt from now', () => {
    const state = migrateV1toV2({ x: { answers: {}, notes: {}, savedAt: 'i går' } }, new Date(2027, 0, 2, 12));
    expect(state.assessments[0]?.date).toBe('2027-01-02');
  });

  it('migrates a stored version 1 state when it is loaded', () => {
    const s = new MemoryStorage();
    s.setItem(STORAGE_KEY, JSON.stringify({ v: 1, savedAt: '2026-06-02T12:00:00.000Z', data: v1 }));
    const result = createSelvtjekStore(s).load();
    expect(result).toMatchObject({ status: 'migrated', from: 1 });
    if (result.status === 'migrated') expect(result.value).toEqual(migrateV1toV2(v1));
  });

  it('an empty version 1 state becomes an empty state', () => {
    expect(migrateV1toV2({})).toEqual(emptyState());
  });

  it('reports a version 1 state of the wrong shape as corrupt, keeping the raw data', () => {
    const s = new MemoryStorage();
    const raw = JSON.stringify({ v: 1, savedAt: '', data: { x: { answers: 'ja' } } });
    s.setItem(STORAGE_KEY, raw);
    expect(createSelvtjekStore(s).load()).toMatchObject({ status: 'corrupt', raw });
  });

  it('reports a version 2 state with a bad answer code as corrupt', () => {
    const s = new MemoryStorage();
    const a = { ...createAssessment('x', new Date(), { id: 'a' }), answers: { q: 'maaske' } };
    const raw = JSON.stringify({ v: 2, savedAt: '', data: { assessments: [a], activeId: null } });
    s.setItem(STORAGE_KEY, raw);
    expect(createSelvtjekStore(s).load()).toEqual({
      status: 'corrupt',
      raw,
      reason: 'De gemte data har ikke det forventede indhold (assessments.0.answers.q).',
    });
  });
});
