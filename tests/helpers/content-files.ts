/**
 * Read every content entry straight from disk, validate it with the same schemas the build
 * uses, and assemble the catalogue for `src/lib/integrity.ts`. Used by unit tests and by
 * `npm run check:content`, a fast check that needs no build.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import * as schemas from '../../src/content/schemas';
import { formatIssues } from '../../src/lib/schema-errors';
import type { Catalog, Entry } from '../../src/lib/integrity';
import type { z } from 'astro/zod';

export const COLLECTION_SCHEMAS: Record<string, { schema: z.ZodType; ext: RegExp }> = Object.fromEntries(
  Object.entries(schemas.COLLECTIONS).map(([name, c]) => [name, { schema: c.schema as z.ZodType, ext: c.format === 'mdx' ? /\.mdx$/ : /\.ya?ml$/ }]),
);

function walk(dir: string): string[] {
  let out: string[] = [];
  let names: string[] = [];
  try {
    names = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of names.sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out = out.concat(walk(p));
    else out.push(p);
  }
  return out;
}

/** Split an MDX file into frontmatter data and body. */
export function splitFrontmatter(source: string): { data: unknown; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!m) return { data: {}, body: source };
  return { data: parseYaml(m[1]!), body: source.slice(m[0].length) };
}

export interface ReadResult {
  catalog: Catalog;
  /** Schema problems, one line each, naming file and field. */
  problems: string[];
}

export function readContent(root: string): ReadResult {
  const catalog: Catalog = {};
  const problems: string[] = [];
  for (const [name, { schema, ext }] of Object.entries(COLLECTION_SCHEMAS)) {
    const base = join(root, 'src', 'content', name);
    catalog[name] = [];
    for (const path of walk(base).filter((p) => ext.test(p))) {
      const file = relative(root, path).split(sep).join('/');
      // Same ids as Astro's glob loader: path without extension, a trailing /index dropped.
      const id = relative(base, path).split(sep).join('/').replace(ext, '').replace(/\/index$/, '');
      let raw: unknown;
      let body: string | undefined;
      try {
        const source = readFileSync(path, 'utf8');
        if (name === 'sider') ({ data: raw, body } = splitFrontmatter(source));
        else raw = parseYaml(source);
      } catch (err) {
        problems.push(`${file}: kan ikke læses: ${(err as Error).message}`);
        continue;
      }
      const result = schema.safeParse(raw);
      if (!result.success) {
        problems.push(...formatIssues(file, result.error.issues));
        continue;
      }
      const entry: Entry = { id, file, data: result.data as Record<string, unknown> };
      if (body !== undefined) entry.body = body;
      catalog[name]!.push(entry);
    }
  }
  return { catalog, problems };
}
