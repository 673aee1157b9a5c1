/**
 * Loading the search engine in the browser: Pagefind's API from the site's own bundle (its
 * WebAssembly, metadata and index chunks follow on the first search), and query repair (the
 * site's vocabulary and src/lib/search/repair.ts), fetched only for a word the index lacks.
 */
import type { PagefindLike } from '../lib/search/engine';
import type { QueryRepair } from '../lib/search/repair';
import { PAGEFIND_OPTIONS } from '../lib/search/options';

export interface Pagefind extends PagefindLike {
  filters(): Promise<Record<string, Record<string, number>>>;
}
interface PagefindModule extends Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
}

const base = () => import.meta.env.BASE_URL.replace(/\/?$/, '/');

let engine: Promise<Pagefind> | null = null;

/** The engine, loaded once per page. Rejects outside a build (`npm run dev` has no index). */
export function loadPagefind(): Promise<Pagefind> {
  engine ??= (async () => {
    // Built at run time and not bundled: Vite must leave this import alone (see TECH-NOTES).
    const pf = (await import(/* @vite-ignore */ `${base()}pagefind/pagefind.js`)) as PagefindModule;
    await pf.options(PAGEFIND_OPTIONS);
    await pf.init();
    return pf;
  })();
  engine.catch(() => {
    engine = null;
  });
  return engine;
}

let repair: Promise<QueryRepair> | null = null;

/**
 * Query repair: the site's words (pagefind/vocabulary.txt) and the code that splits compounds and
 * finds near misses, fetched once, only when a query has a word the index lacks.
 */
export function loadRepair(): Promise<QueryRepair> {
  repair ??= Promise.all([
    fetch(`${base()}pagefind/vocabulary.txt`).then((r) => {
      if (!r.ok) throw new Error(`${r.status}`);
      return r.text();
    }),
    import('../lib/search/repair'),
  ]).then(([text, m]) => m.repairFromText(text));
  repair.catch(() => {
    repair = null;
  });
  return repair;
}
