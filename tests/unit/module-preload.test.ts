import { describe, expect, it } from 'vitest';
import { moduleClosure, pageEntries, staticImports, withModulePreloads } from '../../src/lib/module-preload';

const chunks: Record<string, string> = {
  '/base/_astro/Tool.a1.js': 'const m=()=>import(`./Lazy.b2.js`);import{t as e}from"./react.c3.js";import"./side.d4.js";export{m};',
  '/base/_astro/client.e5.js': 'import{t}from"./react.c3.js";export{t as default};',
  '/base/_astro/react.c3.js': 'import{x}from"./runtime.f6.js";export const t=1;',
  '/base/_astro/runtime.f6.js': 'export const x=1;',
  '/base/_astro/side.d4.js': 'export{y}from"./runtime.f6.js";',
  '/base/_astro/Lazy.b2.js': 'import"./heavy.g7.js";',
  '/base/_astro/Header.h8.js': 'import{t}from"./preload.i9.js";t();',
  '/base/_astro/preload.i9.js': 'export const t=()=>0;',
};
const read = async (url: string) => chunks[url];

const page = (body: string) => `<!DOCTYPE html><html lang="da"><head><title>x</title><script type="module" src="/base/_astro/Header.h8.js"></script></head><body>${body}</body></html>`;
const island = (client: string) => `<astro-island uid="a" component-url="/base/_astro/Tool.a1.js" renderer-url="/base/_astro/client.e5.js" props="{&quot;a&quot;:[0,1]}" ssr="" client="${client}"><p>served</p></astro-island>`;

describe('module preloads', () => {
  it('reads static imports and re-exports, not dynamic imports', async () => {
    expect(await staticImports(chunks['/base/_astro/Tool.a1.js']!)).toEqual(['./react.c3.js', './side.d4.js']);
    expect(await staticImports(chunks['/base/_astro/side.d4.js']!)).toEqual(['./runtime.f6.js']);
  });

  it('takes the component and renderer of client:load islands and the module scripts', () => {
    expect(pageEntries(page(island('load')))).toEqual(['/base/_astro/Header.h8.js', '/base/_astro/Tool.a1.js', '/base/_astro/client.e5.js']);
    expect(pageEntries(page(island('visible')))).toEqual(['/base/_astro/Header.h8.js']);
  });

  it('follows static imports level by level, once each, and leaves what loads on a click', async () => {
    const all = await moduleClosure(pageEntries(page(island('load'))), read);
    expect(all).toEqual([
      '/base/_astro/Header.h8.js',
      '/base/_astro/Tool.a1.js',
      '/base/_astro/client.e5.js',
      '/base/_astro/preload.i9.js',
      '/base/_astro/react.c3.js',
      '/base/_astro/side.d4.js',
      '/base/_astro/runtime.f6.js',
    ]);
    expect(all).not.toContain('/base/_astro/Lazy.b2.js');
  });

  it('skips files that are not built chunks of the site', async () => {
    expect(await moduleClosure(['/base/_astro/missing.js', '/base/_astro/runtime.f6.js'], read)).toEqual(['/base/_astro/runtime.f6.js']);
  });

  it('writes one link per chunk at the end of <head>, none for what the page already loads', async () => {
    const html = page(island('load'));
    const out = withModulePreloads(html, await moduleClosure(pageEntries(html), read));
    const head = out.slice(0, out.indexOf('</head>'));
    expect(head.match(/rel="modulepreload"/g)).toHaveLength(6);
    expect(head).not.toContain('<link rel="modulepreload" href="/base/_astro/Header.h8.js">');
    expect(head).toContain('<link rel="modulepreload" href="/base/_astro/Tool.a1.js">');
    // run twice: nothing doubles
    expect(withModulePreloads(out, await moduleClosure(pageEntries(out), read))).toBe(out);
  });

  it('leaves a page without islands or module scripts alone', async () => {
    const html = '<html><head></head><body><p>tekst</p></body></html>';
    expect(withModulePreloads(html, await moduleClosure(pageEntries(html), read))).toBe(html);
  });
});
