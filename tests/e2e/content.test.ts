/**
 * Content checks over the built pages (no browser): the source's sections are all there, every
 * quote carries its attribution, cases have their Indsats lists, and none of the scraped noise
 * in the seed files was published.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { builtPages } from './browser';
import { noisePhrases, normalize } from '../helpers/seeds';
import { mayLoadScript } from '../../src/lib/script-pages';
import { readContent } from '../helpers/content-files';

const dist = inject('distDir');
const read = (path: string) => readFileSync(join(dist, path.replace(/^\//, ''), path.endsWith('.html') ? '' : 'index.html'), 'utf8');
const mainOf = (html: string) => html.slice(html.indexOf('<main'), html.indexOf('</main>'));
const textOf = (html: string) => html.replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/&#39;|&apos;/g, "'").replace(/&quot;/g, '"').replace(/\s+/g, ' ').replace(/ ([,.;:)])/g, '$1');
const headings = (html: string) => [...html.matchAll(/<h([1-4])[^>]*>([\s\S]*?)<\/h\1>/g)].map((m) => textOf(m[2]!).trim());

const TEMAER: Record<string, string[]> = {
  '/laeringskatalog/tema-1/': ['Temaintroduktion', 'Projekterne om positive resultater og udfordringer', 'Hvordan kan jobcentrets beredskab udvikles', 'Tjek jobcentrets beredskab', 'Opmærksomhedsområder'],
  '/laeringskatalog/tema-2/': ['Temaintroduktion', 'Projekterne om positive resultater og udfordringer', 'Hvordan kan samarbejdet med borgerne udvikles', 'Tjek samarbejdet mellem borger og jobcenter', 'Opmærksomhedsområder'],
  // Tema 3's own heading (s. 20) reads »Projekter …«; tema 1 and 2 print »Projektere …« (s. 5, 13).
  '/laeringskatalog/tema-3/': ['Temaintroduktion', 'Projekter om positive resultater og udfordringer', 'Hvordan kan jobcentret udvikle jobrettede redskaber'],
};

// Every case in the content (src/content/cases/), however many there are.
const CASES = readContent(new URL('../..', import.meta.url).pathname).catalog.cases!.map((c) => c.id);

describe('Læringskatalog pages', () => {
  for (const [path, expected] of Object.entries(TEMAER)) {
    it(`${path} has every section heading of the source`, () => {
      const hs = headings(mainOf(read(path)));
      for (const h of expected) expect(hs, `mangler overskriften »${h}«`).toContain(h);
    });
  }

  it('tema 3 names every tool the source describes', () => {
    const text = textOf(mainOf(read('/laeringskatalog/tema-3/'))).toLowerCase();
    for (const tool of ['progressionsværktøj', 'livshjul', 'hhh', 'screening', 'visitationsskema', 'indsatsplan', 'progressionsrapport', 'informationsfolder', 'praktiserende læger']) {
      expect(text, tool).toContain(tool);
    }
    for (const indicator of ['motivation', 'personlige ressourcer', 'kompetencer', 'jobsøgning']) expect(text).toContain(indicator);
    expect(text).toContain('dialogværktøj mere end et måleværktøj');
  });

  it('says where the source is missing parts, instead of filling them', () => {
    const tema3 = textOf(read('/laeringskatalog/tema-3/'));
    expect(tema3).toContain('Fra ledighed og sociale problemer til uddannelse');
    expect(tema3).toContain('Tjek jobcentrets redskaber');
    expect(textOf(read('/cases/'))).toContain('Fra ledighed og sociale problemer til uddannelse');
    expect(textOf(read('/tjek/'))).toContain('Tjek jobcentrets redskaber');
  });

  for (const id of CASES) {
    it(`case ${id}: has an Indsats list and its source pages`, () => {
      const html = mainOf(read(`/cases/${id}/`));
      const indsats = html.slice(html.indexOf('id="indsats"'));
      const items = indsats.slice(0, indsats.indexOf('</ol>')).match(/<li>/g) ?? [];
      expect(items.length).toBeGreaterThan(0);
      expect(html).toMatch(/s\. \d+/);
    });
  }

  it('every case on the overview, each reachable', () => {
    const html = read('/cases/');
    for (const id of CASES) expect(html).toContain(`/cases/${id}/`);
  });
});

describe('quotes', () => {
  it('every quote on every page has a non-empty attribution', () => {
    const missing: string[] = [];
    for (const page of builtPages(dist)) {
      const html = read(page);
      const quotes = html.match(/<blockquote/g)?.length ?? 0;
      const figures = [...html.matchAll(/<figure class="quote">([\s\S]*?)<\/figure>/g)];
      if (figures.length !== quotes) missing.push(`${page}: ${quotes - figures.length} citater uden <figure class="quote">`);
      for (const m of figures) {
        const caption = /<figcaption[^>]*>([\s\S]*?)<\/figcaption>/.exec(m[1]!);
        if (!caption || textOf(caption[1]!).replace(/[–\s]/g, '') === '') missing.push(`${page}: ${textOf(m[1]!).slice(0, 60)}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('scraped noise from the seed files', () => {
  const phrases = noisePhrases();

  it('there are noise phrases to look for (the check itself works)', () => {
    expect(phrases.length).toBeGreaterThan(50);
  });

  it('none of them appears anywhere in the built site', () => {
    const site = builtPages(dist).map((p) => normalize(textOf(read(p)))).join(' | ');
    const found = phrases.filter((p) => site.includes(p));
    expect(found).toEqual([]);
  });

  it('the presenter\'s contact details are not published', () => {
    const site = builtPages(dist).map((p) => read(p)).join('\n');
    expect(site).not.toMatch(/ramboll\.com/i);
    expect(site).not.toContain('51615169');
    expect(site).not.toMatch(/RIKKE SANDERHOFF|Rikke Sanderhoff/);
  });
});

describe('Motivation og empowerment, Jobrettet samtale', () => {
  const cites = (html: string, kilde: string) => textOf(html).includes(kilde);

  it('the five factors and three pejlemærker are present with their citations', () => {
    const html = mainOf(read('/empowerment-og-motivation/'));
    const text = textOf(html);
    for (const f of ['Relationsmotivation', 'Retningsmotivation', 'Nødvendighedsmotivation', 'Mestringsmotivation', 'Praksismotivation']) {
      expect(headings(html)).toContain(f);
    }
    expect(text).toContain('Noemi Katznelson');
    for (const id of ['em-pejlemaerke-1', 'em-pejlemaerke-2', 'em-pejlemaerke-3']) expect(html).toContain(`id="${id}"`);
    expect(text.match(/Kilde: Empowerment og motivation \(Jobcenter Halsnæs, Halsnæs Kommune\), s\. \d/g)?.length ?? 0).toBeGreaterThanOrEqual(8);
  });

  it('the four elements of the jobrettede samtale and de 3 K are present with their citations', () => {
    const index = mainOf(read('/jobrettet-samtale/'));
    const text = textOf(index).toLowerCase();
    for (const e of ['it-værktøjer', 'viden om arbejdsmarkedet', 'samtaleteknik', 'skabe progression']) expect(text).toContain(e);
    expect(cites(index, 'Kilde: Jobrettet samtale (Rambøll), dias')).toBe(true);
    const feedback = mainOf(read('/jobrettet-samtale/feedback/'));
    expect(feedback).toContain('id="de-3-k"');
    expect(cites(feedback, 'Kilde: Jobrettet samtale (Rambøll), dias')).toBe(true);
  });
});

describe('recommendation headings in the built pages', async () => {
  const { catalog } = readContent(new URL('../..', import.meta.url).pathname);
  const entries = [
    ...catalog.anbefalinger!.filter((a) => a.data.kilde === 'mestringsforloeb' && a.data.type === 'anbefaling'),
    ...catalog.mekanismer!,
  ];

  it('there are 22 + 8 of them', () => expect(entries).toHaveLength(30));

  for (const e of entries) {
    it(`»${e.data.titel}« stands verbatim as a heading on /${e.data.side}/ and in the hub`, () => {
      const html = read(`/${e.data.side}/`);
      const h = new RegExp(`<h[2-4] id="${e.id}"[^>]*>([\\s\\S]*?)</h[2-4]>`).exec(html);
      expect(h, `ingen overskrift med id ${e.id}`).not.toBeNull();
      expect(textOf(h![1]!).trim().replace(/^\d+\. /, '')).toBe(e.data.titel);
      expect(textOf(read('/anbefalinger/'))).toContain(e.data.titel as string);
    });
  }
});

describe('front page', () => {
  it('every tema, case and checklist is reachable in two clicks', () => {
    const base = inject('basePath').replace(/\/?$/, '/');
    const linksOf = (path: string) =>
      [...mainOf(read(path)).matchAll(/href="([^"#?]+)/g)]
        .map((m) => m[1]!)
        .filter((h) => h.startsWith(base))
        .map((h) => '/' + h.slice(base.length));
    const one = new Set(linksOf('/'));
    const two = new Set([...one, ...[...one].filter((p) => p.endsWith('/')).flatMap((p) => linksOf(p))]);
    const wanted = builtPages(dist).filter((p) => /^\/(laeringskatalog\/tema-\d|cases\/.+|tjek\/.+)\/$/.test(p));
    expect(wanted.length).toBeGreaterThanOrEqual(3 + CASES.length + 4);
    expect(wanted.filter((p) => !two.has(p))).toEqual([]);
  });
});

describe('»På denne side« on long pages', () => {
  const LONG = ['/mestringsforloeb/faser/', '/laeringskatalog/tema-1/', '/laeringskatalog/tema-2/', '/laeringskatalog/tema-3/'];
  const h2s = (html: string) => [...html.matchAll(/<h2[^>]*\sid="([^"]+)"[^>]*>([\s\S]*?)<\/h2>/g)].map((m) => ({ id: m[1]!, text: textOf(m[2]!).trim() }));
  const tocOf = (html: string) => /<nav[^>]*class="toc[^"]*"[^>]*>([\s\S]*?)<\/nav>/.exec(html)?.[1];

  it('every page with four or more sections lists them, in order, and the long pages are among them', () => {
    const withToc: string[] = [];
    const problems: string[] = [];
    for (const page of builtPages(dist)) {
      // Tools change their sections as they are used (the hub's filters); the ordliste's letter
      // index is its contents list.
      if (mayLoadScript(page) || page === '/ordliste/') continue;
      const main = mainOf(read(page));
      const toc = tocOf(main);
      const sections = h2s(main.replace(/<nav[^>]*class="toc[\s\S]*?<\/nav>/, ''));
      if (sections.length < 4) continue;
      if (!toc) {
        problems.push(`${page}: ${sections.length} afsnit, ingen »På denne side«`);
        continue;
      }
      withToc.push(page);
      if (!textOf(toc).includes('På denne side')) problems.push(`${page}: listen hedder ikke »På denne side«`);
      const targets = [...toc.matchAll(/href="#([^"]+)"/g)].map((m) => decodeURIComponent(m[1]!));
      const missing = sections.filter((s) => !targets.includes(s.id)).map((s) => s.text);
      if (missing.length) problems.push(`${page}: mangler ${missing.join(', ')}`);
      const order = targets.filter((t) => sections.some((s) => s.id === t));
      if (order.join() !== sections.map((s) => s.id).join()) problems.push(`${page}: forkert rækkefølge`);
    }
    expect(problems).toEqual([]);
    for (const p of LONG) expect(withToc).toContain(p);
  });
});
