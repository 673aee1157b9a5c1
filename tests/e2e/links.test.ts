/** Link check over the built site: every internal link and anchor resolves. No browser needed. */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { builtPages } from './browser';

const dist = inject('distDir');
const base = inject('basePath').replace(/\/?$/, '/');
const pages = builtPages(dist);

const fileFor = (path: string) => {
  const p = join(dist, path);
  if (path === '' || path.endsWith('/')) return join(p, 'index.html');
  return existsSync(p) ? p : join(p, 'index.html');
};
const idsCache = new Map<string, Set<string>>();
const idsOf = (file: string) => {
  let ids = idsCache.get(file);
  if (!ids) {
    const html = readFileSync(file, 'utf8');
    ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
    idsCache.set(file, ids);
  }
  return ids;
};

describe('internal links', () => {
  for (const page of pages) {
    it(`${page}: every link and anchor resolves`, () => {
      const file = fileFor(page.replace(/^\//, ''));
      const html = readFileSync(file, 'utf8');
      const broken: string[] = [];
      for (const m of html.matchAll(/\s(?:href|src|action)="([^"]*)"/g)) {
        const raw = m[1]!.replace(/&amp;/g, '&');
        if (/^(https?:|mailto:|tel:|data:|javascript:)/.test(raw) || raw === '') continue;
        if (raw.startsWith('#')) {
          if (raw.length > 1 && !idsOf(file).has(decodeURIComponent(raw.slice(1)))) broken.push(raw);
          continue;
        }
        if (!raw.startsWith('/')) continue; // relative links are resolved by the browser tests
        if (!raw.startsWith(base)) {
          broken.push(`${raw} (uden for base ${base})`);
          continue;
        }
        const [pathAndQuery, hash] = raw.split('#');
        const path = decodeURIComponent(pathAndQuery!.split('?')[0]!.slice(base.length));
        const target = fileFor(path);
        if (!existsSync(target)) {
          broken.push(raw);
          continue;
        }
        if (hash && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(hash))) broken.push(raw);
      }
      expect(broken).toEqual([]);
    });
  }
});
