/**
 * The five source texts (a copy of shared/seeds in tests/fixtures/seeds) split into their real
 * text and the scraped noise around it, as described in tests/fixtures/seeds/README.md.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = new URL('../fixtures/seeds/', import.meta.url).pathname;
const read = (prefix: string) => readFileSync(join(dir, readdirSync(dir).find((f) => f.startsWith(prefix))!), 'utf8').split('\n');

export interface Seed {
  id: string;
  real: string[];
  noise: string[];
}

function splitAt(lines: string[], index: number): [string[], string[]] {
  if (index < 0) throw new Error('seed marker not found');
  return [lines.slice(0, index), lines.slice(index)];
}

export function seeds(): Seed[] {
  const s000 = read('000_');
  const [n000, r000] = splitAt(s000, s000.findIndex((l) => l.trim() === 'Transkript:'));
  const s001 = read('001_');
  const s002 = read('002_');
  const start002 = s002.findIndex((l) => l.trim() === 'Transkript');
  const end002 = s002.findIndex((l) => l.startsWith('X Tidlig opsporing'));
  const s003 = read('003_');
  const [n003, r003] = splitAt(s003, s003.findIndex((l) => l.trim() === 'Transkript:'));
  const s004 = read('004_');
  const [r004, n004] = splitAt(s004, s004.findIndex((l) => l.trim() === 'RELATEREDE DOKUMENTER'));
  return [
    { id: 'empowerment-og-motivation', real: r000, noise: n000 },
    { id: 'virksomme-mekanismer', real: s001.slice(1), noise: s001.slice(0, 1) },
    { id: 'laeringskatalog', real: s002.slice(start002, end002), noise: [...s002.slice(0, start002), ...s002.slice(end002)] },
    { id: 'jobrettet-samtale', real: r003, noise: n003 },
    { id: 'mestringsforloeb', real: r004, noise: n004 },
  ];
}

/** Lower case, hyphenation joined, punctuation dropped, white space folded. */
export function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/(\p{L})- (\p{L})/gu, '$1$2')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Distinctive phrases from the scraped noise: the first six words of every noise line of at
 * least four words, unless the same words also occur in the real text of any seed.
 */
export function noisePhrases(): string[] {
  const all = seeds();
  const real = all.map((s) => normalize(s.real.join(' '))).join(' | ');
  const phrases = new Set<string>();
  for (const s of all) {
    for (const line of s.noise) {
      const words = normalize(line).split(' ').filter(Boolean);
      if (words.length < 4) continue;
      const phrase = words.slice(0, 6).join(' ');
      if (!real.includes(phrase)) phrases.add(phrase);
    }
  }
  return [...phrases];
}
