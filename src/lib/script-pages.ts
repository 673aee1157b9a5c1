/**
 * Which JavaScript each page may load. Every page loads one small module script for the search
 * field in the header (src/components/HeaderSearch.astro): it does nothing until the reader
 * focuses or types in the field, and only then loads the search. Content pages load that script
 * and, where a recommendation can be added to Min plan, a second small one that does nothing
 * until clicked; the pages listed here – the tools – may load more.
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
/**
 * »Føj til min plan« on content pages with a recommendation or mechanism
 * (src/components/mdx/AddToPlan.astro): one click listener (about 0.3 KB gzip) that loads the
 * plan's code only when the reader clicks. Within the same content-page budget as the header's.
 */
export const ADD_TO_PLAN_SCRIPT = /\/_astro\/AddToPlan\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/;
/** Whether a script URL or path may be on a content page: the header's search script and its helper, or »Føj til min plan«'s. */
export const isContentPageScript = (url: string): boolean => HEADER_SCRIPT.test(url) || HEADER_SCRIPT_HELPER.test(url) || ADD_TO_PLAN_SCRIPT.test(url);
/**
 * The scripts a content page may load (the name is older than »Føj til min plan«'s script; the
 * bench and the page checks use it in that sense). Prefer `isContentPageScript`.
 */
export const isHeaderScript = isContentPageScript;

/** Inline scripts that run (JSON and JSON-LD data are not JavaScript), for the checks that count them. */
export const INLINE_SCRIPT_SELECTOR = 'script:not([src]):not([type="application/ld+json"]):not([type="application/json"])';
