/** Print a page to PDF the way a reader's browser does (A4 via @page) and inspect it with poppler. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

export interface PdfInfo {
  file: string;
  pages: number;
  /** Page size in points, e.g. [595, 842] for A4 portrait. */
  size: [number, number];
  text: string;
}

export async function printToPdf(page: Page, name: string): Promise<PdfInfo> {
  await page.emulateMedia({ media: 'print' });
  const buf = await page.pdf({ preferCSSPageSize: true, printBackground: false });
  await page.emulateMedia({ media: 'screen' });
  const file = join(mkdtempSync(join(tmpdir(), 'lk-pdf-')), `${name}.pdf`);
  writeFileSync(file, buf);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  const m = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  return { file, pages, size: [Math.round(Number(m?.[1])), Math.round(Number(m?.[2]))], text };
}

export const isA4Portrait = (s: [number, number]) => Math.abs(s[0] - 595) <= 1 && Math.abs(s[1] - 842) <= 1;
export const isA4Landscape = (s: [number, number]) => Math.abs(s[0] - 842) <= 1 && Math.abs(s[1] - 595) <= 1;
