/** The search feature's pure modules (src/lib/search/): everything but Pagefind itself. */
import { describe, expect, it } from 'vitest';
import { readSearchParams, searchHash } from '../../src/lib/search/params';
import { matchedWords, normalizeTerm, queryWords } from '../../src/lib/search/query';
import { correctQuery, correctWord, isSure, repairFrom, splitCompound, suggest } from '../../src/lib/search/repair';
import { neighbourSpellings, skeleton, wordPrefix } from '../../src/lib/search/danish';
import { isRealMatch, withoutEndings } from '../../src/lib/search/query';
import { parseVocabulary, vocabularyText } from '../../src/lib/search/vocabulary';
import { cleanExcerpt } from '../../src/lib/search/excerpt';
import { textDirective, withTextFragment } from '../../src/lib/search/text-fragment';
import { bestSection, toHit, type PagefindData } from '../../src/lib/search/results';
import { separateBlocks } from '../../src/lib/search/index-html';
import { templateKeywords } from '../../src/lib/search/keywords';
import { runSearch, type PagefindLike } from '../../src/lib/search/engine';

const vocab = parseVocabulary(
  vocabularyText([
    'praktik praktik praktik aftale aftaler mentor mentor ordning virksomhed virksomheder beredskab beredskab motivation sagsbehandler jobcenter',
    'mestringsforløb mestringsforløb mestringsforløbet møde møde mødet model arbejde arbejdsmarkedet støtte sårbare ældre progressionsmåling',
    'Det koster 10 pct. af prisen, evt. mere, og mht. tiden pr. uge fx en dag.',
  ]),
);

describe('search parameters in the fragment', () => {
  it('reads the query from the fragment, and from ?q= for old links', () => {
    expect(readSearchParams('', '#q=praktik&type=Tema')).toEqual({ q: 'praktik', type: 'Tema', kilde: '' });
    expect(readSearchParams('?q=gammel', '')).toEqual({ q: 'gammel', type: '', kilde: '' });
    // the fragment wins when both are there
    expect(readSearchParams('?q=gammel', '#q=ny').q).toBe('ny');
    expect(readSearchParams('', '#q=' + encodeURIComponent('psykisk sårbare')).q).toBe('psykisk sårbare');
  });
  it('writes the fragment with only what is set', () => {
    expect(searchHash({ q: 'psykisk sårbare', type: '', kilde: 'Jobrettet samtale' })).toBe('#q=psykisk+s%C3%A5rbare&kilde=Jobrettet+samtale');
    expect(readSearchParams('', searchHash({ q: 'a&b=c', type: 'Tema', kilde: '' }))).toEqual({ q: 'a&b=c', type: 'Tema', kilde: '' });
  });
});

describe('query understanding', () => {
  it('takes the words of a query, and compares them as Pagefind does (lower case, no punctuation, å folded)', () => {
    expect(queryWords('  Psykisk  sårbare ')).toEqual(['Psykisk', 'sårbare']);
    expect(normalizeTerm('Målgruppe,')).toBe('malgruppe');
    expect(normalizeTerm('40-20-40')).toBe('402040');
    expect(normalizeTerm('Mentorforløb')).toBe('mentorforløb');
  });

  it('reads the words a result matched from its text and locations', () => {
    expect(matchedWords({ content: 'Et mentorforløb med mentoren, og praktik.', locations: [1, 3] })).toEqual(['mentorforløb', 'mentoren']);
  });

  it('splits a compound into words the site uses', () => {
    expect(splitCompound('praktikaftale', vocab)).toEqual(['praktik', 'aftale']);
    expect(splitCompound('mentorordning', vocab)).toEqual(['mentor', 'ordning']);
    // a linking s between the parts
    expect(splitCompound('virksomhedspraktikaftaler', vocab)).toEqual(['virksomhed', 'praktik', 'aftaler']);
    expect(splitCompound('praktik', vocab)).toBeNull();
    expect(splitCompound('praktikxyz', vocab)).toBeNull();
  });

  it('suggests the nearest word the site uses for a near miss', () => {
    expect(suggest('beredskap', vocab)).toBe('beredskab');
    expect(suggest('motivatoin', vocab)).toBe('motivation');
    expect(suggest('sagsbehandlr', vocab)).toBe('sagsbehandler');
    expect(suggest('praktik', vocab)).toBeNull();
    expect(suggest('xyzzyqwerty', vocab)).toBeNull();
    // short words: one letter off at most
    expect(suggest('mentr', vocab)).toBe('mentor');
    expect(suggest('mntr', vocab)).toBeNull();
  });

  it('tells a real match from a short word or abbreviation Pagefind fell back on', () => {
    expect(isRealMatch('mestring', 'mestringsforløb')).toBe(true);
    // Pagefind stems: »aftalerne« matches »aftale«
    expect(isRealMatch('aftalerne', 'aftale')).toBe(true);
    expect(withoutEndings('aftalerne')).toContain('aftal');
    // »progresionsmåling« shortened until it matched »pr.«; »saarbare« until »sa«
    expect(isRealMatch('progresionsmaling', 'pr')).toBe(false);
    expect(isRealMatch('saarbare', 'sa')).toBe(false);
    expect(isRealMatch('mestringsforlob', 'mestring')).toBe(false);
    // unless the query is that short
    expect(isRealMatch('fx', 'fx')).toBe(true);
  });
});

describe('Danish spelling', () => {
  it('gives words typed without æ/ø/å the skeleton of the Danish word', () => {
    for (const typed of ['mestringsforlob', 'mestringsforloeb', 'MESTRINGSFORLØB']) expect(skeleton(typed).key).toBe(skeleton('mestringsforløb').key);
    expect(skeleton('paa').key).toBe(skeleton('på').key);
    expect(skeleton('aeldre').key).toBe(skeleton('ældre').key);
    expect(skeleton('möde').key).toBe(skeleton('møde').key);
    // and maps the skeleton back to the word's own letters
    const s = skeleton('mestringsforløbet');
    expect(wordPrefix('mestringsforløbet', s, skeleton('mestringsforlo').key.length)).toBe('mestringsforlø');
  });

  it('reads Norwegian and Swedish spellings as Danish', () => {
    expect(neighbourSpellings('motivasjon')).toContain('motivation');
    expect(neighbourSpellings('beredskap')).toContain('beredskab');
    expect(neighbourSpellings('arbeidsmarkedet')).toContain('arbejdsmarkedet');
    expect(neighbourSpellings('virksomhet')).toContain('virksomhed');
    expect(neighbourSpellings('praktik')).toEqual([]);
  });
});

describe('query correction', () => {
  it('restores æ/ø/å, reads neighbouring languages, drops endings and corrects typos, each from the site’s words', () => {
    const to = (w: string) => correctWord(w, vocab);
    expect(to('mestringsforlob')).toMatchObject({ to: ['mestringsforløb'], how: 'fold' });
    expect(to('mestringsforloeb')).toMatchObject({ to: ['mestringsforløb'], how: 'fold' });
    expect(to('moede')).toMatchObject({ to: ['møde'], how: 'fold' });
    expect(to('motivasjon')).toMatchObject({ to: ['motivation'], how: 'neighbour' });
    expect(to('arbeidsmarkedet')).toMatchObject({ to: ['arbejdsmarkedet'], how: 'neighbour' });
    expect(to('progresionsmåling')).toMatchObject({ to: ['progressionsmåling'], how: 'typo', cost: 1 });
    expect(to('progresionsmaling')).toMatchObject({ to: ['progressionsmåling'], how: 'typo' });
    expect(to('mestringsforlobene')).toMatchObject({ to: ['mestringsforløb'], how: 'ending' });
    // a word still being typed: the start of the site's word, which Pagefind completes
    expect(to('mestringsforlo')).toMatchObject({ to: ['mestringsforlø'], how: 'fold' });
    expect(to('mentorstotte')).toMatchObject({ to: ['mentor', 'støtte'], how: 'split' });
  });

  it('never corrects to an abbreviation or a word under three letters', () => {
    expect(vocab.has('pct')).toBe(false);
    expect(vocab.has('evt')).toBe(false);
    expect(correctWord('pctt', vocab)?.to ?? []).not.toContain('pct');
    expect(correctWord('prr', vocab)).toBeNull();
  });

  it('is sure of folds and of typos in longer words, and asks about typos in short ones', () => {
    expect(isSure(correctWord('mestringsforlob', vocab)!)).toBe(true);
    expect(isSure(correctWord('progresionsmåling', vocab)!)).toBe(true);
    expect(isSure(correctWord('mdel', vocab)!)).toBe(false);
  });

  it('fixes each unknown word of a query, and leaves out one with no fix while others remain', () => {
    expect(correctQuery(['mentor', 'mestringsforlob'], ['mestringsforlob'], vocab)).toMatchObject({ query: 'mentor mestringsforløb', sure: true });
    expect(correctQuery(['mentor', 'xyzzyq'], ['xyzzyq'], vocab)).toMatchObject({ query: 'mentor', sure: true });
    expect(correctQuery(['xyzzyq'], ['xyzzyq'], vocab)).toBeNull();
  });
});

describe('the vocabulary file', () => {
  it('leaves out abbreviations: short words always written with a full stop, which does not end the sentence', () => {
    const words = vocabularyText(['Det koster 10 pct. af prisen, evt. mere. Vi ses ved ende.', 'Det er slut. Igen ende.']).split('\n');
    expect(words).not.toContain('pct');
    expect(words).not.toContain('evt');
    // a word that only ends sentences is a word
    expect(words).toContain('ende');
    expect(words).toContain('slut');
  });

  it('lists the site’s words once, most frequent first', () => {
    const text = vocabularyText(['Praktik og praktik, aftale. Et 40-20-40 ord', 'aftale praktik']);
    expect(text.split('\n')).toEqual(['praktik', 'aftale', 'ord']);
    // words joined by a hyphen also as Pagefind indexes them, joined
    expect(vocabularyText(['en feedback-kontrakt']).split('\n')).toEqual(['feedback', 'feedbackkontrakt', 'kontrakt']);
    const v = parseVocabulary(text);
    expect(v.has('aftale')).toBe(true);
    expect(v.rank('praktik')).toBeLessThan(v.rank('aftale'));
  });
});

describe('excerpts', () => {
  it('keep only <mark> as markup, with the text escaped', () => {
    expect(cleanExcerpt('Om <mark>praktik</mark> &amp; <b>x</b> <script>1</script>')).toBe('Om <mark>praktik</mark> &amp; &lt;b&gt;x&lt;/b&gt; &lt;script&gt;1&lt;/script&gt;');
    expect(cleanExcerpt('  a \n  b ')).toBe('a b');
  });

  it('mark the word, not the punctuation Pagefind marks with it', () => {
    expect(cleanExcerpt('indgåelse af <mark>praktikaftaler).</mark> Jobcentrets')).toBe('indgåelse af <mark>praktikaftaler</mark>). Jobcentrets');
    expect(cleanExcerpt('<mark>»Praktik«,</mark> <mark>(uge</mark> 9)')).toBe('»<mark>Praktik</mark>«, (<mark>uge</mark> 9)');
    expect(cleanExcerpt('a <mark>&lt;praktik&gt;</mark> b')).toBe('a &lt;<mark>praktik</mark>&gt; b');
    expect(cleanExcerpt('a <mark>–</mark> b')).toBe('a – b');
  });
});

describe('text fragments', () => {
  const words = (t: string) => t.split(' ');
  it('point at a matched word, with up to two words of context on each side', () => {
    expect(textDirective(words('Afsæt ressourcer til transportudgifter og støtte til rejse.'), 3)).toBe('text=ressourcer%20til-,transportudgifter,-og%20st%C3%B8tte');
    // characters with a meaning in the directive are escaped
    expect(textDirective(words('a 40-20-40-reglen b'), 1)).toBe('text=a-,40%2D20%2D40%2Dreglen,-b');
    expect(textDirective(words('a'), 5)).toBeNull();
  });
  it('take context only within a sentence and after `from` (Pagefind ends headings with a full stop)', () => {
    expect(textDirective(words('Fase 4. Praktik, og opfølgning'), 2)).toBe('text=Praktik,-%2C%20og%20opf%C3%B8lgning');
    expect(textDirective(words('Overskrift her praktik og'), 2, 2)).toBe('text=praktik,-og');
    expect(textDirective(words('x ord slut. mere'), 1)).toBe('text=x-,ord');
  });
  it('never end in a full stop Pagefind may have added (a heading, a list item): the suffix is never punctuation alone', () => {
    expect(textDirective(words('Livshjul. Når borgeren'), 0)).toBe('text=Livshjul');
    expect(textDirective(words('for deres medlemmer.'), 2)).toBe('text=for%20deres-,medlemmer');
    // real characters before the full stop stay
    expect(textDirective(words('se skemaet side 22).'), 3)).toBe('text=skemaet%20side-,22,-)');
    expect(textDirective(words('Hvad er vigtigt?'), 2)).toBe('text=Hvad%20er-,vigtigt');
  });
  it('keep context within the section and out of the next block (a capital after a word without punctuation)', () => {
    // »dias 70–72« ends a quote's attribution; the next heading starts at 5
    expect(textDirective(words('Citat på dias 70–72 Hvordan arbejde med'), 2, 0, 5)).toBe('text=Citat%20p%C3%A5-,dias,-70%E2%80%9372');
    // table cells: »Viden om arbejdsmarkedet« | »Samtaleteknik« | »IT-værktøjer« | »Skabe progression«
    const cells = words('Viden om arbejdsmarkedet Samtaleteknik IT-værktøjer Skabe progression');
    expect(textDirective(cells, 2)).toBe('text=Viden%20om-,arbejdsmarkedet');
    expect(textDirective(cells, 6)).toBe('text=Skabe-,progression');
    // a name inside a sentence keeps the context before it
    expect(textDirective(words('hun arbejder i Brøndby og Glostrup'), 3)).toBe('text=arbejder%20i-,Br%C3%B8ndby,-og');
  });
  it('take more context when an earlier place on the page reads the same, and give up when nothing tells them apart', () => {
    const twice = words('på grund af sanktioner, pålæg og andre økonomiske. Igen på grund af sanktioner, pålæg og sanktioneringen kan');
    expect(textDirective(twice, 12)).toBe('text=p%C3%A5%20grund%20af-,sanktioner,-%2C%20p%C3%A5l%C3%A6g%20og%20sanktioneringen');
    // the first place needs no more than the usual context
    expect(textDirective(twice, 3)).toBe('text=grund%20af-,sanktioner,-%2C%20p%C3%A5l%C3%A6g%20og');
    expect(textDirective(words('x a b c y. x a b c y'), 7)).toBeNull();
  });
  it('are added after the section anchor, or alone', () => {
    expect(withTextFragment('/a/#b', 'text=y')).toBe('/a/#b:~:text=y');
    expect(withTextFragment('/a/', 'text=y')).toBe('/a/#:~:text=y');
    expect(withTextFragment('/a/#b', null)).toBe('/a/#b');
  });
});

const loc = (location: number, balanced_score = 1) => ({ weight: 1, balanced_score, location });
// word positions:  0         1    2      3  4       5    6    7  8       9  10           11         12 13 14      15   16   17          18    19
const content = 'Forløbets fire faser. Om praktik her. Fase 4: Praktik og opfølgning. Deltagerne er i praktik hver uge. Efterværn. Efter praktikken';
const fase4 = { title: 'Fase 4: Praktik og opfølgning', url: '/mestringsforloeb/faser/#fase-4', anchor: { element: 'h2', id: 'fase-4', text: 'Fase 4: Praktik og opfølgning', location: 6 }, excerpt: 'Fase 4: <mark>Praktik</mark> og opfølgning. Deltagerne er i <mark>praktik</mark>', weighted_locations: [loc(8, 6), loc(14)], locations: [8, 14] };
const data = (over: Partial<PagefindData> = {}): PagefindData => ({
  url: '/mestringsforloeb/faser/',
  content,
  excerpt: 'Om <mark>praktik</mark> her.',
  meta: { title: 'Forløbets fire faser' },
  filters: { type: ['Afsnit'], kilde: ['Joborienteret mestringsforløb'] },
  locations: [4, 8, 14, 19],
  weighted_locations: [loc(4), loc(8), loc(14), loc(19)],
  sub_results: [
    { title: 'Forløbets fire faser', url: '/mestringsforloeb/faser/', excerpt: 'Om <mark>praktik</mark> her.', weighted_locations: [loc(4)], locations: [4] },
    fase4,
    { title: 'Efterværn', url: '/mestringsforloeb/faser/#eftervaern', anchor: { element: 'h3', id: 'eftervaern', text: 'Efterværn', location: 17 }, excerpt: 'Efter <mark>praktikken</mark>', weighted_locations: [loc(19)], locations: [19] },
  ],
  ...over,
});

describe('results as sections', () => {
  it('take the section with the strongest matches', () => {
    expect(bestSection(data().sub_results)?.anchor?.id).toBe('fase-4');
    expect(bestSection([])).toBeNull();
  });

  it('name page and section, link to the first match in the section’s text, and carry type and source', () => {
    const hit = toHit(data());
    expect(hit).toEqual({
      url: '/mestringsforloeb/faser/#fase-4:~:text=er%20i-,praktik,-hver',
      pageUrl: '/mestringsforloeb/faser/',
      page: 'Forløbets fire faser',
      section: 'Fase 4: Praktik og opfølgning',
      excerpt: 'Fase 4: <mark>Praktik</mark> og opfølgning. Deltagerne er i <mark>praktik</mark>',
      type: 'Afsnit',
      kilde: ['Joborienteret mestringsforløb'],
      more: [{ title: 'Efterværn', url: '/mestringsforloeb/faser/#eftervaern:~:text=Efter-,praktikken' }],
    });
  });

  it('a match only in the section’s heading links to the heading, without a text fragment', () => {
    const hit = toHit(data({ sub_results: [{ ...fase4, weighted_locations: [loc(8, 6)], locations: [8] }] }));
    expect(hit.url).toBe('/mestringsforloeb/faser/#fase-4');
  });

  it('a match before the first heading is the page itself, without a section name', () => {
    const hit = toHit(data({ sub_results: [data().sub_results[0]!] }));
    expect(hit.section).toBe('');
    expect(hit.url).toBe('/mestringsforloeb/faser/#:~:text=Om-,praktik');
    expect(hit.more).toEqual([]);
  });
});

describe('the HTML Pagefind indexes', () => {
  it('has a space between block elements that touch, and none inside inline ones', () => {
    expect(separateBlocks('<dl><dt>Udgiver</dt><dd>Marselisborg</dd></dl>')).toBe('<dl> <dt>Udgiver</dt> <dd>Marselisborg</dd> </dl>');
    expect(separateBlocks('<tr><th>Greve</th><td>18</td></tr>')).toBe('<tr> <th>Greve</th> <td>18</td> </tr>');
    expect(separateBlocks('<p>ord<a href="#x">liste</a></p><p><strong>Det</strong>,</p>')).toBe('<p>ord<a href="#x">liste</a></p> <p><strong>Det</strong>,</p>');
  });
});

describe('tool keywords', () => {
  it('are a template’s field labels, once each, as sentences', () => {
    expect(templateKeywords({ sektioner: [{ felter: [{ label: 'Navn' }, { label: 'Hvad skal afklares?' }] }, { felter: [{ label: 'Navn' }] }] })).toBe('Navn. Hvad skal afklares?');
  });
});

/**
 * A stand-in for Pagefind: pages with words; a term matches words that start with it. As Pagefind
 * does, a term that starts no word is shortened until it does (not in an exact search).
 */
function fakePagefind(pages: Record<string, string>): PagefindLike & { queries: string[] } {
  const queries: string[] = [];
  const ids = Object.keys(pages);
  const words = (id: string) => pages[id]!.toLowerCase().split(/\s+/);
  const all = ids.flatMap(words);
  return {
    queries,
    async search(q) {
      queries.push(q);
      const exact = /^".*"$/.test(q);
      const terms = q
        .replace(/"/g, '')
        .toLowerCase()
        .split(/\s+/)
        .filter(Boolean)
        .map((t) => {
          if (exact || all.some((w) => w.startsWith(t))) return t;
          // Pagefind's fallback: the longest word of the index the term starts with
          return all.map((w) => w.replace(/\W/g, '')).filter((w) => w && t.startsWith(w)).sort((a, b) => b.length - a.length)[0] ?? t;
        });
      const hits = ids.filter((id) => terms.every((t) => words(id).some((w) => (exact ? w === t : w.startsWith(t)))));
      return {
        results: hits.map((id, i) => {
          const locations = words(id).flatMap((w, k) => (terms.some((t) => w.startsWith(t)) ? [k] : []));
          return {
            id,
            score: 10 - i,
            data: async () => ({ ...data({ sub_results: [] }), url: id, content: pages[id]!, locations, excerpt: pages[id]! }),
          };
        }),
      };
    },
  };
}

describe('the search engine (Pagefind behind an interface)', () => {
  const pf = () =>
    fakePagefind({ '/a/': 'mentor og ordning', '/b/': 'mentor hjælper', '/c/': 'beredskab i jobcentret', '/d/': 'praktik og aftale', '/e/': 'et mestringsforløb pr. uge', '/f/': 'mestring og progressionsmåling' });
  const noVocab = async () => {
    throw new Error('the vocabulary must not be loaded');
  };

  it('runs a query that finds its words without loading the vocabulary', async () => {
    const r = await runSearch(pf(), 'mentor', {}, noVocab);
    expect(r.query).toBe('mentor');
    expect(r.note).toBeNull();
    expect(r.results.map((x) => x.id)).toEqual(['/a/', '/b/']);
  });

  it('a word that is only the start of words is no miss (typing)', async () => {
    const r = await runSearch(pf(), 'ment', {}, noVocab);
    expect(r.results).toHaveLength(2);
    expect(r.note).toBeNull();
  });

  it('splits an unknown compound into the site’s words and searches those', async () => {
    const r = await runSearch(pf(), 'mentorordning', {}, async () => repairFrom(vocab));
    expect(r.note).toEqual({ kind: 'split', from: 'mentorordning', parts: ['mentor', 'ordning'] });
    expect(r.query).toBe('mentor ordning');
    // the page with both parts first, then pages with one of them
    expect(r.results.map((x) => x.id)).toEqual(['/a/', '/b/']);
  });

  it('when no page has every part, finds pages with any of them', async () => {
    const r = await runSearch(fakePagefind({ '/a/': 'mentor', '/b/': 'ordning', '/c/': 'andet' }), 'mentorordning', {}, async () => repairFrom(vocab));
    expect(r.results.map((x) => x.id).sort()).toEqual(['/a/', '/b/']);
  });

  it('shows the results for a sure correction, and says so', async () => {
    const r = await runSearch(pf(), 'beredskap', {}, async () => repairFrom(vocab));
    expect(r.note).toEqual({ kind: 'corrected', typed: 'beredskap', query: 'beredskab', sure: true });
    expect(r.results.map((x) => x.id)).toEqual(['/c/']);
    const fold = await runSearch(pf(), 'mestringsforlob', {}, async () => repairFrom(vocab));
    expect(fold.query).toBe('mestringsforløb');
    expect(fold.results.map((x) => x.id)).toEqual(['/e/']);
  });

  it('never shows what Pagefind found for a shortened word (»pr.« for »progresionsmåling«)', async () => {
    const fake = pf();
    expect((await fake.search('progresionsmåling'))!.results.map((x) => x.id)).toEqual(['/d/', '/e/', '/f/']);
    const r = await runSearch(fake, 'progresionsmåling', {}, async () => repairFrom(vocab));
    expect(r.results.map((x) => x.id)).toEqual(['/f/']);
    expect(r.note).toMatchObject({ kind: 'corrected', query: 'progressionsmåling', sure: true });
    // as typed (»Søg i stedet efter …«): nothing, rather than »pr.«
    const typed = await runSearch(fake, 'progresionsmåling', {}, noVocab, { asTyped: true });
    expect(typed.results).toEqual([]);
    expect(typed.note).toBeNull();
  });

  it('asks »Mente du« when unsure (a typo in a short word), above the suggestion’s results', async () => {
    const r = await runSearch(fakePagefind({ '/m/': 'en model', '/n/': 'noget andet' }), 'mdel', {}, async () => repairFrom(vocab));
    expect(r.note).toEqual({ kind: 'corrected', typed: 'mdel', query: 'model', sure: false });
    expect(r.results.map((x) => x.id)).toEqual(['/m/']);
  });

  it('loads nothing more once the reader has typed on', async () => {
    const fake = pf();
    let loaded = 0;
    const counting: PagefindLike = {
      search: async (q) => {
        const r = await fake.search(q);
        return r && { results: r.results.map((x) => ({ ...x, data: () => (loaded++, x.data()) })) };
      },
    };
    await runSearch(counting, 'mentor', {}, noVocab, { stale: () => true });
    expect(loaded).toBe(0);
    await runSearch(counting, 'mentor', {}, noVocab);
    expect(loaded).toBe(2);
  });

  it('says nothing it cannot back: no vocabulary, no note', async () => {
    const r = await runSearch(pf(), 'xyzzy', {}, async () => {
      throw new Error('offline');
    });
    expect(r.results).toEqual([]);
    expect(r.note).toBeNull();
  });
});
