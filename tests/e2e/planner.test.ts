/** Forløbsplanlægger: dates and ISO weeks across the year boundary, clear errors, prints on one A4 page. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { at, hydrated, launch, watchedPage } from './browser';
import { isA4Portrait, printToPdf } from './pdf';
import { axeViolations } from './axe';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('forløbsplanlægger', () => {
  it('computes the phases from a start in late December 2026 (week 53) and prints them on one A4 page', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(at('/mestringsforloeb/planlaegger/'));
    await hydrated(w.page);
    await w.page.getByLabel('Startdato').fill('2026-12-28');
    await w.page.getByLabel('Startdato').press('Enter');
    const table = w.page.locator('.plan-result table');
    await table.waitFor();
    const rows = await table.locator('tbody tr').allInnerTexts();
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain('mandag 28. december 2026');
    expect(rows[0]).toContain('uge 53 (2026)');
    expect(rows[2]).toContain('søndag 16. maj 2027');
    expect(await w.page.locator('.plan-result').innerText()).toContain('Samlet længde: 20 uger');
    expect(await axeViolations(w.page)).toEqual([]);
    const pdf = await printToPdf(w.page, 'forloebsplan');
    expect(pdf.pages).toBe(1);
    expect(isA4Portrait(pdf.size)).toBe(true);
    expect(pdf.text).toContain('uge 53 (2026)');
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  });

  it('says clearly what is wrong with input it cannot plan', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(at('/mestringsforloeb/planlaegger/'));
    await hydrated(w.page);
    await w.page.getByLabel('Startdato').fill('2026-03-02');
    await w.page.getByLabel('Startdato').press('Enter');
    await w.page.getByLabel(/Praktik og opfølgning/).fill('0');
    await expect.poll(() => w.page.locator('.error-summary').innerText()).toContain('Praktik og opfølgning skal være mindst 1 uge.');
    expect(await w.page.getByLabel(/Praktik og opfølgning/).getAttribute('aria-invalid')).toBe('true');
    await w.page.getByLabel(/Praktik og opfølgning/).fill('14');
    await w.page.locator('.plan-result table').waitFor();
    await w.context.close();
  });

  it('plans a praktik shorter than the source describes, and says what the source describes (s. 9)', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(at('/mestringsforloeb/planlaegger/'));
    await hydrated(w.page);
    await w.page.getByLabel('Startdato').fill('2026-03-02');
    await w.page.getByLabel('Startdato').press('Enter');
    await w.page.getByLabel(/Praktik og opfølgning/).fill('5');
    await w.page.locator('.plan-result table').waitFor();
    expect(await w.page.locator('.plan-result tbody tr').count()).toBe(3);
    const warnings = await w.page.locator('.plan-result .warnings').innerText();
    expect(warnings).toContain('Kataloget beskriver et praktikforløb på 12 uger');
    expect(warnings).toContain('(s. 9)');
    expect(warnings).toContain('mindst 18 uger (s. 5)');
    expect(await w.page.getByLabel(/Praktik og opfølgning/).getAttribute('aria-invalid')).toBe('false');
    await w.context.close();
  });
});
