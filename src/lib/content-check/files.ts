/**
 * The content check's disk side (Node only): the content files of a folder, the addresses the
 * site's own pages (src/pages) make, and one call that checks a project folder.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { checkContent } from './index.ts';
import type { ContentFiles } from './load.ts';
import type { Problem } from './problem.ts';
import type { Routes } from './site.ts';

function walk(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.sort().flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** Every file under the content folder except the schemas: path relative to it → text. */
export function readContentFiles(contentDir: string): ContentFiles {
  const files: ContentFiles = new Map();
  for (const path of walk(contentDir)) {
    const rel = relative(contentDir, path).split(sep).join('/');
    if (!rel.includes('/')) continue; // schemas.ts and other files beside the collections
    files.set(rel, readFileSync(path, 'utf8'));
  }
  return files;
}

/** Pages made once per entry of a collection: src/pages/<folder>/[id].astro → collection. */
const PER_ENTRY: Record<string, string> = { cases: 'cases', projekter: 'projekter', skabeloner: 'skabeloner', tjek: 'tjeklister' };

/** The addresses src/pages makes (the MDX pages come from [...slug].astro and the content). */
export function readRoutes(pagesDir: string): Routes {
  const routes: Routes = { fixed: [], perEntry: {} };
  for (const path of walk(pagesDir)) {
    const rel = relative(pagesDir, path).split(sep).join('/');
    if (!rel.endsWith('.astro')) continue;
    const route = rel.replace(/\.astro$/, '').replace(/(^|\/)index$/, '');
    const dynamic = /^(.*?)\/?\[([^\]]+)\]$/.exec(route);
    if (dynamic) {
      const folder = dynamic[1]!;
      if (PER_ENTRY[folder]) routes.perEntry[`/${folder}/`] = PER_ENTRY[folder]!;
      continue;
    }
    if (route === '404') continue;
    routes.fixed.push(route === '' ? '/' : `/${route}/`);
  }
  return routes;
}

/** Check the content of a project folder (src/content, with src/pages for addresses). */
export function checkProject(root: string, contentDir = join(root, 'src', 'content')): Problem[] {
  return checkContent(readContentFiles(contentDir), { routes: readRoutes(join(root, 'src', 'pages')) });
}
