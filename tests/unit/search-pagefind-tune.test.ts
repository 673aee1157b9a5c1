import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { CborError, CborMap, decode, encode, encodeHead, skip, type CborValue } from '../../src/lib/cbor';
import { sectionLink } from '../../src/lib/search/results';
import {
  PagefindFormatError,
  chunkFor,
  chunkLabels,
  deepestCut,
  findLookupProblems,
  fromLabel,
  planChunks,
  readChunkWords,
  slimFragment,
  tunePagefindBundle,
  unwrap,
  wrap,
  writeChunkWords,
  type IndexWord,
} from '../../src/lib/search/pagefind-tune';

const bytes = (...xs: number[]) => Uint8Array.from(xs);
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

describe('CBOR codec', () => {
  it('writes the shortest head, as minicbor does', () => {
    expect(hex(encodeHead(0, 23))).toBe('17');
    expect(hex(encodeHead(0, 24))).toBe('1818');
    expect(hex(encodeHead(0, 255))).toBe('18ff');
    expect(hex(encodeHead(0, 256))).toBe('190100');
    expect(hex(encodeHead(0, 65535))).toBe('19ffff');
    expect(hex(encodeHead(0, 65536))).toBe('1a00010000');
    expect(hex(encodeHead(0, 2 ** 32))).toBe('1b0000000100000000');
    expect(hex(encodeHead(4, 3))).toBe('83');
  });

  it('round-trips every kind of value it supports', () => {
    const value: CborValue = [0, 23, 24, 1000, -1, -25, -1000, 'skala', 'æøå', bytes(1, 2), [], [[1, [2, 3]]], true, false, null, new CborMap([['k', 1]])];
    const encoded = encode(value);
    expect(decode(encoded)).toEqual(value);
    expect(hex(encode(decode(encoded)))).toBe(hex(encoded));
    expect(skip(encoded, 0)).toBe(encoded.length);
  });

  it('decodes the known RFC 8949 examples', () => {
    expect(decode(bytes(0x20))).toBe(-1);
    expect(decode(bytes(0x38, 0x63))).toBe(-100);
    expect(decode(bytes(0x64, 0x49, 0x45, 0x54, 0x46))).toBe('IETF');
    expect(decode(bytes(0x83, 0x01, 0x82, 0x02, 0x03, 0x82, 0x04, 0x05))).toEqual([1, [2, 3], [4, 5]]);
  });

  it('refuses what it does not know instead of guessing', () => {
    expect(() => decode(bytes(0xf9, 0x3c, 0x00))).toThrow(CborError); // half float
    expect(() => decode(bytes(0xc1, 0x01))).toThrow(CborError); // tag
    expect(() => decode(bytes(0x9f, 0x01, 0xff))).toThrow(CborError); // indefinite array
    expect(() => decode(bytes(0x83, 0x01))).toThrow(CborError); // truncated
    expect(() => decode(bytes(0x01, 0x02))).toThrow(CborError); // trailing bytes
    expect(() => decode(bytes(0x62, 0xc3, 0x28))).toThrow(); // invalid UTF-8
  });
});

/** A fake index word whose CBOR item is `size` bytes long. */
function word(w: string, size = 10): IndexWord {
  const item = encode([w, [[0, [1]]], []]);
  const raw = new Uint8Array(Math.max(size, item.length));
  raw.set(item);
  return { word: w, raw: raw.subarray(0, Math.max(size, item.length)) };
}
const sorted = (ws: string[]) => [...ws].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));

describe('chunk labels', () => {
  it('are Pagefind’s own from-labels (its get_prefixes test cases)', () => {
    expect(fromLabel('apple', 'apricot')).toBe('apr');
    expect(fromLabel('cataraman', 'yacht')).toBe('y');
    expect(fromLabel('cath', 'cathartic')).toBe('catha');
    expect(fromLabel('sagen', 'ærlig')).toBe('æ');
  });

  it('keep a chunk’s last word whole, so that every word leads to its own chunk', () => {
    const chunks = [[word('arbejde'), word('skala')], [word('tid'), word('tidsplan')]];
    const labels = chunkLabels(chunks);
    expect(labels).toEqual([
      { from: 'a', to: 'skala' },
      { from: 't', to: 'tidsplan' },
    ]);
    expect(chunkFor(labels, 'skala')).toBe(0); // Pagefind's label "s" would put it out of range
    expect(chunkFor(labels, 'ti')).toBe(1);
    expect(chunkFor(labels, 'tidsplan')).toBe(1);
    expect(chunkFor(labels, 'arb')).toBe(0);
    expect(chunkFor(labels, 'zebra')).toBe(-1);
  });

  it('compare like Rust strings: by UTF-8 bytes, so å < æ < ø after z', () => {
    const labels = chunkLabels([[word('zone')], [word('år'), word('æble')], [word('øre')]]);
    expect(chunkFor(labels, 'æble')).toBe(1);
    expect(chunkFor(labels, 'øre')).toBe(2);
  });
});

describe('planChunks', () => {
  const vocabulary = sorted([
    'arbejde', 'arbejdsplads', 'borger', 'job', 'jobcenter', 'jobrettet', 'praktik', 'praktikforløb', 'praktikplads',
    'samtale', 'sagsbehandler', 'skala', 'skole', 'støtte', 'tid', 'tidsplan', 'ærlig', 'økonomi', 'år',
  ]).map((w) => word(w, 40));

  it('keeps every word, in order, and cuts only where the first or second letter changes', () => {
    const chunks = planChunks(vocabulary, { target: 120, shallow: 2, max: 400 });
    expect(chunks.flat().map((w) => w.word)).toEqual(vocabulary.map((w) => w.word));
    expect(chunks.length).toBeGreaterThan(3);
    expect(deepestCut(chunks)).toBeLessThanOrEqual(1);
    expect(findLookupProblems(chunks)).toEqual([]);
  });

  it('on a large random vocabulary: ascending, disjoint ranges, and no word or prefix lost', () => {
    // mulberry32: a small seeded generator, so the vocabulary is the same on every run
    let seed = 42;
    const rnd = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
    };
    const alphabet = 'abdefghijklmnoprstuvyæøå';
    const ws = new Set<string>();
    while (ws.size < 5000) ws.add(Array.from({ length: 2 + Math.floor(rnd() * 10) }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join(''));
    const big = sorted([...ws]).map((w) => word(w, 12 + Math.floor(rnd() * 60)));
    const chunks = planChunks(big, { target: 3000, shallow: 2, max: 3000 });
    expect(chunks.length).toBeGreaterThan(20);
    const labels = chunkLabels(chunks);
    for (let i = 1; i < labels.length; i++) expect(Buffer.compare(Buffer.from(labels[i]!.from), Buffer.from(labels[i - 1]!.to))).toBe(1);
    expect(findLookupProblems(chunks)).toEqual([]);
    // the engine's linear rule agrees with the chunk each word is in
    chunks.forEach((c, i) => expect(chunkFor(labels, c[0]!.word)).toBe(i));
  });

  it('keeps a group sharing two letters whole up to max, and cuts it deeper only beyond', () => {
    const group = sorted(['praktik', 'praktikant', 'praktikforløb', 'praktikken', 'praktikplads', 'pris']).map((w) => word(w, 100));
    expect(planChunks(group, { target: 150, shallow: 2, max: 600 })).toHaveLength(1);
    const cut = planChunks(group, { target: 150, shallow: 2, max: 250 });
    expect(cut.length).toBeGreaterThan(1);
    expect(cut.every((c) => c.reduce((n, w) => n + w.raw.length, 0) <= 250)).toBe(true);
    expect(cut.flat().map((w) => w.word)).toEqual(group.map((w) => w.word));
    // the cuts now go through longer prefixes, and the check knows from which length on all is found
    expect(deepestCut(cut)).toBeGreaterThan(2);
    expect(findLookupProblems(cut)).toEqual([]);
  });

  it('never cuts a single word, however large', () => {
    expect(planChunks([word('og', 5000)], { target: 100, shallow: 2, max: 200 })).toHaveLength(1);
  });

  it('puts everything in one chunk when it fits', () => {
    expect(planChunks(vocabulary, { target: 1e6, shallow: 2, max: 1e6 })).toHaveLength(1);
  });

  it('reports a cut inside a shared prefix: "prak" would miss "praktikforløb"', () => {
    const bad = [[word('praktik')], [word('praktikforløb'), word('praktikplads')]];
    expect(deepestCut(bad)).toBe(7);
    expect(findLookupProblems(bad, 2).join(' ')).toMatch(/»prak« fører til indeksdel 0, men findes i 1|delt mellem indeksdel 0 og 1/);
  });
});

describe('index chunks and fragments', () => {
  it('read and write a chunk byte for byte', () => {
    const payload = encode([[['ske', [[7, [-25, 617], []]], []], ['skala', [[9, [-25, 114], []]], []]]]);
    const words = readChunkWords(payload);
    expect(words.map((w) => w.word)).toEqual(['ske', 'skala']);
    expect(hex(writeChunkWords(words))).toBe(hex(payload));
  });

  it('refuses a chunk of another shape', () => {
    expect(() => readChunkWords(encode([1, 2]))).toThrow(PagefindFormatError);
    expect(() => readChunkWords(encode([[[1, 2]]]))).toThrow(PagefindFormatError);
  });

  it('wrap and unwrap Pagefind’s gzip + signature format', () => {
    const payload = encode(['x']);
    expect(hex(unwrap(wrap(payload)))).toBe(hex(payload));
    expect(() => unwrap(gzipSync(Buffer.from('not pagefind')))).toThrow(PagefindFormatError);
  });

  it('slim a fragment: section anchors only, no index-only metadata, everything else kept', () => {
    const anchors = [
      { element: 'h2', id: 'x', text: 'X', location: 0 },
      { element: 'div', id: 'wrapper', text: '', location: 0 },
      { element: 'input', id: 'field', text: '', location: 3 },
      { element: 'h2', text: 'No id', location: 4 },
      { element: 'dt', id: 'mentor', text: 'mentor', location: 5 },
      { element: 'h3', id: 'y', text: 'Y', location: 9 },
    ];
    const fragment = { url: '/a/', content: 'tekst', word_count: 1, filters: { type: ['Side'] }, meta: { title: 'A', dele: 'praktik' }, anchors };
    const slim = JSON.parse(new TextDecoder().decode(slimFragment(new TextEncoder().encode(JSON.stringify(fragment)), ['dele'])));
    // Headings with an id are the sections a result can link to; a term in a word list (dt) is
    // one too, and gets a title so that Pagefind's sub-results take it.
    expect(slim).toEqual({
      ...fragment,
      meta: { title: 'A' },
      anchors: [
        { element: 'h2', id: 'x', text: 'X', location: 0 },
        { element: 'dt', id: 'mentor', text: 'mentor', title: 'mentor', location: 5 },
        { element: 'h3', id: 'y', text: 'Y', location: 9 },
      ],
    });
  });

  it('make a checklist question a section titled by its words (Pagefind records it without text)', () => {
    const content = 'Fase 1: Henvisning. Specificér målgruppen for forløbet. Udarbejd en klar beskrivelse.';
    const anchors = [
      { element: 'h2', id: 'fase-1', text: 'Fase 1: Henvisning', location: 0 },
      { element: 'fieldset', id: 'spoergsmaal-specificer-maalgruppen', text: '', location: 3 },
      { element: 'fieldset', id: 'spoergsmaal-klar-beskrivelse', text: '', location: 7 },
    ];
    const fragment = { url: '/tjek/x/', content, word_count: 11, filters: {}, meta: { title: 'X' }, anchors };
    const slim = JSON.parse(new TextDecoder().decode(slimFragment(new TextEncoder().encode(JSON.stringify(fragment)), [])));
    expect(slim.anchors).toEqual([
      anchors[0],
      { element: 'fieldset', id: 'spoergsmaal-specificer-maalgruppen', text: 'Specificér målgruppen for forløbet', title: 'Specificér målgruppen for forløbet', location: 3 },
      { element: 'fieldset', id: 'spoergsmaal-klar-beskrivelse', text: 'Udarbejd en klar beskrivelse', title: 'Udarbejd en klar beskrivelse', location: 7 },
    ]);
    // a result for the question's words links to the question, which the page scrolls to
    const sub = { title: slim.anchors[1].title, url: '/tjek/x/#spoergsmaal-specificer-maalgruppen', anchor: slim.anchors[1], excerpt: '', weighted_locations: [], locations: [4] };
    expect(sectionLink(sub, content.split(' '))).toBe('/tjek/x/#spoergsmaal-specificer-maalgruppen');
  });
});

/** A small Pagefind bundle of 30 pages of made-up words, written to a new folder. */
async function smallBundle(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'pf-tune-'));
  const { index } = await pagefind.createIndex({ forceLanguage: 'da' });
  const letters = 'abcdefghijklmnoprstuvæøå';
  for (let p = 0; p < 30; p++) {
    const text = Array.from({ length: 400 }, (_, i) => `${letters[(i * 7 + p) % letters.length]}${letters[(i * 3) % letters.length]}ord${(i * 13 + p) % 97}`).join(' ');
    await index!.addHTMLFile({
      url: `/side-${p}/`,
      content: `<html lang="da"><body><main data-pagefind-body><h1>Side ${p}</h1><h2 id="a">Afsnit</h2><p>${text}</p></main><div data-pagefind-meta="dele:praktik"></div></body></html>`,
    });
  }
  await index!.writeFiles({ outputPath: dir });
  await pagefind.close();
  return dir;
}

describe('tunePagefindBundle on a real Pagefind bundle', () => {
  it('keeps Pagefind’s own chunks when small ones would need deeper cuts than allowed, and still slims the fragments', async () => {
    const dir = await smallBundle();
    try {
      const chunks = readdirSync(join(dir, 'index')).sort();
      const report = await tunePagefindBundle(dir, { chunks: { target: 4000, shallow: 2, max: 16000, maxCut: 0 }, dropMeta: ['dele'] });
      expect(report.keptPagefindChunks).toBe(true);
      expect(readdirSync(join(dir, 'index')).sort()).toEqual(chunks);
      const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8'));
      const meta = decode(unwrap(readFileSync(join(dir, `pagefind.${entry.languages.da.hash}.pf_meta`)))) as [string, [string, number][], [string, string, string][]];
      expect(meta[2].map((c) => `${c[2]}.pf_index`).sort()).toEqual(chunks);
      for (const f of readdirSync(join(dir, 'fragment'))) expect(JSON.parse(new TextDecoder().decode(unwrap(readFileSync(join(dir, 'fragment', f))))).meta.dele).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('rewrites it into a consistent bundle that keeps every word and page', async () => {
    const dir = await smallBundle();
    try {
      const wordsIn = (d: string) => readdirSync(join(d, 'index')).flatMap((f) => readChunkWords(unwrap(readFileSync(join(d, 'index', f)))).map((w) => w.word)).sort();
      const before = wordsIn(dir);
      const chunksBefore = readdirSync(join(dir, 'index')).length;

      const report = await tunePagefindBundle(dir, { chunks: { target: 4000, shallow: 2, max: 16000 }, dropMeta: ['dele'] });

      expect(report.chunksAfter).toBeGreaterThan(chunksBefore);
      expect(report.largestChunkAfter).toBeLessThan(report.largestChunkBefore);
      expect(wordsIn(dir)).toEqual(before);
      // The entry file names the new metadata; it names exactly the files on disk.
      const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8'));
      const metaName = `pagefind.${entry.languages.da.hash}.pf_meta`;
      expect(readdirSync(dir).filter((f) => f.endsWith('.pf_meta'))).toEqual([metaName]);
      const meta = decode(unwrap(readFileSync(join(dir, metaName)))) as [string, [string, number][], [string, string, string][]];
      expect(meta[2].map((c) => `${c[2]}.pf_index`).sort()).toEqual(readdirSync(join(dir, 'index')).sort());
      expect([...new Set(meta[1].map((p) => `${p[0]}.pf_fragment`))].sort()).toEqual(readdirSync(join(dir, 'fragment')).sort());
      expect(meta[1]).toHaveLength(30);
      for (const f of readdirSync(join(dir, 'fragment'))) {
        const data = JSON.parse(new TextDecoder().decode(unwrap(readFileSync(join(dir, 'fragment', f)))));
        expect(data.anchors).toEqual([{ element: 'h2', id: 'a', text: 'Afsnit', location: expect.any(Number) }]);
        expect(data.meta.dele).toBeUndefined();
        expect(data.meta.title).toMatch(/^Side \d+$/);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('fails with a message naming the module when the format is not Pagefind’s', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pf-tune-bad-'));
    try {
      writeFileSync(join(dir, 'pagefind-entry.json'), JSON.stringify({ version: '9.0.0', languages: { da: { hash: 'da_x', page_count: 1 } } }));
      writeFileSync(join(dir, 'pagefind.da_x.pf_meta'), wrap(encode(['9.0.0', 'not pages'])));
      await expect(tunePagefindBundle(dir, { chunks: { target: 4000, shallow: 2, max: 16000 }, dropMeta: [] })).rejects.toThrow(/src\/lib\/search\/pagefind-tune\.ts/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
