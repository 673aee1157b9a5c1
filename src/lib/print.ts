/**
 * Print CSS: a footer on every printed page with a text on the left and "Side x af y" on the
 * right (@page margin boxes). Templates add A4 size and orientation; their page places it after
 * the site stylesheet (at the end of <main>), so it overrides the site-wide `@page` rule. Pure.
 */

/** Escape a string for a CSS string literal. */
export function cssString(s: string): string {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, ' ')}"`;
}

const BOXES = (left: string) =>
  `@bottom-left { content: ${cssString(left)}; font: 8pt system-ui, sans-serif; color: #333; }
  @bottom-right { content: "Side " counter(page) " af " counter(pages); font: 8pt system-ui, sans-serif; color: #333; white-space: nowrap; width: 22mm; }`;

/** Only the footer (for pages that keep the site's page size and margins, e.g. Min plan). */
export function pageFooterBoxesCss(left: string): string {
  return `@page { ${BOXES(left)} }`;
}

export function pageFooterCss({ title, source, landscape }: { title: string; source: string; landscape: boolean }): string {
  return `@page { size: A4 ${landscape ? 'landscape' : 'portrait'}; margin: 14mm 14mm 18mm;
  ${BOXES(`${title} · Kilde: ${source}`)} }`;
}
