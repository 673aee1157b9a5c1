/** Issue 21: »Føj til min plan« on a content page adds in place, says so, and can be undone. */
import { describe, expect, it } from 'vitest';
import { PLAN_KEY, planStore } from '../../src/lib/plan/model';
import { addInPlace, undoAddInPlace } from '../../src/lib/plan/add-in-place';
import { MemoryStorage } from '../helpers/memory-storage';

const ids = (s: MemoryStorage) => {
  const r = planStore(s).load();
  return r.status === 'ok' ? r.value.items.map((i) => `${i.id}:${i.titel}`) : r.status;
};

describe('»Føj til min plan« in place', () => {
  it('adds once with its title, says so, and »Fortryd« takes it out again', () => {
    const s = new MemoryStorage();
    expect(addInPlace(s, 'mf-arbejdsgruppe', 'Nedsæt en arbejdsgruppe')).toEqual({ kind: 'added', text: '»Nedsæt en arbejdsgruppe« er føjet til din plan.' });
    expect(ids(s)).toEqual(['mf-arbejdsgruppe:Nedsæt en arbejdsgruppe']);
    expect(addInPlace(s, 'mf-arbejdsgruppe', 'Nedsæt en arbejdsgruppe').kind).toBe('already');
    expect(undoAddInPlace(s, 'mf-arbejdsgruppe', 'Nedsæt en arbejdsgruppe')).toEqual({ kind: 'removed', text: '»Nedsæt en arbejdsgruppe« er taget ud af din plan igen.' });
    expect(ids(s)).toEqual([]);
  });

  it('never writes over a plan it cannot read, and says when the browser will not save', () => {
    const s = new MemoryStorage();
    s.setItem(PLAN_KEY, JSON.stringify({ v: 99, savedAt: '', data: {} }));
    expect(addInPlace(s, 'x', 'X').kind).toBe('failed');
    expect(s.getItem(PLAN_KEY)).toBe(JSON.stringify({ v: 99, savedAt: '', data: {} }));
    expect(addInPlace(null, 'x', 'X')).toMatchObject({ kind: 'failed', text: expect.stringContaining('tillader ikke') });
  });
});
