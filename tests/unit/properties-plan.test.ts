/**
 * Property-based tests (fast-check) of Min plan: stored plans, files and merging, 10,000
 * generated inputs each. No exception escapes, anything refused gets a Danish message, a valid
 * plan comes back unchanged from save → load and export → import, and merging two tabs'
 * versions gives the same plan whichever tab merges.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PLAN_KEY, decodePlan, mergePlans, planItemSchema, planStore, readPlanItem, type Plan } from '../../src/lib/plan/model';
import { PLAN_IMPORT_MESSAGES, exportPlan, parsePlanImport } from '../../src/lib/plan/file';
import { TIME_MIN } from '../../src/lib/storage/fields';
import { canonical } from '../../src/lib/storage/sync';
import { MemoryStorage } from '../helpers/memory-storage';
import { REC_IDS, RUNS, SLOW, isReadReason, json, known, plan, planItem, planItemMutated, setAsideRaws } from '../helpers/arbitraries';

// --- Min plan ------------------------------------------------------------------------------------

describe('Min plan', () => {
  it('save → load gives back every valid plan unchanged', { timeout: SLOW }, () => {
    fc.assert(
      fc.property(plan, (p) => {
        const storage = new MemoryStorage();
        const store = planStore(storage);
        expect(store.save(p)).toEqual({ ok: true });
        expect(store.load()).toEqual({ status: 'ok', value: p, repairs: [] });
      }),
      RUNS,
    );
  });

  it('export → import gives back every valid plan\'s items, in order', { timeout: SLOW }, () => {
    const valid = new Set(REC_IDS);
    fc.assert(
      fc.property(plan, (p) => {
        const r = parsePlanImport(exportPlan(p, new Date(Date.UTC(2027, 0, 1))).json, valid);
        if (p.items.length === 0) return;
        expect(r).toMatchObject({ ok: true, dropped: 0, report: { dropped: [], changes: [] } });
        expect(r.ok && r.plan.items).toEqual(p.items.map(({ id: i, note, ansvarlig, dato }) => ({ id: i, note, ansvarlig, dato })));
      }),
      RUNS,
    );
  });

  it('loading anything never throws; every item shown is valid, every other item is set aside with a Danish reason', { timeout: SLOW }, () => {
    const data = fc.oneof(json, fc.record({ items: fc.array(fc.oneof(planItem, planItemMutated, json), { maxLength: 5 }), removed: json, setAside: json }, { requiredKeys: ['items'] }));
    fc.assert(
      fc.property(data, fc.constantFrom(1, 2), (d, from) => {
        const { value } = decodePlan(d, from, null, () => Date.UTC(2027, 0, 1));
        for (const i of value.items) expect(planItemSchema.safeParse(i).success).toBe(true);
        if (d && typeof d === 'object' && !Array.isArray(d) && Array.isArray((d as { items?: unknown }).items)) {
          const aside = new Set((value.setAside ?? []).map((e) => canonical(e.raw)));
          for (const c of (d as { items: unknown[] }).items) {
            const r = readPlanItem(c, Date.UTC(2027, 0, 1));
            if (!r.ok) {
              expect(aside.has(canonical(c))).toBe(true);
              expect(isReadReason(r.reason), r.reason).toBe(true);
            }
          }
        }
        const storage = new MemoryStorage();
        storage.setItem(PLAN_KEY, JSON.stringify({ v: from, savedAt: '', data: d }));
        expect(['ok', 'migrated']).toContain(planStore(storage).load().status);
      }),
      RUNS,
    );
  });

  it('importing anything never throws, and a refusal is a Danish message', { timeout: SLOW }, () => {
    const messages = known(PLAN_IMPORT_MESSAGES);
    const files = fc.array(fc.oneof(planItem, planItemMutated, json), { maxLength: 4 }).map((items) => JSON.stringify({ format: 'laeringskatalog-plan', version: 1, plan: { items } }));
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 100 }), json.map((v) => JSON.stringify(v)), files), (t) => {
        const r = parsePlanImport(t, new Set(REC_IDS));
        if (!r.ok) expect(messages.includes(r.error) || /^(Anbefalingen i filen kan ikke bruges|Ingen af de \d+ anbefalinger i filen kan bruges)/.test(r.error), r.error).toBe(true);
        else for (const i of r.plan.items) expect(planItemSchema.safeParse(i).success).toBe(true);
      }),
      RUNS,
    );
  });

  it('two tabs merge to the same plan whichever merges, and merging twice changes nothing', { timeout: SLOW }, () => {
    const t = fc.integer({ min: TIME_MIN, max: TIME_MIN + 4 });
    const item = fc.record({ id: fc.constantFrom(...REC_IDS.slice(0, 3)), note: fc.constantFrom('', 'x', 'y'), ansvarlig: fc.constant(''), dato: fc.constant(''), changedAt: t, pos: fc.integer({ min: 0, max: 3 }) });
    const small: fc.Arbitrary<Plan> = fc.record({
      items: fc.uniqueArray(item, { selector: (i) => i.id, maxLength: 3 }),
      removed: fc.dictionary(fc.constantFrom(...REC_IDS.slice(0, 3)), t, { maxKeys: 2 }),
      setAside: setAsideRaws,
    });
    fc.assert(
      fc.property(small, small, (a, b) => {
        const ab = mergePlans(a, b);
        expect(ab).toEqual(mergePlans(b, a));
        expect(mergePlans(ab, ab)).toEqual(ab);
        expect(mergePlans(ab, b)).toEqual(ab);
      }),
      RUNS,
    );
  });
});

