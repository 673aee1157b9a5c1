import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import {
  STORAGE_MESSAGES,
  clearAllSiteData,
  createStore,
  probe,
  type StorageLike,
} from '../../src/lib/storage';
import { MemoryStorage } from '../helpers/memory-storage';


/** A DOMException-like error, as browsers throw them. */
const domError = (name: string, code = 0) => Object.assign(new Error(name), { name, code });

/** Reads work, writes fail because the quota is used up. */
class FullStorage extends MemoryStorage {
  override setItem(): void {
    throw domError('QuotaExceededError', 22);
  }
}

/** Every call fails, as in a browser that blocks storage for the site. */
class BlockedStorage implements StorageLike {
  get length(): number {
    throw domError('SecurityError', 18);
  }
  key(): string | null {
    throw domError('SecurityError', 18);
  }
  getItem(): string | null {
    throw domError('SecurityError', 18);
  }
  setItem(): void {
    throw domError('SecurityError', 18);
  }
  removeItem(): void {
    throw domError('SecurityError', 18);
  }
}

const schema = z.object({ items: z.array(z.string()), count: z.number() });
type Value = z.infer<typeof schema>;
const KEY = 'laeringskatalog:test';
const now = () => new Date('2027-03-14T10:00:00.000Z');

function store(storage: StorageLike, version = 2) {
  return createStore<Value>({
    key: KEY,
    version,
    schema,
    storage,
    now,
    migrations: {
      // v1 stored a bare array of items.
      1: (data) => {
        if (!Array.isArray(data)) throw new Error('not v1');
        return { items: data, count: data.length };
      },
    },
  });
}

describe('createStore', () => {
  it('is empty before anything is saved', () => {
    expect(store(new MemoryStorage()).load()).toEqual({ status: 'empty' });
  });

  it('saves an envelope and loads the value back', () => {
    const s = new MemoryStorage();
    expect(store(s).save({ items: ['a'], count: 1 })).toEqual({ ok: true });
    expect(JSON.parse(s.getItem(KEY) ?? '')).toEqual({
      v: 2,
      savedAt: '2027-03-14T10:00:00.000Z',
      data: { items: ['a'], count: 1 },
    });
    expect(store(s).load()).toEqual({ status: 'ok', value: { items: ['a'], count: 1 } });
  });

  it('migrates older data in order and reports where it came from, without writing it back', () => {
    const s = new MemoryStorage();
    const raw = JSON.stringify({ v: 1, savedAt: '2026-01-01T00:00:00Z', data: ['x', 'y'] });
    s.setItem(KEY, raw);
    expect(store(s).load()).toEqual({ status: 'migrated', value: { items: ['x', 'y'], count: 2 }, from: 1 });
    expect(s.getItem(KEY)).toBe(raw);
  });

  it('applies several migrations one after the other', () => {
    const s = new MemoryStorage();
    s.setItem(KEY, JSON.stringify({ v: 1, savedAt: '', data: 3 }));
    const st = createStore({
      key: KEY,
      version: 3,
      schema: z.object({ n: z.number() }),
      storage: s,
      migrations: { 1: (d) => ({ n: Number(d) * 10 }), 2: (d) => ({ n: (d as { n: number }).n + 1 }) },
    });
    expect(st.load()).toEqual({ status: 'migrated', value: { n: 31 }, from: 1 });
  });

  it.each([
    ['corrupt JSON', '{"v":2,"data":', 'De gemte data kan ikke læses (ugyldig JSON).'],
    ['not an envelope', '[1,2,3]', 'De gemte data har ikke det forventede format.'],
    ['a string', '"hej"', 'De gemte data har ikke det forventede format.'],
    ['no version', '{"data":{}}', 'De gemte data har ingen gyldig version.'],
    ['version 0', '{"v":0,"data":{}}', 'De gemte data har ingen gyldig version.'],
    ['a fractional version', '{"v":1.5,"data":{}}', 'De gemte data har ingen gyldig version.'],
    ['the wrong shape', '{"v":2,"savedAt":"x","data":{"items":"a","count":1}}', 'De gemte data har ikke det forventede indhold (items).'],
    ['a failing migration', '{"v":1,"savedAt":"x","data":{"not":"an array"}}', 'De gemte data fra version 1 kunne ikke opdateres til den nuværende version.'],
  ])('reports %s as corrupt and keeps the raw string', (_, raw, reason) => {
    const s = new MemoryStorage();
    s.setItem(KEY, raw);
    expect(store(s).load()).toEqual({ status: 'corrupt', raw, reason });
  });

  it('reports a version with no migration path as corrupt', () => {
    const s = new MemoryStorage();
    const raw = '{"v":1,"data":[]}';
    s.setItem(KEY, raw);
    const st = createStore({ key: KEY, version: 3, schema, storage: s, migrations: { 2: (d) => d } });
    expect(st.load()).toEqual({ status: 'corrupt', raw, reason: 'De gemte data har en ukendt version (1).' });
  });

  it('reports data from a newer version with the raw string and its version', () => {
    const s = new MemoryStorage();
    const raw = JSON.stringify({ v: 5, savedAt: '2030-01-01T00:00:00Z', data: { whatever: true } });
    s.setItem(KEY, raw);
    expect(store(s).load()).toEqual({ status: 'newer', raw, version: 5 });
  });

  it('clears its key and nothing else', () => {
    const s = new MemoryStorage();
    s.setItem('laeringskatalog:andet', 'x');
    store(s).save({ items: [], count: 0 });
    expect(store(s).clear()).toEqual({ ok: true });
    expect(store(s).load()).toEqual({ status: 'empty' });
    expect(s.getItem('laeringskatalog:andet')).toBe('x');
  });

  it('reports a full storage in Danish and keeps what was there', () => {
    const s = new FullStorage();
    s.map.set(KEY, JSON.stringify({ v: 2, savedAt: '', data: { items: ['old'], count: 1 } }));
    const result = store(s).save({ items: ['new'], count: 1 });
    expect(result).toEqual({ ok: false, reason: 'quota', message: STORAGE_MESSAGES.quota });
    expect(STORAGE_MESSAGES.quota).toMatch(/^Browseren har ikke mere plads/);
    expect(store(s).load()).toEqual({ status: 'ok', value: { items: ['old'], count: 1 } });
  });

  it('recognises the legacy quota errors too', () => {
    for (const error of [domError('NS_ERROR_DOM_QUOTA_REACHED', 1014), { code: 22 }]) {
      const s = new MemoryStorage();
      s.setItem = () => {
        throw error;
      };
      expect(store(s).save({ items: [], count: 0 })).toMatchObject({ ok: false, reason: 'quota' });
    }
  });

  it('never throws when the browser blocks storage', () => {
    const st = store(new BlockedStorage());
    expect(st.load()).toEqual({ status: 'empty' });
    expect(st.save({ items: [], count: 0 })).toEqual({
      ok: false,
      reason: 'blocked',
      message:
        'Browseren tillader ikke, at sitet gemmer data (fx i privat tilstand). Dine svar bliver ikke gemt, når du lukker siden.',
    });
    expect(st.clear()).toMatchObject({ ok: false, reason: 'blocked' });
  });

  it('reports any other failure as unknown, including values JSON cannot hold', () => {
    const s = new MemoryStorage();
    s.setItem = () => {
      throw new TypeError('boom');
    };
    expect(store(s).save({ items: [], count: 0 })).toEqual({ ok: false, reason: 'unknown', message: STORAGE_MESSAGES.unknown });
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(store(new MemoryStorage()).save(cyclic as unknown as Value)).toMatchObject({ ok: false, reason: 'unknown' });
  });
});

describe('probe', () => {
  it('tells whether storage can be written, and leaves no trace', () => {
    const s = new MemoryStorage();
    expect(probe(s)).toEqual({ ok: true });
    expect(s.length).toBe(0);
    expect(probe(new BlockedStorage())).toMatchObject({ ok: false, reason: 'blocked' });
    expect(probe(new FullStorage())).toMatchObject({ ok: false, reason: 'quota' });
    expect(probe(null)).toMatchObject({ ok: false, reason: 'blocked' });
    expect(probe(undefined)).toMatchObject({ ok: false, reason: 'blocked' });
  });
});

describe('clearAllSiteData', () => {
  it('removes every key with the prefix, also when keys shift during removal', () => {
    const s = new MemoryStorage();
    for (const k of ['laeringskatalog:selvtjek', 'andet-site', 'laeringskatalog:plan:v1', 'laeringskatalog:x', 'z']) {
      s.setItem(k, '1');
    }
    const result = clearAllSiteData(s);
    expect(result).toEqual({ ok: true, removed: ['laeringskatalog:selvtjek', 'laeringskatalog:plan:v1', 'laeringskatalog:x'] });
    expect([...s.map.keys()]).toEqual(['andet-site', 'z']);
  });

  it('takes another prefix, and never throws', () => {
    const s = new MemoryStorage();
    s.setItem('a:1', '1');
    s.setItem('b:1', '1');
    expect(clearAllSiteData(s, 'a:')).toEqual({ ok: true, removed: ['a:1'] });
    expect(clearAllSiteData(new BlockedStorage())).toMatchObject({ ok: false, reason: 'blocked' });
  });
});

describe('createStore with a decode function (read piece by piece)', () => {
  const decoding = (storage: StorageLike) =>
    createStore<{ items: string[]; aside: unknown[] }>({
      key: KEY,
      version: 2,
      storage,
      decode: (data, from, savedAt) => {
        const list = Array.isArray((data as { items?: unknown }).items) ? ((data as { items: unknown[] }).items) : [];
        return {
          value: { items: list.filter((x): x is string => typeof x === 'string'), aside: list.filter((x) => typeof x !== 'string') },
          repairs: from < 2 ? [`fra version ${from}, gemt ${savedAt}`] : [],
        };
      },
      unreadable: (raw) => ({ items: [], aside: [raw] }),
    });

  it('hands the data, its version and the time it was saved to decode, and reports repairs', () => {
    const s = new MemoryStorage();
    s.setItem(KEY, JSON.stringify({ v: 1, savedAt: '2027-03-14T10:00:00.000Z', data: { items: ['a', 3, 'b'] } }));
    expect(decoding(s).load()).toEqual({
      status: 'migrated',
      from: 1,
      value: { items: ['a', 'b'], aside: [3] },
      repairs: [`fra version 1, gemt ${Date.UTC(2027, 2, 14, 10)}`],
    });
    s.setItem(KEY, JSON.stringify({ v: 2, savedAt: 'i går', data: { items: ['a'] } }));
    expect(decoding(s).load()).toEqual({ status: 'ok', value: { items: ['a'], aside: [] }, repairs: [] });
  });

  it('turns text that is not data at all into a value, so the tool works and keeps it', () => {
    const s = new MemoryStorage();
    s.setItem(KEY, '{"v":2,"data":');
    expect(decoding(s).load()).toEqual({ status: 'ok', value: { items: [], aside: ['{"v":2,"data":'] }, repairs: [] });
    s.setItem(KEY, JSON.stringify({ v: 3, savedAt: '', data: {} }));
    expect(decoding(s).load()).toMatchObject({ status: 'newer', version: 3 });
  });

  it('reports a decode function that throws as corrupt', () => {
    const s = new MemoryStorage();
    s.setItem(KEY, JSON.stringify({ v: 2, savedAt: '', data: {} }));
    const st = createStore({ key: KEY, version: 2, storage: s, decode: () => { throw new Error('x'); } });
    expect(st.load()).toMatchObject({ status: 'corrupt', reason: 'De gemte data har ikke det forventede indhold.' });
  });
});
