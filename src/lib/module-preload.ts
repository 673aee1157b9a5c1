/**
 * Module preloads for the built pages. An island's JavaScript is a small graph of chunks: the
 * browser learns of the second level only after the first has arrived and been parsed, and of the
 * island itself only when the parser reaches it. On a slow phone (150 ms latency) each level is a
 * round trip before React can hydrate the served form. A `<link rel="modulepreload">` in <head>
 * for every chunk an eagerly hydrated island (`client:load`) or a module script needs at once lets
 * the browser fetch them all side by side while it parses the page.
 *
 * Only static imports are followed: what a tool loads on a click (documents, the team round, the
 * search index) stays on the click. Islands hydrated later (`client:visible`) are left alone.
 * Pure: the caller reads the chunks (see src/integrations/module-preload.ts).
 */
import { init, parse } from 'es-module-lexer';

/** The specifiers a chunk imports statically (`import … from`, `import "…"`, `export … from`). */
export async function staticImports(code: string): Promise<string[]> {
  await init;
  const [imports] = parse(code);
  // d === -1: a static import or re-export; dynamic import() and import.meta have d >= 0 / -2
  return imports.filter((i) => i.d === -1 && i.n !== undefined).map((i) => i.n as string);
}

/** The value of one attribute in a start tag's text (Astro writes them double-quoted). */
const attr = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/**
 * The scripts a page starts at once: the component and renderer of each `client:load` island and
 * every external module script, in document order, without repeats.
 */
export function pageEntries(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<astro-island\b[^>]*>|<script\b[^>]*>/g)) {
    const tag = m[0];
    if (tag.startsWith('<astro-island')) {
      if (attr(tag, 'client') !== 'load') continue;
      for (const u of [attr(tag, 'component-url'), attr(tag, 'renderer-url')]) if (u) out.push(u);
    } else if (attr(tag, 'type') === 'module') {
      const src = attr(tag, 'src');
      if (src) out.push(src);
    }
  }
  return [...new Set(out)];
}

/**
 * Every chunk the entries need before they can run, entries first, then their imports level by
 * level (the order the browser would otherwise discover them). `read(url)` gives a chunk's code,
 * or undefined when the URL is not a built file of this site (then it is not followed).
 */
export async function moduleClosure(entries: string[], read: (url: string) => Promise<string | undefined>): Promise<string[]> {
  const seen = new Set<string>();
  let level = entries.filter((u) => !seen.has(u) && seen.add(u));
  const out: string[] = [];
  while (level.length) {
    const next: string[] = [];
    for (const url of level) {
      const code = await read(url);
      if (code === undefined) continue;
      out.push(url);
      for (const spec of await staticImports(code)) {
        if (!/^\.{0,2}\//.test(spec)) continue; // bare or remote specifiers are not ours
        const resolved = new URL(spec, new URL(url, 'https://site.invalid')).pathname;
        if (!seen.has(resolved)) {
          seen.add(resolved);
          next.push(resolved);
        }
      }
    }
    level = next;
  }
  return out;
}

/**
 * The page with a modulepreload link for each URL not already preloaded or loaded by a module
 * script's own tag (the browser finds those itself), placed at the end of <head>.
 */
export function withModulePreloads(html: string, urls: string[]): string {
  const present = new Set([...html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*>/g)].map((m) => attr(m[0], 'href')));
  for (const m of html.matchAll(/<script\b[^>]*>/g)) if (attr(m[0], 'type') === 'module') present.add(attr(m[0], 'src'));
  const links = urls.filter((u) => !present.has(u)).map((u) => `<link rel="modulepreload" href="${u}">`);
  if (!links.length) return html;
  const at = html.indexOf('</head>');
  if (at < 0) return html;
  return html.slice(0, at) + links.join('') + html.slice(at);
}
