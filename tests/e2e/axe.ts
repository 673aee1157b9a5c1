/**
 * The site's accessibility check, one definition for every end-to-end test: axe-core with the
 * WCAG 2.0–2.2 A and AA rules and axe's best practices (unique landmark names, heading order,
 * content in landmarks, …). axe runs in the page itself (`setLegacyMode`): by default
 * @axe-core/playwright runs each frame's part and then finishes in a new blank page, a second
 * page per check that took about 40 % of each check's time here, and which only matters for
 * frames from other origins. The site has no frames.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** The check on `page`, for a test that narrows it (`.include(…)`) before `analyze()`. */
export const axeCheck = (page: Page): AxeBuilder => new AxeBuilder({ page }).withTags(AXE_TAGS).setLegacyMode();

/** Each violation as »rule: the elements«; [] when there is none. */
export async function axeViolations(page: Page, check: AxeBuilder = axeCheck(page)): Promise<string[]> {
  return (await check.analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
