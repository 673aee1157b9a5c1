import { describe, expect, it } from 'vitest';
import {
  PLAN_KEY,
  addItem,
  itemTitle,
  decodePlan,
  emptyPlan,
  mergePlans,
  moveItem,
  planStore,
  readPlanItem,
  removeItem,
  removeSetAside,
  restoreItem,
  toggleItem,
  updateItem,
  type Plan,
} from '../../src/lib/plan/model';
import { PLAN_IMPORT_MESSAGES, applyPlanImport, exportPlan, parsePlanImport, setAsidePlanFile } from '../../src/lib/plan/file';
import * as barrel from '../../src/lib/plan';
import { setAsideEntry } from '../../src/lib/storage/sync';
import { MemoryStorage } from '../helpers/memory-storage';

const ids = new Set(['a', 'b', 'c', 'd']);
const t = (minute: number) => Date.UTC(2027, 2, 14, 10, minute);
const fields = (p: Plan) => p.items.map(({ id, note, ansvarlig, dato }) => ({ id, note, ansvarlig, dato }));
const envelope = (v: number, data: unknown) => JSON.stringify({ v, savedAt: '2026-11-02T09:00:00.000Z', data });

describe('min plan', () => {
  it('adds, toggles, orders, updates and removes items', () => {
    let p = addItem(addItem(addItem(emptyPlan(), 'a', t(1)), 'b', t(1)), 'c', t(1));
    expect(addItem(p, 'a', t(2))).toBe(p);
    p = moveItem(p, 'c', -1, t(2));
    expect(p.items.map((i) => i.id)).toEqual(['a', 'c', 'b']);
    expect(moveItem(p, 'a', -1)).toBe(p);
    expect(moveItem(p, 'b', 1)).toBe(p);
    p = updateItem(p, 'c', { note: 'Drøftes på ledermøde', ansvarlig: 'Teamleder', dato: '2027-03-01' }, t(3));
    expect(p.items[1]).toEqual({ id: 'c', note: 'Drøftes på ledermøde', ansvarlig: 'Teamleder', dato: '2027-03-01', changedAt: t(3), pos: 1 });
    p = toggleItem(removeItem(p, 'a', t(4)), 'b', t(4));
    expect(p.items.map((i) => i.id)).toEqual(['c']);
    expect(p.removed).toEqual({ a: t(4), b: t(4) });
    // Putting an item back (undo) restores its fields at its place, as a new change.
    p = restoreItem(p, { id: 'a', note: 'x', ansvarlig: '', dato: '' }, 0, t(5));
    expect(fields(p)).toEqual([{ id: 'a', note: 'x', ansvarlig: '', dato: '' }, expect.objectContaining({ id: 'c' })]);
    expect(p.items[0]!.changedAt).toBeGreaterThan(t(4));
  });

  it('keeps the old names at src/lib/plan for other islands', () => {
    expect(barrel.addItem).toBe(addItem);
    expect(barrel.parsePlanImport).toBe(parsePlanImport);
    expect(barrel.PLAN_KEY).toBe(PLAN_KEY);
  });

  it('is kept in storage under its versioned key, as version 2', () => {
    const storage = new MemoryStorage();
    const store = planStore(storage);
    expect(store.load()).toEqual({ status: 'empty' });
    expect(store.save(addItem(emptyPlan(), 'a', t(1)))).toEqual({ ok: true });
    expect(JSON.parse(storage.getItem(PLAN_KEY)!).v).toBe(2);
    expect(store.load()).toMatchObject({ status: 'ok', value: { items: [{ id: 'a', changedAt: t(1) }] } });
  });

  it('reads version 1 data item by item: an unreadable item is set aside, the others load (issue 12, cases 2 and 3)', () => {
    const storage = new MemoryStorage();
    storage.setItem(
      PLAN_KEY,
      envelope(1, {
        items: [
          { id: 'a', note: 'n'.repeat(5001), ansvarlig: 'A'.repeat(201), dato: '' },
          { id: 'b', note: '', ansvarlig: '', dato: '20266-12-03' },
          { id: 'c', note: '', ansvarlig: '', dato: '0027-01-15' },
        ],
      }),
    );
    const r = planStore(storage).load();
    expect(r.status).toBe('migrated');
    if (r.status !== 'migrated') return;
    expect(r.value.items.map((i) => [i.id, i.note.length, i.ansvarlig.length, i.dato])).toEqual([
      ['a', 5001, 201, ''],
      ['c', 0, 0, '2027-01-15'],
    ]);
    expect(r.repairs).toEqual(['Datoen ved c var gemt med året 0027 og er rettet til 15. januar 2027.']);
    expect(r.value.setAside!.map((e) => e.raw)).toEqual([{ id: 'b', note: '', ansvarlig: '', dato: '20266-12-03' }]);
    expect(readPlanItem(r.value.setAside![0]!.raw, 0)).toMatchObject({ ok: false, reason: 'Datoen »20266-12-03« kan ikke læses.' });
  });

  it('sets aside data that is not a plan at all', () => {
    expect(decodePlan({ items: 'nope' }, 1, null).value).toMatchObject({ items: [], setAside: [{ raw: 'nope' }] });
    const storage = new MemoryStorage();
    storage.setItem(PLAN_KEY, '{"v":1,"data":{"items":[{"id":');
    expect(planStore(storage).load()).toMatchObject({ status: 'ok', value: { items: [], setAside: [{ raw: '{"v":1,"data":{"items":[{"id":' }] } });
  });

  it('round-trips through a file, keeping recommendations that no longer exist with their title (issue 21, case 3)', () => {
    const plan = updateItem(addItem(addItem(emptyPlan(), 'a'), 'gammel', undefined, 'En gammel anbefaling'), 'gammel', { note: 'x' });
    const { filename, json } = exportPlan(plan, new Date('2027-03-14T10:00:00Z'), new Map([['a', 'Anbefaling A']]));
    expect(filename).toBe('min-plan-2027-03-14.json');
    expect(JSON.parse(json).plan.items).toEqual([
      { id: 'a', titel: 'Anbefaling A', note: '', ansvarlig: '', dato: '' },
      { id: 'gammel', titel: 'En gammel anbefaling', note: 'x', ansvarlig: '', dato: '' },
    ]);
    const back = parsePlanImport(json, ids);
    expect(back).toEqual({
      ok: true,
      plan: { items: [{ id: 'a', note: '', ansvarlig: '', dato: '' }, { id: 'gammel', titel: 'En gammel anbefaling', note: 'x', ansvarlig: '', dato: '' }] },
      dropped: 0,
      report: { itemsInFile: 2, dropped: [], unknown: ['»En gammel anbefaling«'], changes: [] },
    });
  });

  it('keeps the title an item was added with, and shows the current title while the recommendation exists', () => {
    const plan = addItem(emptyPlan(), 'a', 1, 'Titel dengang');
    expect(plan.items[0]!.titel).toBe('Titel dengang');
    expect(itemTitle(plan.items[0]!, new Map([['a', 'Titel nu']]))).toBe('Titel nu');
    expect(itemTitle(plan.items[0]!, new Map())).toBe('Titel dengang');
    expect(itemTitle({ id: 'x' }, new Map())).toBe('x');
    // stored: a title that cannot be used is left out, the item is kept
    expect(readPlanItem({ id: 'a', titel: 7 }, Date.UTC(2027, 0, 1))).toMatchObject({ ok: true, item: { id: 'a' } });
    expect(readPlanItem({ id: 'a', titel: 'T' }, Date.UTC(2027, 0, 1))).toMatchObject({ ok: true, item: { titel: 'T' } });
  });

  it('keeps an item whose date it cannot use, without the date, and says so', () => {
    const text = '{"format":"laeringskatalog-plan","version":1,"plan":{"items":[{"id":"a","dato":"i morgen"},{"id":"b","dato":"0026-12-03"}]}}';
    expect(parsePlanImport(text, ids, { titles: new Map([['a', 'Anbefaling A']]) })).toMatchObject({
      ok: true,
      plan: { items: [{ id: 'a', dato: '' }, { id: 'b', dato: '2026-12-03' }] },
      report: { changes: ['»Anbefaling A«: datoen »i morgen« kan ikke bruges og er udeladt.', '»b«: datoen 0026-12-03 er rettet til 3. december 2026.'] },
    });
  });

  it.each([
    ['x'.repeat(200_001), 'Filen er for stor til at være en plan fra Min plan.'],
    ['ikke json', 'Filen kan ikke læses. Er det en fil, der er eksporteret fra Min plan?'],
    ['{"format":"laeringskatalog-selvtjek","version":2}', 'Filen er ikke en plan fra Min plan.'],
    ['{"format":"laeringskatalog-plan","version":9,"plan":{"items":[]}}', 'Filen er lavet med en nyere version af værktøjet og kan ikke læses her. Opdatér sitet, eller brug en nyere udgave.'],
    ['{"format":"laeringskatalog-plan","version":1,"plan":{"items":"a"}}', 'Planen i filen har ikke det forventede indhold.'],
    ['{"format":"laeringskatalog-plan","version":1,"plan":{"items":[{"id":""}]}}', PLAN_IMPORT_MESSAGES.nothingFits(1, ['»uden id«'])],
  ])('rejects a bad file with a clear message (%#)', (text, error) => {
    expect(parsePlanImport(text, ids)).toEqual({ ok: false, error });
  });
});

describe('importing over an existing plan (issue 12, case 4)', () => {
  const current = ['a', 'b', 'c'].reduce((p, id, i) => updateItem(addItem(p, id, t(1)), id, { note: `Note ${i + 1}` }, t(1)), emptyPlan());
  const incoming: Plan = { items: [{ id: 'c', note: 'fra filen', ansvarlig: '', dato: '' }, { id: 'd', note: 'ny', ansvarlig: '', dato: '' }] };

  it('adds only what is not there yet and keeps the user\'s own notes', () => {
    const r = applyPlanImport(current, incoming, 'add', t(2));
    expect(fields(r.plan).map((i) => [i.id, i.note])).toEqual([['a', 'Note 1'], ['b', 'Note 2'], ['c', 'Note 3'], ['d', 'ny']]);
    expect([r.added, r.unchanged]).toEqual([1, 1]);
  });

  it('replaces the plan, and the replacement wins over the old plan in another tab', () => {
    const r = applyPlanImport(current, incoming, 'replace', t(2));
    expect(fields(r.plan).map((i) => [i.id, i.note])).toEqual([['c', 'fra filen'], ['d', 'ny']]);
    expect(fields(mergePlans(current, r.plan))).toEqual(fields(r.plan));
  });

  it('brings a set-aside item back and removes it from the set-aside list', () => {
    const withAside = { ...current, setAside: [setAsideEntry({ id: 'd', dato: '20266-12-03' })] };
    const f = setAsidePlanFile(withAside.setAside[0]!);
    const parsed = parsePlanImport(f.json, ids);
    expect(parsed).toMatchObject({ ok: true, plan: { items: [{ id: 'd', dato: '' }] } });
    if (!parsed.ok) return;
    const r = applyPlanImport(withAside, parsed.plan, 'add', t(2));
    expect(r.plan.setAside).toEqual([]);
    expect(r.plan.items.map((i) => i.id)).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('several tabs', () => {
  it('merges per item: the newest change of each item wins, removals included', () => {
    const base = addItem(addItem(emptyPlan(), 'a', t(1)), 'b', t(1));
    const tabA = updateItem(base, 'a', { note: 'fra A' }, t(2));
    const tabB = removeItem(updateItem(base, 'b', { note: 'fra B' }, t(3)), 'a', t(1));
    const merged = mergePlans(tabA, tabB);
    expect(fields(merged)).toEqual([{ id: 'a', note: 'fra A', ansvarlig: '', dato: '' }, { id: 'b', note: 'fra B', ansvarlig: '', dato: '' }]);
    const removedLater = removeItem(base, 'a', t(4));
    expect(mergePlans(tabA, removedLater).items.map((i) => i.id)).toEqual(['b']);
  });

  it('keeps the order of the tab that reordered last, and items only the other tab has', () => {
    const base = addItem(addItem(addItem(emptyPlan(), 'a', t(1)), 'b', t(1)), 'c', t(1));
    const moved = moveItem(moveItem(base, 'c', -1, t(2)), 'c', -1, t(2));
    const added = addItem(base, 'd', t(3));
    expect(mergePlans(added, moved).items.map((i) => i.id)).toEqual(['c', 'a', 'b', 'd']);
    expect(mergePlans(moved, added).items.map((i) => i.id)).toEqual(['c', 'a', 'b', 'd']);
  });

  it('does not bring back set-aside data the user removed', () => {
    const withAside = { ...emptyPlan(), setAside: [setAsideEntry('x')] };
    const removed = removeSetAside(withAside, withAside.setAside[0]!.key, t(1));
    expect(mergePlans(withAside, removed).setAside).toEqual([]);
  });
});
