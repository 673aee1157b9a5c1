/**
 * Issue 25 for Min plan, the recommendations hub and the Forløbsplanlægger: the served HTML is
 * the tool (the same controls with the same ids as after hydration), what the reader does
 * before hydration is kept, and hydration moves nothing (CLS ≤ 0.02, measured with a
 * PerformanceObserver for `layout-shift` on a 390 px phone screen).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { at, atRoot, hydrated, launch, watchedPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const PHONE = { viewport: { width: 390, height: 844 } };
/** Sums every layout shift not caused by input, from the first paint on. */
const watchShifts = (context: BrowserContext) =>
  context.addInitScript(() => {
    (window as unknown as { __cls: number }).__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) (window as unknown as { __cls: number }).__cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
const cls = async (page: Page) => {
  await page.waitForTimeout(500);
  return page.evaluate(() => (window as unknown as { __cls: number }).__cls);
};
/** The form controls and their ids: what must be the same in the served page and after hydration. */
const controls = (page: Page, root: string) =>
  page.$$eval(`${root} :is(input, select, textarea, button, li[id])`, (els) => els.map((e) => `${e.tagName.toLowerCase()}#${e.id}${e instanceof HTMLInputElement ? `[${e.type}]` : ''}`));
/** Holds back the islands' code (not the header's script) so the reader can act before hydration. */
const slowIslands = (context: BrowserContext, ms: number) =>
  context.route(/\/_astro\/(?!HeaderSearch|preload-helper).*\.js$/, async (route) => {
    await new Promise((r) => setTimeout(r, ms));
    await route.continue();
  });
const savePlan = (page: Page, ids: string[]) =>
  page.evaluate((list) => {
    const now = Date.now();
    const items = list.map((id, pos) => ({ id, note: 'Note', ansvarlig: 'Teamleder', dato: '2027-03-01', changedAt: now - 1000, pos }));
    localStorage.setItem('laeringskatalog:plan', JSON.stringify({ v: 2, savedAt: new Date(now).toISOString(), data: { items, removed: {}, setAside: [] } }));
  }, ids);

// Hydration, layout shifts and early input cannot depend on the base path: root run only (the
// sub-path run still loads and uses these tools in anbefalinger.test.ts and plan-work.test.ts).
describe.skipIf(!atRoot())('issue 25: the served page is the tool', () => {
  it('hub: the served list, filters and check boxes are the hydrated ones; hydration moves nothing; a tick and a filter chosen before hydration count', async () => {
    const served = await watchedPage(browser, { ...PHONE, javaScriptEnabled: false });
    await served.page.goto(at('/anbefalinger/'));
    const before = await controls(served.page, '.hub');
    await served.context.close();

    const w = await watchedPage(browser, PHONE);
    await watchShifts(w.context);
    await w.page.goto(at('/anbefalinger/'));
    await w.page.locator('.hub[data-ready]').waitFor();
    expect(await cls(w.page)).toBeLessThanOrEqual(0.02);
    expect(await controls(w.page, '.hub')).toEqual(before);
    await w.context.close();

    const slow = await watchedPage(browser, PHONE);
    await slowIslands(slow.context, 2500);
    await slow.page.goto(at('/anbefalinger/'), { waitUntil: 'commit' });
    await slow.page.locator('li[id="mf-arbejdsgruppe"] input[type=checkbox]').check({ force: true });
    await slow.page.selectOption('#filter-kilde', 'mestringsforloeb', { force: true });
    expect(await slow.page.locator('astro-island[ssr]').count(), 'før hydreringen').toBeGreaterThan(0);
    await hydrated(slow.page);
    await slow.page.locator('.hub[data-ready]').waitFor();
    await expect.poll(() => slow.page.evaluate(() => JSON.parse(localStorage.getItem('laeringskatalog:plan') ?? 'null')?.data.items.map((i: { id: string }) => i.id))).toEqual(['mf-arbejdsgruppe']);
    expect(await slow.page.locator('li[id="mf-arbejdsgruppe"] input[type=checkbox]').isChecked()).toBe(true);
    await expect.poll(() => slow.page.locator('.hub-list > li:not([hidden])').count()).toBe(22);
    expect(slow.page.url()).toContain('kilde=mestringsforloeb');
    expect(slow.consoleErrors).toEqual([]);
    await slow.context.close();
  });

  it('Min plan: the served page has the tool\'s controls; items read from the browser move nothing', async () => {
    const served = await watchedPage(browser, { ...PHONE, javaScriptEnabled: false });
    await served.page.goto(at('/anbefalinger/min-plan/'));
    const before = await controls(served.page, '.min-plan');
    expect(await served.page.locator('main').innerText()).toContain('Min plan kræver JavaScript');
    await served.context.close();

    const w = await watchedPage(browser, PHONE);
    await w.page.goto(at('/anbefalinger/min-plan/'));
    await savePlan(w.page, ['mf-arbejdsgruppe']);
    await watchShifts(w.context);
    await w.page.reload();
    await w.page.locator('.min-plan[data-ready]').waitFor();
    await expect.poll(() => w.page.locator('.plan-item').count()).toBe(1);
    expect(await cls(w.page)).toBeLessThanOrEqual(0.02);
    // the tool's own controls are the served ones (the item's controls come from the browser)
    const after = await controls(w.page, '.min-plan');
    expect(after.filter((c) => !c.includes('#plan-') && c !== 'button#')).toEqual(before.filter((c) => c !== 'button#'));
    // and with three items on a wide screen
    await savePlan(w.page, ['mf-arbejdsgruppe', 'mf-eftervaern', 'vm-2-saet-delmaal']);
    await w.page.setViewportSize({ width: 1280, height: 800 });
    await w.page.reload();
    await w.page.locator('.min-plan[data-ready]').waitFor();
    await expect.poll(() => w.page.locator('.plan-item').count()).toBe(3);
    expect(await cls(w.page)).toBeLessThanOrEqual(0.02);
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  });

  it('Min plan: a file chosen before hydration is imported', async () => {
    const slow = await watchedPage(browser, PHONE);
    await slowIslands(slow.context, 2500);
    await slow.page.goto(at('/anbefalinger/min-plan/'), { waitUntil: 'commit' });
    const file = { format: 'laeringskatalog-plan', version: 1, plan: { items: [{ id: 'mf-eftervaern', note: 'fra filen', ansvarlig: '', dato: '' }] } };
    await slow.page.locator('.plan-actions input[type=file]').setInputFiles({ name: 'plan.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    expect(await slow.page.locator('astro-island[ssr]').count(), 'før hydreringen').toBeGreaterThan(0);
    await hydrated(slow.page);
    await expect.poll(() => slow.page.locator('.plan-item').count()).toBe(1);
    expect(await slow.page.getByLabel('Egen note').inputValue()).toBe('fra filen');
    expect(slow.consoleErrors).toEqual([]);
    await slow.context.close();
  });

  it('Forløbsplanlægger: the served form is the hydrated one; what was chosen and typed before hydration is planned', async () => {
    const served = await watchedPage(browser, { ...PHONE, javaScriptEnabled: false });
    await served.page.goto(at('/mestringsforloeb/planlaegger/'));
    const before = await controls(served.page, '.planner');
    await served.context.close();

    const w = await watchedPage(browser, PHONE);
    await watchShifts(w.context);
    await w.page.goto(at('/mestringsforloeb/planlaegger/'));
    await hydrated(w.page);
    expect(await cls(w.page)).toBeLessThanOrEqual(0.02);
    expect(await controls(w.page, '.planner')).toEqual(before);
    await w.context.close();

    const slow = await watchedPage(browser, PHONE);
    await slowIslands(slow.context, 2500);
    await slow.page.goto(at('/mestringsforloeb/planlaegger/'), { waitUntil: 'commit' });
    await slow.page.getByLabel(/Praktik og opfølgning/).fill('14', { force: true });
    await slow.page.getByLabel('Startdato').fill('2027-01-04', { force: true });
    expect(await slow.page.locator('astro-island[ssr]').count(), 'før hydreringen').toBeGreaterThan(0);
    await hydrated(slow.page);
    await expect.poll(() => slow.page.locator('.plan-result').innerText()).toContain('Samlet længde: 22 uger');
    expect(slow.consoleErrors).toEqual([]);
    await slow.context.close();
  });
});
