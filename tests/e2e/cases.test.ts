/** The cases overview filters by tema and outcome without JavaScript. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { at, launch, watchedPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('cases overview', () => {
  it('filters by tema and by outcome with JavaScript turned off, and says when nothing matches', async () => {
    const w = await watchedPage(browser, { javaScriptEnabled: false });
    await w.page.goto(at('/cases/'));
    const visible = () => w.page.locator('.case-cards > li:visible').count();
    expect(await visible()).toBe(5);
    await w.page.getByLabel('Tema 2').check();
    expect(await visible()).toBe(2);
    await w.page.getByLabel('Job med løntilskud').check();
    expect(await visible()).toBe(1);
    await w.page.getByLabel('Ikke i praktik').check();
    expect(await visible()).toBe(0);
    expect(await w.page.locator('.no-cases').isVisible()).toBe(true);
    await w.page.locator('#tema-alle').check();
    expect(await visible()).toBe(1);
    expect(await w.page.locator('.no-cases').isVisible()).toBe(false);
    // keyboard: arrow keys move within a radio group
    await w.page.locator('#udfald-alle').focus();
    await w.page.keyboard.press('ArrowRight');
    expect(await visible()).toBe(1);
    await w.context.close();
  });
});
