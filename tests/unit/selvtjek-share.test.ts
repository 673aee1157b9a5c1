import { describe, expect, it } from 'vitest';
import {
  SHARE_MESSAGES,
  SHARE_PREFIX,
  decodeShare,
  encodeShare,
  fingerprint,
  fromBase64Url,
  isShareFragment,
  toBase64Url,
} from '../../src/lib/selvtjek/share';
import { crc32 } from '../../src/lib/crc32';
import { SCALE_CODES, type AnswerCode } from '../../src/lib/selvtjek/scales';

const CHECKLIST = 'tjek-jobcentrets-beredskab';
const QUESTIONS = Array.from({ length: 30 }, (_, i) => `omraade-${Math.floor(i / 5) + 1}-spoergsmaal-${(i % 5) + 1}`);
const PARA = 'paratviden-om-det-lokale-arbejdsmarked';
const PARA_QUESTIONS = ['netvaerk-med-andre-jobcentre', 'viden-fra-de-ledige', 'lokale-beskaeftigelsesfora'];

/** Seeded linear congruential generator (Numerical Recipes constants), values in [0, 1). */
function lcg(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function randomAnswers(rand: () => number, questions: readonly string[], codes: readonly AnswerCode[], density: number) {
  const answers: Record<string, AnswerCode> = {};
  for (const q of questions) {
    if (rand() < density) answers[q] = codes[Math.floor(rand() * codes.length)] ?? 'ja';
  }
  return answers;
}

/** Decodes a link's bytes, lets the test change them, and writes them back with a valid CRC. */
function reframe(link: string, change: (bytes: Uint8Array) => Uint8Array): string {
  const bytes = fromBase64Url(link.slice(SHARE_PREFIX.length));
  if (!bytes) throw new Error('not a link');
  const content = change(bytes.slice(0, bytes.length - 4));
  const crc = crc32(content);
  const out = new Uint8Array(content.length + 4);
  out.set(content);
  out.set([crc >>> 24, (crc >> 16) & 0xff, (crc >> 8) & 0xff, crc & 0xff], content.length);
  return SHARE_PREFIX + toBase64Url(out);
}

async function deflateRaw(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const broken = { ok: false, error: SHARE_MESSAGES.broken };

describe('base64url', () => {
  it('round-trips every length and refuses non-canonical text', () => {
    const rand = lcg(7);
    for (let n = 0; n < 40; n++) {
      const bytes = Uint8Array.from({ length: n }, () => Math.floor(rand() * 256));
      const text = toBase64Url(bytes);
      expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
      expect(fromBase64Url(text)).toEqual(bytes);
    }
    expect(fromBase64Url('AA')).toEqual(new Uint8Array([0]));
    expect(fromBase64Url('AB')).toBeNull(); // unused bits set
    expect(fromBase64Url('A')).toBeNull(); // impossible length
    expect(fromBase64Url('AA==')).toBeNull(); // padding is not used
    expect(fromBase64Url('A+/A')).toBeNull(); // plain base64, not base64url
  });

  it('computes the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });
});

describe('share links', () => {
  it('round-trips 300+ pseudo-random answer sets, the empty and the full one, always short', async () => {
    const rand = lcg(20270314);
    const codes = SCALE_CODES['ja-delvist-nej'];
    const sets: Record<string, AnswerCode>[] = [
      {},
      Object.fromEntries(QUESTIONS.map((q) => [q, 'ja'])),
      Object.fromEntries(QUESTIONS.map((q) => [q, 'ved-ikke'])),
      Object.fromEntries(QUESTIONS.map((q, i) => [q, codes[i % 4] ?? 'ja'])),
    ];
    for (let i = 0; i < 320; i++) sets.push(randomAnswers(rand, QUESTIONS, codes, [0, 0.1, 0.5, 0.9, 1][i % 5] ?? 0.5));
    let longest = 0;
    for (const answers of sets) {
      const link = await encodeShare(CHECKLIST, QUESTIONS, answers);
      longest = Math.max(longest, link.length);
      expect(link.startsWith(SHARE_PREFIX)).toBe(true);
      expect(link.length).toBeLessThan(2000);
      expect(await decodeShare(link, CHECKLIST, QUESTIONS)).toEqual({ ok: true, answers });
    }
    // 30 answers × 3 bits + header and checks: a few dozen characters.
    expect(longest).toBeLessThan(60);
  });

  it('refuses a link whose answers are of another scale instead of offering answers that load as nothing (issue 12, case 7)', async () => {
    const answers = Object.fromEntries(QUESTIONS.slice(0, 6).map((q) => [q, 'lettere-behov' as AnswerCode]));
    const link = await encodeShare(CHECKLIST, QUESTIONS, answers);
    // Without the scale the decoder cannot know; with it, it says what the link really holds.
    expect(await decodeShare(link, CHECKLIST, QUESTIONS)).toEqual({ ok: true, answers });
    expect(await decodeShare(link, CHECKLIST, QUESTIONS, 'ja-delvist-nej')).toEqual({ ok: false, error: SHARE_MESSAGES.otherScale });
    expect(await decodeShare(link, CHECKLIST, QUESTIONS, 'paratviden')).toEqual({ ok: true, answers });
    const own = await encodeShare(CHECKLIST, QUESTIONS, { [QUESTIONS[0]!]: 'nej' });
    expect(await decodeShare(own, CHECKLIST, QUESTIONS, 'ja-delvist-nej')).toEqual({ ok: true, answers: { [QUESTIONS[0]!]: 'nej' } });
  });

  it('round-trips the paratviden scale', async () => {
    const rand = lcg(99);
    for (let i = 0; i < 50; i++) {
      const answers = randomAnswers(rand, PARA_QUESTIONS, SCALE_CODES.paratviden, 0.7);
      const link = await encodeShare(PARA, PARA_QUESTIONS, answers);
      expect(await decodeShare(link, PARA, PARA_QUESTIONS)).toEqual({ ok: true, answers });
    }
  });

  it('leaves out answers to unknown questions and values that are not codes', async () => {
    const link = await encodeShare(CHECKLIST, QUESTIONS, { [QUESTIONS[0] ?? '']: 'nej', fjernet: 'ja', [QUESTIONS[1] ?? '']: 'Ja' });
    expect(await decodeShare(link, CHECKLIST, QUESTIONS)).toEqual({ ok: true, answers: { [QUESTIONS[0] ?? '']: 'nej' } });
  });

  it('compresses when that is shorter, and only then', async () => {
    const many = Array.from({ length: 600 }, (_, i) => `q${i}`);
    const sparse = { q5: 'ja', q300: 'nej' } as const;
    const link = await encodeShare('stor', many, sparse);
    const header = fromBase64Url(link.slice(SHARE_PREFIX.length))?.[0];
    expect(header).toBe(0b11); // version 1, compressed
    expect(link.length).toBeLessThan(100);
    expect(await decodeShare(link, 'stor', many)).toEqual({ ok: true, answers: sparse });

    const varied = randomAnswers(lcg(1), QUESTIONS, SCALE_CODES['ja-delvist-nej'], 1);
    const dense = await encodeShare(CHECKLIST, QUESTIONS, varied);
    expect(fromBase64Url(dense.slice(SHARE_PREFIX.length))?.[0]).toBe(0b10); // not compressed
    expect(await decodeShare(dense, CHECKLIST, QUESTIONS)).toEqual({ ok: true, answers: varied });
  });

  it('accepts the fragment with "#", among other parameters, and with line breaks from an e-mail', async () => {
    const answers = { [QUESTIONS[2] ?? '']: 'ja' } as const;
    const link = await encodeShare(CHECKLIST, QUESTIONS, answers);
    expect(await decodeShare('#' + link, CHECKLIST, QUESTIONS)).toEqual({ ok: true, answers });
    expect(await decodeShare(`#fane=2&${link}`, CHECKLIST, QUESTIONS)).toEqual({ ok: true, answers });
    expect(await decodeShare(link.slice(0, 12) + '\n' + link.slice(12), CHECKLIST, QUESTIONS)).toEqual({ ok: true, answers });
    expect(isShareFragment('#' + link)).toBe(true);
    expect(isShareFragment('#moedet-med-borgeren')).toBe(false);
    expect(isShareFragment('#svar=')).toBe(false);
  });

  it('says when there are no answers in the fragment', async () => {
    for (const f of ['', '#', '#hvordan', 'svar=']) {
      expect(await decodeShare(f, CHECKLIST, QUESTIONS)).toEqual({ ok: false, error: SHARE_MESSAGES.missing });
    }
  });

  it('rejects a link with any one character changed', async () => {
    const rand = lcg(5);
    for (let n = 0; n < 10; n++) {
      const link = await encodeShare(CHECKLIST, QUESTIONS, randomAnswers(rand, QUESTIONS, SCALE_CODES['ja-delvist-nej'], 0.6));
      for (let i = SHARE_PREFIX.length; i < link.length; i++) {
        const old = link[i] ?? '';
        const replacement = B64[(B64.indexOf(old) + 1 + Math.floor(rand() * 63)) % 64] ?? 'A';
        const tampered = link.slice(0, i) + replacement + link.slice(i + 1);
        expect(await decodeShare(tampered, CHECKLIST, QUESTIONS)).toEqual(broken);
      }
    }
  });

  it('rejects a cut-off link, characters that are not base64url and an added character', async () => {
    const link = await encodeShare(CHECKLIST, QUESTIONS, Object.fromEntries(QUESTIONS.map((q) => [q, 'delvist'])));
    for (let end = SHARE_PREFIX.length + 1; end < link.length; end++) {
      expect(await decodeShare(link.slice(0, end), CHECKLIST, QUESTIONS)).toEqual(broken);
    }
    expect(await decodeShare(link.slice(0, -1) + '!', CHECKLIST, QUESTIONS)).toEqual(broken);
    expect(await decodeShare(link.slice(0, -2) + '+/', CHECKLIST, QUESTIONS)).toEqual(broken);
    expect(await decodeShare(link + 'A', CHECKLIST, QUESTIONS)).toEqual(broken);
    expect(await decodeShare(link + 'AA', CHECKLIST, QUESTIONS)).toEqual(broken);
  });

  it("tells a link for another checklist, and one for an edited checklist", async () => {
    const answers = { [PARA_QUESTIONS[0] ?? '']: 'lettere-behov' } as const;
    const paraLink = await encodeShare(PARA, PARA_QUESTIONS, answers);
    expect(await decodeShare(paraLink, CHECKLIST, QUESTIONS)).toEqual({ ok: false, error: SHARE_MESSAGES.otherChecklist });
    expect(await decodeShare(paraLink, CHECKLIST, PARA_QUESTIONS)).toEqual({ ok: false, error: SHARE_MESSAGES.otherChecklist });

    const link = await encodeShare(CHECKLIST, QUESTIONS, { [QUESTIONS[0] ?? '']: 'ja' });
    const reordered = [QUESTIONS[1] ?? '', QUESTIONS[0] ?? '', ...QUESTIONS.slice(2)];
    for (const edited of [reordered, QUESTIONS.slice(1), [...QUESTIONS, 'nyt-spoergsmaal']]) {
      expect(fingerprint(edited)).not.toBe(fingerprint(QUESTIONS));
      expect(await decodeShare(link, CHECKLIST, edited)).toEqual({ ok: false, error: SHARE_MESSAGES.changedChecklist });
    }
  });

  it('tells a link from a newer version of the tool', async () => {
    const link = await encodeShare(CHECKLIST, QUESTIONS, {});
    const newer = reframe(link, (b) => Uint8Array.from(b, (x, i) => (i === 0 ? (2 << 1) | (x & 1) : x)));
    expect(await decodeShare(newer, CHECKLIST, QUESTIONS)).toEqual({ ok: false, error: SHARE_MESSAGES.newer });
    const zero = reframe(link, (b) => Uint8Array.from(b, (x, i) => (i === 0 ? 0 : x)));
    expect(await decodeShare(zero, CHECKLIST, QUESTIONS)).toEqual(broken);
  });

  it('rejects well-framed links whose content cannot be ours', async () => {
    const two = ['a', 'b'];
    const link = await encodeShare('x', two, {});
    const withBody = (body: number[], header = 0b10) =>
      reframe(link, (b) => Uint8Array.from([header, ...b.slice(1, 6), ...body]));
    // ja + tilstraekkeligt: two scales in one checklist.
    expect(await decodeShare(withBody([0b001_101_00]), 'x', two)).toEqual(broken);
    // Padding bits set.
    expect(await decodeShare(withBody([0b001_001_01]), 'x', two)).toEqual(broken);
    // Too long and too short for two questions.
    expect(await decodeShare(withBody([0b001_001_00, 0]), 'x', two)).toEqual(broken);
    expect(await decodeShare(withBody([]), 'x', two)).toEqual(broken);
    // A valid body for comparison.
    expect(await decodeShare(withBody([0b001_011_00]), 'x', two)).toEqual({ ok: true, answers: { a: 'ja', b: 'nej' } });
    // "Compressed" garbage, and a compressed body far larger than two answers.
    expect(await decodeShare(withBody([0xff, 0xff, 0xff], 0b11), 'x', two)).toEqual(broken);
    const bomb = await deflateRaw(new Uint8Array(100_000));
    expect(await decodeShare(withBody([...bomb], 0b11), 'x', two)).toEqual(broken);
    // A correctly compressed body is accepted even if it would not have been chosen.
    const packed = await deflateRaw(new Uint8Array([0b010_000_00]));
    expect(await decodeShare(withBody([...packed], 0b11), 'x', two)).toEqual({ ok: true, answers: { a: 'delvist' } });
  });

  it('never throws on odd input', async () => {
    for (const f of [undefined, null, 42, 'svar=%E0%A4%A', 'svar=' + 'A'.repeat(5000)]) {
      const result = await decodeShare(f as string, CHECKLIST, QUESTIONS);
      expect(result.ok).toBe(false);
    }
  });
});
