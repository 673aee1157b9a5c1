/**
 * A small versioned store over browser storage (localStorage or anything shaped like it).
 *
 * The value is kept in an envelope `{ v, savedAt, data }`. Loading never throws: broken JSON,
 * a wrong shape, an unknown or newer version are reported with the raw string, so the page can
 * offer it for download before the user resets. Saving never throws either: a full or blocked
 * storage comes back as a result with a Danish message. The storage object is a parameter, so
 * tests pass fakes and nothing here touches `window`.
 *
 * A store validates its data in one of two ways: with a schema (all or nothing, plus whole-data
 * migrations), or with a `decode` function that reads the data piece by piece, repairs what is
 * safe to repair and sets aside what it cannot read, so one bad piece never hides the rest (the
 * tools do this; see src/lib/selvtjek/model.ts and src/lib/plan/model.ts). Field limits are in
 * ./fields.ts, the merge and set-aside helpers in ./sync.ts.
 */
import * as z from 'zod/mini';
import { isTime } from './fields';

// The site's Content-Security-Policy forbids eval. Zod would otherwise probe for it (new
// Function) the first time it parses, which a strict CSP reports as a violation. Every tool
// that validates data imports this module first.
z.config({ jitless: true });

/** The part of the Web Storage API the store uses. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key(index: number): string | null;
  readonly length: number;
}

/** What is written under the key. */
export interface Envelope<T> {
  v: number;
  savedAt: string;
  data: T;
}

/** `migrations[n]` turns data of version n into data of version n + 1. It may throw. */
export type Migrations = Record<number, (data: unknown) => unknown>;

interface CommonOptions {
  key: string;
  /** The current version, an integer ≥ 1. */
  version: number;
  storage: StorageLike;
  /** Clock for `savedAt`; tests pass a fixed one. */
  now?: () => Date;
}

export interface SchemaStoreOptions<T> extends CommonOptions {
  /** Any Zod schema (classic or mini) whose output is T. */
  schema: { safeParse(data: unknown): { success: true; data: T } | { success: false; error: { issues: readonly { path: readonly PropertyKey[] }[] } } };
  migrations?: Migrations;
}

/** What a `decode` function makes of stored data: the value and what it repaired (Danish). */
export interface Decoded<T> {
  value: T;
  repairs: string[];
}

export interface DecodeStoreOptions<T> extends CommonOptions {
  /**
   * Reads data saved with version `from` (1 … version). Should not throw: it keeps what it can
   * read and sets aside the rest inside the value. A throw reports the data as corrupt.
   * `savedAt` is the envelope's time (ms) when it is plausible, for repairing missing times.
   */
  decode: (data: unknown, from: number, savedAt: number | null) => Decoded<T>;
  /**
   * Stored text that is not readable data at all (not JSON, no envelope, no version): when
   * given, it becomes a value (the text set aside) instead of `corrupt`.
   */
  unreadable?: (raw: string, reason: string) => T;
}

export type StoreOptions<T> = SchemaStoreOptions<T> | DecodeStoreOptions<T>;

export type LoadResult<T> =
  | { status: 'empty' }
  | { status: 'ok'; value: T; repairs?: string[] }
  | { status: 'migrated'; value: T; from: number; repairs?: string[] }
  | { status: 'corrupt'; raw: string; reason: string }
  | { status: 'newer'; raw: string; version: number };

export type StorageFailureReason = 'quota' | 'blocked' | 'unknown';
export type SaveResult = { ok: true } | { ok: false; reason: StorageFailureReason; message: string };

export interface Store<T> {
  /**
   * Reads and validates the stored value. Never throws. Blocked storage (reading throws) reads
   * as `empty`; use `probe` to tell the user that nothing can be saved. A migrated value is not
   * written back until `save` is called, so the old data stays until the user changes something.
   */
  load(): LoadResult<T>;
  save(value: T): SaveResult;
  /** Removes the key. Never throws. */
  clear(): SaveResult;
}

export const STORAGE_MESSAGES: Record<StorageFailureReason, string> = {
  quota:
    'Browseren har ikke mere plads til at gemme dine svar. Eksportér dine vurderinger til en fil, og slet dem, du ikke længere bruger.',
  blocked:
    'Browseren tillader ikke, at sitet gemmer data (fx i privat tilstand). Dine svar bliver ikke gemt, når du lukker siden.',
  unknown: 'Dine svar kunne ikke gemmes i browseren. Eksportér dem til en fil, så du ikke mister dem.',
};

/** Maps anything thrown by a Storage call to a failure with a Danish message. */
export function storageFailure(error: unknown): { ok: false; reason: StorageFailureReason; message: string } {
  const reason = classify(error);
  return { ok: false, reason, message: STORAGE_MESSAGES[reason] };
}

function classify(error: unknown): StorageFailureReason {
  if (typeof error !== 'object' || error === null) return 'unknown';
  const { name, code } = error as { name?: unknown; code?: unknown };
  // 22 and 1014 are the legacy codes of QuotaExceededError (Firefox used its own name).
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014) {
    return 'quota';
  }
  if (name === 'SecurityError' || code === 18) return 'blocked';
  return 'unknown';
}

const isPlainObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

export function createStore<T>(options: StoreOptions<T>): Store<T> {
  const { key, version, storage, now = () => new Date() } = options;

  function load(): LoadResult<T> {
    let raw: string | null;
    try {
      raw = storage.getItem(key);
    } catch {
      return { status: 'empty' };
    }
    if (raw === null) return { status: 'empty' };
    const result = read(raw);
    if (result.status === 'corrupt' && 'decode' in options && options.unreadable) {
      try {
        return { status: 'ok', value: options.unreadable(raw, result.reason), repairs: [] };
      } catch {
        return result;
      }
    }
    return result;
  }

  function read(raw: string): LoadResult<T> {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      return { status: 'corrupt', raw, reason: 'De gemte data kan ikke læses (ugyldig JSON).' };
    }
    if (!isPlainObject(parsed) || !('data' in parsed)) {
      return { status: 'corrupt', raw, reason: 'De gemte data har ikke det forventede format.' };
    }
    const v = parsed.v;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) {
      return { status: 'corrupt', raw, reason: 'De gemte data har ingen gyldig version.' };
    }
    if (v > version) return { status: 'newer', raw, version: v };

    if ('decode' in options) {
      const savedAt = typeof parsed.savedAt === 'string' ? Date.parse(parsed.savedAt) : NaN;
      try {
        const { value, repairs } = options.decode(parsed.data, v, isTime(savedAt) ? savedAt : null);
        return v === version ? { status: 'ok', value, repairs } : { status: 'migrated', value, from: v, repairs };
      } catch {
        return { status: 'corrupt', raw, reason: 'De gemte data har ikke det forventede indhold.' };
      }
    }
    const { schema, migrations = {} } = options;

    let data: unknown = parsed.data;
    for (let n = v; n < version; n++) {
      const migrate = migrations[n];
      if (!migrate) {
        return { status: 'corrupt', raw, reason: `De gemte data har en ukendt version (${v}).` };
      }
      try {
        data = migrate(data);
      } catch {
        return {
          status: 'corrupt',
          raw,
          reason: `De gemte data fra version ${v} kunne ikke opdateres til den nuværende version.`,
        };
      }
    }

    const result = schema.safeParse(data);
    if (!result.success) {
      const issue = result.error.issues[0];
      const where = issue && issue.path.length > 0 ? ` (${issue.path.join('.')})` : '';
      return { status: 'corrupt', raw, reason: `De gemte data har ikke det forventede indhold${where}.` };
    }
    return v === version
      ? { status: 'ok', value: result.data }
      : { status: 'migrated', value: result.data, from: v };
  }

  function save(value: T): SaveResult {
    try {
      const envelope: Envelope<T> = { v: version, savedAt: now().toISOString(), data: value };
      storage.setItem(key, JSON.stringify(envelope));
      return { ok: true };
    } catch (error) {
      return storageFailure(error);
    }
  }

  function clear(): SaveResult {
    try {
      storage.removeItem(key);
      return { ok: true };
    } catch (error) {
      return storageFailure(error);
    }
  }

  return { load, save, clear };
}

/** The key `probe` writes and removes again. */
export const PROBE_KEY = 'laeringskatalog:probe';

/**
 * Whether the storage can be written at all. Pass `null`/`undefined` when even getting the
 * storage object failed (in some browsers reading `window.localStorage` itself throws).
 */
export function probe(storage: StorageLike | null | undefined): SaveResult {
  if (!storage) return storageFailure({ name: 'SecurityError' });
  try {
    storage.setItem(PROBE_KEY, '1');
    storage.removeItem(PROBE_KEY);
    return { ok: true };
  } catch (error) {
    return storageFailure(error);
  }
}

/**
 * Removes every key that starts with the prefix ("Slet alle data"). Keys are collected first,
 * since removing shifts the indexes. Never throws.
 */
export function clearAllSiteData(
  storage: StorageLike,
  prefix = 'laeringskatalog:',
): { ok: true; removed: string[] } | { ok: false; reason: StorageFailureReason; message: string } {
  try {
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const k = storage.key(i);
      if (k !== null && k.startsWith(prefix)) keys.push(k);
    }
    for (const k of keys) storage.removeItem(k);
    return { ok: true, removed: keys };
  } catch (error) {
    return storageFailure(error);
  }
}
