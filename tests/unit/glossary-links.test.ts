import { describe, expect, it } from 'vitest';
import { linkTerms } from '../../src/lib/glossary-links';

const terms = [
  { id: 'aktivitetsparat', forms: ['aktivitetsparat', 'aktivitetsparate'] },
  { id: 'mentor', forms: ['mentor'] },
  { id: 'virksomhedspraktik', forms: ['virksomhedspraktik'] },
];
const href = (id: string) => `/ordliste/#${id}`;
const page = (main: string) => `<!doctype html><html lang="da"><head></head><body><header><p>mentor</p></header><main>${main}</main></body></html>`;

describe('linking ordliste terms', () => {
  it('links the first use of each term inside main only', () => {
    const { html, linked } = linkTerms(page('<p>Aktivitetsparate borgere får en mentor. En mentor igen.</p>'), terms, href);
    expect(linked.sort()).toEqual(['aktivitetsparat', 'mentor']);
    expect(html).toContain('<a href="/ordliste/#aktivitetsparat" class="term">Aktivitetsparate</a> borgere får en <a href="/ordliste/#mentor" class="term">mentor</a>. En mentor igen.');
    expect(html).toContain('<header><p>mentor</p></header>');
  });

  it('matches whole words only', () => {
    const { linked } = linkTerms(page('<p>mentorstøtte og virksomhedspraktikken</p>'), terms, href);
    expect(linked).toEqual([]);
  });

  it('leaves headings, links and quotes untouched and links the next use', () => {
    const { html } = linkTerms(page('<h2>Mentor</h2><blockquote><p>en mentor</p></blockquote><p><a href="/x">mentor</a> og mentor</p>'), terms, href);
    expect(html).toContain('<h2>Mentor</h2>');
    expect(html).toContain('<blockquote><p>en mentor</p></blockquote>');
    expect(html).toContain('<a href="/x">mentor</a> og <a href="/ordliste/#mentor" class="term">mentor</a>');
  });

  it('escapes text correctly when re-serializing', () => {
    const { html } = linkTerms(page('<p>A &amp; B &lt;mentor&gt;</p>'), terms, href);
    expect(html).toContain('A &amp; B &lt;<a href="/ordliste/#mentor" class="term">mentor</a>&gt;');
  });
});

describe('islands', () => {
  it('never touches the server-rendered HTML of an island (it must match hydration)', () => {
    const { html, linked } = linkTerms(page('<astro-island><p>mentor</p></astro-island><p>mentor</p>'), terms, href);
    expect(html).toContain('<astro-island><p>mentor</p></astro-island>');
    expect(linked).toEqual(['mentor']);
  });
});
