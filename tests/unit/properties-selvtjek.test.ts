/**
 * Property-based tests (fast-check) of Selvtjek: stored state, files, share links and typed
 * dates, 10,000 generated inputs each. For every input: no exception escapes, anything refused
 * gets a Danish message, and a valid assessment comes back unchanged from every round trip
 * (save → load, export → import, share → open). Merging two tabs' versions gives the same
 * result whichever tab merges.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  STORAGE_KEY,
  isAssessment,
  createSelvtjekStore,
  decodeState,
  mergeState,
  readAssessment,
  withoutStamps,
  type SelvtjekState,
} from '../../src/lib/selvtjek/model';
import { assessmentSchema } from '../../src/lib/selvtjek/schema';
import { IMPORT_MESSAGES, exportAssessment, parseImport } from '../../src/lib/selvtjek/file';
import { SHARE_MESSAGES, SHARE_PREFIX, decodeShare, encodeShare, toBase64Url } from '../../src/lib/selvtjek/share';
import { crc32 } from '../../src/lib/crc32';
import { DATE_MESSAGES, TIME_MIN, checkDate, isDateInRange, repairDate } from '../../src/lib/storage/fields';
import { canonical } from '../../src/lib/storage/sync';
import { MemoryStorage } from '../helpers/memory-storage';
import { CHECKLIST, CODES, QIDS, RUNS, SLOW, assessment, isReadReason, json, known, mutated, setAsideRaws, state, time } from '../helpers/arbitraries';

// --- Selvtjek ------------------------------------------------------------------------------------

describe('Selvtjek, stored state', () => {
  it('the tool’s own check of an assessment accepts exactly what the schema accepts', { timeout: SLOW }, () => {
    const near = fc.oneof(assessment, mutated, json, fc.anything(), mutated.map((a) => ({ ...a, extra: 1 })));
    fc.assert(
      fc.property(near, (x) => {
        expect(isAssessment(x)).toBe(assessmentSchema.safeParse(x).success);
      }),
      RUNS,
    );
  });

  it('save → load gives back every valid state unchanged', { timeout: SLOW }, () => {
    fc.assert(
      fc.property(state, (s) => {
        const storage = new MemoryStorage();
        const store = createSelvtjekStore(storage, () => new Date(Date.UTC(2027, 0, 1)));
        expect(store.save(s)).toEqual({ ok: true });
        expect(store.load()).toEqual({ status: 'ok', value: s, repairs: [] });
      }),
      RUNS,
    );
  });

  it('loading anything never throws, never hides a readable assessment and keeps the rest set aside', { timeout: SLOW }, () => {
    const data = fc.oneof(
      json,
      fc.record({ assessments: fc.array(fc.oneof(assessment, mutated, json), { maxLength: 5 }), activeId: json, deleted: json, setAside: json }, { requiredKeys: ['assessments'] }),
    );
    fc.assert(
      fc.property(data, fc.constantFrom(1, 2, 3), (d, from) => {
        const { value } = decodeState(d, from, null, () => Date.UTC(2027, 0, 1));
        for (const a of value.assessments) expect(assessmentSchema.safeParse(a).success).toBe(true);
        expect(() => JSON.stringify(value)).not.toThrow();
        if (from >= 2 && d && typeof d === 'object' && !Array.isArray(d) && Array.isArray((d as { assessments?: unknown }).assessments)) {
          const kept = new Set(value.assessments.map((a) => a.id));
          const aside = new Set((value.setAside ?? []).map((e) => canonical(e.raw)));
          for (const c of (d as { assessments: unknown[] }).assessments) {
            const r = readAssessment(c, Date.UTC(2027, 0, 1), { stamped: from >= 3 });
            if (r.ok) expect(kept.has(r.assessment.id) || r.assessment.id in (value.deleted ?? {})).toBe(true);
            else {
              expect(aside.has(canonical(c))).toBe(true);
              expect(isReadReason(r.reason), r.reason).toBe(true);
            }
          }
        }
      }),
      RUNS,
    );
  });

  it('whatever text is in storage, the tool opens: never corrupt, at most newer', { timeout: SLOW }, () => {
    const raw = fc.oneof(fc.string({ maxLength: 200 }), json.map((v) => JSON.stringify(v)), fc.record({ v: fc.oneof(fc.integer({ min: -1, max: 5 }), json), savedAt: json, data: json }).map((e) => JSON.stringify(e)));
    fc.assert(
      fc.property(raw, (r) => {
        const storage = new MemoryStorage();
        storage.setItem(STORAGE_KEY, r);
        const result = createSelvtjekStore(storage).load();
        expect(['ok', 'migrated', 'newer']).toContain(result.status);
      }),
      RUNS,
    );
  });

  it('two tabs merge to the same result whichever merges, and merging twice changes nothing', { timeout: SLOW }, () => {
    // Few ids, questions, values and times, so the two tabs often touch the same pieces at the same time.
    const pool = fc.constantFrom('a', 'b', 'c');
    const t = fc.integer({ min: TIME_MIN, max: TIME_MIN + 4 });
    const qs = ['q1', 'q2', 'q3'];
    const small = fc.record({
      id: pool,
      checklist: fc.constantFrom(CHECKLIST, 'andet'),
      name: fc.constantFrom('A', 'B'),
      date: fc.constantFrom('2026-01-01', '2026-02-02'),
      answers: fc.dictionary(fc.constantFrom(...qs), fc.constantFrom(...CODES), { maxKeys: 3 }),
      notes: fc.dictionary(fc.constantFrom(...qs), fc.constantFrom('x', 'y'), { maxKeys: 3 }),
      updatedAt: t.map((x) => new Date(x).toISOString()),
      stamps: fc.dictionary(fc.constantFrom('name', 'date', ...qs.map((q) => `a:${q}`), ...qs.map((q) => `n:${q}`)), t, { maxKeys: 4 }),
    });
    const overlapping = fc
      .record({ assessments: fc.uniqueArray(small, { selector: (a) => a.id, maxLength: 3 }), deleted: fc.dictionary(pool, t, { maxKeys: 2 }), setAside: setAsideRaws })
      .map((s) => ({ ...s, activeId: null }) as SelvtjekState);
    const norm = (s: SelvtjekState) => ({ ...s, activeId: null, assessments: [...s.assessments].sort((x, y) => (x.id < y.id ? -1 : 1)) });
    fc.assert(
      fc.property(overlapping, overlapping, (a, b) => {
        const ab = mergeState(a, b);
        expect(norm(ab)).toEqual(norm(mergeState(b, a)));
        expect(norm(mergeState(ab, ab))).toEqual(norm(ab));
        expect(norm(mergeState(ab, b))).toEqual(norm(ab));
      }),
      RUNS,
    );
  });
});

describe('Selvtjek, files', () => {
  it('export → import gives back every valid assessment unchanged', { timeout: SLOW }, () => {
    fc.assert(
      fc.property(assessment, time, (a, at) => {
        const { json, exportedAt } = exportAssessment(a, { id: CHECKLIST, titel: 'Tjek' }, new Date(at));
        const r = parseImport(json, CHECKLIST, QIDS, { scale: 'ja-delvist-nej' });
        expect(r).toMatchObject({ ok: true, report: { dropped: [], notesDropped: 0, changes: [] } });
        expect(r.ok && r.assessment).toEqual(withoutStamps({ ...a, exportedAt }));
      }),
      RUNS,
    );
  });

  it('importing anything never throws; a refusal is a Danish message, and what is kept is valid and counted', { timeout: SLOW }, () => {
    const messages = known(IMPORT_MESSAGES);
    const exported = fc.tuple(assessment, fc.constantFrom('format', 'version', 'checklist', 'assessment', 'spoergsmaal'), json).map(([a, field, value]) => {
      const file = JSON.parse(exportAssessment(a, { id: CHECKLIST, titel: 'Tjek' }).json);
      return JSON.stringify({ ...file, [field]: value });
    });
    const inAssessment = mutated.map((a) => JSON.stringify({ format: 'laeringskatalog-selvtjek', version: 2, checklist: { id: CHECKLIST }, assessment: a }));
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 100 }), json.map((v) => JSON.stringify(v)), exported, inAssessment), (t) => {
        const r = parseImport(t, CHECKLIST, QIDS, { scale: 'ja-delvist-nej', checklistTitle: 'Tjek' });
        if (!r.ok) {
          expect(messages.includes(r.error) || /^Filen er en vurdering af ».*«, ikke af »Tjek«\.$/s.test(r.error) || /^(Svaret i filen passer ikke|Ingen af de \d+ svar i filen passer)/.test(r.error), r.error).toBe(true);
          return;
        }
        expect(assessmentSchema.safeParse(r.assessment).success).toBe(true);
        expect(Object.keys(r.assessment.answers).every((q) => QIDS.includes(q))).toBe(true);
        expect(r.report.kept).toBe(Object.keys(r.assessment.answers).length);
        expect(r.report.answersInFile).toBe(r.report.kept + r.report.dropped.length);
      }),
      RUNS,
    );
  });
});

describe('Selvtjek, share links', () => {
  it('share → open gives back the answers of every valid assessment', { timeout: SLOW }, async () => {
    const answers = fc.dictionary(fc.constantFrom(...QIDS), fc.constantFrom(...CODES), { maxKeys: 8 });
    await fc.assert(
      fc.asyncProperty(answers, async (a) => {
        const link = await encodeShare(CHECKLIST, QIDS, a);
        expect(await decodeShare(link, CHECKLIST, QIDS, 'ja-delvist-nej')).toEqual({ ok: true, answers: a });
      }),
      RUNS,
    );
  });

  it('opening anything never throws, and a refusal is one of the Danish messages', { timeout: SLOW }, async () => {
    const messages = known(SHARE_MESSAGES);
    // Well-framed links (right length, a valid checksum) reach the checks after the checksum.
    const framed = fc.tuple(fc.nat({ max: 7 }), fc.boolean(), fc.uint8Array({ maxLength: 8 })).map(([version, compressed, body]) => {
      const bytes = new Uint8Array(6 + body.length + 4);
      const fp = [0, 0, 0];
      bytes.set([(version << 1) | (compressed ? 1 : 0), 0, 0, ...fp, ...body]);
      const crc = crc32(bytes.subarray(0, bytes.length - 4));
      bytes.set([crc >>> 24, (crc >> 16) & 0xff, (crc >> 8) & 0xff, crc & 0xff], bytes.length - 4);
      return SHARE_PREFIX + toBase64Url(bytes);
    });
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ maxLength: 60 }), fc.string({ maxLength: 60 }).map((s) => SHARE_PREFIX + s), framed), async (fragment) => {
        const r = await decodeShare(fragment, CHECKLIST, QIDS, 'ja-delvist-nej');
        if (!r.ok) expect(messages).toContain(r.error);
        else expect(Object.keys(r.answers).every((q) => QIDS.includes(q))).toBe(true);
      }),
      RUNS,
    );
  });
});

// --- typed fields ----------------------------------------------------------------------------------

describe('typed dates', () => {
  it('every value is either a date in range or refused with a Danish message; a repair is always in range', { timeout: SLOW }, () => {
    const messages = known(DATE_MESSAGES);
    const typed = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.tuple(fc.integer({ min: 0, max: 300_000 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
    );
    fc.assert(
      fc.property(typed, fc.boolean(), fc.boolean(), (v, required, incomplete) => {
        const r = checkDate(v, { required, incomplete });
        if (r.ok) expect(r.value === '' || isDateInRange(r.value)).toBe(true);
        else expect(messages.includes(r.message) || /^Skriv året med fire cifre \(mente du 20\d\d\?\)\.$/.test(r.message), r.message).toBe(true);
        const fixed = repairDate(v);
        if (fixed) expect(isDateInRange(fixed.value)).toBe(true);
      }),
      RUNS,
    );
  });
});

