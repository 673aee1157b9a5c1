/**
 * Starts a search's downloads all at once. Part of the header's small script (bundled into it,
 * so it costs no request of its own): when the reader focuses the search field, or opens the
 * search page, Pagefind's script, its metadata and its WebAssembly are fetched side by side with
 * the search code, instead of one after the other as Pagefind alone would (its script, then its
 * entry file, then metadata and WebAssembly). The entry file is not fetched at all: the build
 * writes it into every page (`data-pagefind-entry` on the header form, by
 * src/integrations/pagefind.ts). A first search is then about three round trips: these files,
 * the index chunk for the word, the text of the pages found.
 */

/** Downloads already under way, for src/scripts/pagefind.ts to hand to Pagefind. */
export interface SearchStart {
  /** Pagefind's script. */
  module: Promise<unknown>;
  /** Responses by the exact URL Pagefind will ask for (a path under the site's base). */
  responses: Map<string, Promise<Response>>;
  /** The tag Pagefind puts on its entry file's URL (`metaCacheTag`). */
  tag: string;
}

interface Entry {
  languages: Record<string, { hash: string; wasm?: string | null; page_count: number }>;
}

/** Start the downloads for the page's search form; null without an index (`astro dev`). */
export function startSearch(form: HTMLElement): SearchStart | null {
  let entry: Entry;
  try {
    entry = JSON.parse(form.dataset.pagefindEntry ?? '') as Entry;
  } catch {
    return null;
  }
  const dir = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}pagefind/`;
  // The language Pagefind picks: the page's, else the one with the most pages.
  const lang = document.documentElement.lang.toLowerCase();
  const index = entry.languages[lang] ?? entry.languages[lang.split('-')[0]!] ?? Object.values(entry.languages).sort((a, b) => b.page_count - a.page_count)[0];
  if (!index) return null;
  const responses = new Map<string, Promise<Response>>();
  const get = (path: string) => {
    const p = fetch(dir + path);
    p.catch(() => undefined); // Pagefind reports it when it asks for the file
    responses.set(dir + path, p);
  };
  get(`pagefind.${index.hash}.pf_meta`);
  get(`wasm.${index.wasm ?? 'unknown'}.pagefind`);
  responses.set(`${dir}pagefind-entry.json?ts=${index.hash}`, Promise.resolve(new Response(form.dataset.pagefindEntry, { headers: { 'content-type': 'application/json' } })));
  // Built at run time and not bundled: Vite must leave this import alone (see TECH-NOTES).
  const module = import(/* @vite-ignore */ `${dir}pagefind.js`);
  module.catch(() => undefined);
  return { module, responses, tag: index.hash };
}
