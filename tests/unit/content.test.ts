import { describe, expect, it } from 'vitest';
import { compile } from '@mdx-js/mdx';
import { readContent } from '../helpers/content-files';
import { findBrokenReferences } from '../../src/lib/integrity';

const root = new URL('../..', import.meta.url).pathname;
const { catalog, problems } = readContent(root);

describe('content in src/content', () => {
  it('every entry matches its schema', () => {
    expect(problems).toEqual([]);
  });

  it('every reference between entries resolves', () => {
    expect(findBrokenReferences(catalog)).toEqual([]);
  });

  it('the five source documents are kilde entries', () => {
    expect(catalog.kilder!.map((k) => k.id).sort()).toEqual([
      'empowerment-og-motivation',
      'jobrettet-samtale',
      'laeringskatalog',
      'mestringsforloeb',
      'virksomme-mekanismer',
    ]);
  });

  for (const page of catalog.sider ?? []) {
    it(`MDX compiles: ${page.file}`, async () => {
      await expect(compile(page.body ?? '')).resolves.toBeDefined();
    });
  }
});
