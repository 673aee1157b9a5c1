/**
 * Issue 21, case 6: stored data nested thousands of levels deep is set aside, always downloads as
 * a file, and never stops a later save – in Min plan and in Selvtjek, which share the storage
 * helpers (src/lib/storage/sync.ts).
 */
import { describe, expect, it } from 'vitest';
import { PLAN_KEY, addItem, planStore } from '../../src/lib/plan/model';
import { setAsidePlanFile } from '../../src/lib/plan/file';
import { STORAGE_KEY, createSelvtjekStore, createAssessment, putAssessment } from '../../src/lib/selvtjek/model';
import { setAsideFile } from '../../src/lib/selvtjek/file';
import { jsonText, setAsideEntry } from '../../src/lib/storage/sync';
import { MemoryStorage } from '../helpers/memory-storage';

/** `{"a":{"a":…}}` and `[[[…]]]` nested `depth` levels, as stored text. */
const deepObject = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
const deepArray = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const at = () => new Date(Date.UTC(2027, 2, 1));

describe('deeply nested stored data', () => {
  for (const depth of [5_000, 20_000]) {
    it(`Min plan: an item nested ${depth} levels deep is set aside, downloads, and later saves work`, () => {
      const storage = new MemoryStorage();
      storage.setItem(
        PLAN_KEY,
        `{"v":2,"savedAt":"2027-03-01T00:00:00.000Z","data":{"items":[{"id":"mf-fase-1-a","note":"","ansvarlig":"","dato":""},${deepObject(depth)},${deepArray(depth)}]}}`,
      );
      const store = planStore(storage, at);
      const r = store.load();
      expect(r.status).toBe('ok');
      if (r.status !== 'ok') return;
      expect(r.value.items.map((i) => i.id)).toEqual(['mf-fase-1-a']);
      expect(r.value.setAside).toHaveLength(2);
      const keys = new Set(r.value.setAside!.map((e) => e.key));
      expect(keys.size).toBe(2);
      for (const e of r.value.setAside!) {
        const f = setAsidePlanFile(e, at());
        expect(f.json.length).toBeGreaterThanOrEqual(depth * 2);
        expect(() => JSON.parse(f.json)).not.toThrow();
      }
      // one bad item never stops saving: the set-aside data is kept, and a change is saved
      expect(store.save(addItem(r.value, 'mf-fase-1-b', Date.UTC(2027, 2, 2)))).toEqual({ ok: true });
      const again = store.load();
      expect(again.status === 'ok' && again.value.items.map((i) => i.id)).toEqual(['mf-fase-1-a', 'mf-fase-1-b']);
      expect(again.status === 'ok' && again.value.setAside!.map((e) => e.key).sort()).toEqual([...keys].sort());
    });
  }

  it('Selvtjek: a deep assessment is set aside, downloads, and later saves work', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, `{"v":3,"savedAt":"2027-03-01T00:00:00.000Z","data":{"assessments":[${deepObject(8_000)}],"activeId":null}}`);
    const store = createSelvtjekStore(storage, at);
    const r = store.load();
    expect(r.status).toBe('ok');
    if (r.status !== 'ok') return;
    expect(r.value.setAside).toHaveLength(1);
    const f = setAsideFile(r.value.setAside![0]!, { id: 'tjek', titel: 'Tjek' }, at());
    expect(f.json.length).toBeGreaterThan(16_000);
    expect(store.save(putAssessment(r.value, createAssessment('tjek', at(), { id: 'ny' })))).toEqual({ ok: true });
    const again = store.load();
    expect(again.status === 'ok' && again.value.assessments.map((a) => a.id)).toEqual(['ny']);
    expect(again.status === 'ok' && again.value.setAside).toHaveLength(1);
  });

  it('jsonText writes any JSON value as JSON.stringify does, at any depth', () => {
    const samples: unknown[] = [null, 1, -0.5, 'æ"\\\n\u2028', true, [], {}, [1, [2, { b: 'x', a: [null] }]], { 'k"ey': { x: [] } }];
    for (const v of samples) expect(jsonText(v)).toBe(JSON.stringify(v));
    expect(JSON.parse(jsonText(JSON.parse(deepArray(50_000))))).toBeTruthy();
    expect(setAsideEntry(JSON.parse(deepArray(50_000))).raw).toBe(deepArray(50_000));
  });
});
