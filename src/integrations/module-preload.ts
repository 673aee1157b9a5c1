/**
 * After the build: a modulepreload link in each page's <head> for every chunk its eagerly
 * hydrated islands and module scripts import statically (src/lib/module-preload.ts says why).
 * Runs before the service worker's integration, which hashes the pages.
 */
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withTrailingSlash } from '../lib/paths.ts';
import { moduleClosure, pageEntries, withModulePreloads } from '../lib/module-preload.ts';
import { htmlFiles } from './files.ts';

export default function modulePreloadIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'laeringskatalog:module-preload',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = withTrailingSlash(config.base);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const chunks = new Map<string, Promise<string | undefined>>();
        const read = (url: string) => {
          if (!chunks.has(url)) {
            const file = url.startsWith(base) && url.endsWith('.js') ? join(root, decodeURIComponent(url.slice(base.length))) : null;
            chunks.set(url, file && existsSync(file) ? readFile(file, 'utf8') : Promise.resolve(undefined));
          }
          return chunks.get(url) as Promise<string | undefined>;
        };
        let pages = 0;
        for (const file of await htmlFiles(root)) {
          const html = await readFile(file, 'utf8');
          const entries = pageEntries(html);
          if (!entries.length) continue;
          const out = withModulePreloads(html, await moduleClosure(entries, read));
          if (out !== html) {
            await writeFile(file, out);
            pages++;
          }
        }
        logger.info(`Modulepreload tilføjet på ${pages} sider.`);
      },
    },
  };
}
