/**
 * A share link that carries the answers of an assessment (never the notes or the name) in the
 * URL fragment, which browsers do not send to the server.
 *
 * Fragment: `svar=` + base64url of the bytes
 *
 *   [header] [checklist id hash, 2 bytes] [question fingerprint, 3 bytes] [body] [CRC-32, 4 bytes]
 *
 * - header: format version << 1 | 1 when the body is deflate-raw compressed.
 * - checklist id hash: FNV-1a of the checklist id (tells a link for another checklist).
 * - question fingerprint: FNV-1a of the ordered question ids (tells an edited checklist).
 * - body: the answers packed positionally over the question order, 3 bits each (0 = no answer,
 *   n = ANSWER_CODES[n - 1]), padded with zero bits; compressed only when that is shorter.
 * - CRC-32 over everything before it. Every format version keeps this trailer, so any change to
 *   a link (a flipped character, a cut) is caught before the version is even read.
 *
 * 30 questions make about 35 characters. Decoding never throws.
 */
import { ANSWER_CODES, isAnswerCode, scaleOf, type AnswerCode, type Scale } from './scales';
import { crc32 } from '../crc32';
import { fnv1a } from './fingerprint';

export const SHARE_PREFIX = 'svar=';
export const SHARE_VERSION = 1;

export const SHARE_MESSAGES = {
  missing: 'Linket indeholder ingen svar.',
  broken:
    'Linket er ufuldstændigt eller ændret, så svarene kan ikke vises. Bed afsenderen om at kopiere hele linket igen.',
  newer: 'Linket er lavet med en nyere version af værktøjet. Genindlæs siden, og prøv igen.',
  otherChecklist: 'Linket hører til en anden tjekliste end denne.',
  changedChecklist:
    'Tjeklisten er blevet ændret, siden linket blev lavet, så svarene passer ikke længere til spørgsmålene. Bed afsenderen om et nyt link.',
  unsupported: 'Din browser kan ikke åbne dette link. Prøv med en nyere browser.',
  otherScale:
    'Linket indeholder svar på en anden svarskala end denne tjekliste, så ingen af svarene kan indlæses. Bed afsenderen om et link fra den rigtige tjekliste.',
} as const;

/** On success, `answers` are exactly what the page would load: known questions, the checklist's scale. */
export type DecodeResult = { ok: true; answers: Record<string, AnswerCode> } | { ok: false; error: string };

const HEAD = 6; // header + id hash + fingerprint
const CRC = 4;
const BITS = 3;

// --- hashes -----------------------------------------------------------------------------------

/** Short hash of the ordered question ids; changes when questions are added, removed or moved. */
export function fingerprint(questionIds: readonly string[]): number {
  return fnv1a(questionIds.join('\n')) & 0xffffff;
}

const checklistHash = (id: string) => fnv1a(id) & 0xffff;

// --- base64url (strict: no padding, unused bits must be zero) ---------------------------------

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const B64_INDEX = new Map([...B64].map((ch, i) => [ch, i]));

export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let k = 0; k < chars; k++) out += B64[(n >> (18 - 6 * k)) & 63];
  }
  return out;
}

/** `null` for anything that is not canonical unpadded base64url. */
export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  if (text.length % 4 === 1) return null;
  const bytes = new Uint8Array(Math.floor((text.length * 6) / 8));
  let acc = 0;
  let bits = 0;
  let j = 0;
  for (const ch of text) {
    const v = B64_INDEX.get(ch);
    if (v === undefined) return null;
    acc = ((acc << 6) | v) & 0xffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[j++] = (acc >> bits) & 0xff;
    }
  }
  if ((acc & ((1 << bits) - 1)) !== 0) return null;
  return bytes;
}

// --- compression --------------------------------------------------------------------------------

async function pipe(
  bytes: Uint8Array<ArrayBuffer>,
  stream: CompressionStream | DecompressionStream,
  limit: number,
): Promise<Uint8Array<ArrayBuffer> | null> {
  const writer = stream.writable.getWriter();
  writer.write(bytes).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > limit) {
        await reader.cancel().catch(() => undefined);
        return null;
      }
      chunks.push(value);
    }
  } catch {
    return null;
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

async function deflate(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer> | null> {
  if (typeof CompressionStream === 'undefined') return null;
  try {
    return await pipe(bytes, new CompressionStream('deflate-raw'), bytes.length + 64);
  } catch {
    return null;
  }
}

async function inflate(bytes: Uint8Array<ArrayBuffer>, limit: number): Promise<Uint8Array<ArrayBuffer> | null> {
  return pipe(bytes, new DecompressionStream('deflate-raw'), limit);
}

// --- packing ------------------------------------------------------------------------------------

const packedLength = (count: number) => Math.ceil((count * BITS) / 8);

function pack(values: readonly number[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(packedLength(values.length));
  values.forEach((v, i) => {
    for (let b = 0; b < BITS; b++) {
      if ((v >> (BITS - 1 - b)) & 1) {
        const bit = i * BITS + b;
        out[bit >> 3] = (out[bit >> 3] ?? 0) | (0x80 >> (bit & 7));
      }
    }
  });
  return out;
}

/** `null` when the padding bits after the last value are not zero. */
function unpack(bytes: Uint8Array, count: number): number[] | null {
  const bitAt = (bit: number) => ((bytes[bit >> 3] ?? 0) >> (7 - (bit & 7))) & 1;
  const values: number[] = [];
  for (let i = 0; i < count; i++) {
    let v = 0;
    for (let b = 0; b < BITS; b++) v = (v << 1) | bitAt(i * BITS + b);
    values.push(v);
  }
  for (let bit = count * BITS; bit < bytes.length * 8; bit++) if (bitAt(bit)) return null;
  return values;
}

function frame(header: number, idHash: number, fp: number, body: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(HEAD + body.length + CRC);
  out.set([header, idHash >> 8, idHash & 0xff, fp >> 16, (fp >> 8) & 0xff, fp & 0xff]);
  out.set(body, HEAD);
  const crc = crc32(out.subarray(0, HEAD + body.length));
  out.set([crc >>> 24, (crc >> 16) & 0xff, (crc >> 8) & 0xff, crc & 0xff], HEAD + body.length);
  return out;
}

// --- API ----------------------------------------------------------------------------------------

/**
 * The fragment (without `#`) that carries the answers. Answers to ids not in `questionIds` and
 * values that are not answer codes are left out.
 */
export async function encodeShare(
  checklistId: string,
  questionIds: readonly string[],
  answers: Readonly<Record<string, string | undefined>>,
): Promise<string> {
  const values = questionIds.map((id) => {
    const code = Object.hasOwn(answers, id) ? answers[id] : undefined;
    return isAnswerCode(code) ? ANSWER_CODES.indexOf(code) + 1 : 0;
  });
  const packed = pack(values);
  const compressed = packed.length > 0 ? await deflate(packed) : null;
  const useCompressed = compressed !== null && compressed.length < packed.length;
  const body = useCompressed ? compressed : packed;
  const header = (SHARE_VERSION << 1) | (useCompressed ? 1 : 0);
  return SHARE_PREFIX + toBase64Url(frame(header, checklistHash(checklistId), fingerprint(questionIds), body));
}

/** Whether a fragment (with or without `#`) is a share link, so the page knows to decode it. */
export function isShareFragment(fragment: string): boolean {
  const data = shareData(fragment);
  return data !== null && data !== '';
}

function shareData(fragment: string): string | null {
  let f = fragment.replace(/^#/, '');
  try {
    f = decodeURIComponent(f);
  } catch {
    // Keep it as it is; the base64 check will refuse stray characters.
  }
  const part = f.split('&').find((p) => p.startsWith(SHARE_PREFIX));
  return part === undefined ? null : part.slice(SHARE_PREFIX.length).replace(/\s+/g, '');
}

/**
 * The answers in a share fragment, checked against the checklist the page shows (and, when
 * given, its answer scale). Never throws.
 */
export async function decodeShare(
  fragment: string,
  checklistId: string,
  questionIds: readonly string[],
  scale?: Scale,
  former: Readonly<Record<string, string>> = {},
): Promise<DecodeResult> {
  try {
    return await decode(fragment, checklistId, questionIds, scale, former);
  } catch {
    return { ok: false, error: SHARE_MESSAGES.broken };
  }
}

/**
 * The question orders a link may have been made with: today's, and the ones before questions
 * were renamed (content `tidligereIder`, `former`: old id → current id): every renamed question
 * under its latest, or its oldest, former id, and each renamed question alone under each of its
 * former ids. The positions are today's questions in every candidate.
 */
export function formerOrders(questionIds: readonly string[], former: Readonly<Record<string, string>>): string[][] {
  const olds = new Map<string, string[]>();
  for (const [old, now] of Object.entries(former)) olds.set(now, [...(olds.get(now) ?? []), old]);
  if (olds.size === 0) return [[...questionIds]];
  const out = new Map<string, string[]>();
  const add = (ids: string[]) => out.set(ids.join('\n'), ids);
  add([...questionIds]);
  const depth = Math.max(...[...olds.values()].map((o) => o.length));
  for (let k = 0; k < depth; k++) add(questionIds.map((id) => olds.get(id)?.[Math.min(k, olds.get(id)!.length - 1)] ?? id));
  for (const [now, list] of olds) for (const old of list) add(questionIds.map((id) => (id === now ? old : id)));
  return [...out.values()];
}

async function decode(fragment: string, checklistId: string, questionIds: readonly string[], scale: Scale | undefined, former: Readonly<Record<string, string>>): Promise<DecodeResult> {
  const fail = (error: string): DecodeResult => ({ ok: false, error });
  const data = typeof fragment === 'string' ? shareData(fragment) : null;
  if (data === null || data === '') return fail(SHARE_MESSAGES.missing);

  const bytes = fromBase64Url(data);
  if (!bytes || bytes.length < HEAD + CRC) return fail(SHARE_MESSAGES.broken);
  const end = bytes.length - CRC;
  const stored = new DataView(bytes.buffer, bytes.byteOffset + end, CRC).getUint32(0);
  if (crc32(bytes.subarray(0, end)) !== stored) return fail(SHARE_MESSAGES.broken);

  const header = bytes[0] ?? 0;
  const version = header >> 1;
  if (version > SHARE_VERSION) return fail(SHARE_MESSAGES.newer);
  if (version < 1) return fail(SHARE_MESSAGES.broken);
  const idHash = ((bytes[1] ?? 0) << 8) | (bytes[2] ?? 0);
  const fp = ((bytes[3] ?? 0) << 16) | ((bytes[4] ?? 0) << 8) | (bytes[5] ?? 0);
  if (idHash !== checklistHash(checklistId)) return fail(SHARE_MESSAGES.otherChecklist);
  // A link made before questions were renamed still fits: the positions are the same questions.
  if (!formerOrders(questionIds, former).some((ids) => fingerprint(ids) === fp)) return fail(SHARE_MESSAGES.changedChecklist);

  const expected = packedLength(questionIds.length);
  let body: Uint8Array<ArrayBuffer> | null = bytes.slice(HEAD, end);
  if (header & 1) {
    if (typeof DecompressionStream === 'undefined') return fail(SHARE_MESSAGES.unsupported);
    body = await inflate(body, expected);
  }
  if (!body || body.length !== expected) return fail(SHARE_MESSAGES.broken);
  const values = unpack(body, questionIds.length);
  if (!values) return fail(SHARE_MESSAGES.broken);

  const answers: Record<string, AnswerCode> = {};
  const scales = new Set<string>();
  for (const [i, v] of values.entries()) {
    const code = v === 0 ? undefined : ANSWER_CODES[v - 1];
    const id = questionIds[i];
    if (code && id !== undefined) {
      answers[id] = code;
      scales.add(scaleOf(code));
    }
  }
  // A checklist has one scale; answers from two scales mean the link was not made by us.
  if (scales.size > 1) return fail(SHARE_MESSAGES.broken);
  // Answers of another scale would load as nothing at all: say so instead of offering them.
  if (scale && scales.size === 1 && !scales.has(scale)) return fail(SHARE_MESSAGES.otherScale);
  return { ok: true, answers };
}
