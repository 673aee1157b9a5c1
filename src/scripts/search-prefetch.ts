/**
 * The index chunk of a first search, fetched while Pagefind itself still loads: once the
 * metadata is in (src/scripts/search-start.ts began fetching it), the words typed say which
 * chunk Pagefind will ask for (src/lib/search/chunks.ts), so it downloads side by side with
 * Pagefind's WebAssembly and is handed to Pagefind like the other files (src/scripts/pagefind.ts),
 * instead of one round trip after it. Only for the newest query, and only until Pagefind has
 * loaded: after that it asks for its chunks itself.
 */
import { chunksFor, indexChunks, type IndexChunk } from '../lib/search/chunks';
import { inflated } from './pagefind';
import type { SearchStart } from './search-start';

/**
 * A function to call with each query typed. Call this before handing `start` to Pagefind: it
 * copies the metadata's response before Pagefind reads it.
 */
export function chunkPrefetcher(start: SearchStart | null): (query: string) => void {
  const meta = start?.responses.get(start.meta);
  if (!start || !meta) return () => undefined;
  // Promise reactions run in the order they were added: this copy is made before Pagefind's read.
  // (Without DecompressionStream it stays gzip, is no Pagefind file, and nothing is guessed.)
  const table: Promise<IndexChunk[] | null> = meta
    .then((r) => inflated(r.clone()))
    .then((r) => r.arrayBuffer())
    .then((bytes) => indexChunks(new Uint8Array(bytes)))
    .catch(() => null);
  const fetched = new Set<string>();
  let latest = '';
  return (query) => {
    latest = query;
    void table.then((chunks) => {
      if (!chunks || query !== latest || start.done) return;
      for (const hash of chunksFor(chunks, query)) {
        const url = start.meta.replace(/[^/]*$/, `index/${hash}.pf_index`);
        if (fetched.has(url)) continue;
        fetched.add(url);
        const response = fetch(url);
        response.catch(() => undefined); // Pagefind reports it when it asks for the file
        start.responses.set(url, response);
      }
    });
  };
}
