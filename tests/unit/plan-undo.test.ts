import { describe, expect, it } from 'vitest';
import { addItem, emptyPlan, updateItem, type Plan } from '../../src/lib/plan';
import { addFromLink, addParam, removeWithUndo, restoreItem, withoutAddParam } from '../../src/lib/plan/undo';

const plan = (...ids: string[]): Plan => ids.reduce((p, id) => addItem(p, id), emptyPlan());
const ids = (p: Plan) => p.items.map((i) => i.id);

describe('min plan: undo a removal', () => {
  const full = updateItem(plan('a', 'b', 'c'), 'b', { note: 'Vigtig', ansvarlig: 'Teamleder', dato: '2027-03-01' });

  it('puts the item back where it stood, with everything it held', () => {
    const { plan: without, removed } = removeWithUndo(full, 'b');
    expect(ids(without)).toEqual(['a', 'c']);
    expect(removed).toEqual({ item: { id: 'b', note: 'Vigtig', ansvarlig: 'Teamleder', dato: '2027-03-01' }, index: 1 });
    expect(restoreItem(without, removed!)).toEqual(full);
  });

  it('the first and the last item come back first and last', () => {
    for (const [id, at] of [['a', 0], ['c', 2]] as const) {
      const r = removeWithUndo(full, id);
      expect(ids(restoreItem(r.plan, r.removed!)).indexOf(id)).toBe(at);
    }
  });

  it('goes to the end when the plan has shrunk meanwhile, and does nothing if the item is back', () => {
    const r = removeWithUndo(full, 'c');
    expect(ids(restoreItem(plan('a'), r.removed!))).toEqual(['a', 'c']);
    expect(ids(restoreItem(emptyPlan(), r.removed!))).toEqual(['c']);
    const again = addItem(r.plan, 'c');
    expect(restoreItem(again, r.removed!)).toBe(again);
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
