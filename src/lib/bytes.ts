/** Byte helpers shared by the build (CBOR in src/lib/cbor.ts) and the browser (ZIP in src/lib/documents/zip.ts). */

/** The parts one after the other in one new array. */
export function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let p = 0;
  for (const part of parts) {
    out.set(part, p);
    p += part.length;
  }
  return out;
}
