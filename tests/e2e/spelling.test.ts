/**
 * Danish spelling of everything a reader sees on the built pages (DIST_DIR): body text,
 * headings, labels, alt texts and the like (see tests/helpers/visible-text.ts), checked by
 * hunspell with Debian's Danish dictionary (`hunspell-da`) in one run over all the text. A word
 * the dictionary does not know fails the test, with the pages it is on, unless it is on the
 * reviewed list tests/spelling/accepted.txt (names, the sources' own spellings, terms).
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { atRoot, builtPages } from './browser';
import { visibleText } from '../helpers/visible-text';

const dist = inject('distDir');
const DICTIONARY = '/usr/share/hunspell/da_DK';
const ACCEPTED = new URL('../spelling/accepted.txt', import.meta.url).pathname;

/** The reviewed words, lower case: one per line; `#` starts a comment. */
function acceptedWords(text: string): Set<string> {
  return new Set(text.split('\n').map((l) => l.replace(/#.*/, '').trim().toLowerCase()).filter(Boolean));
}

/** Every word hunspell does not know in the given lines, as hunspell prints it. */
function unknownWords(lines: string[]): string[] {
  const r = spawnSync('hunspell', ['-d', DICTIONARY, '-i', 'utf-8', '-l'], { input: lines.join('\n'), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw new Error(`hunspell kunne ikke starte (apt-get install hunspell hunspell-da): ${r.error.message}`);
  if (r.status !== 0) throw new Error(`hunspell fejlede: ${r.stderr}`);
  return r.stdout.split('\n').filter(Boolean);
}

/** hunspell keeps a sentence's final full stop and a compound's dangling hyphen on the word. */
const clean = (w: string) => w.replace(/^[-–]+|[-–.]+$/g, '');

/** All pages' visible text and the words hunspell does not know in it: one hunspell run. */
let scanned: { pages: { page: string; lines: string[] }[]; words: string[] } | undefined;
function scan() {
  if (!scanned) {
    const pages = builtPages(dist).map((p) => ({ page: p, lines: visibleText(readFileSync(join(dist, p.endsWith('.html') ? p : join(p, 'index.html')), 'utf8')) }));
    const words = [...new Set(unknownWords(pages.flatMap((p) => p.lines)).map(clean).filter((w) => /\p{L}/u.test(w)))];
    scanned = { pages, words };
  }
  return scanned;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe.skipIf(!atRoot())('Danish spelling (hunspell da_DK)', () => {
  it('has the Danish dictionary and a reviewed list of accepted words', () => {
    expect(existsSync(`${DICTIONARY}.dic`), 'apt-get install hunspell-da').toBe(true);
    expect(acceptedWords(readFileSync(ACCEPTED, 'utf8')).size).toBeGreaterThan(0);
  });

  it('the check finds a misspelt word (it can fail)', () => {
    expect(unknownWords(['Borgeren kom i virksomhedspraktik og fik succesen.', 'En væsentlig faktor for successen er jobcentrerne.']).map(clean).sort()).toEqual(['jobcentrerne', 'successen']);
  });

  it('every word on every page is in the dictionary or on the reviewed list', () => {
    const accepted = acceptedWords(readFileSync(ACCEPTED, 'utf8'));
    const { pages, words } = scan();
    const wrong = words.filter((w) => !accepted.has(w.toLowerCase())).sort((a, b) => a.localeCompare(b, 'da'));
    const report = wrong.map((w) => {
      const re = new RegExp(`(^|[^\\p{L}\\p{N}])${escape(w)}(?![\\p{L}\\p{N}])`, 'u');
      const on = pages.filter((p) => p.lines.some((l) => re.test(l))).map((p) => p.page);
      return `${w} – ${on.join(', ') || '(siden ikke fundet)'}`;
    });
    expect(report).toEqual([]);
  });

  it('the reviewed list has no word the site no longer uses (it stays short)', () => {
    const accepted = acceptedWords(readFileSync(ACCEPTED, 'utf8'));
    const used = new Set(scan().words.map((w) => w.toLowerCase()));
    expect([...accepted].filter((w) => !used.has(w))).toEqual([]);
  });
});
