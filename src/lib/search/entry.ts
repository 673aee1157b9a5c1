/**
 * Pagefind's entry file in every page. Pure. The header form carries a placeholder
 * (src/components/HeaderSearch.astro) that the build replaces with the entry file Pagefind wrote
 * (src/integrations/pagefind.ts), so the search can fetch the metadata and WebAssembly it names
 * at once, without fetching the entry file first (src/scripts/search-start.ts).
 */
export const PAGEFIND_ENTRY_PLACEHOLDER = '__PAGEFIND_ENTRY__';

const attribute = (value: string) => `data-pagefind-entry="${value}"`;
const escapeAttribute = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** `html` with the entry file's JSON in the placeholder; unchanged when there is none. */
export function withPagefindEntry(html: string, entryJson: string): string {
  return html.split(attribute(PAGEFIND_ENTRY_PLACEHOLDER)).join(attribute(escapeAttribute(JSON.stringify(JSON.parse(entryJson)))));
}
