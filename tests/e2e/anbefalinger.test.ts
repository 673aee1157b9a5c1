/** Recommendations hub and Min plan: filters in the URL, a plan that survives reload, prints, exports and imports. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { at, launch, watchedPage } from './browser';
import { isA4Portrait, printToPdf } from './pdf';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const axeClean = async (page: import('playwright-core').Page) => {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
};

describe('anbefalinger hub', () => {
  it('lists everything without JavaScript', async () => {
    const w = await watchedPage(browser, { javaScriptEnabled: false });
    await w.page.goto(at('/anbefalinger/'));
    const count = await w.page.locator('.hub-list > li').count();
    expect(count).toBeGreaterThanOrEqual(22 + 8 + 3);
    expect(await w.page.locator('#filter-kilde').count()).toBe(0);
    await w.context.close();
  });

  it('filters narrow the list, apply at once, and survive a reload through the URL', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(at('/anbefalinger/'));
    await w.page.locator('#filter-kilde').waitFor();
    const all = await w.page.locator('.hub-list > li').count();
    await w.page.selectOption('#filter-kilde', 'mestringsforloeb');
    expect(await w.page.locator('.hub-list > li').count()).toBe(22);
    await w.page.selectOption('#filter-gruppe', { label: 'Organisering og ledelse' });
    expect(await w.page.locator('.hub-list > li').count()).toBe(4);
    await w.page.selectOption('#filter-rolle', 'leder');
    const narrowed = await w.page.locator('.hub-list > li').count();
    expect(narrowed).toBeGreaterThan(0);
    expect(narrowed).toBeLessThanOrEqual(4);
    expect(w.page.url()).toContain('kilde=mestringsforloeb');
    expect(w.page.url()).toContain('gruppe=organisering-og-ledelse');
    expect(w.page.url()).toContain('rolle=leder');
    await w.page.reload();
    await w.page.locator('#filter-kilde').waitFor();
    expect(await w.page.locator('#filter-kilde').inputValue()).toBe('mestringsforloeb');
    expect(await w.page.locator('.hub-list > li').count()).toBe(narrowed);
    expect(await w.page.locator('.hub-count').innerText()).toContain(`Viser ${narrowed} af ${all}`);
    expect(await axeClean(w.page)).toEqual([]);
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  });
});

describe('min plan', () => {
  it('is kept after reload, orders, prints on A4, exports and imports', async () => {
    const w = await watchedPage(browser, { acceptDownloads: true });
    await w.page.goto(at('/anbefalinger/?kilde=mestringsforloeb&gruppe=organisering-og-ledelse'));
    await w.page.locator('#filter-kilde').waitFor();
    const boxes = w.page.locator('.hub-list input[type=checkbox]');
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await boxes.nth(2).check();
    expect(await w.page.locator('.hub-count').innerText()).toContain('Min plan (3)');

    await w.page.goto(at('/anbefalinger/min-plan/'));
    const titles = () => w.page.locator('.plan-item h2').allInnerTexts();
    await expect.poll(titles).toHaveLength(3);
    const before = await titles();
    await w.page.getByRole('group', { name: before[2]! }).getByRole('button', { name: 'Flyt op' }).click();
    await w.page.getByLabel('Ansvarlig').first().fill('Teamleder');
    await w.page.getByLabel('Egen note').first().fill('Drøftes på ledermødet i marts.');
    const ordered = await titles();
    expect(ordered).toEqual([before[0], before[2], before[1]]);

    await w.page.reload();
    await expect.poll(titles).toEqual(ordered);
    expect(await w.page.getByLabel('Ansvarlig').first().inputValue()).toBe('Teamleder');
    expect(await axeClean(w.page)).toEqual([]);

    const pdf = await printToPdf(w.page, 'min-plan');
    expect(isA4Portrait(pdf.size)).toBe(true);
    expect(pdf.pages).toBeGreaterThanOrEqual(1);
    expect(pdf.pages).toBeLessThanOrEqual(2);
    expect(pdf.text).toContain('Drøftes på ledermødet i marts.');
    expect(pdf.text).not.toContain('Flyt op');

    const [download] = await Promise.all([w.page.waitForEvent('download'), w.page.getByRole('button', { name: 'Eksportér til fil' }).click()]);
    const file = await download.path();
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported.format).toBe('laeringskatalog-plan');
    expect(exported.plan.items).toHaveLength(3);

    // Clear everything, then import the file: the plan is back, identical.
    await w.page.evaluate(() => localStorage.clear());
    await w.page.reload();
    await expect.poll(() => w.page.locator('.min-plan').innerText()).toContain('Din plan er tom');
    await w.page.locator('input[type=file]').setInputFiles(file);
    await expect.poll(titles).toEqual(ordered);
    expect(await w.page.getByLabel('Egen note').first().inputValue()).toBe('Drøftes på ledermødet i marts.');

    // A bad file: a clear message, and the plan is untouched.
    await w.page.locator('input[type=file]').setInputFiles({ name: 'forkert.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"noget-andet"}') });
    await expect.poll(() => w.page.locator('[role=alert]').innerText()).toContain('Filen er ikke en plan fra Min plan.');
    expect(await titles()).toEqual(ordered);
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  });

  it('corrupted saved data is set aside with a message and a way to save it, and the plan works', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(at('/anbefalinger/min-plan/'));
    await w.page.evaluate(() => localStorage.setItem('laeringskatalog:plan', '{"v":1,"data":{"items":[{"id":'));
    await w.page.reload();
    await w.page.locator('.min-plan').waitFor();
    const aside = w.page.locator('.set-aside');
    await expect.poll(() => aside.innerText()).toContain('kunne ikke læses og er lagt til side');
    expect(await aside.getByRole('button', { name: 'Gem som fil' }).isVisible()).toBe(true);
    // the data is still there; the plan itself starts empty and works
    expect(await w.page.evaluate(() => localStorage.getItem('laeringskatalog:plan'))).toContain('"items"');
    expect(await w.page.locator('.min-plan').innerText()).toContain('Din plan er tom');
    await w.context.close();
  });
});
