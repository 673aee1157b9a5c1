/**
 * Short fingerprints: FNV-1a over UTF-8. Share links use them to tell another checklist and an
 * edited one (share.ts); saved answers keep one of their question's wording, so that a reworded
 * question is noticed (`wordingFingerprint`). Not a security measure: 32 bits, fast, no library.
 */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * The fingerprint of a question's wording (its `tekst`, with runs of white space counted as one
 * space, so re-wrapping the YAML changes nothing), as 8 hex digits.
 */
export function wordingFingerprint(tekst: string): string {
  return fnv1a(tekst.trim().replace(/\s+/g, ' ')).toString(16).padStart(8, '0');
}

/** What a stored fingerprint looks like (anything else is dropped when read). */
export const isFingerprint = (x: unknown): x is string => typeof x === 'string' && /^[0-9a-f]{8}$/.test(x);
