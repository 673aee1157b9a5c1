/**
 * Print CSS for templates: A4, orientation, and a footer with name, source and page x of y.
 * The page places it after the site stylesheet (at the end of <main>), so it overrides the
 * site-wide `@page` rule. Pure.
 */

/** Escape a string for a CSS string literal. */
export function cssString(s: string): string {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, ' ')}"`;
}

export function pageFooterCss({ title, source, landscape }: { title: string; source: string; landscape: boolean }): string {
  return `@page { size: A4 ${landscape ? 'landscape' : 'portrait'}; margin: 14mm 14mm 18mm;
  @bottom-left { content: ${cssString(`${title} · Kilde: ${source}`)}; font: 8pt system-ui, sans-serif; color: #333; }
  @bottom-right { content: "Side " counter(page) " af " counter(pages); font: 8pt system-ui, sans-serif; color: #333; white-space: nowrap; width: 22mm; } }`;
}
