/**
 * The content in src/content passes the content check, read from disk as `npm run check:content`
 * reads it (the rules and every slip they catch are tested in content-check.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { checkProject } from '../../src/lib/content-check/files';
import { formatReport } from '../../src/lib/content-check/problem';
import { readContent } from '../helpers/content-files';

const root = new URL('../..', import.meta.url).pathname;

describe('content in src/content', () => {
  it('passes the content check (schemas, references, pages, links, ids, wording, MDX)', () => {
    const problems = checkProject(root);
    expect(problems.length, formatReport(problems)).toBe(0);
  });

  it('npm run check:content runs in plain Node (no Vite) and says so', () => {
    // The CLI loads the TypeScript modules with Node's type stripping: an import without its
    // .ts extension, or a type imported without `import type`, would break it here.
    const r = spawnSync(join(root, 'node_modules', '.bin', 'node'), [join(root, 'scripts', 'check-content.mjs')], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^Indholdstjekket fandt ingen fejl\. \(\d+,\d s\)\n$/);
    expect(r.status).toBe(0);
  });

  it('every source document has its kilde entry and its source text', () => {
    const { catalog } = readContent(root);
    expect(catalog.kilder!.length).toBeGreaterThanOrEqual(5);
    for (const k of catalog.kilder!) expect((k.data.sideomfang as string).length, k.id).toBeGreaterThan(0);
  });
});
