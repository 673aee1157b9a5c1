/**
 * Search parameters and messages. Pure.
 *
 * With JavaScript the site puts a search in the URL's fragment (`/soeg/#q=praktik`): a browser
 * never sends the fragment to the server, so the words stay in the browser. Without JavaScript
 * the header form is a plain GET form (`/soeg/?q=praktik`), and old links look the same; the
 * search page reads both, the fragment first.
 */
export interface SearchParams {
  q: string;
  type: string;
  kilde: string;
  /** Search the words as typed, without correcting them (`&som=skrevet`). */
  asTyped?: boolean;
}

/** The fragment's parameter and value for a search as typed. */
const AS_TYPED = ['som', 'skrevet'] as const;

const MAX = 200;

export function readSearchParams(search: string, hash = ''): SearchParams {
  const query = new URLSearchParams(search);
  const fragment = new URLSearchParams(hash.replace(/^#/, ''));
  const from = fragment.has('q') ? fragment : query;
  const get = (k: string) => (from.get(k) ?? '').trim().slice(0, MAX);
  const params: SearchParams = { q: get('q'), type: get('type'), kilde: get('kilde') };
  if (from.get(AS_TYPED[0]) === AS_TYPED[1]) params.asTyped = true;
  return params;
}

/** The fragment for a search, with only the parameters that are set ("#q=…&type=…"). */
export function searchHash(p: SearchParams): string {
  const out = new URLSearchParams();
  for (const k of ['q', 'type', 'kilde'] as const) if (p[k]) out.set(k, p[k]);
  if (p.asTyped) out.set(...AS_TYPED);
  return `#${out.toString()}`;
}

export function resultSummary(q: string, count: number): string {
  if (count === 0) return `Ingen resultater for »${q}«. Prøv et andet eller kortere ord.`;
  return `${count} ${count === 1 ? 'resultat' : 'resultater'} for »${q}«.`;
}
