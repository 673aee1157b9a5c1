/**
 * Property-based tests (fast-check) of the team round's stored state, 10,000 generated inputs
 * each: save → load gives a valid state back unchanged; reading anything never throws, never
 * hides a readable round or contribution and sets aside the rest; two tabs' versions merge to the
 * same result in any order (commutative, associative, idempotent), and a removal or deletion stays.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  createTeamStore,
  decodeTeamState,
  mergeTeamState,
  readContribution,
  readRound,
  type Contribution,
  type TeamRound,
  type TeamState,
} from '../../src/lib/selvtjek/team-round';
import { canonical } from '../../src/lib/storage/sync';
import { TIME_MAX } from '../../src/lib/storage/fields';
import { MemoryStorage } from '../helpers/memory-storage';
import { CHECKLIST, CODES, QIDS, RUNS, SLOW, date, id, json, nonEmpty, setAsideRaws, text, time } from '../helpers/arbitraries';

const sortById = <T extends { id: string; addedAt: number }>(xs: T[]) => [...xs].sort((a, b) => a.addedAt - b.addedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

const contribution: fc.Arbitrary<Contribution> = fc
  .record({
    id,
    name: text(60),
    date,
    source: fc.constantFrom('fil' as const, 'link' as const),
    assessmentId: fc.option(id, { nil: undefined }),
    answers: fc.dictionary(fc.constantFrom(...QIDS), fc.constantFrom(...CODES), { maxKeys: 8 }),
    notes: fc.dictionary(fc.constantFrom(...QIDS), nonEmpty(80), { maxKeys: 8 }),
    addedAt: time,
    bump: fc.nat({ max: 1000 }),
  })
  .map(({ assessmentId, bump, ...c }) => ({ ...c, ...(assessmentId ? { assessmentId } : {}), changedAt: Math.min(c.addedAt + bump, TIME_MAX - 1) }));

const round: fc.Arbitrary<TeamRound> = fc
  .record({
    id: id.map((x) => `r-${x}`),
    checklist: fc.constantFrom(CHECKLIST, 'tjek-samarbejdet-mellem-borger-og-jobcenter'),
    name: text(60),
    date,
    withOwn: fc.boolean(),
    ownName: text(40),
    stamps: fc.record({ name: time, date: time, withOwn: time, ownName: time }),
    contributions: fc.uniqueArray(contribution, { selector: (c) => c.id, maxLength: 4 }),
    removed: fc.dictionary(id.map((x) => `fjernet-${x}`), time, { maxKeys: 2 }),
  })
  .map((r) => ({ ...r, contributions: sortById(r.contributions.filter((c) => !Object.hasOwn(r.removed, c.id))) }));

const state: fc.Arbitrary<TeamState> = fc
  .record({
    rounds: fc.uniqueArray(round, { selector: (r) => r.id, maxLength: 3 }),
    deleted: fc.dictionary(id.map((x) => `slettet-${x}`), time, { maxKeys: 2 }),
    setAside: setAsideRaws,
    pick: fc.nat(),
  })
  .map(({ rounds, deleted, setAside, pick }) => ({ rounds, deleted, setAside, activeId: rounds.length && pick % 3 ? rounds[pick % rounds.length]!.id : null }));

describe('team round, stored state', () => {
  it('save → load gives back every valid state unchanged', { timeout: SLOW }, () => {
    fc.assert(
      fc.property(state, (s) => {
        const store = createTeamStore(new MemoryStorage(), () => new Date(Date.UTC(2027, 0, 1)));
        expect(store.save(s)).toEqual({ ok: true });
        expect(store.load()).toEqual({ status: 'ok', value: s, repairs: [] });
      }),
      RUNS,
    );
  });

  it('reading anything never throws, never hides a readable round or contribution, and sets the rest aside', { timeout: SLOW }, () => {
    const at = Date.UTC(2027, 0, 1);
    const mutatedContribution = fc
      .tuple(contribution, fc.constantFrom('id', 'name', 'date', 'source', 'answers', 'notes', 'addedAt', 'assessmentId'), json)
      .map(([c, field, value]) => ({ ...c, [field]: value }));
    const anyRound = fc.oneof(
      round,
      round.map((r) => ({ ...r, contributions: [...r.contributions] as unknown[] })).chain((r) =>
        fc.array(fc.oneof(contribution, mutatedContribution, json), { maxLength: 3 }).map((cs) => ({ ...r, contributions: [...r.contributions, ...cs] })),
      ),
      fc.tuple(round, fc.constantFrom('id', 'checklist', 'name', 'date', 'withOwn', 'stamps', 'contributions', 'removed'), json).map(([r, field, value]) => ({ ...r, [field]: value })),
      json,
    );
    const data = fc.oneof(json, fc.record({ rounds: fc.array(anyRound, { maxLength: 4 }), activeId: json, deleted: json, setAside: json }, { requiredKeys: ['rounds'] }));
    fc.assert(
      fc.property(data, (d) => {
        const { value } = decodeTeamState(d, 1, null, () => at);
        expect(() => JSON.stringify(value)).not.toThrow();
        const aside = new Set(value.setAside.map((e) => canonical(e.raw)));
        // everything kept reads back as itself
        for (const r of value.rounds) {
          const again = readRound(JSON.parse(JSON.stringify(r)), at);
          expect(again.ok && again.round).toEqual(r);
        }
        const rounds = d && typeof d === 'object' && !Array.isArray(d) && Array.isArray((d as { rounds?: unknown }).rounds) ? (d as { rounds: unknown[] }).rounds : [];
        for (const raw of rounds) {
          const r = readRound(raw, at);
          if (!r.ok) {
            expect(aside.has(canonical(raw))).toBe(true);
            continue;
          }
          const kept = value.rounds.find((x) => x.id === r.round.id && x.checklist === r.round.checklist);
          if (!kept) {
            expect(Object.hasOwn(value.deleted, r.round.id)).toBe(true);
            continue;
          }
          const cs = (raw as { contributions?: unknown }).contributions;
          for (const c of Array.isArray(cs) ? cs : []) {
            const rc = readContribution(c, at);
            if (rc.ok) expect(kept.contributions.some((x) => x.id === rc.contribution.id) || Object.hasOwn(kept.removed, rc.contribution.id)).toBe(true);
            else expect(aside.has(canonical({ teamRound: r.round.id, checklist: r.round.checklist, contribution: c }))).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });

  it('two tabs merge to the same result in any order; merging again changes nothing; removals stay', { timeout: SLOW }, () => {
    // Few ids and times, so tabs often touch the same round and contribution at the same time.
    const t = fc.integer({ min: Date.UTC(2027, 0, 1), max: Date.UTC(2027, 0, 1) + 3 });
    const pool = fc.constantFrom('a', 'b', 'c');
    const small: fc.Arbitrary<TeamRound> = fc
      .record({
        id: pool,
        checklist: fc.constantFrom(CHECKLIST, 'andet'),
        name: fc.constantFrom('A', 'B'),
        date: fc.constantFrom('2027-01-01', '2027-02-02'),
        withOwn: fc.boolean(),
        ownName: fc.constantFrom('', 'Lise'),
        stamps: fc.record({ name: t, date: t, withOwn: t, ownName: t }),
        contributions: fc.uniqueArray(
          fc.record({ id: pool, name: fc.constantFrom('Anne', 'Bo'), date: fc.constantFrom('2027-01-01'), source: fc.constantFrom('fil' as const), answers: fc.constantFrom<Record<string, 'ja'>>({}, { q: 'ja' }), notes: fc.constant({}), addedAt: t, changedAt: t }),
          { selector: (c) => c.id, maxLength: 3 },
        ),
        removed: fc.dictionary(pool, t, { maxKeys: 2 }),
      })
      .map((r) => ({ ...r, contributions: sortById(r.contributions.filter((c) => !Object.hasOwn(r.removed, c.id))) }));
    const tab = fc
      .record({ rounds: fc.uniqueArray(small, { selector: (r) => `${r.checklist} ${r.id}`, maxLength: 3 }), deleted: fc.dictionary(pool, t, { maxKeys: 1 }), setAside: setAsideRaws })
      .map((s) => ({ ...s, rounds: s.rounds.filter((r) => !Object.hasOwn(s.deleted, r.id)), activeId: null }) as TeamState);
    const norm = (s: TeamState) => ({ ...s, activeId: null });
    fc.assert(
      fc.property(tab, tab, tab, (a, b, c) => {
        const ab = mergeTeamState(a, b);
        expect(norm(ab)).toEqual(norm(mergeTeamState(b, a)));
        expect(norm(mergeTeamState(ab, ab))).toEqual(norm(ab));
        expect(norm(mergeTeamState(ab, c))).toEqual(norm(mergeTeamState(a, mergeTeamState(b, c))));
        for (const r of ab.rounds) {
          expect(Object.hasOwn(ab.deleted, r.id)).toBe(false);
          for (const x of r.contributions) expect(Object.hasOwn(r.removed, x.id)).toBe(false);
        }
      }),
      RUNS,
    );
  });
});
