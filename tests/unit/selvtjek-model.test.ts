import { describe, expect, it } from 'vitest';
import { SCALES } from '../../src/content/schemas';
import {
  DEFAULT_NAME,
  STORAGE_KEY,
  asNewChange,
  createAssessment,
  createSelvtjekStore,
  decodeState,
  deleteAssessment,
  emptyState,
  isIsoDate,
  mergeState,
  newId,
  putAssessment,
  readAssessment,
  removeSetAside,
  setAnswer,
  setNote,
  type Assessment,
  type SelvtjekState,
} from '../../src/lib/selvtjek/model';
import { assessmentSchema } from '../../src/lib/selvtjek/schema';
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
      stamps: {},
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
    // Years before 100 are years, not 19xx (Date.UTC's old habit).
    expect(isIsoDate('0026-12-03')).toBe(true);
  });

  it('rejects answers that are not codes, and dates outside 2000–2099', () => {
    const a = createAssessment('x', new Date(), { id: 'a' });
    expect(assessmentSchema.safeParse({ ...a, answers: { q: 'Ja' } }).success).toBe(false);
    expect(assessmentSchema.safeParse({ ...a, date: '0026-12-03' }).success).toBe(false);
    expect(assessmentSchema.safeParse({ ...a, date: '20266-12-03' }).success).toBe(false);
  });

  it('round-trips through the store as version 3', () => {
    const s = new MemoryStorage();
    const store = createSelvtjekStore(s, () => new Date('2027-03-14T10:00:00Z'));
    const state: SelvtjekState = {
      assessments: [{ ...createAssessment('x', new Date(2027, 2, 14, 12), { id: 'a' }), answers: { q1: 'ja' }, notes: { q1: 'godt' }, stamps: { 'a:q1': Date.UTC(2027, 2, 14) } }],
      activeId: 'a',
      deleted: { gammel: Date.UTC(2027, 0, 1) },
      setAside: [],
    };
    expect(store.save(state)).toEqual({ ok: true });
    expect([...s.map.keys()]).toEqual([STORAGE_KEY]);
    expect(JSON.parse(s.getItem(STORAGE_KEY)!).v).toBe(3);
    expect(store.load()).toEqual({ status: 'ok', value: state, repairs: [] });
    expect(emptyState()).toEqual({ assessments: [], activeId: null, deleted: {}, setAside: [] });
  });
});

const envelope = (v: number, data: unknown, savedAt = '2026-11-02T09:00:00.000Z') => JSON.stringify({ v, savedAt, data });
const v2 = (id: string, patch: Record<string, unknown> = {}) => ({
  id,
  checklist: 'tjek-jobcentrets-beredskab',
  name: `Vurdering ${id}`,
  date: '2026-10-01',
  answers: { q1: 'ja' },
  notes: {},
  updatedAt: '2026-10-02T08:00:00.000Z',
  ...patch,
});

describe('loading never trusts storage', () => {
  it('loads every readable assessment and sets aside an unreadable one, keeping it for the next save (issue 12, case 3)', () => {
    const s = new MemoryStorage();
    const bad = v2('b', { answers: { q1: 'maaske' } });
    s.setItem(STORAGE_KEY, envelope(2, { assessments: [v2('a'), bad, v2('c')], activeId: 'b' }));
    const store = createSelvtjekStore(s);
    const r = store.load();
    expect(r.status).toBe('migrated');
    if (r.status !== 'migrated') return;
    expect(r.value.assessments.map((a) => a.id)).toEqual(['a', 'c']);
    expect(r.value.setAside).toHaveLength(1);
    expect(r.value.setAside![0]!.raw).toEqual(bad);
    // Saving writes the set-aside assessment back, so a later version (or the user) can still use it.
    store.save(r.value);
    expect(s.getItem(STORAGE_KEY)).toContain('maaske');
    const again = store.load();
    expect(again.status === 'ok' && again.value.setAside![0]!.raw).toEqual(bad);
  });

  it('repairs a two-digit year, which a date field stores when "26" is typed (issue 12, case 1)', () => {
    const { value, repairs } = decodeState({ assessments: [v2('a', { date: '0026-12-03' }), v2('b')], activeId: null }, 2, null);
    expect(value.assessments.map((a) => a.date)).toEqual(['2026-12-03', '2026-10-01']);
    expect(repairs).toEqual(['Datoen på »Vurdering a« var gemt med året 0026 og er rettet til 3. december 2026.']);
  });

  it('repairs an impossible change time (year 500) from the time the data was saved', () => {
    const savedAt = Date.UTC(2026, 10, 2, 9);
    const { value } = decodeState({ assessments: [v2('a', { updatedAt: '0500-01-01T00:00:00Z' })], activeId: null }, 2, savedAt);
    expect(value.assessments[0]!.updatedAt).toBe(new Date(savedAt).toISOString());
  });

  it('sets aside a date that cannot be repaired, and says why', () => {
    const { value } = decodeState({ assessments: [v2('a', { date: '20266-12-03' }), v2('b')], activeId: null }, 2, null);
    expect(value.assessments.map((a) => a.id)).toEqual(['b']);
    expect(readAssessment(value.setAside![0]!.raw, 0)).toMatchObject({ ok: false, reason: 'Datoen »20266-12-03« kan ikke læses.' });
  });

  it('keeps a long note written before the limits', () => {
    const note = 'x'.repeat(12_000);
    const { value } = decodeState({ assessments: [v2('a', { notes: { q1: note } })], activeId: null }, 2, null);
    expect(value.assessments[0]!.notes.q1).toBe(note);
  });

  it('reads Danish labels as answer codes', () => {
    const { value } = decodeState({ assessments: [v2('a', { answers: { q1: 'Delvist', q2: 'Ved ikke' } })], activeId: null }, 2, null);
    expect(value.assessments[0]!.answers).toEqual({ q1: 'delvist', q2: 'ved-ikke' });
  });

  it.each([
    ['not an object', 'ja', 'Det er ikke en vurdering.'],
    ['no id', { ...v2('a'), id: '' }, 'Vurderingen har intet gyldigt id.'],
    ['no checklist', { ...v2('a'), checklist: 3 }, 'Det fremgår ikke, hvilken tjekliste vurderingen hører til.'],
    ['answers that are a list', { ...v2('a'), answers: ['ja'] }, 'Svarene kan ikke læses.'],
    ['a note that is a number', { ...v2('a'), notes: { q1: 4 } }, 'En note kan ikke læses.'],
  ])('sets aside an assessment with %s, with a Danish reason', (_, raw, reason) => {
    expect(readAssessment(raw, 0)).toMatchObject({ ok: false, reason });
  });

  it('sets aside data that is not an assessment list at all, and keeps text that is not JSON', () => {
    expect(decodeState({ assessments: 'ødelagt', activeId: null }, 2, null).value).toMatchObject({ assessments: [], setAside: [{ raw: 'ødelagt' }] });
    const s = new MemoryStorage();
    s.setItem(STORAGE_KEY, '{"v":2,"data":{"assessments":[{"id":1}]');
    const r = createSelvtjekStore(s).load();
    expect(r).toMatchObject({ status: 'ok', value: { assessments: [], setAside: [{ raw: '{"v":2,"data":{"assessments":[{"id":1}]' }] } });
  });

  it('reads set-aside data again on every load: once readable, it is an assessment again', () => {
    const { value } = decodeState({ assessments: [], activeId: null, setAside: [{ key: 'x', raw: { ...v2('a'), stamps: {} } }] }, 3, null);
    expect(value.assessments.map((a) => a.id)).toEqual(['a']);
    expect(value.setAside).toEqual([]);
  });

  it('still reports data from a newer version as newer, untouched', () => {
    const s = new MemoryStorage();
    s.setItem(STORAGE_KEY, envelope(4, { whatever: true }));
    expect(createSelvtjekStore(s).load()).toMatchObject({ status: 'newer', version: 4 });
  });
});

describe('migration from version 1', () => {
  const v1 = {
    'tjek-jobcentrets-beredskab': {
      answers: { 'moedet-med-borgeren-1': 'ja', 'virksomhedssamarbejdet-1': 'Delvist' },
      notes: { 'moedet-med-borgeren-1': 'Vi gør det altid', 'virksomhedssamarbejdet-1': '  ' },
      savedAt: '2026-05-01T12:00:00.000Z',
    },
    'paratviden-om-det-lokale-arbejdsmarked': {
      answers: { 'viden-fra-de-ledige': 'Lettere behov for mere viden' },
      savedAt: '2026-06-02T12:00:00.000Z',
    },
  };

  it('turns each checklist entry into an assessment named "Min vurdering" dated from savedAt', () => {
    const { value } = decodeState(v1, 1, null);
    const t1 = Date.parse('2026-05-01T12:00:00.000Z');
    expect(value.assessments).toEqual([
      {
        id: 'v1-tjek-jobcentrets-beredskab',
        checklist: 'tjek-jobcentrets-beredskab',
        name: 'Min vurdering',
        date: '2026-05-01',
        answers: { 'moedet-med-borgeren-1': 'ja', 'virksomhedssamarbejdet-1': 'delvist' },
        notes: { 'moedet-med-borgeren-1': 'Vi gør det altid' },
        updatedAt: '2026-05-01T12:00:00.000Z',
        stamps: { name: t1, date: t1, 'a:moedet-med-borgeren-1': t1, 'a:virksomhedssamarbejdet-1': t1, 'n:moedet-med-borgeren-1': t1 },
      },
      expect.objectContaining({ id: 'v1-paratviden-om-det-lokale-arbejdsmarked', date: '2026-06-02', answers: { 'viden-fra-de-ledige': 'lettere-behov' } }),
    ]);
  });

  it('dates an entry with a broken savedAt from when the data was saved', () => {
    const { value } = decodeState({ x: { answers: {}, notes: {}, savedAt: 'i går' } }, 1, new Date(2027, 0, 2, 12).getTime());
    expect(value.assessments[0]?.date).toBe('2027-01-02');
  });

  it('migrates a stored version 1 state when it is loaded', () => {
    const s = new MemoryStorage();
    s.setItem(STORAGE_KEY, envelope(1, v1, '2026-06-02T12:00:00.000Z'));
    const result = createSelvtjekStore(s).load();
    expect(result).toMatchObject({ status: 'migrated', from: 1 });
    if (result.status === 'migrated') expect(result.value.assessments).toEqual(decodeState(v1, 1, null).value.assessments);
  });

  it('an empty version 1 state becomes an empty state', () => {
    expect(decodeState({}, 1, null).value).toEqual(emptyState());
  });

  it('sets aside a version 1 entry it cannot read, keeping the others', () => {
    const { value } = decodeState({ ...v1, x: { answers: { q: 'noget andet' }, savedAt: '2026-05-01T12:00:00.000Z' } }, 1, null);
    expect(value.assessments).toHaveLength(2);
    expect(value.setAside).toHaveLength(1);
    expect(value.setAside![0]!.raw).toMatchObject({ checklist: 'x', answers: { q: 'noget andet' } });
  });
});

describe('several tabs', () => {
  const t = (minute: number) => Date.UTC(2027, 2, 14, 10, minute);
  const base: Assessment = { ...createAssessment('tjek', new Date(t(0)), { id: 'a' }), stamps: {} };
  const state = (...assessments: Assessment[]): SelvtjekState => ({ ...emptyState(), assessments, activeId: assessments[0]?.id ?? null });

  it('merges answers and notes per question: A answers Q1, B answers Q2, A answers Q3 (issue 12, case 5)', () => {
    const a1 = setAnswer(base, 'q1', 'ja', t(1));
    const b = setNote(setAnswer(base, 'q2', 'nej', t(2)), 'q2', 'fra B', t(2));
    const a2 = setAnswer(a1, 'q3', 'delvist', t(3));
    const merged = mergeState(state(a2), state(b));
    expect(merged.assessments[0]!.answers).toEqual({ q1: 'ja', q2: 'nej', q3: 'delvist' });
    expect(merged.assessments[0]!.notes).toEqual({ q2: 'fra B' });
    expect(mergeState(state(b), state(a2)).assessments[0]!.answers).toEqual(merged.assessments[0]!.answers);
  });

  it('lets the newest change of one question win, including removing a note', () => {
    const withNote = setNote(base, 'q1', 'gammel', t(1));
    const changed = setAnswer(withNote, 'q1', 'nej', t(2));
    const removed = setNote(withNote, 'q1', '', t(3));
    const merged = mergeState(state(changed), state(removed)).assessments[0]!;
    expect(merged.notes).toEqual({});
    expect(merged.answers).toEqual({ q1: 'nej' });
    expect(setAnswer(setAnswer(base, 'q1', 'ja', t(5)), 'q1', 'nej', t(4)).stamps!['a:q1']).toBeGreaterThan(t(5));
  });

  it('applies a deletion unless the assessment changed after it', () => {
    const other = { ...createAssessment('tjek', new Date(t(0)), { id: 'b' }), stamps: {} };
    const deleted = deleteAssessment(state(base, other), 'a', t(5));
    expect(mergeState(deleted, state(setAnswer(base, 'q1', 'ja', t(4)), other)).assessments.map((a) => a.id)).toEqual(['b']);
    expect(mergeState(deleted, state(setAnswer(base, 'q1', 'ja', t(6)), other)).assessments.map((a) => a.id).sort()).toEqual(['a', 'b']);
  });

  it('keeps the wording fingerprint of an answer given after a deletion', () => {
    const deleted = deleteAssessment(state(base), 'a', t(5));
    const answered = setAnswer(setAnswer(base, 'q1', 'ja', t(4), '0000000a'), 'q2', 'nej', t(6), '0000000b');
    const kept = mergeState(deleted, state(answered)).assessments[0]!;
    expect(kept.answers).toEqual({ q2: 'nej' });
    expect(kept.fingerprints).toEqual({ q2: '0000000b' });
  });

  it('keeps this tab\'s active assessment, and set-aside data from both', () => {
    const other = { ...createAssessment('tjek', new Date(t(0)), { id: 'b' }), stamps: {} };
    const local = { ...state(base, other), activeId: 'b', setAside: [{ key: 'raw-1', raw: 1 }] };
    const stored = { ...state(base), activeId: 'a', setAside: [{ key: 'raw-2', raw: 2 }] };
    const merged = mergeState(local, stored);
    expect(merged.activeId).toBe('b');
    expect(merged.setAside!.map((e) => e.key)).toEqual(['raw-1', 'raw-2']);
    expect(mergeState(removeSetAside(merged, 'raw-1', t(9)), stored).setAside!.map((e) => e.key)).toEqual(['raw-2']);
  });

  it('an import is a new change: it wins over older versions in every tab, also for removed answers', () => {
    const mine = setAnswer(setAnswer(base, 'q1', 'ja', t(1)), 'q2', 'nej', t(2));
    const incoming = asNewChange({ ...base, answers: { q1: 'delvist' } }, t(3), mine);
    const merged = mergeState(putAssessment(state(mine), incoming), state(mine)).assessments[0]!;
    expect(merged.answers).toEqual({ q1: 'delvist' });
  });
});
