/**
 * React state kept in browser storage through a versioned Store (src/lib/storage.ts):
 * loads once after hydration, saves on every change, and tells the UI when storage is blocked
 * or full (the tool keeps working for the session), when the saved data is corrupt or from a
 * newer version (raw data offered for download, never silently thrown away), and when another
 * tab changed the same data (autosave pauses until the user chooses; nothing is overwritten).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { probe, type SaveResult, type StorageLike, type Store } from '../../lib/storage';

export type StoredStatus =
  | { kind: 'loading' }
  | { kind: 'ok' }
  | { kind: 'unavailable'; message: string }
  | { kind: 'save-failed'; message: string }
  | { kind: 'corrupt'; raw: string; reason: string }
  | { kind: 'newer'; raw: string }
  | { kind: 'other-tab' };

export function browserStorage(): StorageLike | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function useStoredState<T>(key: string, makeStore: (s: StorageLike) => Store<T>, initial: () => T) {
  const [value, setValueState] = useState<T>(initial);
  const [status, setStatus] = useState<StoredStatus>({ kind: 'loading' });
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const store = useRef<Store<T> | null>(null);
  const paused = useRef(false);

  const load = useCallback(() => {
    const s = browserStorage();
    const ok = probe(s);
    if (!s || !ok.ok) {
      store.current = null;
      setStatus({ kind: 'unavailable', message: ok.ok ? '' : ok.message });
      return;
    }
    store.current = makeStore(s);
    const r = store.current.load();
    paused.current = false;
    if (r.status === 'ok' || r.status === 'migrated') {
      setValueState(r.value);
      setStatus({ kind: 'ok' });
    } else if (r.status === 'empty') {
      setStatus({ kind: 'ok' });
    } else if (r.status === 'corrupt') {
      paused.current = true;
      setStatus({ kind: 'corrupt', raw: r.raw, reason: r.reason });
    } else {
      paused.current = true;
      setStatus({ kind: 'newer', raw: r.raw });
    }
  }, [makeStore]);

  useEffect(() => {
    load();
    const onStorage = (e: StorageEvent) => {
      if (e.key === key || e.key === null) {
        paused.current = true;
        setStatus({ kind: 'other-tab' });
      }
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [key, load]);

  const persist = useCallback((v: T): SaveResult | null => {
    if (!store.current || paused.current) return null;
    const r = store.current.save(v);
    if (r.ok) {
      setSavedAt(new Date());
      setStatus((s) => (s.kind === 'save-failed' ? { kind: 'ok' } : s));
    } else {
      setStatus({ kind: 'save-failed', message: r.message });
    }
    return r;
  }, []);

  // Save after every change the user makes (not after loading).
  const dirty = useRef(false);
  useEffect(() => {
    if (!dirty.current) return;
    dirty.current = false;
    persist(value);
  }, [value, persist]);

  const setValue = useCallback((update: T | ((prev: T) => T)) => {
    dirty.current = true;
    setValueState(update);
  }, []);

  /** Another tab changed the data: take its version. */
  const reloadFromStorage = useCallback(() => load(), [load]);
  /** Another tab changed the data: keep ours and write it. */
  const latest = useRef(value);
  latest.current = value;
  const keepMine = useCallback(() => {
    paused.current = false;
    setStatus({ kind: 'ok' });
    persist(latest.current);
  }, [persist]);
  /** Corrupt or newer data: start again (after the user has had the chance to save the raw data). */
  const reset = useCallback(
    (fresh: T) => {
      paused.current = false;
      store.current?.clear();
      setStatus({ kind: 'ok' });
      dirty.current = true;
      setValueState(fresh);
    },
    [],
  );

  return { value, setValue, status, savedAt, reloadFromStorage, keepMine, reset };
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
