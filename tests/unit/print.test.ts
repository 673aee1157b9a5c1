import { describe, expect, it } from 'vitest';
import { cssString, pageFooterBoxesCss, pageFooterCss } from '../../src/lib/print';

describe('print footers', () => {
  it('puts the text left and "Side x af y" right, escaped for CSS', () => {
    const css = pageFooterBoxesCss('Min plan – "Læringskatalog"');
    expect(css).toContain('@bottom-left { content: "Min plan – \\"Læringskatalog\\""');
    expect(css).toContain('"Side " counter(page) " af " counter(pages)');
    expect(css).not.toContain('size:');
  });
  it('templates add A4 size and orientation', () => {
    expect(pageFooterCss({ title: 'T', source: 'K, s. 1', landscape: true })).toMatch(/size: A4 landscape;[\s\S]*"T · Kilde: K, s. 1"/);
    expect(cssString('a\\b\nc')).toBe('"a\\\\b c"');
  });
});
