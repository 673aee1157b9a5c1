/**
 * After the build: hash every inline script in dist/ and write the security headers for static
 * hosts (dist/_headers), Apache (dist/.htaccess) and nginx (dist/_nginx.conf, an include).
 */
import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile, htaccess, inlineScriptHashes, nginxSnippet } from '../lib/security-headers.ts';
import { htmlFiles } from './files.ts';


export default function securityHeadersIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'laeringskatalog:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = await Promise.all((await htmlFiles(root)).map((f) => readFile(f, 'utf8')));
        const hashes = inlineScriptHashes(pages);
        await writeFile(join(root, '_headers'), headersFile(hashes));
        await writeFile(join(root, '.htaccess'), htaccess(hashes));
        await writeFile(join(root, '_nginx.conf'), nginxSnippet(hashes, base));
        logger.info(`Sikkerhedsheaders skrevet (${hashes.length} inline-scripts tilladt via hash).`);
      },
    },
  };
}
