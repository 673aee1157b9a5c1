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

/** A PDF made elsewhere (e.g. by LibreOffice), as `pdftohtml -xml` reads it: one poppler call. */
export interface ReadPdf {
  pages: number;
  /** Each page's text lines in the order the writer put them (a table cell by cell), one per line. */
  pageTexts: string[];
  /** Bookmarks (the outline), nested ones flattened, in order. */
  outline: string[];
}

export function readPdf(file: string): ReadPdf {
  const xml = execFileSync('pdftohtml', ['-xml', '-i', '-q', '-stdout', file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const pageTexts = [...xml.matchAll(/<page\b[^>]*>([\s\S]*?)<\/page>/g)].map((page) =>
    [...page[1]!.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((t) => decode(t[1]!.replace(/<[^>]+>/g, ''))).join('\n'),
  );
  return { pages: pageTexts.length, pageTexts, outline: outlineOf(xml) };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string) => s.replace(/&(#x?[\da-f]+|\w+);/gi, (m, e: string) => (e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (ENTITIES[e] ?? m)));

/** The bookmark titles in a `pdftohtml -xml` document. */
export function outlineOf(xml: string): string[] {
  const outline = /<outline>[\s\S]*<\/outline>/.exec(xml)?.[0] ?? '';
  return [...outline.matchAll(/<item[^>]*>([\s\S]*?)<\/item>/g)].map((m) => decode(m[1]!.replace(/<[^>]+>/g, '')).trim());
}

/**
 * Words a line break cuts in two: a line ending in the start of one of `words` and the next line
 * starting with its rest (with or without a hyphen added). A break at a hyphen the word has
 * (»IT-|værktøjer«) is not a cut.
 */
export function brokenWords(text: string, words: readonly string[]): string[] {
  const known = new Set(words.flatMap((w) => w.match(/[\p{L}\d]+(?:-[\p{L}\d]+)*/gu) ?? []).filter((w) => w.length >= 8).map((w) => w.toLowerCase()));
  const lines = text.split('\n').map((l) => l.trim());
  const cut: string[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const end = /([\p{L}\d-]+)$/u.exec(lines[i]!)?.[1];
    const start = /^([\p{L}\d-]+)/u.exec(lines[i + 1]!)?.[1];
    if (!end || !start) continue;
    const whole = `${end}${start}`.toLowerCase();
    const unhyphenated = `${end.replace(/-$/, '')}${start}`.toLowerCase();
    if (known.has(whole) && !end.endsWith('-')) cut.push(`${end}|${start}`);
    else if (end.endsWith('-') && !known.has(whole) && known.has(unhyphenated)) cut.push(`${end}|${start}`);
  }
  return cut;
}
