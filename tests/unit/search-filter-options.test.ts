import { describe, expect, it } from 'vitest';
import { mergeFilterValues, pageFilterValues, withFilterOptions } from '../../src/lib/search/filter-options';

const head = (...metas: string[]) => `<html><head>${metas.join('')}</head><body data-pagefind-body>x</body></html>`;

describe('search page filters (filter-options.ts)', () => {
  it('reads the values a page names, decoded, by filter', () => {
    const html = head(
      '<meta name="pagefind-type" data-pagefind-filter="type[content]" content="Anbefaling">',
      '<meta name="pagefind-kilde" data-pagefind-filter="kilde[content]" content="Læringskatalog">',
      '<meta name="pagefind-kilde" data-pagefind-filter="kilde[content]" content="Mål &amp; midler &quot;A&quot; &#230;">',
      '<meta name="description" content="ikke et filter">',
      '<meta data-pagefind-meta="title[content]" content="ikke et filter">',
    );
    expect(pageFilterValues(html)).toEqual({ type: ['Anbefaling'], kilde: ['Læringskatalog', 'Mål & midler "A" æ'] });
    expect(pageFilterValues('<p>ingen</p>')).toEqual({});
  });

  it('merges pages: each value once, in Danish order (æ, ø, å last)', () => {
    const merged = mergeFilterValues([{ kilde: ['Åben', 'Beta'] }, { kilde: ['Ærlig', 'Beta', 'Øvre', 'Alfa'], type: ['Case'] }, {}]);
    expect(merged).toEqual({ kilde: ['Alfa', 'Beta', 'Ærlig', 'Øvre', 'Åben'], type: ['Case'] });
  });

  it('writes the values as options after the first option of each marked select, escaped', () => {
    const page = '<select name="kilde" id="filter-kilde" data-filter-options="kilde" data-astro-cid-x><option value="">Alle kilder</option></select><select id="other"><option>x</option></select>';
    const out = withFilterOptions(page, { kilde: ['A & B', '"C"'] });
    expect(out).toBe('<select name="kilde" id="filter-kilde" data-filter-options="kilde" data-astro-cid-x><option value="">Alle kilder</option><option value="A &amp; B">A &amp; B</option><option value="&quot;C&quot;">&quot;C&quot;</option></select><select id="other"><option>x</option></select>');
    // a page without a marked select is left alone
    expect(withFilterOptions('<p>x</p>', {})).toBe('<p>x</p>');
  });

  it('stops the build when a marked select would offer no choice', () => {
    const page = '<select data-filter-options="kilde"><option value="">Alle kilder</option></select>';
    expect(() => withFilterOptions(page, { type: ['Case'] })).toThrow(/filter »kilde«: ingen indekseret side/);
    expect(() => withFilterOptions('<select data-filter-options="kilde"></select>', { kilde: ['A'] })).toThrow(/mangler sin første valgmulighed/);
  });
});
