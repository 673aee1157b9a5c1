/** The motivation factors figure: keyboard only, ARIA tabs, axe clean with a factor selected, list without JS. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { at, launch, watchedPage } from './browser';
import { axeViolations } from './axe';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const FACTORS = ['Relationsmotivation', 'Retningsmotivation', 'Nødvendighedsmotivation', 'Mestringsmotivation', 'Praksismotivation'];

describe('motivationsfaktorer figure', () => {
  it('is operated with the keyboard alone', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(at('/motivationsfaktorer/'));
    const tabs = w.page.getByRole('tab');
    await expect.poll(() => tabs.count()).toBe(5);
    expect(await tabs.allTextContents()).toEqual(FACTORS);
    // Tab from the page into the tab list lands on the selected tab.
    await w.page.locator('main h1').focus();
    for (let i = 0; i < 20; i++) {
      await w.page.keyboard.press('Tab');
      if (await w.page.evaluate(() => document.activeElement?.getAttribute('role') === 'tab')) break;
    }
    const focused = () => w.page.evaluate(() => document.activeElement?.textContent);
    const panelHeading = () => w.page.getByRole('tabpanel').locator('h2').textContent();
    expect(await focused()).toBe('Relationsmotivation');
    await w.page.keyboard.press('ArrowRight');
    expect(await focused()).toBe('Retningsmotivation');
    expect(await panelHeading()).toBe('Retningsmotivation');
    await w.page.keyboard.press('End');
    expect(await panelHeading()).toBe('Praksismotivation');
    await w.page.keyboard.press('ArrowRight'); // wraps around
    expect(await panelHeading()).toBe('Relationsmotivation');
    await w.page.keyboard.press('ArrowLeft');
    await w.page.keyboard.press('ArrowLeft');
    expect(await panelHeading()).toBe('Mestringsmotivation');
    expect(await w.page.getByRole('tab', { name: 'Mestringsmotivation' }).getAttribute('aria-selected')).toBe('true');
    // The panel shows the factor's pejlemærke and its source.
    const panel = w.page.getByRole('tabpanel');
    expect(await panel.textContent()).toContain('Pejlemærke');
    expect(await panel.textContent()).toContain('Empowerment og motivation');
    // Tab moves on into the panel.
    await w.page.keyboard.press('Tab');
    expect(await w.page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('tabpanel');
    expect(await axeViolations(w.page)).toEqual([]);
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  });

  it('without JavaScript, every factor is in a plain list', async () => {
    const w = await watchedPage(browser, { javaScriptEnabled: false });
    await w.page.goto(at('/motivationsfaktorer/'));
    expect(await w.page.getByRole('tab').count()).toBe(0);
    const headings = await w.page.locator('.motivation-figure h2').allTextContents();
    expect(headings).toEqual(FACTORS);
    await w.context.close();
  });

  it('respects reduced motion (no transitions on the tabs)', async () => {
    const w = await watchedPage(browser, { reducedMotion: 'reduce' });
    await w.page.goto(at('/motivationsfaktorer/'));
    await expect.poll(() => w.page.getByRole('tab').count()).toBe(5);
    const t = await w.page.getByRole('tab').first().evaluate((el) => getComputedStyle(el).transitionDuration);
    expect(t).toBe('0s');
    await w.context.close();
  });
});
