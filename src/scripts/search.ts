/**
 * The search page: Pagefind's JS API driven by a plain form (?q=…&type=…&kilde=…), so results
 * can be bookmarked and the header form needs no JavaScript. Loaded only on /soeg/.
 */
import { readSearchParams, resultSummary } from '../lib/search/params';

interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface Pagefind {
  init(): Promise<void>;
  options(o: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(q: string | null, o?: { filters?: Record<string, string> }): Promise<{ results: { data(): Promise<PagefindResult> }[] }>;
}

export async function runSearchPage(): Promise<void> {
  const form = document.getElementById('search') as HTMLFormElement;
  const input = document.getElementById('q') as HTMLInputElement;
  const status = document.getElementById('search-status')!;
  const list = document.getElementById('results')!;
  const typeSel = document.getElementById('filter-type') as HTMLSelectElement;
  const kildeSel = document.getElementById('filter-kilde') as HTMLSelectElement;
  const params = readSearchParams(location.search);
  input.value = params.q;

  let pagefind: Pagefind;
  try {
    const url = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}pagefind/pagefind.js`;
    pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    // No web worker: it would be one more 12 KB download before the first result.
    await pagefind.options({ excerptLength: 30, noWorker: true });
    await pagefind.init();
  } catch {
    status.textContent = import.meta.env.DEV
      ? 'Søgeindekset findes kun i det byggede site (npm start), ikke under udvikling (npm run dev).'
      : 'Søgningen kunne ikke indlæses. Prøv at genindlæse siden.';
    return;
  }

  const filters = await pagefind.filters();
  const fill = (sel: HTMLSelectElement, values: Record<string, number> | undefined, current: string) => {
    for (const v of Object.keys(values ?? {}).sort((a, b) => a.localeCompare(b, 'da'))) {
      const o = new Option(v, v, false, v === current);
      sel.add(o);
    }
  };
  fill(typeSel, filters.type, params.type);
  fill(kildeSel, filters.kilde, params.kilde);
  document.getElementById('filters')!.hidden = false;
  for (const sel of [typeSel, kildeSel]) sel.addEventListener('change', () => form.requestSubmit());

  if (!params.q) {
    status.textContent = 'Skriv et søgeord.';
    input.focus();
    return;
  }
  const active: Record<string, string> = {};
  if (params.type) active.type = params.type;
  if (params.kilde) active.kilde = params.kilde;
  status.textContent = 'Søger …';
  const search = await pagefind.search(params.q, { filters: active });
  // Results are fetched five at a time, as in Pagefind's own UI: each one is a download of its
  // page's text (for the excerpt), up to 9 KB for the longest pages.
  const PAGE = 5;
  let shown = 0;
  const more = document.getElementById('more-results') as HTMLButtonElement;
  const showMore = async () => {
    const batch = await Promise.all(search.results.slice(shown, shown + PAGE).map((r) => r.data()));
    list.append(
      ...batch.map((d) => {
        const li = document.createElement('li');
        const h = document.createElement('h2');
        const a = document.createElement('a');
        a.href = d.url;
        a.textContent = d.meta.title ?? d.url;
        h.append(a);
        const p = document.createElement('p');
        p.innerHTML = d.excerpt; // Pagefind's excerpt: our own page text with <mark> around hits
        li.append(h, p);
        return li;
      }),
    );
    const firstNew = list.children[shown]?.querySelector('a');
    shown += batch.length;
    more.hidden = shown >= search.results.length;
    return firstNew;
  };
  more.addEventListener('click', () => void showMore().then((a) => a?.focus()));
  await showMore();
  status.textContent = resultSummary(params.q, search.results.length);
}
