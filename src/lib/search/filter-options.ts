/**
 * The search page's filters (»Indholdstype«, »Kilde«), served in its HTML. Pure.
 *
 * Every page names its filter values in its head (`<meta data-pagefind-filter="type[content]"
 * content="…">`, src/layouts/BaseLayout.astro). The build collects the values of the pages it
 * indexes (src/integrations/pagefind.ts) and writes them as options into the selects the search
 * page marks with `data-filter-options="NAME"` (src/pages/soeg.astro). So the page no longer asks
 * Pagefind for the lists: Pagefind's `filters()` fetches every filter file of the index before
 * it answers, one more round trip before the first search could start, and bytes that grow with
 * the number of pages (about 15 KB at 3,000), while a search without a filter fetches none of
 * them. A browser test holds the served options against Pagefind's own `filters()`.
 */

/** Filter name → its values. */
export type FilterValues = Record<string, string[]>;

const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|amp|quot|lt|gt|apos);/gi, (m, e: string) => {
    const k = e.toLowerCase();
    if (k === 'amp') return '&';
    if (k === 'quot') return '"';
    if (k === 'lt') return '<';
    if (k === 'gt') return '>';
    if (k === 'apos') return "'";
    const code = k.startsWith('#x') ? parseInt(k.slice(2), 16) : parseInt(k.slice(1), 10);
    return Number.isFinite(code) ? String.fromCodePoint(code) : m;
  });
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const attr = (tag: string, name: string) => {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'i').exec(tag);
  return m ? decode(m[1] ?? m[2] ?? '') : null;
};

/** The filter values one page names in `<meta data-pagefind-filter="NAME[content]" content="…">`. */
export function pageFilterValues(html: string): FilterValues {
  const out: FilterValues = {};
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/gi)) {
    const spec = attr(tag, 'data-pagefind-filter');
    const m = spec ? /^([^[\]]+)\[content\]$/.exec(spec.trim()) : null;
    const value = attr(tag, 'content')?.trim();
    if (!m || !value) continue;
    const name = m[1]!.trim();
    (out[name] ??= []).push(value);
  }
  return out;
}

/** Every value of each filter once, in Danish alphabetical order (as the select shows them). */
export function mergeFilterValues(pages: readonly FilterValues[]): FilterValues {
  const sets = new Map<string, Set<string>>();
  for (const page of pages) for (const [name, values] of Object.entries(page)) for (const v of values) (sets.get(name) ?? sets.set(name, new Set()).get(name)!).add(v);
  return Object.fromEntries([...sets].map(([name, set]) => [name, [...set].sort((a, b) => a.localeCompare(b, 'da'))]));
}

/**
 * `html` with an `<option>` per value after the first option (»Alle …«) of each select marked
 * `data-filter-options="NAME"`. Throws when a marked select names a filter no indexed page has,
 * or is not followed by its first option: the page would offer no choice.
 */
export function withFilterOptions(html: string, values: FilterValues): string {
  return html.replace(/(<select\b[^>]*\sdata-filter-options="([^"]*)"[^>]*>)(\s*<option\b[^>]*>[^<]*<\/option>)?/gi, (_m, open: string, name: string, first: string | undefined) => {
    const list = values[name];
    if (!first) throw new Error(`Søgesidens filter »${name}« mangler sin første valgmulighed (»Alle …«).`);
    if (!list?.length) throw new Error(`Søgesidens filter »${name}«: ingen indekseret side har en værdi for det (data-pagefind-filter="${name}[content]").`);
    return open + first + list.map((v) => `<option value="${escape(v)}">${escape(v)}</option>`).join('');
  });
}
