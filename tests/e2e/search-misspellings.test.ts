/**
 * Search that forgives how people type, on the built site's own index and vocabulary, in Node
 * (scripts/search-node.mjs runs Pagefind's bundle and src/lib/search/ as the browser does; the
 * header and /soeg/ use the same code, checked in a browser in search.test.ts):
 * - the misspelled and æ/ø/å-less queries of search-misspellings.yaml: at least 90 % find an
 *   expected page in the top three without an extra click, and no first hit matched a one- or
 *   two-letter word or an abbreviation;
 * - every word of the site typed without æ/ø/å is read as the site's word again;
 * - every result link's text fragment is text on its page (never a full stop Pagefind added).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { at, atRoot, baseUrl, distDir } from './browser';
import { nodeSearch } from '../../scripts/search-node.mjs';
import { toHit, type PagefindData } from '../../src/lib/search/results';
import { MIN_WORD } from '../../src/lib/search/query';
import { correctWord, isSure } from '../../src/lib/search/repair';
import { skeleton } from '../../src/lib/search/danish';
import { parseVocabulary, type Vocabulary } from '../../src/lib/search/vocabulary';
import { separateBlocks } from '../../src/lib/search/index-html';
import { unescapeHtml } from '../../src/lib/search/excerpt';

interface Query {
  q: string;
  kind: string;
  expect: string[];
}
const queries = parse(readFileSync(new URL('./search-misspellings.yaml', import.meta.url), 'utf8')) as Query[];

let search: Awaited<ReturnType<typeof nodeSearch>>;
let vocab: Vocabulary;
beforeAll(async () => {
  search = await nodeSearch({ dist: distDir(), url: baseUrl() });
  vocab = parseVocabulary(readFileSync(join(distDir(), 'pagefind', 'vocabulary.txt'), 'utf8'));
});

const path = (p: string) => new URL(at(p)).pathname;
/** Does a hit link (page and section id) match a target (»/page/« or »/page/#id«)? */
function matches(link: string, target: string): boolean {
  const u = new URL(link, baseUrl());
  const [page, id] = target.split('#') as [string, string | undefined];
  return u.pathname === path(page) && (id === undefined || decodeURIComponent(u.hash.slice(1).split(':~:')[0] ?? '') === id);
}

/**
 * The words of a result's text its matches landed on that are one- or two-letter words or
 * abbreviations (a short word with a full stop that does not end the sentence: »pr.«, »fx.«).
 */
function poorMatches(d: PagefindData): string[] {
  const words = d.content.split(/\s+/).filter(Boolean);
  return d.locations
    .map((l) => ({ raw: words[l] ?? '', next: words[l + 1] ?? '' }))
    .filter(({ raw, next }) => {
      const letters = raw.replace(/[^\p{L}\p{N}]/gu, '');
      return letters.length < MIN_WORD || (/^\p{L}{1,5}\.$/u.test(raw) && /^\p{Ll}/u.test(next));
    })
    .map(({ raw }) => raw);
}

describe('misspelled and æ/ø/å-less queries', () => {
  it('has at least 40 queries of every kind', () => {
    expect(queries.length).toBeGreaterThanOrEqual(40);
    for (const kind of ['fold', 'neighbour', 'typo', 'ending', 'prefix', 'split']) expect(queries.some((q) => q.kind === kind), kind).toBe(true);
  });

  it('find an expected page in the top three for at least 90 %, and no first hit is a short word or an abbreviation', async () => {
    const misses: string[] = [];
    const poor: string[] = [];
    for (const { q, kind, expect: targets } of queries) {
      const outcome = await search.search(q);
      const top = outcome.first.slice(0, 3).map((d) => toHit(d).url);
      if (!top.some((link) => targets.some((t) => matches(link, t)))) {
        misses.push(`»${q}« (${kind}) → »${outcome.query}«: ventede ${targets.join(' | ')}; fik ${top.map((l) => new URL(l, baseUrl()).pathname).join(', ') || 'intet'}`);
      }
      const first = outcome.first[0];
      if (first && poorMatches(first).length) poor.push(`»${q}«: ${new URL(first.url, baseUrl()).pathname} matchede ${poorMatches(first).join(', ')}`);
    }
    const rate = (queries.length - misses.length) / queries.length;
    console.log(`Stavefejl og æ/ø/å: ${queries.length - misses.length} af ${queries.length} i top 3 (${Math.round(rate * 100)} %).${misses.length ? `\nMissede:\n  ${misses.join('\n  ')}` : ''}`);
    expect(rate, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
    expect(poor).toEqual([]);
  }, 120_000);

  it('the issue’s examples: no hit on »pr.«, and the site’s main topic first without a click', async () => {
    const progression = await search.search('progresionsmåling');
    expect(progression.query).toBe('progressionsmåling');
    expect(progression.first.flatMap(poorMatches)).toEqual([]);
    const topic = await search.search('mestringsforlob');
    expect(topic.note).toEqual({ kind: 'corrected', typed: 'mestringsforlob', query: 'mestringsforløb', sure: true });
    expect(new URL(topic.first[0]!.url, baseUrl()).pathname).toBe(path('/mestringsforloeb/'));
  });

  it('a query the index knows loads no vocabulary', async () => {
    const fresh = await nodeSearch({ dist: distDir(), url: baseUrl() });
    for (const q of ['mestringsforløb', 'praktik', 'aftaleguide', 'psykisk sårbare', 'mestringsf']) expect((await fresh.search(q)).note, q).toBeNull();
    expect(fresh.vocabularyLoaded()).toBe(false);
  });
});

// Pure logic on the built vocabulary: the base path cannot change it, so once per npm test.
describe.skipIf(!atRoot())('the site’s vocabulary', () => {
  /** A word of the site as it is typed without Danish letters. */
  const FOLDS: [RegExp, string][][] = [
    [[/æ/g, 'ae'], [/ø/g, 'oe'], [/å/g, 'aa']],
    [[/æ/g, 'a'], [/ø/g, 'o'], [/å/g, 'a']],
  ];
  const fold = (w: string, i: number) => FOLDS[i]!.reduce((s, [re, to]) => s.replace(re, to), w);
  /** Pagefind finds the words a query word starts (å folds to a in its index). */
  const startsAWord = (typed: string) => vocab.words.some((v) => v.startsWith(typed) || v.replace(/å/g, 'a').startsWith(typed));

  it('every word with æ/ø/å, typed without them, is read as the site’s word (or one spelled the same way but more frequent)', () => {
    const danish = vocab.words.filter((w) => /[æøå]/.test(w) && Array.from(w).length >= MIN_WORD);
    expect(danish.length).toBeGreaterThan(500);
    fc.assert(
      fc.property(fc.constantFrom(...danish), fc.constantFrom(0, 1), (w, i) => {
        const typed = fold(w, i);
        // the start of a word on the site (»mode« of »model«): Pagefind finds that, nothing to correct
        if (startsAWord(typed)) return;
        const fix = correctWord(typed, vocab);
        expect(fix, typed).not.toBeNull();
        expect(fix!.to.length, typed).toBe(1);
        expect(skeleton(fix!.to[0]!).key, `${typed} → ${fix!.to[0]}`).toBe(skeleton(w).key);
        expect(vocab.rank(fix!.to[0]!)).toBeLessThanOrEqual(vocab.rank(w));
        expect(isSure(fix!), typed).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('a long word with one letter missing or doubled is corrected surely to a word of the site one edit away', () => {
    const long = vocab.words.filter((w) => Array.from(w).length >= 8);
    fc.assert(
      fc.property(fc.constantFrom(...long), fc.nat(), fc.boolean(), (w, n, drop) => {
        const i = 1 + (n % (w.length - 1));
        const typed = drop ? w.slice(0, i) + w.slice(i + 1) : w.slice(0, i) + w[i] + w.slice(i);
        if (startsAWord(typed)) return;
        const fix = correctWord(typed, vocab);
        expect(fix, typed).not.toBeNull();
        expect(isSure(fix!), `${typed} → ${fix!.to.join(' ')}`).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('result links', () => {
  /** The visible text of a built page, as a text fragment searches it (blocks apart, entities resolved). */
  const pageText = (file: string) =>
    unescapeHtml(
      separateBlocks(readFileSync(file, 'utf8'))
        .replace(/<(script|style|template)[\s\S]*?<\/\1>/g, ' ')
        .replace(/<[^>]+>/g, ''),
    ).replace(/\s+/g, ' ');
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s*');

  it('every text fragment of the results for the site’s 300 most frequent words is text on its page', async () => {
    const texts = new Map<string, string>();
    const bad: string[] = [];
    let checked = 0;
    for (const w of vocab.words.slice(0, 300)) {
      for (const d of (await search.search(w, { first: 10 })).first) {
        const hit = toHit(d);
        for (const link of [hit.url, ...hit.more.map((m) => m.url)]) {
          const directive = link.split(':~:text=')[1];
          if (!directive) continue;
          checked++;
          const u = new URL(link, baseUrl());
          const file = join(distDir(), u.pathname.slice(path('/').length), 'index.html');
          if (!texts.has(file)) texts.set(file, pageText(file));
          // prefix-,start,-suffix: the parts follow one another on the page
          const parts = directive.split(',').map((p) => decodeURIComponent(p.replace(/^-|-$/g, '')));
          const re = new RegExp(parts.map(escape).join('\\s*'), 'iu');
          if (!re.test(texts.get(file)!)) bad.push(`${u.pathname}#${decodeURIComponent(u.hash.slice(1))}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(500);
    expect(bad).toEqual([]);
  }, 120_000);
});
