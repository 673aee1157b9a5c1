/**
 * Link the first use of each ordliste term on a page to its explanation.
 *
 * Runs over the built HTML (so it covers MDX pages, cases, recommendations and tools alike):
 * inside <main>, the first occurrence of a term or one of its variants becomes a link to
 * /ordliste/#<id>. Headings, existing links, quotes (kept exactly as in the source), form
 * controls, code and React islands (their HTML must match what hydration renders) are left
 * alone. Pure apart from the parse5 dependency.
 */
import { parse, serialize } from 'parse5';

export interface Term {
  id: string;
  /** The term and its variants ("aktivitetsparat", "aktivitetsparate"). */
  forms: string[];
}

type Node = {
  nodeName: string;
  tagName?: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  parentNode?: Node;
};

const SKIP = new Set(['astro-island', 'a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'q', 'code', 'pre', 'script', 'style', 'button', 'label', 'select', 'option', 'textarea', 'summary', 'dt', 'nav', 'caption', 'th', 'figcaption', 'svg', 'title']);
const LETTER = 'A-Za-zÆØÅæøåÉéÜü';

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One regex per term matching any of its forms as a whole word, longest form first. */
export function termPatterns(terms: Term[]): { id: string; re: RegExp }[] {
  return terms.map((t) => ({
    id: t.id,
    re: new RegExp(
      `(?<![${LETTER}])(${[...t.forms].sort((a, b) => b.length - a.length).map(escapeRe).join('|')})(?![${LETTER}])`,
      'i',
    ),
  }));
}

function find(node: Node, pred: (n: Node) => boolean): Node | undefined {
  if (pred(node)) return node;
  for (const c of node.childNodes ?? []) {
    const hit = find(c, pred);
    if (hit) return hit;
  }
  return undefined;
}

function textNodes(node: Node, out: Node[] = []): Node[] {
  if (node.tagName && SKIP.has(node.tagName)) return out;
  if (node.attrs?.some((a) => a.name === 'data-no-glossary' || a.name === 'data-pagefind-ignore')) return out;
  if (node.nodeName === '#text') out.push(node);
  for (const c of node.childNodes ?? []) textNodes(c, out);
  return out;
}

/** Returns the page with the first use of each term linked, and the ids that were linked. */
export function linkTerms(html: string, terms: Term[], hrefFor: (id: string) => string): { html: string; linked: string[] } {
  const doc = parse(html) as unknown as Node;
  const main = find(doc, (n) => n.tagName === 'main');
  if (!main) return { html, linked: [] };
  const pending = termPatterns(terms);
  const linked: string[] = [];
  for (const text of textNodes(main)) {
    if (pending.length === 0) break;
    let value = text.value ?? '';
    // Within one text node, link each pending term at its first position, left to right.
    const hits: { start: number; end: number; id: string }[] = [];
    for (let i = pending.length - 1; i >= 0; i--) {
      const m = pending[i]!.re.exec(value);
      if (!m) continue;
      const start = m.index;
      const end = start + m[0].length;
      if (hits.some((h) => start < h.end && end > h.start)) continue;
      hits.push({ start, end, id: pending[i]!.id });
      linked.push(pending[i]!.id);
      pending.splice(i, 1);
    }
    if (hits.length === 0) continue;
    hits.sort((a, b) => a.start - b.start);
    const parent = text.parentNode!;
    const replacement: Node[] = [];
    let pos = 0;
    for (const h of hits) {
      if (h.start > pos) replacement.push({ nodeName: '#text', value: value.slice(pos, h.start), parentNode: parent });
      const a: Node = {
        nodeName: 'a',
        tagName: 'a',
        attrs: [
          { name: 'href', value: hrefFor(h.id) },
          { name: 'class', value: 'term' },
        ],
        childNodes: [],
        parentNode: parent,
      };
      a.childNodes!.push({ nodeName: '#text', value: value.slice(h.start, h.end), parentNode: a });
      (a as Node & { namespaceURI: string }).namespaceURI = 'http://www.w3.org/1999/xhtml';
      replacement.push(a);
      pos = h.end;
    }
    if (pos < value.length) replacement.push({ nodeName: '#text', value: value.slice(pos), parentNode: parent });
    const siblings = parent.childNodes!;
    siblings.splice(siblings.indexOf(text), 1, ...replacement);
    value = '';
  }
  return { html: serialize(doc as never), linked };
}
