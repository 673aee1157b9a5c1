/**
 * Excerpts as the search shows them. Pure.
 *
 * Pagefind's excerpt is the page's text with <mark> around the matched words. It is shown as
 * HTML, so everything but <mark> is escaped here: a page's text can never become markup.
 */
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", nbsp: ' ' };

/** Text with HTML entities resolved. */
export const unescapeHtml = (s: string): string => s.replace(/&(#\d+|#x[\da-f]+|[a-z]+);/gi, (m, e: string) => {
  const k = e.toLowerCase();
  if (k in ENTITIES) return ENTITIES[k]!;
  if (k.startsWith('#x')) return String.fromCodePoint(parseInt(k.slice(2), 16));
  if (k.startsWith('#')) return String.fromCodePoint(Number(k.slice(1)));
  return m;
});
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The excerpt as safe HTML: its text escaped, <mark> kept, whitespace collapsed. */
export function cleanExcerpt(html: string): string {
  return html
    .split(/(<\/?mark>)/)
    .map((part) => (part === '<mark>' || part === '</mark>' ? part : escape(unescapeHtml(part))))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The plain text of an excerpt (for a text fragment, or a screen reader's summary). */
export function excerptText(html: string): string {
  return unescapeHtml(html.replace(/<\/?mark>/g, '')).replace(/\s+/g, ' ').trim();
}
