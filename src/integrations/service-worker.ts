/**
 * After the build: writes dist/sw.js with this deployment's file list and a version derived
 * from the files' contents (a new deployment = a new cache; old caches are deleted).
 * The list is what »Brug uden net« saves when the reader asks for the whole site (the worker
 * never fetches it on its own, see src/sw/sw.js): every page and asset, and the search engine –
 * the files the search loads (Pagefind's API, the WebAssembly of the index's languages, metadata,
 * index chunks, filters, fragments, the vocabulary), not Pagefind's unused UI bundles.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withTrailingSlash } from '../lib/paths.ts';
import { walk } from './files.ts';

/** The Pagefind files the search (src/scripts/pagefind.ts) loads, for the given wasm languages. */
export function isSearchFile(f: string, wasm: string[]): boolean {
  if (!f.startsWith('pagefind/')) return false;
  const name = f.slice('pagefind/'.length);
  return (
    name === 'pagefind.js' ||
    name === 'pagefind-entry.json' ||
    name === 'vocabulary.txt' ||
    name.endsWith('.pf_meta') ||
    /^(index|fragment|filter)\/[^/]+\.pf_(index|fragment|filter)$/.test(name) ||
    wasm.some((w) => name === `wasm.${w}.pagefind`)
  );
}

/**
 * The files of the offline copy: pages (as their directory URL), assets, icons and the search
 * files. `wasm` names the languages of the search index (pagefind-entry.json).
 */
/**
 * The worker without its comments (every page that registers it downloads it): block comments
 * and whole-line // comments. The source keeps them; the worker has no strings that look like
 * comments (the unit test of the generated file checks that it still parses).
 */
export function stripComments(js: string): string {
  return js
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split('\n')
    .filter((l) => !/^\s*\/\//.test(l) && l.trim() !== '')
    .join('\n');
}

/** The worker's list of the site's files (offline-<version>.json), written by the build. */
export const OFFLINE_LIST = /^offline-[0-9a-f]+\.json$/;

export function offlineCopyFiles(files: string[], wasm: string[] = []): string[] {
  return files
    .filter((f) => (f.startsWith('pagefind/') ? isSearchFile(f, wasm) : !['_headers', '_nginx.conf', '.htaccess', 'sw.js', '404.html'].includes(f) && !OFFLINE_LIST.test(f)))
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
        base = withTrailingSlash(config.base);
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const files = (await walk(out)).map((f) => relative(out, f).split(sep).join('/'));
        const entry = JSON.parse(await readFile(join(out, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { wasm?: string }> };
        const list = offlineCopyFiles(files, Object.values(entry.languages).map((l) => l.wasm ?? 'unknown'));
        const hash = createHash('sha256');
        for (const f of files.filter((f) => f !== 'sw.js' && !OFFLINE_LIST.test(f)).sort()) hash.update(f).update(await readFile(join(out, f)));
        const version = hash.digest('hex').slice(0, 12);
        // The list is a file of its own, fetched only when a reader asks for the whole site: every
        // page that registers the worker would otherwise download it (about 3 KB) for nothing.
        const listFile = `offline-${version}.json`;
        await writeFile(join(out, listFile), JSON.stringify(list));
        const template = stripComments(await readFile(join(root, 'src', 'sw', 'sw.js'), 'utf8'));
        const sw = `// Generated from src/sw/sw.js (see the comments there).\n${template.replace('__VERSION__', version).replace('__BASE__', base).replace('__FILES__', listFile)}`;
        await writeFile(join(out, 'sw.js'), sw);
        logger.info(`Service worker ${version}: ${list.length} filer gemmes, når læseren beder om hele sitet til brug uden net.`);
      },
    },
  };
}
