import { describe, expect, it } from 'vitest';
import { addItem, emptyPlan, exportPlan, moveItem, parsePlanImport, planStore, removeItem, toggleItem, updateItem, PLAN_KEY } from '../../src/lib/plan';
import { MemoryStorage } from '../helpers/memory-storage';


const ids = new Set(['a', 'b', 'c']);

describe('min plan', () => {
  it('adds, toggles, orders, updates and removes items', () => {
    let p = addItem(addItem(addItem(emptyPlan(), 'a'), 'b'), 'c');
    expect(addItem(p, 'a')).toBe(p);
    p = moveItem(p, 'c', -1);
    expect(p.items.map((i) => i.id)).toEqual(['a', 'c', 'b']);
    expect(moveItem(p, 'a', -1)).toBe(p);
    expect(moveItem(p, 'b', 1)).toBe(p);
    p = updateItem(p, 'c', { note: 'Drøftes på ledermøde', ansvarlig: 'Teamleder', dato: '2027-03-01' });
    expect(p.items[1]).toEqual({ id: 'c', note: 'Drøftes på ledermøde', ansvarlig: 'Teamleder', dato: '2027-03-01' });
    p = toggleItem(removeItem(p, 'a'), 'b');
    expect(p.items.map((i) => i.id)).toEqual(['c']);
  });

  it('is kept in storage under its versioned key and reports corrupt data', () => {
    const storage = new MemoryStorage();
    const store = planStore(storage);
    expect(store.load()).toEqual({ status: 'empty' });
    expect(store.save(addItem(emptyPlan(), 'a'))).toEqual({ ok: true });
    expect(store.load()).toMatchObject({ status: 'ok', value: { items: [{ id: 'a' }] } });
    storage.setItem(PLAN_KEY, '{"v":1,"data":{"items":"nope"}}');
    expect(store.load()).toMatchObject({ status: 'corrupt', raw: '{"v":1,"data":{"items":"nope"}}' });
  });

  it('round-trips through a file and drops recommendations that no longer exist', () => {
    const plan = updateItem(addItem(addItem(emptyPlan(), 'a'), 'gammel'), 'a', { note: 'x' });
    const { filename, json } = exportPlan(plan, new Date('2027-03-14T10:00:00Z'));
    expect(filename).toBe('min-plan-2027-03-14.json');
    const back = parsePlanImport(json, ids);
    expect(back).toEqual({ ok: true, plan: { items: [{ id: 'a', note: 'x', ansvarlig: '', dato: '' }] }, dropped: 1 });
  });

  it.each([
    ['x'.repeat(200_001), 'Filen er for stor til at være en plan fra Min plan.'],
    ['ikke json', 'Filen kan ikke læses. Er det en fil, der er eksporteret fra Min plan?'],
    ['{"format":"laeringskatalog-selvtjek","version":2}', 'Filen er ikke en plan fra Min plan.'],
    ['{"format":"laeringskatalog-plan","version":9,"plan":{"items":[]}}', 'Filen er lavet med en nyere version af værktøjet og kan ikke læses her. Opdatér sitet, eller brug en nyere udgave.'],
    ['{"format":"laeringskatalog-plan","version":1,"plan":{"items":[{"id":"a","dato":"i morgen"}]}}', 'Planen i filen har ikke det forventede indhold.'],
  ])('rejects a bad file with a clear message (%#)', (text, error) => {
    expect(parsePlanImport(text, ids)).toEqual({ ok: false, error });
  });
});
