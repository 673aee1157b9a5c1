/**
 * »På denne side«: the contents of a page, read from its rendered HTML at build time (so raw
 * <h2 id> in MDX, markdown headings and headings rendered by components all count). Only
 * headings with an id can be linked; the others are left out. Pure.
 */
export interface TocEntry {
  depth: 2 | 3;
  id: string;
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Text of an HTML fragment: tags dropped, the common entities decoded, white space collapsed. */
export function htmlText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === '#') {
        const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return Number.isFinite(code) ? String.fromCodePoint(code) : m;
      }
      return ENTITIES[e.toLowerCase()] ?? m;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/** The h2 and h3 headings with an id, in document order. */
export function tocFromHtml(html: string): TocEntry[] {
  const out: TocEntry[] = [];
  for (const m of html.matchAll(/<h([23])\b([^>]*)>([\s\S]*?)<\/h\1>/gi)) {
    const id = /\sid=(?:"([^"]+)"|'([^']+)')/i.exec(m[2]!);
    const text = htmlText(m[3]!);
    if (!id || !text) continue;
    out.push({ depth: m[1] === '2' ? 2 : 3, id: htmlText(id[1] ?? id[2]!), text });
  }
  return out;
}

/** Whether a page is long enough to need contents: at least `minSections` h2 headings. */
export function needsToc(entries: readonly TocEntry[], minSections = 4): boolean {
  return entries.filter((e) => e.depth === 2).length >= minSections;
}
