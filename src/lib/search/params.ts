/** Search page URL parameters and messages. Pure. */
export interface SearchParams {
  q: string;
  type: string;
  kilde: string;
}

export function readSearchParams(search: string): SearchParams {
  const p = new URLSearchParams(search);
  const get = (k: string) => (p.get(k) ?? '').trim().slice(0, 200);
  return { q: get('q'), type: get('type'), kilde: get('kilde') };
}

export function resultSummary(q: string, count: number): string {
  if (count === 0) return `Ingen resultater for »${q}«. Prøv et andet eller kortere ord.`;
  return `${count} ${count === 1 ? 'resultat' : 'resultater'} for »${q}«.`;
}
