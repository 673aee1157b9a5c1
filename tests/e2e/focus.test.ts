/**
 * Buttons that remove themselves (or their whole notice) when used: afterwards keyboard focus
 * must be on a sensible element, never dropped to <body>, where a keyboard or screen-reader
 * user loses their place. Every such button on the site is here; each case first checks that
 * the button really is gone (or disabled), so the test checks what it claims to.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { at, hydrated, launch, watchedPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** What has focus: tag, id/class and text, for the failure message; "BODY" when focus was lost. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body || !el.isConnected) return 'BODY';
    return `${el.tagName}${el.id ? '#' + el.id : ''}${el.className ? '.' + String(el.className).split(' ').join('.') : ''} »${(el.textContent ?? '').trim().slice(0, 40)}«`;
  });

/** Activate a button from the keyboard, wait until it is gone or disabled, and say where focus is. */
async function activate(page: Page, button: Locator): Promise<string> {
  const handle = await button.elementHandle();
  await button.focus();
  await page.keyboard.press('Enter');
  await expect.poll(async () => handle!.evaluate((b) => !b.isConnected || (b as HTMLButtonElement).disabled || (b as HTMLElement).offsetParent === null)).toBe(true);
  return focused(page);
}

async function planWith(page: Page, n: number) {
  await page.goto(at('/anbefalinger/'));
  await page.locator('.hub[data-ready]').waitFor();
  const boxes = page.getByLabel(/Med i min plan/);
  for (let i = 0; i < n; i++) await boxes.nth(i).check();
}

describe('focus after a button removes itself', () => {
  it('»Nulstil filtre« (anbefalinger)', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(at('/anbefalinger/?kilde=mestringsforloeb'));
    await hydrated(w.page);
    expect(await activate(w.page, w.page.getByRole('button', { name: 'Nulstil filtre' }))).not.toBe('BODY');
    await w.context.close();
  });

  it('»Fjern fra planen« (min plan)', async () => {
    const w = await watchedPage(browser);
    await planWith(w.page, 2);
    await w.page.goto(at('/anbefalinger/min-plan/'));
    const remove = w.page.getByRole('button', { name: /Fjern fra planen/ });
    await remove.first().waitFor();
    expect(await activate(w.page, remove.first())).not.toBe('BODY');
    await w.context.close();
  });

  it('»Flyt op« that becomes disabled at the top (min plan)', async () => {
    const w = await watchedPage(browser);
    await planWith(w.page, 2);
    await w.page.goto(at('/anbefalinger/min-plan/'));
    const up = w.page.getByRole('button', { name: /Flyt op/ });
    await up.first().waitFor();
    expect(await activate(w.page, up.nth(1))).not.toBe('BODY');
    await w.context.close();
  });

  describe('selvtjek', () => {
    const URL_ = '/tjek/tjek-jobcentrets-beredskab/';
    const shareLink = async (page: Page) => {
      await page.goto(at(URL_));
      await page.locator('.selvtjek[data-loaded] fieldset.question').first().waitFor();
      await page.locator('.selvtjek fieldset.question').first().getByLabel('Ja', { exact: true }).check();
      await page.getByRole('button', { name: 'Lav delingslink' }).click();
      return page.getByLabel('Delingslink').inputValue();
    };

    for (const name of ['Nej tak', 'Indlæs svarene']) {
      it(`»${name}« (a shared link)`, async () => {
        const a = await watchedPage(browser);
        const link = await shareLink(a.page);
        await a.context.close();
        const w = await watchedPage(browser);
        await w.page.goto(link);
        const button = w.page.getByRole('button', { name });
        await button.waitFor();
        expect(await activate(w.page, button)).not.toBe('BODY');
        await w.context.close();
      });
    }

    it('»Slet denne vurdering« (the last assessment)', async () => {
      const w = await watchedPage(browser);
      w.page.on('dialog', (d) => void d.accept());
      await w.page.goto(at(URL_));
      await w.page.locator('.selvtjek[data-loaded] fieldset.question').first().waitFor();
      await w.page.locator('.selvtjek fieldset.question').first().getByLabel('Ja', { exact: true }).check();
      expect(await activate(w.page, w.page.getByRole('button', { name: 'Slet denne vurdering' }))).not.toBe('BODY');
      await w.context.close();
    });
  });

  describe('the notice about saved data (StorageNotice)', () => {
    it('»Start forfra« when the saved plan is from a newer version of the site', async () => {
      const w = await watchedPage(browser);
      w.page.on('dialog', (d) => void d.accept());
      await w.page.goto(at('/anbefalinger/'));
      await w.page.evaluate(() => localStorage.setItem('laeringskatalog:plan', JSON.stringify({ v: 99, savedAt: new Date().toISOString(), data: {} })));
      await w.page.reload();
      const button = w.page.getByRole('button', { name: 'Start forfra' });
      await button.waitFor();
      expect(await activate(w.page, button)).not.toBe('BODY');
      await w.context.close();
    });

    it('»Fjern« on saved data that could not be read and was set aside (min plan)', async () => {
      const w = await watchedPage(browser);
      w.page.on('dialog', (d) => void d.accept());
      await w.page.goto(at('/anbefalinger/'));
      await w.page.evaluate(() => localStorage.setItem('laeringskatalog:plan', '{ikke json'));
      await w.page.goto(at('/anbefalinger/min-plan/'));
      const button = w.page.getByRole('button', { name: /^Fjern:?/ }).first();
      await button.waitFor();
      expect(await activate(w.page, button)).not.toBe('BODY');
      await w.context.close();
    });
  });
});
