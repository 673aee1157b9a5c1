/**
 * Makes a first search download less, by rewriting the bundle Pagefind writes (after
 * `index.writeFiles`, before anything else reads it):
 *
 * 1. Smaller word-index chunks. Pagefind 1.6 cuts its sorted word list into chunks of a fixed
 *    20,000 word positions (about 31 KB gzip each here), and a search downloads the chunk that
 *    holds each term. We cut the same list into smaller chunks (ChunkPlan). The engine loads
 *    exactly one chunk per term (the first whose from/to range holds it), and a term also
 *    matches longer words that start with it, so a cut between two words sharing a prefix hides
 *    words from a query for that prefix. Cuts therefore go where the first letter changes (hides
 *    nothing); only a letter too large for one chunk is cut where the second letter changes
 *    (hides words only from one-letter queries). A group sharing two letters is cut deeper only
 *    when it outgrows Pagefind's own chunk size, so no chunk gets larger than Pagefind's (bar a
 *    single huge word). The build log reports the deepest cut: on this site 1, so every query
 *    of two letters or more finds everything Pagefind's own bundle finds.
 *    The `from` labels are Pagefind's own; `to` is the chunk's last word (see chunkLabels).
 * 2. Smaller fragments. Each result's fragment carries an anchor for every element with an id
 *    and our index-only metadata (`dele`: compound-word tails, see src/lib/search/decompound.ts;
 *    the page description and tool keywords, which only rank). Only the anchors of sections are
 *    kept – headings with an id, and the terms of a word list (dt), which get a title so Pagefind
 *    makes sub-results of them – and the index-only metadata is dropped. The words stay in the
 *    index, so nothing becomes unfindable.
 *
 * Every rewritten file gets a new content hash in its name, so a cached old file is never mixed
 * with a new one. The rewrite checks that it reads Pagefind's format exactly (decode then encode
 * gives Pagefind's own bytes), and that every indexed word and every prefix longer than the
 * deepest cut leads the engine to the one chunk holding all its words. A Pagefind update that
 * changes the format fails the build with a message naming this file instead of shipping a
 * broken search; tests/e2e/search-index.test.ts compares the results with Pagefind's own bundle.
 */
import { createHash } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { concat } from '../bytes.ts';
import { decode, encode, encodeHead, readHead, skip, type CborValue } from '../cbor.ts';

const SIGNATURE = new TextEncoder().encode('pagefind_dcd');
const utf8 = new TextEncoder();

export class PagefindFormatError extends Error {
  constructor(message: string) {
    super(`Pagefind-bundlets format er ikke som ventet (src/lib/search/pagefind-tune.ts): ${message}`);
  }
}

/** Pagefind's files are gzip of "pagefind_dcd" + payload. */
export function unwrap(file: Uint8Array, name = 'fil'): Uint8Array {
  const raw = new Uint8Array(gunzipSync(file));
  if (raw.length < SIGNATURE.length || SIGNATURE.some((b, i) => raw[i] !== b)) {
    throw new PagefindFormatError(`${name} begynder ikke med pagefind_dcd`);
  }
  return raw.subarray(SIGNATURE.length);
}

export function wrap(payload: Uint8Array): Uint8Array {
  return new Uint8Array(gzipSync(concat([SIGNATURE, payload]), { level: 9 }));
}

export interface IndexWord {
  word: string;
  /** The word's whole CBOR item, copied unchanged into the new chunk. */
  raw: Uint8Array;
}

/** The words of one index chunk: a CBOR array holding one array of [word, pages, …] items. */
export function readChunkWords(payload: Uint8Array, name = 'indeksdel'): IndexWord[] {
  if (payload[0] !== 0x81) throw new PagefindFormatError(`${name}: ventede et array med ét element`);
  const list = readHead(payload, 1);
  if (list.major !== 4) throw new PagefindFormatError(`${name}: ventede en ordliste`);
  const words: IndexWord[] = [];
  let p = list.next;
  for (let i = 0; i < list.arg; i++) {
    const end = skip(payload, p);
    const raw = payload.subarray(p, end);
    const item = decode(raw);
    if (!Array.isArray(item) || typeof item[0] !== 'string') throw new PagefindFormatError(`${name}: ord nr. ${i} er ikke [ord, …]`);
    words.push({ word: item[0], raw });
    p = end;
  }
  if (p !== payload.length) throw new PagefindFormatError(`${name}: data efter ordlisten`);
  return words;
}

export function writeChunkWords(words: IndexWord[]): Uint8Array {
  return concat([Uint8Array.of(0x81), encodeHead(4, words.length), ...words.map((w) => w.raw)]);
}

const chars = (s: string) => Array.from(s);

/**
 * The `from` label of a chunk, as Pagefind computes it (pagefind/src/index/mod.rs,
 * get_prefixes): the first word cut one character after the prefix it shares with the last
 * word of the chunk before. Short labels let a prefix ("prak") find the chunk of "praktik".
 */
export function fromLabel(previousLast: string, first: string): string {
  return chars(first)
    .slice(0, commonPrefixLength(previousLast, first) + 1)
    .join('');
}

/** How many characters two words share at the start. */
export function commonPrefixLength(a: string, b: string): number {
  const x = chars(a);
  const y = chars(b);
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return n;
}

export interface ChunkPlan {
  /** Size to aim for (bytes of the uncompressed chunk). */
  target: number;
  /** Cuts where one of the first `shallow` characters changes aim at `target`. */
  shallow: number;
  /**
   * A group sharing its first `shallow` characters stays whole up to `max` bytes (about the size
   * of Pagefind's own chunks); only beyond that is it cut deeper, where the next character
   * changes, as deep as needed. A single word is never cut.
   */
  max: number;
  /**
   * The deepest cut allowed (letters shared across it). A plan that needs deeper cuts is not
   * used: tunePagefindBundle keeps Pagefind's own chunks, because at that size small chunks are
   * bought by hiding words from queries of that many letters (measured in bench/rewrite.mjs).
   */
  maxCut?: number;
}

/**
 * Cut a sorted word list into chunks. A cut goes where the first character changes; only a
 * first character larger than `target` is cut where the second one changes, and so on (see
 * ChunkPlan). The shallower the cut, the fewer prefix queries it can affect.
 */
export function planChunks(words: IndexWord[], plan: ChunkPlan): IndexWord[][] {
  const size = (ws: IndexWord[]) => ws.reduce((n, w) => n + w.raw.length, 0);
  const split = (ws: IndexWord[], depth: number): IndexWord[][] => {
    if (ws.length === 0) return [];
    const limit = depth < plan.shallow ? plan.target : plan.max;
    if (ws.length === 1 || size(ws) <= limit) return [ws];
    const groups: IndexWord[][] = [];
    let key: string | null = null;
    for (const w of ws) {
      const k = chars(w.word).slice(0, depth + 1).join('');
      if (k !== key) groups.push([]);
      key = k;
      groups.at(-1)!.push(w);
    }
    if (groups.length === 1) return split(ws, depth + 1);
    const pieces = groups.flatMap((g) => split(g, depth + 1));
    // Merge neighbours back together while they fit.
    const merged: IndexWord[][] = [];
    let lastSize = 0;
    for (const piece of pieces) {
      const pieceSize = size(piece);
      const last = merged.at(-1);
      if (last && lastSize + pieceSize <= limit) {
        for (const w of piece) last.push(w);
        lastSize += pieceSize;
      } else {
        merged.push([...piece]);
        lastSize = pieceSize;
      }
    }
    return merged;
  };
  return split(words, 0);
}

/** The longest prefix any cut goes through: queries longer than this always find everything. */
export function deepestCut(chunks: IndexWord[][]): number {
  let deepest = 0;
  for (let i = 1; i < chunks.length; i++) deepest = Math.max(deepest, commonPrefixLength(chunks[i - 1]!.at(-1)!.word, chunks[i]![0]!.word));
  return deepest;
}

/** Rust's String ordering: by UTF-8 bytes. */
export function compareBytes(a: string, b: string): number {
  return Buffer.compare(Buffer.from(utf8.encode(a)), Buffer.from(utf8.encode(b)));
}

export interface ChunkLabel {
  from: string;
  to: string;
}

/**
 * from/to labels of the chunks. `from` is Pagefind's short label; `to` is the chunk's last word
 * in full. (Pagefind shortens `to` as well, which puts the longer words of a chunk's last letter
 * outside its range: they are then only found through the engine's fallback, which runs only
 * when no term of the query matched any chunk.)
 */
export function chunkLabels(chunks: IndexWord[][]): ChunkLabel[] {
  return chunks.map((c, i) => ({
    // The first chunk starts at its first letter (Pagefind: its first word, which would put a
    // prefix of that word before the range).
    from: i === 0 ? chars(c[0]!.word)[0]! : fromLabel(chunks[i - 1]!.at(-1)!.word, c[0]!.word),
    to: c.at(-1)!.word,
  }));
}

/**
 * The chunk the search engine loads for a term: pagefind_web's request_indexes takes the first
 * chunk with from ≤ term ≤ to (byte order). -1 when none does. The engine's rule as written,
 * for the tests; findLookupProblems uses a binary search that must agree with it.
 */
export function chunkFor(labels: ChunkLabel[], term: string): number {
  return labels.findIndex((l) => compareBytes(term, l.from) >= 0 && compareBytes(term, l.to) <= 0);
}

/**
 * Problems that would make a search miss: a word, or a prefix of `shortest` characters or more,
 * that does not lead to the one chunk holding every word it starts. Empty when the plan is sound.
 */
export function findLookupProblems(chunks: IndexWord[][], shortest = deepestCut(chunks) + 1): string[] {
  const labels = chunkLabels(chunks);
  const enc = labels.map((l) => ({ from: Buffer.from(utf8.encode(l.from)), to: Buffer.from(utf8.encode(l.to)) }));
  // The ranges are disjoint and ascending (each `from` sorts after the previous chunk's last
  // word), so the first chunk that holds a term is the last one starting at or before it.
  const lookup = (term: string) => {
    const t = Buffer.from(utf8.encode(term));
    let lo = 0;
    let hi = enc.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (Buffer.compare(t, enc[mid]!.from) >= 0) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found >= 0 && Buffer.compare(t, enc[found]!.to) <= 0 ? found : -1;
  };
  const home = new Map<string, number>();
  const problems: string[] = [];
  chunks.forEach((chunk, i) => {
    for (const { word } of chunk) {
      const cs = chars(word);
      for (let k = Math.min(shortest, cs.length); k <= cs.length; k++) {
        const term = cs.slice(0, k).join('');
        const seen = home.get(term);
        if (seen === undefined) {
          home.set(term, i);
          const found = lookup(term);
          if (found !== i) problems.push(`»${term}« fører til indeksdel ${found}, men findes i ${i}`);
        } else if (seen !== i) problems.push(`ord der begynder med »${term}« er delt mellem indeksdel ${seen} og ${i}`);
      }
    }
  });
  return problems;
}

const hashOf = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A name `da_<hash>` that is not taken yet (Pagefind's scheme: 7 hex, longer on collision). */
function uniqueName(lang: string, bytes: Uint8Array, taken: Set<string>, length = 7): string {
  const h = hashOf(bytes);
  let n = length;
  while (taken.has(`${lang}_${h.slice(0, n)}`)) n++;
  const name = `${lang}_${h.slice(0, n)}`;
  taken.add(name);
  return name;
}

export interface TuneReport {
  /** Queries of this many characters or fewer may miss words in a neighbouring chunk. */
  deepestCut: number;
  /** The plan would have cut deeper than ChunkPlan.maxCut: Pagefind's own chunks were kept. */
  keptPagefindChunks: boolean;
  chunksBefore: number;
  chunksAfter: number;
  largestChunkBefore: number;
  largestChunkAfter: number;
  fragmentBytesBefore: number;
  fragmentBytesAfter: number;
}

interface MetaLayout {
  meta: CborValue[];
  pages: CborValue[][];
  chunks: CborValue[][];
}

/** The metadata file: [version, pages [[hash, words, …]], index chunks [[from, to, hash]], filters, …]. */
function readMeta(payload: Uint8Array): MetaLayout {
  const meta = decode(payload);
  if (!Array.isArray(meta)) throw new PagefindFormatError('metadata er ikke et array');
  if (!Buffer.from(encode(meta)).equals(Buffer.from(payload))) throw new PagefindFormatError('metadata kan ikke genskabes byte for byte');
  const [version, pages, chunks] = meta;
  const rows = (v: CborValue | undefined, what: string) => {
    if (!Array.isArray(v) || !v.every((r) => Array.isArray(r) && typeof r[0] === 'string')) throw new PagefindFormatError(`metadata: ${what} har ukendt form`);
    return v as CborValue[][];
  };
  if (typeof version !== 'string' || !version.startsWith('1.')) throw new PagefindFormatError(`ukendt version ${String(version)}`);
  const chunkRows = rows(chunks, 'indeksdele');
  if (!chunkRows.every((r) => r.length === 3 && r.every((x) => typeof x === 'string'))) throw new PagefindFormatError('metadata: indeksdele er ikke [fra, til, navn]');
  return { meta, pages: rows(pages, 'sider'), chunks: chunkRows };
}

interface Anchor {
  element?: unknown;
  id?: unknown;
  text?: unknown;
  title?: unknown;
  location?: unknown;
}

/**
 * Checklist questions on a Selvtjek page carry this id prefix (`spoergsmaal-<question id>`), in
 * the served form and after the island has hydrated: a result for a question's words links to
 * the question itself.
 */
export const QUESTION_ANCHOR = 'spoergsmaal-';
/** Words of a question taken as its section title at most (it ends at its own sentence end). */
const QUESTION_TITLE_WORDS = 40;

/**
 * The anchor of a section a search result can link to, or null: a heading below the page title
 * with an id, a term in a word list (dt) with an id, or a checklist question (QUESTION_ANCHOR).
 * Pagefind's sub-results take headings by their element and other anchors only when they have a
 * title, so a dt gets its text as title, and a question (Pagefind gives it no text) the words of
 * the page's text from its place to the end of its first sentence – the question as the page
 * shows it. `words` is the page's indexed text, split at whitespace.
 */
export function sectionAnchor(a: Anchor, words: readonly string[] = []): Anchor | null {
  if (typeof a.id !== 'string' || !a.id || typeof a.element !== 'string') return null;
  if (a.id.startsWith(QUESTION_ANCHOR) && typeof a.location === 'number') {
    const at = a.location;
    let end = at;
    while (end < words.length - 1 && end - at < QUESTION_TITLE_WORDS - 1 && !/[.?!:]$/.test(words[end]!)) end++;
    const title = words.slice(at, end + 1).join(' ').replace(/\.$/, '');
    return title ? { element: a.element, id: a.id, text: title, title, location: at } : null;
  }
  if (typeof a.text !== 'string' || !/\S/.test(a.text)) return null;
  if (/^h[2-6]$/i.test(a.element)) return a;
  if (a.element.toLowerCase() === 'dt') return { element: a.element, id: a.id, text: a.text, title: a.text, location: a.location };
  return null;
}

/** Drop what the search page never shows from a fragment (JSON after the signature). */
export function slimFragment(payload: Uint8Array, dropMeta: string[]): Uint8Array {
  const data = JSON.parse(new TextDecoder().decode(payload)) as { anchors?: Anchor[]; meta?: Record<string, unknown>; content?: unknown };
  if (!Array.isArray(data.anchors) || typeof data.meta !== 'object') throw new PagefindFormatError('et fragment mangler anchors eller meta');
  const words = typeof data.content === 'string' ? data.content.split(/\s+/) : [];
  data.anchors = data.anchors.map((a) => sectionAnchor(a, words)).filter((a) => a !== null);
  for (const k of dropMeta) delete data.meta[k];
  return utf8.encode(JSON.stringify(data));
}

/**
 * Rewrite the bundle in `dir` (the folder Pagefind wrote). `chunks` says how to cut the word
 * index; `dropMeta` names metadata that exists only to be searched and is never displayed.
 */
export async function tunePagefindBundle(dir: string, opts: { chunks: ChunkPlan; dropMeta: string[] }): Promise<TuneReport> {
  const entryFile = join(dir, 'pagefind-entry.json');
  const entry = JSON.parse(await readFile(entryFile, 'utf8')) as { languages: Record<string, { hash: string; wasm?: string; page_count: number }> };
  const report: TuneReport = { deepestCut: 0, keptPagefindChunks: false, chunksBefore: 0, chunksAfter: 0, largestChunkBefore: 0, largestChunkAfter: 0, fragmentBytesBefore: 0, fragmentBytesAfter: 0 };

  for (const [lang, info] of Object.entries(entry.languages)) {
    const prefix = info.hash.split('_')[0]!;
    const metaName = `pagefind.${info.hash}.pf_meta`;
    const { meta, pages, chunks } = readMeta(unwrap(await readFile(join(dir, metaName)), metaName));
    const taken = new Set<string>();

    // 1. Word index.
    const words: IndexWord[] = [];
    const own: IndexWord[][] = [];
    for (const [, , hash] of chunks as string[][]) {
      const file = join(dir, 'index', `${hash}.pf_index`);
      const gz = await readFile(file);
      report.chunksBefore++;
      report.largestChunkBefore = Math.max(report.largestChunkBefore, gz.length);
      const payload = unwrap(gz, `index/${hash}`);
      const list = readChunkWords(payload, `index/${hash}`);
      if (!Buffer.from(writeChunkWords(list)).equals(Buffer.from(payload))) throw new PagefindFormatError(`index/${hash} kan ikke genskabes byte for byte`);
      for (const w of list) words.push(w);
      own.push(list);
    }
    for (let i = 1; i < words.length; i++) {
      if (compareBytes(words[i - 1]!.word, words[i]!.word) >= 0) throw new PagefindFormatError(`ordene er ikke sorteret (${words[i - 1]!.word}, ${words[i]!.word})`);
    }
    const planned = planChunks(words, opts.chunks);
    if (deepestCut(planned) > (opts.chunks.maxCut ?? Infinity)) {
      // Small chunks would need cuts inside longer shared prefixes, hiding words from queries of
      // that length: keep Pagefind's own chunks (bench/README.md, »Omskrivningen«).
      report.keptPagefindChunks = true;
      report.deepestCut = Math.max(report.deepestCut, deepestCut(own));
      report.chunksAfter += own.length;
      report.largestChunkAfter = report.largestChunkBefore;
    } else {
      const problems = findLookupProblems(planned);
      if (problems.length) throw new PagefindFormatError(`den nye opdeling af indekset ville skjule ord: ${problems.slice(0, 5).join('; ')}`);
      const labels = chunkLabels(planned);
      report.deepestCut = Math.max(report.deepestCut, deepestCut(planned));
      const newChunks: CborValue[][] = [];
      for (const [i, chunk] of planned.entries()) {
        const gz = wrap(writeChunkWords(chunk));
        const name = uniqueName(prefix, gz, taken);
        await writeFile(join(dir, 'index', `${name}.pf_index`), gz);
        report.chunksAfter++;
        report.largestChunkAfter = Math.max(report.largestChunkAfter, gz.length);
        newChunks.push([labels[i]!.from, labels[i]!.to, name]);
      }
      for (const [, , hash] of chunks as string[][]) if (!newChunks.some((c) => c[2] === hash)) await rm(join(dir, 'index', `${hash}.pf_index`));
      meta[2] = newChunks;
    }

    // 2. Fragments. Identical pages share one fragment (and one hash).
    const renamed = new Map<string, string>();
    for (const row of pages) {
      const hash = row[0] as string;
      const done = renamed.get(hash);
      if (done) {
        row[0] = done;
        continue;
      }
      const file = join(dir, 'fragment', `${hash}.pf_fragment`);
      const gz = await readFile(file);
      report.fragmentBytesBefore += gz.length;
      const slim = wrap(slimFragment(unwrap(gz, `fragment/${hash}`), opts.dropMeta));
      const name = uniqueName(prefix, slim, taken);
      await rm(file);
      await writeFile(join(dir, 'fragment', `${name}.pf_fragment`), slim);
      report.fragmentBytesAfter += slim.length;
      renamed.set(hash, name);
      row[0] = name;
    }

    // 3. Metadata under a new name, and the entry file pointing to it.
    const metaBytes = encode(meta);
    const newHash = `${prefix}_${hashOf(metaBytes).slice(0, 10)}`;
    await rm(join(dir, metaName));
    await writeFile(join(dir, `pagefind.${newHash}.pf_meta`), wrap(metaBytes));
    entry.languages[lang]!.hash = newHash;
  }
  await writeFile(entryFile, JSON.stringify(entry));
  return report;
}
