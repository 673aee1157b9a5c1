/**
 * The pieces both tools use to merge saved data from several tabs and to keep what they cannot
 * read: per-change timestamps ("stamps", ms), tombstones for deletions, and "set aside" entries.
 *
 * Merging is "newest change wins" per piece (a question's answer or note, a plan item): whichever
 * tab changed it last. Ties are broken by comparing the values, so a merge gives the same result
 * whichever side is "local".
 *
 * A deletion (a tombstone: id → when) removes every piece written at or before it; a piece
 * written after it, in a tab that did not know of it yet, survives – alone, without what was
 * written before the deletion. Each piece is kept or dropped by its own time, never by the
 * version it happened to arrive with, so merging is commutative, associative and idempotent
 * (tests/unit/properties-merge.test.ts): tabs reach the same data whatever order their saves meet.
 *
 * Set-aside entries hold stored data that could not be read, exactly as it was. They are written
 * back on every save until the user removes them, so nothing is lost by being unreadable.
 */
import { isTime } from './fields';

/** Anything stored that could not be read, kept as it was. `key` is derived from the content. */
export interface SetAsideEntry {
  key: string;
  raw: unknown;
}

/** Deleted ids (and removed set-aside keys) → when they were deleted (ms). */
export type Tombstones = Record<string, number>;

/** JSON with object keys sorted, so equal values give equal text. Never throws. */
export function canonical(value: unknown): string {
  try {
    return JSON.stringify(value, (_, v: unknown) =>
      v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
        : v,
    ) ?? 'undefined';
  } catch {
    return 'unserialisable';
  }
}

/** FNV-1a over the UTF-16 code units, as 8 hex digits. */
export function hashText(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/**
 * Set-aside data nested deeper than this is kept as its JSON text instead of as a value: the
 * browser's own JSON.stringify (which saving and »Gem som fil« use) recurses and fails a few
 * thousand levels down, so one such item would stop every later save. Nothing the tools write
 * is more than a few levels deep.
 */
export const SET_ASIDE_MAX_DEPTH = 64;

/** Whether a value (parsed JSON) is nested more than `max` levels deep. Iterative: never overflows. */
export function deeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (depth >= max) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v)) if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
  }
  return false;
}

/**
 * JSON text of a parsed JSON value, as `JSON.stringify` writes it, without recursion, so any
 * depth works. (Values that are not JSON – functions, undefined in objects – are written as
 * JSON.stringify writes them: skipped in objects, null in arrays.)
 */
export function jsonText(value: unknown): string {
  const out: string[] = [];
  // Work items: a value to write, or a literal piece of text (brackets, commas, keys).
  const work: ({ v: unknown } | string)[] = [{ v: value }];
  while (work.length > 0) {
    const w = work.pop()!;
    if (typeof w === 'string') {
      out.push(w);
      continue;
    }
    const v = w.v;
    if (Array.isArray(v)) {
      const parts: ({ v: unknown } | string)[] = ['['];
      v.forEach((x, i) => parts.push(...(i > 0 ? [','] : []), typeof x === 'function' || x === undefined ? 'null' : { v: x }));
      parts.push(']');
      for (let i = parts.length - 1; i >= 0; i--) work.push(parts[i]!);
    } else if (typeof v === 'object' && v !== null) {
      const parts: ({ v: unknown } | string)[] = ['{'];
      let first = true;
      for (const [k, x] of Object.entries(v)) {
        if (typeof x === 'function' || x === undefined) continue;
        parts.push(`${first ? '' : ','}${JSON.stringify(k)}:`, { v: x });
        first = false;
      }
      parts.push('}');
      for (let i = parts.length - 1; i >= 0; i--) work.push(parts[i]!);
    } else {
      out.push(JSON.stringify(v) ?? 'null');
    }
  }
  return out.join('');
}

export function setAsideEntry(raw: unknown): SetAsideEntry {
  const kept = deeperThan(raw, SET_ASIDE_MAX_DEPTH) ? jsonText(raw) : raw;
  const text = canonical(kept);
  return { key: `raw-${hashText(text)}-${text.length.toString(36)}`, raw: kept };
}

/** Reads stored set-aside entries; anything else is itself kept as a set-aside entry. */
export function readSetAside(value: unknown): SetAsideEntry[] {
  if (!Array.isArray(value)) return value === undefined ? [] : [setAsideEntry(value)];
  return value.map((e) =>
    e && typeof e === 'object' && !Array.isArray(e) && typeof (e as SetAsideEntry).key === 'string' && 'raw' in e
      ? setAsideEntry((e as SetAsideEntry).raw)
      : setAsideEntry(e),
  );
}

/** Reads stored tombstones, dropping entries that are not a plausible time. */
export function readTombstones(value: unknown): Tombstones {
  const out: Tombstones = {};
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, t] of Object.entries(value)) if (isTime(t)) out[k] = t;
  }
  return out;
}

export function mergeTombstones(a: Tombstones = {}, b: Tombstones = {}): Tombstones {
  const out: Tombstones = { ...a };
  for (const [k, t] of Object.entries(b)) out[k] = Math.max(out[k] ?? 0, t);
  return sortKeys(out);
}

/** Union of two lists of set-aside entries by key, without those removed; sorted by key. */
export function mergeSetAside(a: readonly SetAsideEntry[] = [], b: readonly SetAsideEntry[] = [], removed: Tombstones = {}): SetAsideEntry[] {
  const byKey = new Map<string, SetAsideEntry>();
  for (const e of [...a, ...b]) if (!(e.key in removed) && !byKey.has(e.key)) byKey.set(e.key, e);
  return [...byKey.values()].sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
}

export function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
