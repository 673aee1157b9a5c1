/** How a search result looks, on the search page and under the header's search field. */
import type { Hit } from '../lib/search/results';
import type { Note } from '../lib/search/engine';
import { searchHash, type SearchParams } from '../lib/search/params';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

/** The link of a hit: page, and section when the match is in one. */
function hitLink(hit: Hit): HTMLAnchorElement {
  const a = el('a', 'hit-link');
  a.href = hit.url;
  a.append(el('span', 'hit-page', hit.page));
  if (hit.section) {
    const sep = el('span', 'hit-sep', ' › ');
    sep.setAttribute('aria-hidden', 'true');
    a.append(el('span', 'visually-hidden', ', afsnit: '), sep, el('span', 'hit-section', hit.section));
  }
  return a;
}

function meta(hit: Hit): HTMLParagraphElement {
  const p = el('p', 'hit-meta');
  p.append(el('span', 'hit-type', hit.type));
  if (hit.kilde.length) p.append(' · Kilde: ', el('span', 'hit-kilde', hit.kilde.join('; ')));
  return p;
}

/** A hit on the search page: page and section, excerpt, type and source, other sections. */
export function hitItem(hit: Hit): HTMLLIElement {
  const li = el('li', 'hit');
  const h = el('h2', 'hit-title');
  h.append(hitLink(hit));
  const excerpt = el('p', 'hit-excerpt');
  excerpt.innerHTML = hit.excerpt; // escaped text with <mark> only (src/lib/search/excerpt.ts)
  li.append(h, excerpt, meta(hit));
  if (hit.more.length) {
    const more = el('p', 'hit-more', 'Også i: ');
    hit.more.forEach((m, i) => {
      const a = el('a', undefined, m.title);
      a.href = m.url;
      more.append(...(i ? [', ', a] : [a]));
    });
    li.append(more);
  }
  return li;
}

/** A hit under the header's field: the link and one line of type and source. */
export function compactHitItem(hit: Hit): HTMLLIElement {
  const li = el('li');
  li.append(hitLink(hit), meta(hit));
  return li;
}

/**
 * What the search did with the words, as text and links; or null. A split names the parts; a
 * sure correction says what the results are for and links to the search as typed (as large
 * search engines do); an unsure one asks »Mente du …«.
 */
export function noteContent(note: Note | null, params: SearchParams, searchPage: string): (string | Node)[] | null {
  if (!note) return null;
  const q = (w: string) => `»${w}«`;
  if (note.kind === 'split') {
    return [`Ordet ${q(note.from)} står ikke på sitet. Viser resultater for ${note.parts.map(q).join(' og ')}.`];
  }
  const link = (text: string, p: SearchParams) => {
    const a = el('a', undefined, text);
    a.href = `${searchPage}${searchHash(p)}`;
    return a;
  };
  if (note.sure) {
    return [`Viser resultater for ${q(note.query)}. Søg i stedet efter »`, link(note.typed, { ...params, q: note.typed, asTyped: true }), '«.'];
  }
  return [`Ingen resultater for ${q(note.typed)}. Mente du »`, link(note.query, { ...params, q: note.query, asTyped: false }), `«? Resultaterne herunder er for ${q(note.query)}.`];
}
