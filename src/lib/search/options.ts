/**
 * How the site asks Pagefind to search, in the browser (src/scripts/pagefind.ts) and in the tests
 * and bench that run the same search in Node (scripts/search-node.mjs).
 */

/**
 * Ranking: a page's title, its description (one line on what it is about) and a tool's own
 * field labels count as matches beside the text (src/layouts/BaseLayout.astro,
 * src/lib/search/keywords.ts); the numbers weigh them against a match in the text.
 */
export const RANKING = { metaWeights: { title: 5, beskrivelse: 3, felter: 2, dele: 1 } };

/** Excerpts of 24 words; no web worker (it would be one more 12 KB download before the first result). */
export const PAGEFIND_OPTIONS = { excerptLength: 24, noWorker: true, ranking: RANKING };
