/**
 * The query suite: realistic queries (tests/e2e/search-queries.yaml) on the built site's search
 * page, in Chromium with the real Pagefind bundle. Passes when at least 90 % find an expected
 * page or section among the first three hits; every miss is printed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { at, launch, watchedPage } from './browser';

interface Query {
  q: string;
  kind: string;
  expect: string[];
}
const queries = parse(readFileSync(new URL('./search-queries.yaml', import.meta.url), 'utf8')) as Query[];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const base = () => new URL(at('/')).pathname;

/** Does a hit (path and section id) match a target (»/page/« or »/page/#id«)? */
function matches(hit: { path: string; anchor: string }, target: string): boolean {
  const [page, id] = target.split('#') as [string, string | undefined];
  return hit.path === base() + page.replace(/^\//, '') && (id === undefined || hit.anchor === id);
}

describe('the query suite', () => {
  it('has at least 30 queries of every kind', () => {
    expect(queries.length).toBeGreaterThanOrEqual(30);
    for (const kind of ['inflection', 'compound', 'two-word', 'tool', 'typo']) expect(queries.some((q) => q.kind === kind), kind).toBe(true);
  });

  it('finds an expected page or section in the top 3 for at least 90 % of the queries', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(at('/soeg/'));
    const misses: string[] = [];
    for (const { q, kind, expect: targets } of queries) {
      // the search page follows its fragment, as after a search from the header
      await w.page.evaluate((query) => {
        location.hash = new URLSearchParams({ q: query }).toString();
      }, q);
      await w.page.waitForFunction((query) => document.getElementById('results')?.dataset.query === query, q);
      const top = await w.page.$$eval('#results > li a.hit-link', (as) =>
        as.slice(0, 3).map((a) => {
          const u = new URL((a as HTMLAnchorElement).href);
          return { path: u.pathname, anchor: decodeURIComponent(u.hash.slice(1).split(':~:')[0] ?? '') };
        }),
      );
      if (!top.some((h) => targets.some((t) => matches(h, t)))) {
        misses.push(`»${q}« (${kind}): ventede ${targets.join(' | ')}; fik ${top.map((h) => h.path + (h.anchor ? `#${h.anchor}` : '')).join(', ') || 'intet'}`);
      }
    }
    const rate = (queries.length - misses.length) / queries.length;
    console.log(`Søgeforespørgsler: ${queries.length - misses.length} af ${queries.length} i top 3 (${Math.round(rate * 100)} %).${misses.length ? `\nMissede:\n  ${misses.join('\n  ')}` : ''}`);
    expect(w.consoleErrors).toEqual([]);
    expect(rate, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
    await w.context.close();
  }, 240_000);
});
