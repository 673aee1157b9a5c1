/**
 * Links that land on the matched words. Pure.
 *
 * A result links to its section's anchor plus a text fragment (`#id:~:text=…`, Chromium and
 * Firefox ≥ 131): the browser scrolls to the words and highlights them, with no JavaScript on the
 * target page and nothing sent to the server (the fragment never leaves the browser). A browser
 * that does not know text fragments, or finds no match, goes to the anchor – the right section.
 *
 * The browser takes the first match on the whole page, not the first inside the section, so:
 * - a match in the section's own heading gets no text fragment: the anchor is that heading, and
 *   the same words often stand earlier on the page (in a list of the page's recommendations);
 * - a match in the section's text carries the words around it as context (prefix-,word,-suffix),
 *   taken from the page's indexed text: two on each side, more if an earlier place in the text
 *   reads the same (up to four; if even that is not enough, no text fragment). Context
 *   stays within a sentence and within the section (after its heading, before the next one):
 *   Pagefind ends headings and list items with a full stop the page does not show, and context
 *   that is not on the page would make the directive fail (the browser then falls back to the
 *   anchor). For the same reason a directive never ends in the sentence-end punctuation after its
 *   last word, and context never runs on into a word with a capital letter after a word without
 *   punctuation: that is where one block of the page ends and the next begins without Pagefind's
 *   full stop (table cells, a quote's attribution), and what stands between them on the page (a
 *   source line Pagefind does not index, a form field's label) is not in the indexed text.
 */
import { unescapeHtml } from './excerpt.ts';

const SENTENCE_END = /[.:;!?]$/;
/** A word that may start a block of its own (see above). */
const CAPITAL = /^[^\p{L}\p{N}]*\p{Lu}/u;
/** Small words that put a name in the middle of a sentence. */
const BEFORE_NAMES = new Set(['i', 'på', 'fra', 'til', 'med', 'af', 'ved', 'hos', 'om', 'for', 'og', 'eller', 'mellem']);
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
const MAX_CONTEXT = 4;

/** Escape what has a meaning inside a text directive (`-`, `,`, `&` and the usual). */
const enc = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D');
/** Loosely the same word (a text fragment matches at word boundaries, in any case). */
const same = (a: string, b: string) => a.replace(EDGE_PUNCTUATION, '').toLowerCase() === b.replace(EDGE_PUNCTUATION, '').toLowerCase();
/** Context always taken when the sentence has it; more only to tell the place apart. */
const MIN_CONTEXT = 2;

/**
 * `text=…` for the word at `at` in `words` (a page's indexed text, split at whitespace), with the
 * context that makes it the first place on the page to read so; context stays in `from`..`to`
 * (the section's text, after its heading and before the next heading). Null when no such
 * directive exists.
 */
export function textDirective(words: readonly string[], at: number, from = 0, to = words.length): string | null {
  const w = words.map((x) => unescapeHtml(x));
  const raw = w[at] ?? '';
  const word = raw.replace(EDGE_PUNCTUATION, '');
  if (!word) return null;
  const lead = raw.slice(0, raw.indexOf(word));
  // A full stop (or other sentence end) after the word may be one Pagefind added at the end of a
  // heading or list item, not on the page; as the whole suffix it would tell nothing apart anyway.
  const tail = raw.slice(raw.indexOf(word) + word.length).replace(/[.:;!?]+$/, '');
  // How far context may reach: within the sentence, not before `from`.
  // Can context cross from w[i] to w[i + 1]? Not at a sentence's end, nor into a capital – bar a
  // name after a small word (»i Brøndby«, »fra Halsnæs«) when the name is the match itself.
  const joined = (i: number) =>
    !SENTENCE_END.test(w[i]!) && (!CAPITAL.test(w[i + 1]!) || (i + 1 === at && BEFORE_NAMES.has(w[i]!.toLowerCase())));
  let first = at;
  while (first > from && first > at - MAX_CONTEXT && joined(first - 1)) first--;
  let last = at;
  if (!SENTENCE_END.test(raw)) while (last + 1 < Math.min(w.length, to) && last < at + MAX_CONTEXT && joined(last) && !SENTENCE_END.test(w[last + 1]!)) last++;
  for (let n = MIN_CONTEXT; n <= MAX_CONTEXT; n++) {
    const start = Math.max(first, at - n);
    const end = Math.min(last, at + n);
    const span = w.slice(start, end + 1);
    // Would the browser find the same words earlier on the page?
    let earlier = false;
    for (let i = 0; i < start && !earlier; i++) earlier = span.every((t, k) => same(w[i + k] ?? '', t));
    if (earlier) {
      if (start === first && end === last) return null;
      continue;
    }
    const before = w.slice(start, at);
    const after = w.slice(at + 1, end + 1);
    const prefix = before.length || lead ? `${enc([...before, lead].filter(Boolean).join(' '))}-,` : '';
    const suffix = after.length || tail ? `,-${enc(`${tail} ${after.join(' ')}`.trim())}` : '';
    return `text=${prefix}${enc(word)}${suffix}`;
  }
  return null;
}

/** `url` (with or without a #section) plus a text directive; `url` alone without one. */
export function withTextFragment(url: string, directive: string | null): string {
  if (!directive) return url;
  return `${url.includes('#') ? url : `${url}#`}:~:${directive}`;
}
