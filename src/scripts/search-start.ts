/**
 * Starts a search's downloads all at once. Part of the header's small script (bundled into it,
 * so it costs no request of its own): when the reader focuses the search field, or opens the
 * search page, Pagefind's script, its metadata and its WebAssembly are fetched side by side with
 * the search code, instead of one after the other as Pagefind alone would (its script, then its
 * entry file, then metadata and WebAssembly). The entry file is not fetched at all: the build
 * writes it into every page (`data-pagefind-entry` on the header form, by
 * src/integrations/pagefind.ts). The index chunk for the words typed joins them as soon as the
 * metadata is in (src/scripts/search-prefetch.ts). A first search is then about two round trips:
 * these files, then the text of the pages found.
 */

/** Downloads already under way, for src/scripts/pagefind.ts to hand to Pagefind. */
export interface SearchStart {
  /** Pagefind's script. */
  module: Promise<unknown>;
  /** Responses by the exact URL Pagefind will ask for (a path under the site's base). */
  responses: Map<string, Promise<Response>>;
  /** The tag Pagefind puts on its entry file's URL (`metaCacheTag`). */
  tag: string;
  /** The metadata file's URL (a key of `responses` until Pagefind takes it). */
  meta: string;
  /** Set once Pagefind is ready: it asks for its files itself from then on. */
  done?: boolean;
}

interface Entry {
  languages: Record<string, { hash: string; wasm?: string | null }>;
}

/**
 * Start the downloads for the page's search form; null without an index (`astro dev`). The site
 * has one index language (src/integrations/pagefind.ts forces Danish), so its index is the one.
 */
export function startSearch(form: HTMLElement): SearchStart | null {
  const json = form.dataset.pagefindEntry ?? '';
  let index: Entry['languages'][string] | undefined;
  try {
    index = Object.values((JSON.parse(json) as Entry).languages)[0];
  } catch {
    return null;
  }
  if (!index) return null;
  const dir = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}pagefind/`;
  const responses = new Map([[`${dir}pagefind-entry.json?ts=${index.hash}`, Promise.resolve(new Response(json))]]);
  const meta = `${dir}pagefind.${index.hash}.pf_meta`;
  for (const url of [meta, `${dir}wasm.${index.wasm ?? 'unknown'}.pagefind`]) {
    const p = fetch(url);
    p.catch(() => undefined); // Pagefind reports it when it asks for the file
    responses.set(url, p);
  }
  // Built at run time and not bundled: Vite must leave this import alone (see TECH-NOTES).
  const module = import(/* @vite-ignore */ `${dir}pagefind.js`);
  module.catch(() => undefined);
  return { module, responses, tag: index.hash, meta };
}
