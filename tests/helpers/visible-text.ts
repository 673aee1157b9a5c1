/**
 * The text a reader sees on a built page, for checks over the site's wording (spelling):
 * text nodes of the body, and the alt, title, aria-label and placeholder attributes. Leaves out
 * what is not prose: scripts, styles, <code>/<pre>/<kbd>/<samp>, <template>, SVG drawing code,
 * and web addresses. Each block element starts a new line, so words never run together.
 */
import { parse } from 'parse5';

interface Node {
  nodeName: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
}

const SKIP = new Set(['script', 'style', 'code', 'pre', 'kbd', 'samp', 'template', 'head']);
const ATTRS = ['alt', 'title', 'aria-label', 'placeholder'];
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'data', 'dfn', 'em', 'i', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'wbr', 'label', 'output']);

/** Web addresses and domain-like words ("Jobnet.dk") are not words to spell-check. */
export function withoutAddresses(text: string): string {
  return text.replace(/\b(?:https?:\/\/|www\.)\S+/gi, ' ').replace(/\b[\w-]+(?:\.[\w-]+)*\.(?:dk|com|org|net|eu)\b\S*/gi, ' ');
}

/** The visible text of an HTML document as lines (one or more per block element). */
export function visibleText(html: string): string[] {
  const doc = parse(html, { scriptingEnabled: false }) as unknown as Node;
  const out: string[] = [];
  let line = '';
  const flush = () => {
    const t = line.replace(/\s+/g, ' ').trim();
    if (t) out.push(withoutAddresses(t).replace(/\s+/g, ' ').trim());
    line = '';
  };
  const walk = (n: Node) => {
    if (n.nodeName === '#text') {
      line += n.value ?? '';
      return;
    }
    if (SKIP.has(n.nodeName)) return;
    const block = !INLINE.has(n.nodeName);
    if (block) flush();
    for (const a of n.attrs ?? []) {
      if (ATTRS.includes(a.name) && a.value.trim()) {
        flush();
        line = a.value;
        flush();
      }
    }
    if (n.nodeName === 'svg') {
      // Only an SVG's <title>/<desc>/<text> are words; the rest is drawing.
      const texts: string[] = [];
      const collect = (c: Node) => {
        if (['title', 'desc', 'text'].includes(c.nodeName)) texts.push(...(c.childNodes ?? []).filter((x) => x.nodeName === '#text').map((x) => x.value ?? ''));
        else (c.childNodes ?? []).forEach(collect);
      };
      collect(n);
      out.push(...texts.map((t) => t.trim()).filter(Boolean));
      return;
    }
    for (const c of n.childNodes ?? []) walk(c);
    if (block) flush();
  };
  walk(doc);
  flush();
  return out.filter((l) => l !== '');
}
