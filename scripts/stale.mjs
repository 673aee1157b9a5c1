/**
 * Whether a build in `outDir` is missing or older than the sources it is made from. `npm test`
 * (scripts/test-all.mjs) and `npm run screenshots` build only then.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = ['src', 'public', 'astro.config.mjs', 'package.json'];

function newestMtime(paths) {
  let newest = 0;
  const walk = (p) => {
    if (!existsSync(p)) return;
    const s = statSync(p);
    if (s.isDirectory()) for (const n of readdirSync(p)) walk(join(p, n));
    else newest = Math.max(newest, s.mtimeMs);
  };
  paths.forEach(walk);
  return newest;
}

export function buildIsStale(outDir) {
  const index = join(outDir, 'index.html');
  return !existsSync(index) || newestMtime(SOURCES) > statSync(index).mtimeMs;
}
