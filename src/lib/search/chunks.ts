/**
 * Which of Pagefind's index chunks a search needs, worked out without Pagefind: the header's
 * first search fetches the chunk side by side with Pagefind's WebAssembly instead of one round
 * trip after it (src/scripts/search-prefetch.ts; issue 25).
 *
 * Mirrors Pagefind 1.6. pagefind.js normalises the query (drops punctuation, lower-cases, splits
 * at spaces, strips diacritics: »både« → »bade«), and pagefind_web's `request_indexes` takes, for
 * each word, the first chunk with from ≤ word ≤ to in UTF-8 byte order; when no word has one, it
 * takes the first chunk whose bounds, cut to the word's length, hold the word. The chunks are
 * listed in Pagefind's metadata file. A wrong guess costs one unused download, never a result:
 * Pagefind still asks for what it needs. tests/e2e/search-index.test.ts holds the guess against
 * Pagefind itself, in Chromium, for every word of the site's index and prefixes of them.
 */

export interface IndexChunk {
  /** First and last word of the chunk's range, as UTF-8. */
  from: Uint8Array;
  to: Uint8Array;
  /** The chunk's file: index/<hash>.pf_index. */
  hash: string;
}

const SIGNATURE = 'pagefind_dcd';

/**
 * The head of the CBOR item at `pos`: major type, argument (a length or a value) and where its
 * content starts. Definite lengths only, as Pagefind writes them (src/lib/cbor.ts is the full
 * codec the build uses; this is the part a first search needs, kept small for the browser).
 */
function readHead(buf: Uint8Array, pos: number): { major: number; arg: number; next: number } {
  if (pos >= buf.length) throw new Error(`CBOR ends at byte ${pos}`);
  const first = buf[pos]!;
  let arg = first & 31;
  let next = pos + 1;
  if (arg > 23) {
    const bytes = 1 << (arg - 24);
    if (bytes > 8 || next + bytes > buf.length) throw new Error(`CBOR head at byte ${pos} is not Pagefind's`);
    arg = 0;
    for (let i = 0; i < bytes; i++) arg = arg * 256 + buf[next++]!;
  }
  return { major: first >> 5, arg, next };
}

/** The position after the CBOR item at `pos`. */
function skip(buf: Uint8Array, pos: number): number {
  const { major, arg, next } = readHead(buf, pos);
  if (major === 2 || major === 3) return next + arg;
  let p = next;
  // arrays hold `arg` items, maps `arg` pairs
  if (major === 4 || major === 5) for (let i = 0; i < arg * (major - 3); i++) p = skip(buf, p);
  return p;
}

/**
 * The index chunks of Pagefind's metadata file, inflated: "pagefind_dcd" and then CBOR
 * [version, pages, [[from, to, hash], …], …]. Throws if the file is not of that form.
 */
export function indexChunks(file: Uint8Array): IndexChunk[] {
  const text = new TextDecoder();
  if (text.decode(file.subarray(0, SIGNATURE.length)) !== SIGNATURE) throw new Error('not a Pagefind file');
  const buf = file.subarray(SIGNATURE.length);
  const string = (pos: number): [Uint8Array, number] => {
    const { major, arg, next } = readHead(buf, pos);
    if (major !== 3) throw new Error(`not a text at byte ${pos}`);
    return [buf.subarray(next, next + arg), next + arg];
  };
  // Into the outer array, past the version and the pages.
  let pos = skip(buf, skip(buf, readHead(buf, 0).next));
  const list = readHead(buf, pos);
  if (list.major !== 4) throw new Error('no list of index chunks');
  pos = list.next;
  const out: IndexChunk[] = [];
  for (let i = 0; i < list.arg; i++) {
    const [from, a] = string(readHead(buf, pos).next);
    const [to, b] = string(a);
    out.push({ from, to, hash: text.decode(string(b)[0]) });
    pos = skip(buf, pos);
  }
  return out;
}

/** Pagefind's diacritics rule (pagefind.js `normalizeDiacritics`). */
const stripDiacritics = (word: string): string => {
  const stripped = word.normalize('NFD').replace(/(?![\u3099\u309A])\p{M}/gu, '');
  return /[\u3099\u309A]/.test(stripped) ? stripped.normalize('NFC') : stripped;
};

/** The words Pagefind looks up for a query, as pagefind.js normalises it before it asks for chunks. */
export function pagefindWords(query: string): string[] {
  let term = '';
  // Pagefind's own test, character by character (it means: drop punctuation). Pagefind keeps the
  // characters of its `include_characters` (the entry file) even so; by default they are connector
  // punctuation (»_«), which this test keeps anyway. A site setting that adds others would make
  // the guess miss for words with them: one download too many, no result lost.
  for (const c of query) if (!/^\p{Pd}|\p{Pe}|\p{Pf}|\p{Pi}|\p{Po}|\p{Ps}$/u.test(c)) term += c.toLocaleLowerCase();
  return term
    .replace(/\s{2,}/g, ' ')
    .trim()
    .split(' ')
    .map(stripDiacritics)
    .filter((w) => w.length > 0);
}

/** Rust's ordering of byte strings. */
function compare(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < a.length && i < b.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

/** Rust's `s.get(0..n)`: the first n bytes, or null when n cuts a character. */
const head = (s: Uint8Array, n: number): Uint8Array | null => (n < s.length && (s[n]! & 0xc0) === 0x80 ? null : s.subarray(0, n));

/** The chunk `request_indexes` takes for one word; `loose` is its second try. */
function chunkOf(chunks: IndexChunk[], word: Uint8Array, loose: boolean): IndexChunk | undefined {
  return chunks.find((c) => {
    if (!loose) return compare(word, c.from) >= 0 && compare(word, c.to) <= 0;
    const [wordFrom, from] = [head(word, Math.min(word.length, c.from.length)), head(c.from, Math.min(word.length, c.from.length))];
    const [wordTo, to] = [head(word, Math.min(word.length, c.to.length)), head(c.to, Math.min(word.length, c.to.length))];
    return !!(wordFrom && from && wordTo && to) && compare(wordFrom, from) >= 0 && compare(wordTo, to) <= 0;
  });
}

/** The chunks (their hashes, sorted) Pagefind 1.6 loads to search `query`. */
export function chunksFor(chunks: IndexChunk[], query: string): string[] {
  const utf8 = new TextEncoder();
  const words = pagefindWords(query).map((w) => utf8.encode(w));
  const pick = (loose: boolean) => [...new Set(words.flatMap((w) => chunkOf(chunks, w, loose)?.hash ?? []))].sort();
  const strict = pick(false);
  return strict.length > 0 || words.length === 0 ? strict : pick(true);
}
