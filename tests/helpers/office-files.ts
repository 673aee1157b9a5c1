/**
 * Independent readers for the generated documents, written for the tests (not the site's own
 * code): a ZIP reader over node:zlib, an XML well-formedness check (jsdom's strict XML parser),
 * and an RFC 4180 CSV parser. A document passes only if these read it.
 */
import { inflateRawSync } from 'node:zlib';
import { createRequire } from 'node:module';

export interface ZipEntry {
  name: string;
  /** 0 = stored, 8 = deflated */
  method: number;
  /** Offset of the local file header. */
  offset: number;
  /** Length of the local header's extra field (ODF wants 0 for `mimetype`). */
  localExtra: number;
  data: Buffer;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * Reads every entry (or those `only` names) through the central directory and checks sizes and
 * CRC-32 of each.
 */
export function unzip(bytes: Uint8Array, only?: (name: string) => boolean): ZipEntry[] {
  const buf = Buffer.from(bytes);
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('no end of central directory');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const out: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error(`bad central directory entry ${i}`);
    const method = buf.readUInt16LE(p + 10);
    const crc32 = buf.readUInt32LE(p + 16);
    const csize = buf.readUInt32LE(p + 20);
    const usize = buf.readUInt32LE(p + 24);
    const nlen = buf.readUInt16LE(p + 28);
    const xlen = buf.readUInt16LE(p + 30);
    const clen = buf.readUInt16LE(p + 32);
    const offset = buf.readUInt32LE(p + 42);
    const name = buf.subarray(p + 46, p + 46 + nlen).toString('utf8');
    if (only && !only(name)) {
      p += 46 + nlen + xlen + clen;
      continue;
    }
    if (buf.readUInt32LE(offset) !== 0x04034b50) throw new Error(`bad local header for ${name}`);
    const lnlen = buf.readUInt16LE(offset + 26);
    const lxlen = buf.readUInt16LE(offset + 28);
    const start = offset + 30 + lnlen + lxlen;
    const raw = buf.subarray(start, start + csize);
    const data = method === 0 ? Buffer.from(raw) : method === 8 ? inflateRawSync(raw) : null;
    if (!data) throw new Error(`${name}: unknown method ${method}`);
    if (data.length !== usize) throw new Error(`${name}: size ${data.length} != ${usize}`);
    if (crc(data) !== crc32) throw new Error(`${name}: CRC mismatch`);
    out.push({ name, method, offset, localExtra: lxlen, data });
    p += 46 + nlen + xlen + clen;
  }
  return out;
}

export function entryText(entries: ZipEntry[], name: string): string {
  const e = entries.find((x) => x.name === name);
  if (!e) throw new Error(`${name} is not in the archive (${entries.map((x) => x.name).join(', ')})`);
  return e.data.toString('utf8');
}

// jsdom ships no types; only its DOMParser is used.
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: new (html: string) => { window: { DOMParser: typeof DOMParser } } };
const { DOMParser: XmlParser } = new JSDOM('').window;

/** Parses XML strictly (undeclared prefixes and invalid characters fail); throws when not well-formed. */
export function parseXml(text: string): Document {
  const doc = new XmlParser().parseFromString(text, 'application/xml');
  const err = doc.getElementsByTagName('parsererror')[0];
  if (err) throw new Error(`XML is not well-formed: ${err.textContent}`);
  return doc;
}

/** Text content of every element with this namespace URI and local name, in document order. */
export function textsOf(doc: Document, ns: string, local: string): string[] {
  return [...doc.getElementsByTagNameNS(ns, local)].map((e) => e.textContent ?? '');
}

export const NS = {
  w: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  office: 'urn:oasis:names:tc:opendocument:xmlns:office:1.0',
  text: 'urn:oasis:names:tc:opendocument:xmlns:text:1.0',
  table: 'urn:oasis:names:tc:opendocument:xmlns:table:1.0',
  style: 'urn:oasis:names:tc:opendocument:xmlns:style:1.0',
  fo: 'urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0',
  dc: 'http://purl.org/dc/elements/1.1/',
  manifest: 'urn:oasis:names:tc:opendocument:xmlns:manifest:1.0',
} as const;

/**
 * RFC 4180 with a configurable separator: quoted fields may hold the separator, doubled quotes
 * and line breaks; records end with CRLF. Strict: a stray quote or a bare LF between records throws.
 */
export function parseCsv(text: string, sep = ';'): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    let cell = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= n) throw new Error('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            cell += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else cell += text[i++];
      }
    } else {
      while (i < n && text[i] !== sep && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') throw new Error(`stray quote at ${i}`);
        cell += text[i++];
      }
    }
    row.push(cell);
    if (text[i] === sep) {
      i++;
      continue;
    }
    if (text[i] === '\r' && text[i + 1] === '\n') {
      i += 2;
      rows.push(row);
      row = [];
      continue;
    }
    if (i >= n) {
      rows.push(row);
      break;
    }
    throw new Error(`unexpected ${JSON.stringify(text[i])} at ${i} (records must end with CRLF)`);
  }
  return rows;
}
