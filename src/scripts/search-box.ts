/**
 * Results under the header's search field, as the reader types. Loaded by the header script
 * (src/components/HeaderSearch.astro) on the first focus or keystroke in the field.
 *
 * Accessible without being a combobox: a live status says how many results there are, and the
 * results are a labelled list of ordinary links after the field's button, so Tab reaches them.
 * Arrow down from the field moves into the list, arrows move between the links, Escape closes
 * the list and returns to the field. Enter in the field goes to the search page.
 */
import { runSearch } from '../lib/search/engine';
import { searchHash } from '../lib/search/params';
import { toHit } from '../lib/search/results';
import { loadPagefind, loadRepair } from './pagefind';
import { compactHitItem, noteContent } from './search-view';
import { chunkPrefetcher } from './search-prefetch';
import type { SearchStart } from './search-start';

/**
 * Results shown under the field; the search page has them all. Each one is a download of its
 * page's text, on every keystroke: four keep a first search under its budget (bench/).
 */
const SHOWN = 4;
/** Shorter queries match too much to be useful while typing. */
const MIN_LENGTH = 3;

export function attachSearchBox(form: HTMLFormElement, input: HTMLInputElement, start: SearchStart | null = null): void {
  // Pagefind gets ready while the reader types (its files are already on their way), and the
  // index chunk for what is typed meanwhile joins them.
  const prefetch = chunkPrefetcher(start);
  loadPagefind(start).catch(() => undefined);
  const box = document.createElement('div');
  box.id = 'site-search-results';
  box.className = 'header-results';
  box.hidden = true;
  const status = document.createElement('p');
  status.id = 'site-search-status';
  status.className = 'header-results-status';
  status.setAttribute('role', 'status');
  const note = document.createElement('p');
  note.className = 'header-results-note';
  const list = document.createElement('ul');
  list.setAttribute('aria-label', 'Søgeresultater');
  const all = document.createElement('p');
  all.className = 'header-results-all';
  box.append(status, note, list, all);
  form.append(box);
  input.setAttribute('aria-describedby', status.id);

  const searchPage = form.action;
  let run = 0;

  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a')];
  const close = () => {
    box.hidden = true;
  };

  async function update(): Promise<void> {
    const mine = ++run;
    const q = input.value.trim();
    if (q.length < MIN_LENGTH) {
      list.replaceChildren();
      note.replaceChildren();
      all.replaceChildren();
      status.textContent = '';
      close();
      return;
    }
    box.hidden = false;
    prefetch(q);
    let outcome;
    try {
      const pagefind = await loadPagefind();
      if (mine !== run) return; // typed on while the engine loaded: only the newest query runs
      outcome = await runSearch(pagefind, q, {}, loadRepair, { stale: () => mine !== run, first: SHOWN });
    } catch {
      if (mine === run) status.textContent = 'Søgningen kunne ikke indlæses. Tryk Enter for at gå til søgesiden.';
      return;
    }
    if (mine !== run) return;
    const hits = outcome.first.slice(0, SHOWN).map(toHit);
    list.replaceChildren(...hits.map(compactHitItem));
    note.replaceChildren(...(noteContent(outcome.note, { q, type: '', kilde: '' }, searchPage) ?? []));
    const total = outcome.results.length;
    status.textContent = total
      ? `${total > hits.length ? `${hits.length} af ${total}` : total} ${total === 1 ? 'resultat' : 'resultater'} for »${outcome.query}«.`
      : `Ingen resultater for »${q}«.`;
    const a = document.createElement('a');
    a.href = `${searchPage}${searchHash({ q, type: '', kilde: '' })}`;
    a.textContent = total > hits.length ? `Se alle ${total} resultater` : 'Åbn søgesiden';
    all.replaceChildren(a);
  }

  input.addEventListener('input', () => void update());
  // The keystroke that loaded this module is already in the field.
  if (input.value.trim()) void update();
  const hasResults = () => list.childElementCount > 0 || note.childElementCount > 0;
  input.addEventListener('click', () => {
    if (hasResults()) box.hidden = false;
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && links()[0]) {
      e.preventDefault();
      box.hidden = false;
      links()[0]!.focus();
    } else if (e.key === 'Escape' && !box.hidden) {
      e.preventDefault();
      close();
    }
  });
  box.addEventListener('keydown', (e) => {
    const items = links();
    const i = items.indexOf(document.activeElement as HTMLAnchorElement);
    if (e.key === 'Escape') {
      e.preventDefault();
      close();
      input.focus();
    } else if (i >= 0 && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
      e.preventDefault();
      const next = e.key === 'ArrowDown' ? i + 1 : i - 1;
      (next < 0 ? input : items[Math.min(next, items.length - 1)])!.focus();
    }
  });
  // Close when focus leaves the search field and its results, or the reader clicks elsewhere.
  form.addEventListener('focusout', (e) => {
    if (!form.contains(e.relatedTarget as Node | null)) close();
  });
}
