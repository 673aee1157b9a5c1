/**
 * After the build: writes dist/sw.js with this deployment's file list and a version derived
 * from the files' contents (a new deployment = a new cache; old caches are deleted).
 * The search index is not precached (it is cached when first used).
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { walk } from './files.ts';


/** Which built files to cache on install: pages (as their directory URL), assets, icons. */
export function precacheList(files: string[]): string[] {
  return files
    .filter((f) => !f.startsWith('pagefind/') && !['_headers', '_nginx.conf', '.htaccess', 'sw.js', '404.html'].includes(f))
    .map((f) => f.replace(/(^|\/)index\.html$/, '$1'))
    .sort();
}

export default function serviceWorkerIntegration(): AstroIntegration {
  let base = '/';
  let root = '';
  return {
    name: 'laeringskatalog:service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const files = (await walk(out)).map((f) => relative(out, f).split(sep).join('/'));
        const list = precacheList(files);
        const hash = createHash('sha256');
        for (const f of files.filter((f) => f !== 'sw.js').sort()) hash.update(f).update(await readFile(join(out, f)));
        const version = hash.digest('hex').slice(0, 12);
        const template = await readFile(join(root, 'src', 'sw', 'sw.js'), 'utf8');
        const sw = template.replace('__VERSION__', version).replace('__BASE__', base).replace('__PRECACHE__', JSON.stringify(list));
        await writeFile(join(out, 'sw.js'), sw);
        logger.info(`Service worker ${version}: ${list.length} filer gemmes til brug uden net.`);
      },
    },
  };
}
