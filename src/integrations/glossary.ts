/**
 * After the build, links the first use of each ordliste term on every page to its entry
 * (see src/lib/glossary-links.ts). Runs before the search index is built.
 */
import type { AstroIntegration } from 'astro';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withTrailingSlash } from '../lib/paths.ts';
import { parse as parseYaml } from 'yaml';
import { linkTerms, type Term } from '../lib/glossary-links.ts';
import { htmlFiles } from './files.ts';


export default function glossaryIntegration(): AstroIntegration {
  let base = '/';
  let root = '';
  return {
    name: 'laeringskatalog:ordliste-links',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = withTrailingSlash(config.base);
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const termDir = join(root, 'src', 'content', 'begreber');
        const terms: Term[] = [];
        for (const f of (await readdir(termDir)).filter((f) => f.endsWith('.yaml')).sort()) {
          const data = parseYaml(await readFile(join(termDir, f), 'utf8')) as { term: string; synonymer?: string[] };
          terms.push({ id: f.replace(/\.yaml$/, ''), forms: [data.term, ...(data.synonymer ?? [])] });
        }
        const out = fileURLToPath(dir);
        let links = 0;
        for (const file of await htmlFiles(out)) {
          if (file.includes(`${join(out, 'ordliste')}`) || file.includes(join(out, 'pagefind'))) continue;
          const html = await readFile(file, 'utf8');
          const res = linkTerms(html, terms, (id) => `${base}ordliste/#${id}`);
          if (res.linked.length) {
            await writeFile(file, res.html);
            links += res.linked.length;
          }
        }
        logger.info(`${links} ord linket til ordlisten.`);
      },
    },
  };
}
