/**
 * Builds the Pagefind search index as part of `astro build` (one command, one place to fail),
 * after adding each page's compound-word tails (see src/lib/search/decompound.ts) as index-only
 * metadata so that "praktik" finds "virksomhedspraktik", and then rewrites Pagefind's bundle into
 * smaller pieces so that a first search downloads less (src/lib/search/pagefind-tune.ts).
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { buildVocabulary, indexParts } from '../lib/search/decompound.ts';
import { separateBlocks } from '../lib/search/index-html.ts';
import { tunePagefindBundle, unwrap } from '../lib/search/pagefind-tune.ts';
import { vocabularyText } from '../lib/search/vocabulary.ts';
import { withPagefindEntry } from '../lib/search/entry.ts';
import { mergeFilterValues, pageFilterValues, withFilterOptions, type FilterValues } from '../lib/search/filter-options.ts';
import { htmlFiles } from './files.ts';

/** The indexable text of a page: what is inside data-pagefind-body, tags stripped. */
export function bodyText(html: string): string {
  const start = html.indexOf('data-pagefind-body');
  if (start < 0) return '';
  return html
    .slice(start)
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ');
}

/** What Pagefind never indexes as a page's text (see buildSearchIndex). */
export const EXCLUDE = ['button', '.print-only', 'nav'];

/** Next to the index: the site's words, loaded by the search only for a word the index lacks. */
export const VOCABULARY_FILE = 'vocabulary.txt';

/** The text of every indexed page as Pagefind has it (its fragments), and the index-only words. */
async function indexedTexts(bundle: string): Promise<string[]> {
  const dir = join(bundle, 'fragment');
  const texts: string[] = [];
  for (const f of await readdir(dir)) {
    const data = JSON.parse(new TextDecoder().decode(unwrap(await readFile(join(dir, f)), f))) as { content: string; meta: Record<string, string> };
    texts.push(data.content, data.meta.title ?? '', data.meta.beskrivelse ?? '', data.meta.felter ?? '');
  }
  return texts;
}

/**
 * How src/lib/search/pagefind-tune.ts rewrites Pagefind's bundle: index chunks of about 8 KB (about
 * 5 KB gzip); groups sharing two letters may grow to 48 KB, about the size of Pagefind's own
 * chunks (20,000 word positions), before they are cut deeper – but never deeper than three letters:
 * a larger index keeps Pagefind's own chunks (the decision and its numbers: bench/README.md).
 */
export const TUNING = { chunks: { target: 8000, shallow: 2, max: 48000, maxCut: 3 }, dropMeta: ['dele', 'beskrivelse', 'felter'] };

/**
 * Index the built site in `root` into `outputPath`. The build uses it with tuning; the search
 * tests build an untuned reference with it to prove the tuning changes no search result.
 */
export async function buildSearchIndex(root: string, outputPath: string, opts: { tune: boolean }) {
  const files = await htmlFiles(root);
  const pages = await Promise.all(files.map(async (f) => ({ f, html: await readFile(f, 'utf8') })));
  const vocab = buildVocabulary(pages.map((p) => bodyText(p.html)));

  // Never body text, wherever they are rendered: buttons, print-only lines and navigation
  // (pages and components also mark tool chrome and citation lines with data-pagefind-ignore).
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'da', excludeSelectors: EXCLUDE });
  if (!index) throw new Error(`Pagefind kunne ikke starte: ${errors.join('; ')}`);
  let count = 0;
  const filters: FilterValues[] = [];
  for (const { f, html } of pages) {
    if (!html.includes('data-pagefind-body')) continue;
    filters.push(pageFilterValues(html));
    const parts = indexParts(bodyText(html), vocab);
    const blocks = separateBlocks(html);
    const content = parts.length ? blocks.replace('</body>', `<div data-pagefind-meta="dele:${parts.join(' ')}"></div></body>`) : blocks;
    // Site-relative: Pagefind prefixes the base path itself (from where its bundle is served).
    const url = '/' + relative(root, f).split(sep).join('/').replace(/index\.html$/, '');
    const res = await index.addHTMLFile({ url, content });
    if (res.errors.length) throw new Error(`Pagefind: ${f}: ${res.errors.join('; ')}`);
    count++;
  }
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  // The words of the indexed text, for query understanding (src/lib/search/vocabulary.ts).
  const vocabulary = vocabularyText(await indexedTexts(outputPath));
  await writeFile(join(outputPath, VOCABULARY_FILE), vocabulary);
  // Smaller index chunks and fragments: a first search downloads less (see the module).
  const tuned = opts.tune ? await tunePagefindBundle(outputPath, TUNING) : null;
  return { count, vocabSize: vocab.size, vocabularyBytes: Buffer.byteLength(vocabulary), tuned, filterValues: mergeFilterValues(filters) };
}

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'laeringskatalog:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const { count, vocabSize, vocabularyBytes, tuned, filterValues } = await buildSearchIndex(root, join(root, 'pagefind'), { tune: true });
        // Every page names the index files, so a first search fetches them at once (src/lib/search/entry.ts),
        // and the search page lists the filters' values itself (src/lib/search/filter-options.ts).
        const entry = await readFile(join(root, 'pagefind', 'pagefind-entry.json'), 'utf8');
        for (const f of await htmlFiles(root)) {
          const html = await readFile(f, 'utf8');
          const served = withFilterOptions(withPagefindEntry(html, entry), filterValues);
          if (served !== html) await writeFile(f, served);
        }
        logger.info(`Søgeindeks bygget over ${count} sider (${vocabSize} ord i ordforrådet; ${VOCABULARY_FILE} ${(vocabularyBytes / 1024).toFixed(0)} KB).`);
        if (tuned) {
          logger.info(
            (tuned.keptPagefindChunks
              ? `Indeksdele: Pagefinds egne ${tuned.chunksBefore} beholdt (små dele ville kræve snit efter mere end ${TUNING.chunks.maxCut} tegn); `
              : `Indeksdele: ${tuned.chunksBefore} → ${tuned.chunksAfter} (største ${(tuned.largestChunkBefore / 1024).toFixed(1)} → ${(tuned.largestChunkAfter / 1024).toFixed(1)} KB); søgeord på over ${tuned.deepestCut} tegn finder altid alt; `) +
              `fragmenter ${(tuned.fragmentBytesBefore / 1024).toFixed(0)} → ${(tuned.fragmentBytesAfter / 1024).toFixed(0)} KB.`,
          );
        }
      },
    },
  };
}
