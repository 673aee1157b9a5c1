import { describe, expect, it } from 'vitest';
import { formatCitation, formatPages, formatSource } from '../../src/lib/citation';
import { joinBase, pagePath, stripBase, withTrailingSlash } from '../../src/lib/paths';
import { readSearchParams, resultSummary } from '../../src/lib/search/params';
import { projectMentions } from '../../src/lib/projects';
import { parseHeadersFile } from '../../scripts/serve.mjs';

const lk = { kort: 'Læringskatalog', udgiver: 'DISCUS', tid: 'August 2014', sidebetegnelse: 's.' as const };

describe('citations', () => {
  it('formats a citation with pages, slides or sections', () => {
    expect(formatCitation(lk, '4–11')).toBe('Læringskatalog (DISCUS, August 2014), s. 4–11');
    expect(formatPages({ sidebetegnelse: 'dias' }, '7')).toBe('dias 7');
    expect(formatPages({ sidebetegnelse: 'afsnit' }, '5.3')).toBe('afsnit 5.3');
  });
  it('leaves out a year the source does not state', () => {
    expect(formatSource({ kort: 'Jobrettet samtale', udgiver: 'Rambøll', tid: 'år ikke angivet' })).toBe('Jobrettet samtale (Rambøll)');
  });
});

describe('paths under a base', () => {
  it('joins and strips the base', () => {
    expect(joinBase('/', '/cases/')).toBe('/cases/');
    expect(joinBase('/laeringskatalog/', '/cases/')).toBe('/laeringskatalog/cases/');
    expect(joinBase('/laeringskatalog', '/')).toBe('/laeringskatalog/');
    expect(joinBase('/laeringskatalog/', '#anker')).toBe('#anker');
    expect(joinBase('/laeringskatalog/', 'https://example.org/')).toBe('https://example.org/');
    expect(stripBase('/laeringskatalog/', '/laeringskatalog/cases/')).toBe('/cases/');
    expect(withTrailingSlash('/laeringskatalog')).toBe('/laeringskatalog/');
    expect(withTrailingSlash('/laeringskatalog/')).toBe('/laeringskatalog/');
    expect(withTrailingSlash('/')).toBe('/');
  });
  it('maps page ids to URLs', () => {
    expect(pagePath('laeringskatalog/tema-1')).toBe('/laeringskatalog/tema-1/');
    expect(pagePath('laeringskatalog/tema-1', 'hvordan')).toBe('/laeringskatalog/tema-1/#hvordan');
    expect(pagePath('index')).toBe('/');
  });
});

describe('search parameters', () => {
  it('reads and trims the query and filters', () => {
    expect(readSearchParams('?q=+praktik+&type=Tema')).toEqual({ q: 'praktik', type: 'Tema', kilde: '' });
    expect(readSearchParams('').q).toBe('');
    expect(readSearchParams('?q=' + 'x'.repeat(500)).q).toHaveLength(200);
  });
  it('says how many results there are, in Danish', () => {
    expect(resultSummary('pension', 1)).toBe('1 resultat for »pension«.');
    expect(resultSummary('pension', 3)).toBe('3 resultater for »pension«.');
    expect(resultSummary('xyz', 0)).toMatch(/^Ingen resultater/);
  });
});

describe('project pages', () => {
  it('gathers the quotes and inspiration that name a kommune', () => {
    const m = projectMentions(
      {
        citater: [{ id: 'g', data: { side: 's', sider: '5', citater: [{ tekst: 'a', attribution: 'A', kommune: 'broendby' }, { tekst: 'b', attribution: 'B', kommune: 'halsnaes' }] } }],
        inspiration: [{ id: 'i', data: { side: 's', sider: '7', punkter: [{ kommune: 'broendby', tekst: ['x'] }] } }],
      },
      'broendby',
    );
    expect(m.quotes).toEqual([{ tekst: 'a', attribution: 'A', side: 's', anker: 'g', sider: '5' }]);
    expect(m.inspiration).toEqual([{ tekst: ['x'], side: 's', anker: 'i', sider: '7' }]);
  });
});

describe('_headers parsing for the local server', () => {
  it('reads path patterns and their headers', () => {
    expect(parseHeadersFile('# c\n/*\n  X-Frame-Options: DENY\n  Content-Security-Policy: default-src \'self\'\n/pagefind/*\n  Cache-Control: max-age=60\n')).toEqual([
      { pattern: '/*', headers: { 'X-Frame-Options': 'DENY', 'Content-Security-Policy': "default-src 'self'" } },
      { pattern: '/pagefind/*', headers: { 'Cache-Control': 'max-age=60' } },
    ]);
  });
});
