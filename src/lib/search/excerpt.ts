/**
 * Excerpts as the search shows them. Pure.
 *
 * Pagefind's excerpt is the page's text with <mark> around the matched words. It is shown as
 * HTML, so everything but <mark> is escaped here: a page's text can never become markup.
 */
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", nbsp: ' ' };

/** The character a numeric reference names, or null when it names none (beyond U+10FFFF, a surrogate, NUL). */
function codePoint(digits: string, radix: 16 | 10): string | null {
  const d = digits.replace(/^0+(?=.)/, '');
  const n = d.length > 8 ? Infinity : parseInt(d, radix);
  if (!Number.isSafeInteger(n) || n <= 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return null;
  return String.fromCodePoint(n);
}

/** Text with HTML entities resolved; a reference to no character stays as written. Total. */
export const unescapeHtml = (s: string): string => s.replace(/&(#\d+|#x[\da-f]+|[a-z]+);/gi, (m, e: string) => {
  const k = e.toLowerCase();
  if (k in ENTITIES) return ENTITIES[k]!;
  if (k.startsWith('#x')) return codePoint(k.slice(2), 16) ?? m;
  if (k.startsWith('#')) return codePoint(k.slice(1), 10) ?? m;
  return m;
});
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A marked text's punctuation before and after its word (Pagefind marks »praktikaftaler).« whole). */
const EDGES = /^([^\p{L}\p{N}]*)([\s\S]*?)([^\p{L}\p{N}]*)$/u;

/**
 * The excerpt as safe HTML: its text escaped, <mark> kept around the matched word but not the
 * punctuation beside it, whitespace collapsed.
 */
export function cleanExcerpt(html: string): string {
  const parts = html.split(/(<\/?mark>)/);
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (part === '<mark>' && parts[i + 2] === '</mark>') {
      const [, before, word, after] = EDGES.exec(unescapeHtml(parts[i + 1]!))!;
      out.push(escape(before!), word ? `<mark>${escape(word)}</mark>` : '', escape(after!));
      i += 2;
    } else out.push(part === '<mark>' || part === '</mark>' ? part : escape(unescapeHtml(part)));
  }
  return out.join('').replace(/\s+/g, ' ').trim();
}

/** The plain text of an excerpt (for a text fragment, or a screen reader's summary). */
export function excerptText(html: string): string {
  return unescapeHtml(html.replace(/<\/?mark>/g, '')).replace(/\s+/g, ' ').trim();
}
