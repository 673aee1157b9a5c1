/**
 * The HTML Pagefind indexes, prepared so that its text extraction keeps words apart.
 *
 * Astro's compressHTML drops the whitespace between tags (`<dt>Udgiver</dt><dd>Marselisborg`), and
 * Pagefind joins the text of adjacent elements it does not treat as blocks (table cells, dt/dd,
 * captions) without a space: »UdgiverMarselisborg«. The browser never shows that, because the
 * boxes are laid out apart; only the index and its excerpts ran words together. So before indexing,
 * a space goes between every pair of block-level tags that touch. Inline tags (a, em, strong …)
 * are left alone: a space there could split a word or put one before a comma.
 */
const BLOCK = [
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr',
  'legend', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td',
  'tfoot', 'th', 'thead', 'tr', 'ul',
].join('|');
const BLOCK_BOUNDARY = new RegExp(`(<(?:/(?:${BLOCK})|(?:${BLOCK})(?:\\s[^>]*)?/?)>)(?=</?(?:${BLOCK})[\\s/>])`, 'gi');

/** `html` with a space after every block-level tag that is directly followed by another tag. */
export function separateBlocks(html: string): string {
  return html.replace(BLOCK_BOUNDARY, '$1 ');
}
