/**
 * Every content entry read from disk and validated with the schemas the build uses, through the
 * content check's own loader (src/lib/content-check/load.ts), as a catalogue for tests that read
 * the content (documents, Selvtjek, fidelity).
 */
import { join } from 'node:path';
import { readContentFiles } from '../../src/lib/content-check/files';
import { loadContent } from '../../src/lib/content-check/load';
import { formatProblem } from '../../src/lib/content-check/problem';
import type { Catalog } from '../../src/lib/integrity';

export interface ReadResult {
  catalog: Catalog;
  /** Schema problems, one Danish line each (file, line, field, what, fix). */
  problems: string[];
}

export function readContent(root: string): ReadResult {
  const { entries, problems } = loadContent(readContentFiles(join(root, 'src', 'content')));
  const catalog: Catalog = {};
  for (const [name, list] of Object.entries(entries)) {
    catalog[name] = list
      .filter((e) => e.valid)
      .map((e) => ({ id: e.id, file: e.file, data: e.data, ...(e.body !== undefined ? { body: e.body } : {}) }));
  }
  return { catalog, problems: problems.map(formatProblem) };
}
