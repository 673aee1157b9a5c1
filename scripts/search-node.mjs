/**
 * The site's search run in Node: Pagefind's own browser bundle from a build, served over HTTP,
 * with the site's search logic (src/lib/search/engine.ts) and its query correction – the same
 * code the header and /soeg/ run, without a browser. The query tests (tests/e2e/) and the bench
 * use it to run many queries in seconds.
 *
 *   const s = await nodeSearch({ dist: 'dist', url: 'http://127.0.0.1:4321/' });
 *   const outcome = await s.search('mestringsforlob');   // { query, results, first, note }
 */
import { pathToFileURL } from 'node:url';
import { join, resolve } from 'node:path';
import { runSearch } from '../src/lib/search/engine.ts';
import { repairFromText } from '../src/lib/search/repair.ts';
import { PAGEFIND_OPTIONS } from '../src/lib/search/options.ts';

/** Node's fetch sometimes loses a kept-alive connection to a busy local server: try again once. */
const retrying = (fetch) => async (input, init) => {
  try {
    return await fetch(input, init);
  } catch {
    return fetch(input, init);
  }
};

/**
 * Search the build in `dist`, served at `url` (the site's base URL, ending in /). Pagefind's
 * module is loaded once per process, so one build per process.
 */
export async function nodeSearch({ dist, url }) {
  if (!globalThis.__searchNodeFetch) {
    globalThis.__searchNodeFetch = true;
    globalThis.fetch = retrying(globalThis.fetch);
  }
  const pf = await import(pathToFileURL(join(resolve(dist), 'pagefind', 'pagefind.js')).href);
  await pf.options({ ...PAGEFIND_OPTIONS, basePath: `${url}pagefind/` });
  await pf.init();
  let vocabulary = null;
  const loadRepair = async () => {
    vocabulary ??= await (await fetch(`${url}pagefind/vocabulary.txt`)).text();
    return repairFromText(vocabulary);
  };
  return {
    pagefind: pf,
    /** The outcome of one search, as src/lib/search/engine.ts gives it to the page. */
    search: (q, opts = {}) => runSearch(pf, q, opts.filters ?? {}, loadRepair, opts),
    /** Whether the vocabulary was loaded (only a word the index lacks needs it). */
    vocabularyLoaded: () => vocabulary !== null,
  };
}
