/**
 * The pages that may load JavaScript, and why. Every other page – all content pages – loads
 * none: tests/e2e/pages.test.ts checks every built page against this list, and bench/run.mjs
 * holds the pages here to the tool-page budget and all others to zero JavaScript.
 * Paths are site-relative (without the base path).
 */
export const SCRIPT_PAGES: readonly { pattern: RegExp; why: string }[] = [
  { pattern: /^\/soeg\/$/, why: 'søgningen (Pagefind)' },
  { pattern: /^\/uden-net\/$/, why: 'gemmer sitet til brug uden net' },
  { pattern: /^\/anbefalinger\/$/, why: 'filtrering af anbefalingerne' },
  { pattern: /^\/anbefalinger\/min-plan\/$/, why: 'Min plan' },
  { pattern: /^\/motivationsfaktorer\/$/, why: 'den interaktive figur' },
  { pattern: /^\/mestringsforloeb\/planlaegger\/$/, why: 'forløbsplanlæggeren' },
  { pattern: /^\/tjek\/[^/]+\/$/, why: 'selvtjekket' },
  { pattern: /^\/skabeloner\/[^/]+\/$/, why: 'skabelonen: udskrift og advarsel, før udfyldt tekst går tabt' },
];

export const mayLoadScript = (path: string): boolean => SCRIPT_PAGES.some((p) => p.pattern.test(path));

/** Inline scripts that run (JSON and JSON-LD data are not JavaScript), for the checks that count them. */
export const INLINE_SCRIPT_SELECTOR = 'script:not([src]):not([type="application/ld+json"]):not([type="application/json"])';
