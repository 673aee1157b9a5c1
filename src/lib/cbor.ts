/**
 * A minimal CBOR (RFC 8949) codec for the subset Pagefind's index files use: unsigned and
 * negative integers, byte and text strings, arrays, maps and the simple values false, true and
 * null, all with definite lengths. Anything else (floats, tags, indefinite lengths) throws, so a
 * format change in Pagefind fails the build instead of producing a broken index.
 *
 * Encoding is canonical in the way minicbor (Pagefind's encoder) writes: the shortest head for
 * every length and integer. `encode(decode(bytes))` therefore reproduces Pagefind's own bytes,
 * which src/lib/search/pagefind-tune.ts checks before it changes anything.
 */
import { concat } from './bytes.ts';

export class CborMap {
  entries: [CborValue, CborValue][];
  constructor(entries: [CborValue, CborValue][] = []) {
    this.entries = entries;
  }
}

export type CborValue = number | string | Uint8Array | boolean | null | CborValue[] | CborMap;

export class CborError extends Error {}

const text = new TextDecoder('utf-8', { fatal: true });
const utf8 = new TextEncoder();

/** The head of the item at `pos`: major type, argument (length or value) and where its content starts. */
export function readHead(buf: Uint8Array, pos: number): { major: number; arg: number; next: number } {
  if (pos >= buf.length) throw new CborError(`CBOR: uventet slutning ved byte ${pos}`);
  const first = buf[pos]!;
  const major = first >> 5;
  const info = first & 0x1f;
  if (info < 24) return { major, arg: info, next: pos + 1 };
  const width = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : 0;
  if (width === 0) throw new CborError(`CBOR: ubestemt længde eller ukendt hoved 0x${first.toString(16)} ved byte ${pos}`);
  if (pos + 1 + width > buf.length) throw new CborError(`CBOR: uventet slutning ved byte ${pos}`);
  let arg = 0;
  for (let i = 1; i <= width; i++) arg = arg * 256 + buf[pos + i]!;
  if (!Number.isSafeInteger(arg)) throw new CborError(`CBOR: for stort tal ved byte ${pos}`);
  return { major, arg, next: pos + 1 + width };
}

/** Decode one item starting at `pos`; returns it and the position after it. */
export function decodeAt(buf: Uint8Array, pos: number): { value: CborValue; end: number } {
  const { major, arg, next } = readHead(buf, pos);
  switch (major) {
    case 0:
      return { value: arg, end: next };
    case 1:
      return { value: -1 - arg, end: next };
    case 2:
    case 3: {
      const end = next + arg;
      if (end > buf.length) throw new CborError(`CBOR: streng rækker ud over filen ved byte ${pos}`);
      const bytes = buf.subarray(next, end);
      return { value: major === 2 ? bytes.slice() : text.decode(bytes), end };
    }
    case 4: {
      const items: CborValue[] = [];
      let p = next;
      for (let i = 0; i < arg; i++) {
        const item = decodeAt(buf, p);
        items.push(item.value);
        p = item.end;
      }
      return { value: items, end: p };
    }
    case 5: {
      const map = new CborMap();
      let p = next;
      for (let i = 0; i < arg; i++) {
        const k = decodeAt(buf, p);
        const v = decodeAt(buf, k.end);
        map.entries.push([k.value, v.value]);
        p = v.end;
      }
      return { value: map, end: p };
    }
    case 7:
      if (arg === 20) return { value: false, end: next };
      if (arg === 21) return { value: true, end: next };
      if (arg === 22) return { value: null, end: next };
      throw new CborError(`CBOR: kommatal og særlige værdier understøttes ikke (byte ${pos})`);
    default:
      throw new CborError(`CBOR: tags understøttes ikke (byte ${pos})`);
  }
}

/** Decode a buffer that holds exactly one item. */
export function decode(buf: Uint8Array): CborValue {
  const { value, end } = decodeAt(buf, 0);
  if (end !== buf.length) throw new CborError(`CBOR: ${buf.length - end} bytes efter det sidste element`);
  return value;
}

/** The position after the item that starts at `pos`, without building it. */
export function skip(buf: Uint8Array, pos: number): number {
  const { major, arg, next } = readHead(buf, pos);
  if (major === 2 || major === 3) return next + arg;
  if (major === 4 || major === 5) {
    let p = next;
    for (let i = 0; i < arg * (major === 5 ? 2 : 1); i++) p = skip(buf, p);
    return p;
  }
  if (major === 6) throw new CborError(`CBOR: tags understøttes ikke (byte ${pos})`);
  return next;
}

/** The shortest head for a major type and argument. */
export function encodeHead(major: number, arg: number): Uint8Array {
  if (!Number.isSafeInteger(arg) || arg < 0) throw new CborError(`CBOR: kan ikke kode ${arg}`);
  const m = major << 5;
  if (arg < 24) return Uint8Array.of(m | arg);
  const width = arg < 0x100 ? 1 : arg < 0x10000 ? 2 : arg < 0x100000000 ? 4 : 8;
  const out = new Uint8Array(1 + width);
  out[0] = m | (width === 1 ? 24 : width === 2 ? 25 : width === 4 ? 26 : 27);
  let a = arg;
  for (let i = width; i >= 1; i--) {
    out[i] = a % 256;
    a = Math.floor(a / 256);
  }
  return out;
}

export function encode(value: CborValue): Uint8Array {
  const parts: Uint8Array[] = [];
  const walk = (v: CborValue): void => {
    if (v === null) parts.push(Uint8Array.of(0xf6));
    else if (v === false) parts.push(Uint8Array.of(0xf4));
    else if (v === true) parts.push(Uint8Array.of(0xf5));
    else if (typeof v === 'number') parts.push(v >= 0 ? encodeHead(0, v) : encodeHead(1, -1 - v));
    else if (typeof v === 'string') {
      const b = utf8.encode(v);
      parts.push(encodeHead(3, b.length), b);
    } else if (v instanceof Uint8Array) parts.push(encodeHead(2, v.length), v);
    else if (v instanceof CborMap) {
      parts.push(encodeHead(5, v.entries.length));
      for (const [k, val] of v.entries) {
        walk(k);
        walk(val);
      }
    } else {
      parts.push(encodeHead(4, v.length));
      v.forEach(walk);
    }
  };
  walk(value);
  return concat(parts);
}
