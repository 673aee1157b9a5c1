/**
 * The search page. The search is in the URL's fragment (#q=…&type=…&kilde=…), so it can be
 * bookmarked and the words never reach the server; ?q= (the header form without JavaScript, old
 * links) is read too. The logic is in src/lib/search/; this file only wires it to the page.
 */
import { FIRST, runSearch, type Outcome } from '../lib/search/engine';
import { readSearchParams, resultSummary, searchHash, type SearchParams } from '../lib/search/params';
import { toHit } from '../lib/search/results';
import { loadPagefind, loadRepair, type Pagefind } from './pagefind';
import { hitItem, noteContent } from './search-view';
import type { SearchStart } from './search-start';

export async function runSearchPage(start: SearchStart | null = null): Promise<void> {
  const form = document.getElementById('search') as HTMLFormElement;
  const input = document.getElementById('q') as HTMLInputElement;
  const status = document.getElementById('search-status')!;
  const note = document.getElementById('search-note')!;
  const list = document.getElementById('results') as HTMLOListElement;
  const more = document.getElementById('more-results') as HTMLButtonElement;
  const typeSel = document.getElementById('filter-type') as HTMLSelectElement;
  const kildeSel = document.getElementById('filter-kilde') as HTMLSelectElement;

  // A search that came as ?q= moves to the fragment, so the address (which the browser sends
  // with the next reload) no longer carries the words.
  const initial = readSearchParams(location.search, location.hash);
  if (location.search) history.replaceState(null, '', `${location.pathname}${initial.q ? searchHash(initial) : ''}`);
  input.value = initial.q;

  let pagefind: Pagefind;
  try {
    pagefind = await loadPagefind(start);
  } catch {
    status.textContent = import.meta.env.DEV
      ? 'Søgeindekset findes kun i det byggede site (npm start), ikke under udvikling (npm run dev).'
      : 'Søgningen kunne ikke indlæses. Prøv at genindlæse siden.';
    return;
  }

  // The filters' values are in the page (src/lib/search/filter-options.ts): asking Pagefind for
  // them would fetch every filter file before the first search.
  document.getElementById('filters')!.hidden = false;

  // A new search from the form is corrected again; only the link »Søg i stedet efter …« is as typed.
  const current = (): SearchParams => ({ q: input.value.trim(), type: typeSel.value, kilde: kildeSel.value });
  // With JavaScript the form never goes to the server: it writes the fragment, and the fragment
  // runs the search.
  const go = () => {
    const hash = searchHash(current());
    if (location.hash === hash) void show();
    else location.hash = hash;
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    go();
  });
  for (const sel of [typeSel, kildeSel]) sel.addEventListener('change', go);
  addEventListener('hashchange', () => void show());

  let run = 0;
  let outcome: Outcome | null = null;
  let shown = 0;

  const append = async (mine: number) => {
    if (!outcome) return undefined;
    const data = shown < outcome.first.length ? outcome.first.slice(shown, shown + FIRST) : await Promise.all(outcome.results.slice(shown, shown + FIRST).map((r) => r.data()));
    if (mine !== run) return undefined;
    const items = data.map((d) => hitItem(toHit(d)));
    list.append(...items);
    shown += items.length;
    more.hidden = shown >= outcome.results.length;
    return items[0]?.querySelector('a');
  };
  more.addEventListener('click', () => void append(run).then((a) => a?.focus()));

  async function show(): Promise<void> {
    const mine = ++run;
    const params = readSearchParams('', location.hash);
    input.value = params.q;
    const select = (sel: HTMLSelectElement, v: string) => {
      if (v && ![...sel.options].some((o) => o.value === v)) sel.add(new Option(v, v));
      sel.value = v;
    };
    select(typeSel, params.type);
    select(kildeSel, params.kilde);
    list.replaceChildren();
    note.replaceChildren();
    more.hidden = true;
    delete list.dataset.query;
    if (!params.q) {
      status.textContent = 'Skriv et søgeord.';
      input.focus();
      return;
    }
    status.textContent = 'Søger …';
    const active: Record<string, string> = {};
    if (params.type) active.type = params.type;
    if (params.kilde) active.kilde = params.kilde;
    const result = await runSearch(pagefind, params.q, active, loadRepair, { stale: () => mine !== run, asTyped: params.asTyped });
    if (mine !== run) return;
    outcome = result;
    shown = 0;
    const noteParts = noteContent(result.note, params, location.pathname);
    if (noteParts) note.replaceChildren(...noteParts);
    await append(mine);
    if (mine !== run) return;
    status.textContent = resultSummary(result.query, result.results.length);
    list.dataset.query = params.q;
  }
  await show();
}
