/**
 * Issue 21, case 7: the two-tab merges of Min plan (`mergePlans`) and Selvtjek (`mergeState`)
 * are commutative, associative and idempotent, so any number of tabs reach the same data in
 * whatever order their saves meet. Small pools of ids, keys, values and times make the versions
 * collide often (same piece, same time, a deletion between two edits).
 *
 * The rule for a deletion (documented in src/lib/storage/sync.ts): it removes everything written
 * at or before its time; what a tab wrote after it (not yet knowing) survives, alone.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mergePlans, type Plan, type PlanItem } from '../../src/lib/plan/model';
import { DEFAULT_NAME, mergeState, setNote, type Assessment, type SelvtjekState } from '../../src/lib/selvtjek/model';
import { TIME_MIN } from '../../src/lib/storage/fields';
import { CHECKLIST, CODES, REC_IDS, RUNS, SLOW, setAsideRaws } from '../helpers/arbitraries';

const t = fc.integer({ min: TIME_MIN, max: TIME_MIN + 5 });

// --- Min plan ------------------------------------------------------------------------------------

const planItem: fc.Arbitrary<PlanItem> = fc.record({
  id: fc.constantFrom(...REC_IDS.slice(0, 3)),
  note: fc.constantFrom('', 'x', 'y'),
  ansvarlig: fc.constantFrom('', 'A'),
  dato: fc.constantFrom('', '2027-03-01'),
  changedAt: t,
  pos: fc.integer({ min: 0, max: 3 }),
});
const smallPlan: fc.Arbitrary<Plan> = fc.record({
  items: fc.uniqueArray(planItem, { selector: (i) => i.id, maxLength: 3 }),
  removed: fc.dictionary(fc.constantFrom(...REC_IDS.slice(0, 3)), t, { maxKeys: 2 }),
  setAside: setAsideRaws,
});

describe('Min plan: mergePlans', () => {
  it('is commutative, associative and idempotent', { timeout: SLOW }, () => {
    fc.assert(
      fc.property(smallPlan, smallPlan, smallPlan, (a, b, c) => {
        expect(mergePlans(a, b)).toEqual(mergePlans(b, a));
        expect(mergePlans(mergePlans(a, b), c)).toEqual(mergePlans(a, mergePlans(b, c)));
        const ab = mergePlans(a, b);
        expect(mergePlans(ab, ab)).toEqual(ab);
        expect(mergePlans(a, a)).toEqual(mergePlans(a, emptyLike(a)));
      }),
      RUNS,
    );
  });

  it('a note written before a removal is gone in every order; an edit after it survives alone', () => {
    const x = (note: string, changedAt: number): PlanItem => ({ id: 'mf-fase-1-a', note, ansvarlig: '', dato: '', changedAt, pos: 0 });
    const a: Plan = { items: [x('skrevet før', TIME_MIN + 5)] };
    const b: Plan = { items: [], removed: { 'mf-fase-1-a': TIME_MIN + 7 } };
    const c: Plan = { items: [x('skrevet efter', TIME_MIN + 9)] };
    for (const [p, q, r] of [[a, b, c], [a, c, b], [b, a, c], [b, c, a], [c, a, b], [c, b, a]] as const) {
      expect(mergePlans(mergePlans(p, q), r).items.map((i) => i.note)).toEqual(['skrevet efter']);
    }
  });
});

/** The same plan's "nothing": merging with it is the identity on merged plans. */
function emptyLike(_: Plan): Plan {
  return { items: [], removed: {}, setAside: [] };
}

// --- Selvtjek ------------------------------------------------------------------------------------

const qs = ['q1', 'q2'];
const pieceKeys = ['name', 'date', ...qs.map((q) => `a:${q}`), ...qs.map((q) => `n:${q}`)];
/** An assessment as the tool writes it: `updatedAt` is never before one of its pieces' stamps. */
const smallAssessment: fc.Arbitrary<Assessment> = fc
  .record({
    id: fc.constantFrom('a', 'b'),
    checklist: fc.constantFrom(CHECKLIST, 'andet'),
    name: fc.constantFrom('A', 'B'),
    date: fc.constantFrom('2026-01-01', '2026-02-02'),
    answers: fc.dictionary(fc.constantFrom(...qs), fc.constantFrom(...CODES), { maxKeys: 2 }),
    notes: fc.dictionary(fc.constantFrom(...qs), fc.constantFrom('x', 'y'), { maxKeys: 2 }),
    updatedAt: t,
    stamps: fc.dictionary(fc.constantFrom(...pieceKeys), t, { maxKeys: 4 }),
    exportedAt: fc.option(t, { nil: undefined }),
  })
  .map(({ updatedAt, exportedAt, ...a }) => {
    const u = Math.max(updatedAt, ...Object.values(a.stamps));
    return { ...a, updatedAt: new Date(u).toISOString(), ...(exportedAt === undefined ? {} : { exportedAt: new Date(exportedAt).toISOString() }) };
  });
const smallState: fc.Arbitrary<SelvtjekState> = fc
  .record({
    assessments: fc.uniqueArray(smallAssessment, { selector: (a) => a.id, maxLength: 2 }),
    deleted: fc.dictionary(fc.constantFrom('a', 'b'), t, { maxKeys: 2 }),
    setAside: setAsideRaws,
  })
  .map((s) => ({ ...s, activeId: null }));
/** The active assessment is each tab's own choice, not shared data; the order is not data either. */
const shared = (s: SelvtjekState) => ({ ...s, activeId: null, assessments: [...s.assessments].sort((x, y) => (x.id < y.id ? -1 : 1)) });

describe('Selvtjek: mergeState', () => {
  it('is commutative, associative and idempotent', { timeout: SLOW }, () => {
    fc.assert(
      fc.property(smallState, smallState, smallState, (a, b, c) => {
        expect(shared(mergeState(a, b))).toEqual(shared(mergeState(b, a)));
        expect(shared(mergeState(mergeState(a, b), c))).toEqual(shared(mergeState(a, mergeState(b, c))));
        const ab = mergeState(a, b);
        expect(shared(mergeState(ab, ab))).toEqual(shared(ab));
        expect(shared(mergeState(a, a))).toEqual(shared(mergeState(a, { assessments: [], activeId: null, deleted: {}, setAside: [] })));
      }),
      RUNS,
    );
  });

  it('a note written before a deletion is gone in every order; an answer given after it survives alone', () => {
    const at = (n: number) => TIME_MIN + n;
    const base: Assessment = { id: 'a', checklist: CHECKLIST, name: 'Teammøde', date: '2027-03-01', answers: {}, notes: {}, updatedAt: new Date(at(1)).toISOString(), stamps: { name: at(1), date: at(1) } };
    const state = (...assessments: Assessment[]): SelvtjekState => ({ assessments, activeId: null, deleted: {}, setAside: [] });
    const a = state(setNote(base, 'q1', 'skrevet før', at(5)));
    const b: SelvtjekState = { ...state(), deleted: { a: at(7) } };
    const answered = { ...base, answers: { q2: 'ja' as const }, stamps: { ...base.stamps, 'a:q2': at(9) }, updatedAt: new Date(at(9)).toISOString() };
    const c = state(answered);
    const results = ([[a, b, c], [a, c, b], [b, a, c], [b, c, a], [c, a, b], [c, b, a]] as const).map(([p, q, r]) => shared(mergeState(mergeState(p, q), r)));
    for (const r of results) expect(r).toEqual(results[0]);
    const back = results[0]!.assessments[0]!;
    expect(back.notes).toEqual({});
    expect(back.answers).toEqual({ q2: 'ja' });
    expect(back.name).toBe(DEFAULT_NAME);
  });
});
