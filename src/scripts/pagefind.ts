/**
 * Loading the search engine in the browser: Pagefind's API from the site's own bundle, with its
 * metadata and WebAssembly as src/scripts/search-start.ts began fetching them (index chunks and
 * the pages' text follow per search), and query repair (the site's vocabulary and
 * src/lib/search/repair.ts), fetched only for a word the index lacks.
 */
import type { PagefindLike } from '../lib/search/engine';
import type { QueryRepair } from '../lib/search/repair';
import { PAGEFIND_OPTIONS } from '../lib/search/options';
import type { SearchStart } from './search-start';

export interface Pagefind extends PagefindLike {
  filters(): Promise<Record<string, Record<string, number>>>;
}
interface PagefindModule extends Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
}

const base = () => import.meta.env.BASE_URL.replace(/\/?$/, '/');

let engine: Promise<Pagefind> | null = null;

/**
 * Hand Pagefind the files already being fetched (src/scripts/search-start.ts): while some are
 * left, a request for exactly one of their URLs gets that response; every other request goes to
 * the network as usual. Pagefind has no option to pass files in, and asks for them with fetch().
 */
function handOver(start: SearchStart): void {
  const network = globalThis.fetch;
  const handing: typeof fetch = (input, init) => {
    const url = typeof input === 'string' ? input : null;
    const ready = url === null ? undefined : start.responses.get(url);
    if (!ready) return network(input, init);
    start.responses.delete(url!);
    if (!start.responses.size && globalThis.fetch === handing) {
      globalThis.fetch = network;
      start.done = true;
    }
    return ready;
  };
  globalThis.fetch = handing;
}

/**
 * The engine, loaded once per page, from the downloads `start` began if there are any. Rejects
 * outside a build (`npm run dev` has no index).
 */
export function loadPagefind(start: SearchStart | null = null): Promise<Pagefind> {
  engine ??= (async () => {
    // Built at run time and not bundled: Vite must leave this import alone (see TECH-NOTES).
    const pf = (await (start?.module ?? import(/* @vite-ignore */ `${base()}pagefind/pagefind.js`))) as PagefindModule;
    if (start) handOver(start);
    await pf.options({ ...PAGEFIND_OPTIONS, ...(start ? { metaCacheTag: start.tag } : {}) });
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
