import { describe, expect, it } from 'vitest';
import { addItem, emptyPlan, mergePlans, updateItem, type Plan } from '../../src/lib/plan';
import { addFromLink, addParam, pendingRemovals, removeKeeping, removeWithUndo, removedFields, restoreRemoved, toggleKeeping, undoRemoval, withoutAddParam, type Removed } from '../../src/lib/plan/undo';

const plan = (...ids: string[]): Plan => ids.reduce((p, id) => addItem(p, id), emptyPlan());
const ids = (p: Plan) => p.items.map((i) => i.id);

describe('min plan: undo a removal', () => {
  const full = updateItem(plan('a', 'b', 'c'), 'b', { note: 'Vigtig', ansvarlig: 'Teamleder', dato: '2027-03-01' });

  it('puts the item back where it stood, with everything it held', () => {
    const { plan: without, removed } = removeWithUndo(full, 'b');
    expect(ids(without)).toEqual(['a', 'c']);
    const fields = { id: 'b', note: 'Vigtig', ansvarlig: 'Teamleder', dato: '2027-03-01' };
    expect(removed?.item).toMatchObject(fields);
    expect(removed?.index).toBe(1);
    const back = restoreRemoved(without, removed!);
    expect(ids(back)).toEqual(['a', 'b', 'c']);
    expect(back.items[1]).toMatchObject(fields);
    // The restore is a newer change than the removal: another tab that still has the removal
    // gets the item back when the tabs merge, in both directions.
    expect(ids(mergePlans(without, back))).toEqual(['a', 'b', 'c']);
    expect(ids(mergePlans(back, without))).toEqual(['a', 'b', 'c']);
  });

  it('the first and the last item come back first and last', () => {
    for (const [id, at] of [['a', 0], ['c', 2]] as const) {
      const r = removeWithUndo(full, id);
      expect(ids(restoreRemoved(r.plan, r.removed!)).indexOf(id)).toBe(at);
    }
  });

  it('goes to the end when the plan has shrunk meanwhile, and does nothing if the item is back', () => {
    const r = removeWithUndo(full, 'c');
    expect(ids(restoreRemoved(plan('a'), r.removed!))).toEqual(['a', 'c']);
    expect(ids(restoreRemoved(emptyPlan(), r.removed!))).toEqual(['c']);
    const again = addItem(r.plan, 'c');
    expect(restoreRemoved(again, r.removed!)).toBe(again);
  });

  it('removing what is not there changes nothing', () => {
    expect(removeWithUndo(full, 'x')).toEqual({ plan: full, removed: null });
  });
});

describe('min plan: adding from a recommendation\'s page', () => {
  const valid = new Set(['a', 'b']);

  it('adds once, says when it was there already, refuses unknown ids', () => {
    const r = addFromLink(plan('a'), 'b', valid);
    expect(r.kind).toBe('added');
    expect(ids(r.plan)).toEqual(['a', 'b']);
    const again = addFromLink(r.plan, 'b', valid);
    expect(again).toEqual({ kind: 'already', plan: r.plan });
    expect(addFromLink(r.plan, 'findes-ikke', valid)).toEqual({ kind: 'unknown', plan: r.plan });
  });

  it('reads and removes the parameter, keeping the rest of the query', () => {
    expect(addParam('?tilfoej=mf-tidsplan')).toBe('mf-tidsplan');
    expect(addParam('?x=1')).toBeNull();
    expect(addParam('?tilfoej=')).toBeNull();
    expect(addParam(`?tilfoej=${'x'.repeat(500)}`)).toHaveLength(120);
    expect(withoutAddParam('?tilfoej=a')).toBe('');
    expect(withoutAddParam('?x=1&tilfoej=a&y=2')).toBe('?x=1&y=2');
  });
});

describe('issue 21, cases 1–2: removals this page can undo', () => {
  const full = ['a', 'b', 'c'].reduce((p, id, n) => updateItem(p, id, { note: `note ${n}`, ansvarlig: `A${n}`, dato: `2027-0${n + 1}-01` }), plan('a', 'b', 'c'));
  const fields = (p: Plan) => p.items.map((i) => `${i.id}:${i.note}:${i.ansvarlig}:${i.dato}`);

  it('two removals one after the other can each be undone, in any order, back in their places', () => {
    let s = { plan: full, list: [] as Removed[] };
    s = removeKeeping(s.plan, 'a', s.list);
    s = removeKeeping(s.plan, 'b', s.list);
    expect(ids(s.plan)).toEqual(['c']);
    expect(s.list.map((r) => r.item.id)).toEqual(['a', 'b']);
    for (const order of [['a', 'b'], ['b', 'a']]) {
      let t = s;
      for (const id of order) t = undoRemoval(t.plan, t.list, id);
      expect(fields(t.plan)).toEqual(fields(full));
      expect(t.list).toEqual([]);
    }
  });

  it('unticking and ticking again (the hub) brings the note, the responsible person and the date back', () => {
    let s = toggleKeeping(full, 'b', []);
    expect(ids(s.plan)).toEqual(['a', 'c']);
    s = toggleKeeping(s.plan, 'b', s.list);
    expect(fields(s.plan)).toEqual(fields(full));
    expect(s.list).toEqual([]);
    // a recommendation never in the plan is added empty
    const added = toggleKeeping(s.plan, 'd', s.list);
    expect(added.plan.items.at(-1)).toMatchObject({ id: 'd', note: '', ansvarlig: '', dato: '' });
  });

  it('forgets a removal once the item is in the plan again by other means (another tab)', () => {
    const s = removeKeeping(full, 'b', []);
    const back = addItem(s.plan, 'b');
    expect(pendingRemovals(back, s.list)).toEqual([]);
    expect(pendingRemovals(s.plan, s.list).map((r) => r.item.id)).toEqual(['b']);
    expect(undoRemoval(back, s.list, 'b').plan).toBe(back);
  });

  it('says what a removal took with it', () => {
    expect(removedFields({ note: 'x', ansvarlig: 'y', dato: '2027-01-01' })).toBe('note, ansvarlig og dato');
    expect(removedFields({ note: 'x', ansvarlig: '', dato: '2027-01-01' })).toBe('note og dato');
    expect(removedFields({ note: ' ', ansvarlig: '', dato: '' })).toBe('');
  });
});
