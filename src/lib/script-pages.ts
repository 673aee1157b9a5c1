/**
 * Which JavaScript each page may load. Every page loads one small module script for the search
 * field in the header (src/components/HeaderSearch.astro): it does nothing until the reader
 * focuses or types in the field, and only then loads the search. The same script carries the click
 * listener of »Føj til min plan« (src/scripts/add-to-plan-click.ts), which loads the plan's code
 * on the first click. Content pages load that script and nothing else; the pages listed here –
 * the tools – may load more.
 * tests/e2e/pages.test.ts checks every built page against this, and bench/run.mjs holds the pages
 * here to the tool-page budget and all others to the header script alone.
 * Paths are site-relative (without the base path).
 */
export const SCRIPT_PAGES: readonly { pattern: RegExp; why: string }[] = [
  { pattern: /^\/soeg\/$/, why: 'søgesiden (Pagefind)' },
  { pattern: /^\/uden-net\/$/, why: 'gemmer sitet til brug uden net' },
  { pattern: /^\/anbefalinger\/$/, why: 'filtrering af anbefalingerne' },
  { pattern: /^\/anbefalinger\/min-plan\/$/, why: 'Min plan' },
  { pattern: /^\/motivationsfaktorer\/$/, why: 'den interaktive figur' },
  { pattern: /^\/mestringsforloeb\/planlaegger\/$/, why: 'forløbsplanlæggeren' },
  { pattern: /^\/tjek\/[^/]+\/$/, why: 'selvtjekket' },
  { pattern: /^\/skabeloner\/[^/]+\/$/, why: 'skabelonen: udskrift og advarsel, før udfyldt tekst går tabt' },
];

export const mayLoadScript = (path: string): boolean => SCRIPT_PAGES.some((p) => p.pattern.test(path));

/** The header search script every page loads (its built file name, without the base path). */
export const HEADER_SCRIPT = /\/_astro\/HeaderSearch\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/;
/**
 * Vite wraps every dynamic import() in a small module-preload helper; once more than one script
 * loads code on use (the search, the documents), the helper is its own shared chunk, which the
 * header script imports. It counts with the header script (and within its budget).
 */
export const HEADER_SCRIPT_HELPER = /\/_astro\/preload-helper\.[\w-]+\.js$/;
/** Whether a script URL or path is the header's script or its helper: all a content page may load. */
export const isHeaderScript = (url: string): boolean => HEADER_SCRIPT.test(url) || HEADER_SCRIPT_HELPER.test(url);
/** Inline scripts that run (JSON and JSON-LD data are not JavaScript), for the checks that count them. */
export const INLINE_SCRIPT_SELECTOR = 'script:not([src]):not([type="application/ld+json"]):not([type="application/json"])';
