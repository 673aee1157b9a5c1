/**
 * A recommendation's explanation (its one content entry, as `Advice`: src/lib/selvtjek/advice.ts)
 * as HTML, and a place the server render of the tools reads it from.
 *
 * Why HTML and a registry: the hub (/anbefalinger/) shows every recommendation's explanation in
 * a <details> in its served HTML, so it can be read without JavaScript and expanded in place.
 * Passing the texts to the island as props would send them twice (once as HTML, once as the
 * island's serialized props, about 14 KB gzip) and make hydration build them again. Instead the
 * page hands them to `serveAdvice` before it renders; the island renders `servedAdviceHtml(id)`
 * only on the server (`import.meta.env.SSR`) with `dangerouslySetInnerHTML`, and on the client
 * an empty string that React never writes over the served content (it only sets innerHTML when
 * the string changes). The items are never unmounted on the client (filters hide them), so the
 * served explanation stays. Pure apart from the registry.
 */
import type { ListItem } from '../../content/schemas';
import type { Advice } from '../selvtjek/advice';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function bullets(items: readonly ListItem[]): string {
  return `<ul>${items.map((i) => `<li>${esc(i.tekst)}${i.underpunkter?.length ? bullets(i.underpunkter) : ''}</li>`).join('')}</ul>`;
}

/** The explanation as the recommendation's page prints it: lead-in, paragraphs, bullets, paragraphs after them, source line. */
export function adviceHtml(a: Advice): string {
  return [
    a.indledning ? `<p>${esc(a.indledning)}</p>` : '',
    ...a.tekst.map((t) => `<p>${esc(t)}</p>`),
    a.punkter.length ? bullets(a.punkter) : '',
    ...(a.efterskrift ?? []).map((t) => `<p>${esc(t)}</p>`),
    `<p class="kildeside">Kilde: ${esc(a.kilde)}</p>`,
  ].join('');
}

let served: Readonly<Record<string, Advice>> = {};

/** Called by a page before it renders an island that shows explanations (server only). */
export function serveAdvice(advice: Readonly<Record<string, Advice>>): void {
  served = advice;
}

/** The explanation of a recommendation as HTML for the server render, '' when none was served. */
export function servedAdviceHtml(id: string): string {
  const a = served[id];
  return a ? adviceHtml(a) : '';
}
