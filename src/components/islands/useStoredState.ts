/**
 * React state kept in browser storage through a versioned Store (src/lib/storage), shared
 * safely between tabs:
 *
 * - loads once after hydration; what the store repaired is reported, what it set aside stays in
 *   the value (the tools show it and write it back);
 * - every change is applied to this tab's value merged with what is in storage right then, and
 *   saved at once, so a tab that missed another tab's change never overwrites it;
 * - changes other tabs save arrive as `storage` events and are merged in live (other islands on
 *   the same page using the same key are told with a `laeringskatalog:saved` event);
 * - when the data disappears from storage (»Slet alle data« or »Start forfra« in another tab),
 *   this tab empties too and says so, and never writes the deleted data back;
 * - a full or blocked storage never hides what is saved: the value shows, the page can export
 *   it, and the status says what was not kept;
 * - data from a newer version of the site (or unreadable data, for stores without a way to set
 *   it aside) is never overwritten: saving pauses until the user chooses.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { probe, type StorageFailureReason, type StorageLike, type Store } from '../../lib/storage';

export type StoredStatus =
  | { kind: 'loading' }
  | { kind: 'ok' }
  /** Storage cannot be used at all (blocked, private mode): nothing is kept. */
  | { kind: 'unavailable'; message: string }
  /** Storage was full when the page opened: what was saved shows, new changes may not be kept. */
  | { kind: 'full' }
  /** Saving failed; changes since `since` exist only in this tab. */
  | { kind: 'save-failed'; reason: StorageFailureReason; message: string; since: Date }
  | { kind: 'corrupt'; raw: string; reason: string }
  | { kind: 'newer'; raw: string };

/** Tells other islands on the same page that a key was saved (browsers tell only other tabs). */
const SAVED_EVENT = 'laeringskatalog:saved';
let instances = 0;

export function browserStorage(): StorageLike | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * `merge(local, stored)` combines this tab's value with the stored one (see mergeState in
 * src/lib/selvtjek/model.ts and mergePlans in src/lib/plan/model.ts). Without it, the stored
 * value is taken as it is before a change is applied.
 */
export function useStoredState<T>(
  key: string,
  makeStore: (s: StorageLike) => Store<T>,
  initial: () => T,
  merge: (local: T, stored: T) => T = (_, stored) => stored,
) {
  const [value, setValueState] = useState<T>(initial);
  const [status, setStatus] = useState<StoredStatus>({ kind: 'loading' });
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [repairs, setRepairs] = useState<string[]>([]);
  const [deletedElsewhere, setDeletedElsewhere] = useState(false);
  const latest = useRef(value);
  const store = useRef<Store<T> | null>(null);
  /** Never write: the stored data is from a newer version or cannot be read. */
  const paused = useRef(false);
  /** This tab has seen data under the key; if it is gone later, another tab deleted it. */
  const seenStored = useRef(false);
  const failedSince = useRef<Date | null>(null);
  const self = useRef(0);
  if (self.current === 0) self.current = ++instances;
  const fns = useRef({ makeStore, initial, merge });
  fns.current = { makeStore, initial, merge };

  const show = useCallback((v: T) => {
    latest.current = v;
    setValueState(v);
  }, []);

  /** This tab's value merged with what is in storage now. */
  const sync = useCallback((): T => {
    const s = store.current;
    if (!s || paused.current) return latest.current;
    const r = s.load();
    if (r.status === 'empty') {
      if (seenStored.current) {
        seenStored.current = false;
        setDeletedElsewhere(true);
        show(fns.current.initial());
      }
    } else if (r.status === 'ok' || r.status === 'migrated') {
      seenStored.current = true;
      show(fns.current.merge(latest.current, r.value));
    } else {
      paused.current = true;
      setStatus(r.status === 'newer' ? { kind: 'newer', raw: r.raw } : { kind: 'corrupt', raw: r.raw, reason: r.reason });
    }
    return latest.current;
  }, [show]);

  const load = useCallback(() => {
    const s = browserStorage();
    if (!s) {
      store.current = null;
      const p = probe(null);
      setStatus({ kind: 'unavailable', message: p.ok ? '' : p.message });
      return;
    }
    store.current = fns.current.makeStore(s);
    paused.current = false;
    const r = store.current.load();
    if (r.status === 'ok' || r.status === 'migrated') {
      seenStored.current = true;
      show(r.value);
      setRepairs(r.repairs ?? []);
    } else if (r.status === 'corrupt' || r.status === 'newer') {
      paused.current = true;
      setStatus(r.status === 'newer' ? { kind: 'newer', raw: r.raw } : { kind: 'corrupt', raw: r.raw, reason: r.reason });
      return;
    }
    // Reading worked; whether writing does is another matter (full, or blocked for writes).
    const p = probe(s);
    if (p.ok) setStatus({ kind: 'ok' });
    else if (p.reason === 'quota') setStatus({ kind: 'full' });
    else setStatus({ kind: 'unavailable', message: p.message });
  }, [show]);

  useEffect(() => {
    load();
    const onStorage = (e: StorageEvent) => {
      if (e.key === key || e.key === null) sync();
    };
    const onPageShow = (e: PageTransitionEvent) => {
      if (e.persisted) sync();
    };
    const onSaved = (e: Event) => {
      const d = (e as CustomEvent<{ key: string; from: number }>).detail;
      if (d.key === key && d.from !== self.current) sync();
    };
    window.addEventListener('storage', onStorage);
    window.addEventListener('pageshow', onPageShow);
    window.addEventListener(SAVED_EVENT, onSaved);
    return () => {
      window.removeEventListener('storage', onStorage);
      window.removeEventListener('pageshow', onPageShow);
      window.removeEventListener(SAVED_EVENT, onSaved);
    };
  }, [key, load, sync]);

  const persist = useCallback((v: T) => {
    const s = store.current;
    if (!s || paused.current) return;
    const r = s.save(v);
    if (r.ok) {
      seenStored.current = true;
      failedSince.current = null;
      setSavedAt(new Date());
      window.dispatchEvent(new CustomEvent(SAVED_EVENT, { detail: { key, from: self.current } }));
      setStatus((st) => (st.kind === 'save-failed' || st.kind === 'full' ? { kind: 'ok' } : st));
    } else {
      failedSince.current ??= new Date();
      setStatus({ kind: 'save-failed', reason: r.reason, message: r.message, since: failedSince.current });
    }
  }, [key]);

  /** A change by the user: applied to the freshest value (merged with storage) and saved at once. */
  const setValue = useCallback(
    (update: T | ((prev: T) => T)) => {
      const base = sync();
      const next = typeof update === 'function' ? (update as (prev: T) => T)(base) : update;
      show(next);
      persist(next);
    },
    [sync, show, persist],
  );

  /**
   * Start again with `fresh` (after »Slet alle data«, or »Start forfra« on data from a newer
   * version): the key is removed, nothing is written until the user changes something.
   */
  const reset = useCallback(
    (fresh: T) => {
      store.current?.clear();
      paused.current = false;
      seenStored.current = false;
      failedSince.current = null;
      setRepairs([]);
      setStatus({ kind: 'ok' });
      show(fresh);
    },
    [show],
  );

  return { value, setValue, status, savedAt, repairs, deletedElsewhere, reset };
}

/** Offer a text as a file download (export, or the raw data of a corrupt store). */
export function downloadText(filename: string, text: string, type = 'application/json') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
