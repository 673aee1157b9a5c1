import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { offlineCopyFiles, stripComments } from '../../src/integrations/service-worker';

describe('offlineCopyFiles', () => {
  const files = [
    'index.html',
    'laeringskatalog/tema-1/index.html',
    '404.html',
    '_headers',
    '.htaccess',
    '_nginx.conf',
    'sw.js',
    'offline-0123456789ab.json',
    '_astro/search.abc123.js',
    'favicon.svg',
    'pagefind/pagefind.js',
    'pagefind/pagefind-entry.json',
    'pagefind/pagefind.da_0127041e05.pf_meta',
    'pagefind/wasm.da.pagefind',
    'pagefind/wasm.unknown.pagefind',
    'pagefind/index/da_1234567.pf_index',
    'pagefind/fragment/da_7654321.pf_fragment',
    'pagefind/filter/da_abcdef0.pf_filter',
    'pagefind/pagefind-ui.js',
    'pagefind/pagefind-ui.css',
    'pagefind/pagefind-worker.js',
    'pagefind/pagefind-highlight.js',
    'pagefind/vocabulary.txt',
  ];

  it('the offline copy: pages as their URLs, the assets, and what the search loads (its vocabulary too)', () => {
    expect(offlineCopyFiles(files, ['da'])).toEqual([
      '',
      '_astro/search.abc123.js',
      'favicon.svg',
      'laeringskatalog/tema-1/',
      'pagefind/filter/da_abcdef0.pf_filter',
      'pagefind/fragment/da_7654321.pf_fragment',
      'pagefind/index/da_1234567.pf_index',
      'pagefind/pagefind-entry.json',
      'pagefind/pagefind.da_0127041e05.pf_meta',
      'pagefind/pagefind.js',
      'pagefind/vocabulary.txt',
      'pagefind/wasm.da.pagefind',
    ]);
  });

  it('leaves out server configuration, the worker and its file list, Pagefind’s unused UI and other languages', () => {
    const list = offlineCopyFiles(files, ['da']);
    for (const f of ['_headers', '.htaccess', '_nginx.conf', 'sw.js', 'offline-0123456789ab.json', '404.html', 'pagefind/pagefind-ui.js', 'pagefind/pagefind-worker.js', 'pagefind/wasm.unknown.pagefind']) {
      expect(list).not.toContain(f);
    }
  });
});

describe('the generated worker', () => {
  it('is the source without its comments, and still parses', () => {
    const source = readFileSync('src/sw/sw.js', 'utf8');
    const out = stripComments(source);
    expect(out).not.toMatch(/\/\*|^\s*\/\//m);
    expect(out.length).toBeLessThan(source.length * 0.7);
    const js = out.replace('__VERSION__', 'v').replace('__BASE__', '/').replace('__FILES__', 'offline-v.json');
    expect(() => new Function('self', 'caches', 'fetch', 'Response', js)).not.toThrow();
  });
});
