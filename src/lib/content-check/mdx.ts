/**
 * What an MDX page's body holds, read from its syntax tree (@mdx-js/mdx): the components it uses
 * and their props, the ids it sets, its Markdown headings (which get ids from their text, as
 * Astro gives them) and its links, each with its line in the body. A body that does not parse
 * gives the parser's error and its line instead.
 */
import { createProcessor } from '@mdx-js/mdx';
import GithubSlugger from 'github-slugger';

export interface MdxComponent {
  name: string;
  /** String props; a prop written as an expression (`s={5}`) gives its source text. */
  props: Record<string, string>;
  line: number;
}

export interface MdxOutline {
  components: MdxComponent[];
  /** Ids set with `id="…"` on HTML elements, and the ids Markdown headings get. */
  ids: { id: string; line: number; from: string }[];
  links: { url: string; line: number }[];
  /** `{…}` in the text: MDX runs it as code. Content pages never need it. */
  expressions: { source: string; line: number }[];
}

export type MdxResult = { ok: true; outline: MdxOutline } | { ok: false; line: number; reason: string };

interface Node {
  type: string;
  name?: string | null;
  value?: string;
  url?: string;
  depth?: number;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number } };
}

let processor: ReturnType<typeof createProcessor> | undefined;

const textOf = (node: Node): string =>
  node.type === 'text' || node.type === 'inlineCode' ? (node.value ?? '') : (node.children ?? []).map(textOf).join('');

/** Results by body: a test that changes one page of a copy does not parse the others again. */
const cache = new Map<string, MdxResult>();

export function readMdx(body: string): MdxResult {
  let result = cache.get(body);
  if (!result) {
    if (cache.size > 500) cache.clear();
    result = parseMdx(body);
    cache.set(body, result);
  }
  return result;
}

function parseMdx(body: string): MdxResult {
  processor ??= createProcessor();
  let tree: Node;
  try {
    tree = processor.parse(body) as unknown as Node;
  } catch (err) {
    const e = err as { line?: number; place?: { line?: number; start?: { line?: number } }; reason?: string; message?: string };
    const line = e.line ?? e.place?.line ?? e.place?.start?.line ?? 1;
    return { ok: false, line, reason: e.reason ?? e.message ?? String(err) };
  }
  const outline: MdxOutline = { components: [], ids: [], links: [], expressions: [] };
  const slugger = new GithubSlugger();
  const walk = (node: Node) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const props: Record<string, string> = {};
      for (const a of node.attributes ?? []) {
        if (a.type !== 'mdxJsxAttribute' || !a.name) continue;
        if (typeof a.value === 'string') props[a.name] = a.value;
        else if (a.value && typeof a.value === 'object' && 'value' in a.value) props[a.name] = String((a.value as { value: unknown }).value);
        else if (a.value === null || a.value === undefined) props[a.name] = '';
      }
      const name = node.name ?? '';
      outline.components.push({ name, props, line });
      // HTML elements' ids; components' ids are entry ids (what they render is in anchors.ts).
      if (props.id && /^[a-z]/.test(name)) outline.ids.push({ id: props.id, line, from: `<${name} id="${props.id}">` });
      if (name === 'a' && props.href !== undefined) outline.links.push({ url: props.href, line });
    } else if (node.type === 'heading') {
      const text = textOf(node);
      outline.ids.push({ id: slugger.slug(text), line, from: `overskriften »${text}«` });
    } else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      const source = (node.value ?? '').trim();
      // A comment, {/* … */}, is the one expression a page may hold.
      if (!/^\/\*[\s\S]*\*\/$/.test(source)) outline.expressions.push({ source, line });
    } else if ((node.type === 'link' || node.type === 'definition') && node.url !== undefined) {
      outline.links.push({ url: node.url, line });
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree);
  return { ok: true, outline };
}

/** A Danish explanation of an MDX parse error, with what usually causes it. */
export function mdxProblem(reason: string): { message: string; fix: string } {
  const r = reason.toLowerCase();
  if (/expected a closing tag|expected the closing tag|unexpected closing/.test(r)) {
    return { message: `et HTML-element eller en komponent er ikke lukket rigtigt (MDX: ${reason})`, fix: 'Luk elementet (<Laesning> … </Laesning>), eller skriv <Komponent … /> for en komponent uden indhold' };
  }
  if (/acorn|expression|could not parse/.test(r)) {
    return { message: `en »{« eller »}« i teksten læses som kode (MDX: ${reason})`, fix: 'Skriv \\{ og \\} i almindelig tekst' };
  }
  if (/unexpected character|before name|after name|in attribute/.test(r)) {
    return { message: `et »<« i teksten læses som starten på et HTML-element (MDX: ${reason})`, fix: 'Skriv &lt; i almindelig tekst, og sæt attributværdier i anførselstegn' };
  }
  return { message: `siden kan ikke læses som MDX (${reason})`, fix: 'Se efter »{«, »}« eller »<« i almindelig tekst og elementer, der ikke er lukket; se afsnittet om MDX i docs/CONTENT-GUIDE.md' };
}
