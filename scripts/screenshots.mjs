#!/usr/bin/env node
/**
 * Screenshots of the site on a 390 px phone screen for docs/screenshots/: the front page, a tema
 * page, a tool (Selvtjek with some answers: its result and action list) and a template with
 * text. Builds first when dist/ is missing or older than the sources, serves dist/ on a free
 * port with scripts/serve.mjs and uses Debian's Chromium through playwright-core (a real
 * 390 px wide window, not mobile emulation). Each picture is the first three screens (or less).
 *
 *   npm run screenshots        (CHROMIUM_PATH=… to use another Chromium)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';
import { buildIsStale } from './stale.mjs';

const OUT = 'docs/screenshots';
const WIDTH = 390;
const HEIGHT = 844;
const SCREENS = 3;

if (buildIsStale('dist')) {
  console.log('▶ Bygger sitet …');
  const r = spawnSync(join('node_modules', '.bin', 'astro'), ['build', '--force'], { stdio: 'inherit', env: { ...process.env, BASE_PATH: '/', OUT_DIR: 'dist' } });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

mkdirSync(OUT, { recursive: true });
const { server, url } = await startServer({ dir: 'dist', base: '/', port: 0 });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });

/** Screenshot from `top` (page coordinates) down, at most SCREENS screens. */
async function shot(page, name, top = 0) {
  const total = await page.evaluate(() => document.documentElement.scrollHeight);
  const y = Math.max(0, Math.round(top));
  const height = Math.min(HEIGHT * SCREENS, total - y);
  const path = join(OUT, `${name}.png`);
  await page.screenshot({ path, fullPage: true, clip: { x: 0, y, width: WIDTH, height } });
  console.log(`  ${path} (${Math.round(statSync(path).size / 1024)} KB)`);
}

try {
  const context = await browser.newContext({ viewport: { width: WIDTH, height: HEIGHT }, locale: 'da-DK' });
  const page = await context.newPage();

  await page.goto(url);
  await shot(page, 'forside-390');

  await page.goto(`${url}laeringskatalog/tema-1/`);
  await shot(page, 'tema-1-390');

  // Selvtjek: a few answers, a note, then the result, the chart and the action list
  await page.goto(`${url}tjek/tjek-jobcentrets-beredskab/`);
  const questions = page.locator('.selvtjek fieldset.question');
  await questions.first().waitFor();
  const answers = ['Ja', 'Nej', 'Delvist', 'Ja', 'Nej', 'Ja', 'Ved ikke', 'Delvist'];
  for (let i = 0; i < answers.length; i++) await questions.nth(i).getByLabel(answers[i], { exact: true }).check();
  await questions.nth(1).getByLabel('Note (valgfri)').fill('Vi mangler et for-forløb før praktikken.');
  await page.locator('.action-list details').first().evaluate((d) => (d.open = true));
  const results = await page.locator('.results').evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
  await shot(page, 'selvtjek-390', results - 8);

  // A feedback form with text in the site's fields and the first row
  await page.goto(`${url}skabeloner/feedbackskema-efter-samtalen/`);
  await page.locator('[data-template-actions]').waitFor();
  await page.getByLabel('Dato', { exact: true }).fill('14.03.2027');
  await page.locator('.answer-grid textarea').first().fill('Du spurgte ind til borgerens erfaringer fra lageret og koblede dem til ledige job i området.');
  await shot(page, 'skabelon-390');

  await context.close();
} finally {
  await browser.close();
  server.close();
}
