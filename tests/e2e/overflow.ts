/** What makes a page wider than its screen (used by pages.test.ts and narrow.test.ts). */
import type { Page } from 'playwright-core';

/** The phone widths every page and tool must fit without sideways scrolling. */
export const WIDTHS = [320, 360, 390] as const;

/**
 * Undefined when the page fits; otherwise "scrollWidth N > W" and the widest element that is
 * not inside its own scrolling box (that is what widens the page).
 */
export async function overflow(page: Page): Promise<string | undefined> {
  return page.evaluate(() => {
    const vw = window.innerWidth;
    const sw = document.documentElement.scrollWidth;
    if (sw <= vw) return undefined;
    const scrolls = (el: Element) => ['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(el).overflowX);
    let worst: { right: number; name: string } | undefined;
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.right <= vw + 0.5 || r.width === 0) continue;
      let p = el.parentElement;
      let clipped = false;
      while (p && p !== document.body) {
        if (scrolls(p)) clipped = true;
        p = p.parentElement;
      }
      if (clipped) continue;
      // the deepest element reaching furthest right names the culprit best
      if (!worst || r.right >= worst.right) {
        const cls = typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
        const text = (el.textContent ?? '').trim().slice(0, 40);
        worst = { right: Math.round(r.right), name: `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls}> ${Math.round(r.width)} px wide, right edge ${Math.round(r.right)} »${text}«` };
      }
    }
    // text that runs out of its box (a long word) widens the page without its element doing so
    if (!worst) {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        range.selectNodeContents(n);
        const r = range.getBoundingClientRect();
        if (r.right > vw + 0.5 && (!worst || r.right >= worst.right)) {
          const parent = n.parentElement!;
          const word = (n.textContent ?? '').trim().split(/\s+/).sort((a, b) => b.length - a.length)[0] ?? '';
          worst = { right: Math.round(r.right), name: `text in <${parent.tagName.toLowerCase()}${parent.className ? `.${String(parent.className).trim().split(/\s+/).join('.')}` : ''}>, right edge ${Math.round(r.right)}, longest word »${word}«` };
        }
      }
    }
    return `scrollWidth ${sw} > ${vw}; widest: ${worst?.name ?? '(none found)'}`;
  });
}
