/**
 * src/lib/search/chunks.ts: the index chunk a first search needs, guessed before Pagefind runs.
 * Here: reading the metadata file and the lookup rule, against pagefind-tune's own statement of
 * Pagefind's rule. Against Pagefind itself, in Chromium: tests/e2e/search-index.test.ts.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CborMap, encode, type CborValue } from '../../src/lib/cbor';
import { chunksFor, indexChunks, pagefindWords, type IndexChunk } from '../../src/lib/search/chunks';
import { chunkFor } from '../../src/lib/search/pagefind-tune';

const utf8 = new TextEncoder();
const metaFile = (chunks: [string, string, string][], rest: CborValue[] = [[]]) => {
  const payload = encode(['1.6.0', [['page1', 120], ['page2', 80]], chunks, ...rest]);
  const out = new Uint8Array(12 + payload.length);
  out.set(utf8.encode('pagefind_dcd'));
  out.set(payload, 12);
  return out;
};
const table = (rows: [string, string, string][]): IndexChunk[] => rows.map(([from, to, hash]) => ({ from: utf8.encode(from), to: utf8.encode(to), hash }));

const ROWS: [string, string, string][] = [
  ['a', 'fag', 'da_1'],
  ['fagl', 'kost', 'da_2'],
  ['kostvan', 'praktik', 'da_3'],
  ['praktikk', 'ø', 'da_4'],
];

describe('indexChunks', () => {
  it('reads the chunks from Pagefind’s metadata, past the version and the pages', () => {
    const chunks = indexChunks(metaFile(ROWS, [[['type', 'da_f1']], []]));
    expect(chunks.map((c) => [new TextDecoder().decode(c.from), new TextDecoder().decode(c.to), c.hash])).toEqual(ROWS);
  });

  it('reads long lists and long texts (CBOR heads of one, two and four bytes)', () => {
    const long: [string, string, string][] = Array.from({ length: 300 }, (_, i) => [`a${i}`, `b${'x'.repeat(i)}`, `da_${i}`]);
    const pages = Array.from({ length: 70_000 }, (_, i) => [`p${i}`, i] as CborValue);
    const payload = encode(['1.6.0', pages, long, new CborMap([['k', 1]])]);
    const file = new Uint8Array([...utf8.encode('pagefind_dcd'), ...payload]);
    expect(indexChunks(file).map((c) => [new TextDecoder().decode(c.from), new TextDecoder().decode(c.to), c.hash])).toEqual(long);
  });

  it('refuses what is not a Pagefind metadata file', () => {
    expect(() => indexChunks(utf8.encode('{"languages":{}}'))).toThrow(/not a Pagefind file/);
    const noList = encode(['1.6.0', [], 'no chunks']);
    expect(() => indexChunks(new Uint8Array([...utf8.encode('pagefind_dcd'), ...noList]))).toThrow(/no list of index chunks/);
    expect(() => indexChunks(metaFile([['a', 'b', 'c']]).subarray(0, 30))).toThrow();
  });
});

describe('pagefindWords: the query as pagefind.js normalises it', () => {
  it('lower-cases, drops punctuation, strips diacritics and splits at spaces', () => {
    expect(pagefindWords('Praktik')).toEqual(['praktik']);
    expect(pagefindWords('  Både   kost-vaner!  ')).toEqual(['bade', 'kostvaner']);
    expect(pagefindWords('øvelse æble')).toEqual(['øvelse', 'æble']); // ø and æ have no diacritic to strip
    expect(pagefindWords('»…«')).toEqual([]);
  });
});

describe('chunksFor', () => {
  it('takes, per word, the first chunk whose range holds it', () => {
    const t = table(ROWS);
    expect(chunksFor(t, 'praktik')).toEqual(['da_3']);
    expect(chunksFor(t, 'Praktikker')).toEqual(['da_4']);
    expect(chunksFor(t, 'kost praktik')).toEqual(['da_2', 'da_3']);
    expect(chunksFor(t, 'fag fag')).toEqual(['da_1']);
    expect(chunksFor(t, '')).toEqual([]);
  });

  it('when no word is in any range, takes the chunks whose bounds, cut to the word, hold it', () => {
    // »fagk« is after »fag« and before »fagl«: in no range; cut to its length, »fagl« is above it
    // and »fag« … »fag« (the first chunk's to, cut to three letters) is not: chunk 1 by its from
    // (»a« ≤ »f«) and its to cut to »fag« ≤ »fag«.
    const t = table(ROWS);
    expect(chunksFor(t, 'fagk')).toEqual(['da_1']);
    expect(chunksFor(t, 'å')).toEqual(['da_1']); // looked up as »a«
    expect(chunksFor(t, 'þ')).toEqual([]); // after every chunk (þ > ø in UTF-8), and no bound's start holds it
  });

  it('agrees with pagefind-tune’s statement of the rule for any word in its range', () => {
    const letters = fc.constantFrom(...'abdefgiklmnoprstuvæøå');
    const word = fc.array(letters, { minLength: 1, maxLength: 8 }).map((l) => l.join(''));
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 2, maxLength: 12 }), word, (words, term) => {
        const sorted = [...words].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
        const labels = sorted.slice(0, -1).map((from, i) => ({ from, to: sorted[i + 1]! }));
        const expected = chunkFor(labels, pagefindWords(term)[0]!); // Pagefind looks up »å« as »a«
        const t = table(labels.map((l, i) => [l.from, l.to, `c${i}`]));
        if (expected >= 0) expect(chunksFor(t, term)).toEqual([`c${expected}`]);
        else expect(chunksFor(t, term).length).toBeLessThanOrEqual(1);
      }),
      { numRuns: 2000 },
    );
  });
});
