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

/** What the site asks of Pagefind (the search page's filter lists are served in the page, src/lib/search/filter-options.ts). */
export type Pagefind = PagefindLike;
interface PagefindModule extends Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string): Promise<void>;
}

const base = () => import.meta.env.BASE_URL.replace(/\/?$/, '/');

let engine: Promise<Pagefind> | null = null;

/**
 * One of Pagefind's files (gzip inside, whatever the host's own compression), inflated by the
 * browser as it arrives: Pagefind sees its mark (`pagefind_dcd`) and skips inflating it in
 * JavaScript on the main thread. Only when it starts as gzip does: a host that labels Pagefind's
 * files `Content-Encoding: gzip` has the browser inflate them already (which is why Pagefind looks
 * for its mark first). Without DecompressionStream, or for a failed request, as it is.
 */
export async function inflated(r: Response): Promise<Response> {
  if (!r.ok || !r.body || typeof DecompressionStream === 'undefined') return r;
  const [peek, body] = r.body.tee();
  const reader = peek.getReader();
  const first = (await reader.read()).value;
  void reader.cancel();
  // gzip starts with 0x1f, Pagefind's own mark with »p«: the first byte tells them apart.
  return new Response(first?.[0] === 0x1f ? body.pipeThrough(new DecompressionStream('gzip')) : body);
}

/**
 * Hand Pagefind the files already being fetched (src/scripts/search-start.ts) and the index chunks
 * src/scripts/search-prefetch.ts adds while Pagefind loads: a request for exactly one of their
 * URLs gets that response (Pagefind's own files inflated); every other request goes to the
 * network as usual. Pagefind has no option to pass files in, and asks for them with fetch().
 * Returns what to call once Pagefind is ready: no more files are added (`start.done`), and fetch
 * is itself again as soon as every file handed in has been taken.
 */
function handOver(start: SearchStart): () => void {
  const network = globalThis.fetch;
  const release = () => {
    if (start.done && !start.responses.size && globalThis.fetch === handing) globalThis.fetch = network;
  };
  const handing: typeof fetch = (input, init) => {
    const url = typeof input === 'string' ? input : null;
    const ready = url === null ? undefined : start.responses.get(url);
    if (!ready) return network(input, init);
    start.responses.delete(url!);
    release();
    return url!.includes('.json') ? ready : ready.then(inflated);
  };
  globalThis.fetch = handing;
  return () => {
    start.done = true;
    release();
  };
}

/**
 * The engine, loaded once per page, from the downloads `start` began if there are any. Rejects
 * outside a build (`npm run dev` has no index).
 */
export function loadPagefind(start: SearchStart | null = null): Promise<Pagefind> {
  engine ??= (async () => {
    // Built at run time and not bundled: Vite must leave this import alone (see TECH-NOTES).
    const pf = (await (start?.module ?? import(/* @vite-ignore */ `${base()}pagefind/pagefind.js`))) as PagefindModule;
    const ready = start ? handOver(start) : null;
    await pf.options({ ...PAGEFIND_OPTIONS, ...(start ? { metaCacheTag: start.tag } : {}) });
    await pf.init();
    // init() only starts Pagefind; an empty preload returns once its WebAssembly and metadata are in.
    await pf.preload('');
    ready?.();
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
