/**
 * Property tests (fast-check) of a changed checklist in Selvtjek (issue 24, the tool side): answers
 * saved under a question's former id (content `tidligereIder`) follow it to its current id in
 * storage, files and share links without loss, and each answer keeps the fingerprint of the
 * wording it was given to, through saving, merging tabs and files.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createSelvtjekStore, isAssessment, mergeAssessments, migrateChecklist, renameQuestions, rewordedAnswers, setAnswer, type Assessment } from '../../src/lib/selvtjek/model';
import { assessmentSchema } from '../../src/lib/selvtjek/schema';
import { exportAssessment, parseImport } from '../../src/lib/selvtjek/file';
import { decodeShare, encodeShare } from '../../src/lib/selvtjek/share';
import { wordingFingerprint } from '../../src/lib/selvtjek/fingerprint';
import { MemoryStorage } from '../helpers/memory-storage';
import { CHECKLIST, CODES, QIDS, RUNS, SLOW, assessment, time } from '../helpers/arbitraries';

const fp = fc.stringMatching(/^[0-9a-f]{8}$/);
/** An assessment whose answers carry fingerprints (some, all or none). */
const fingerprinted: fc.Arbitrary<Assessment> = fc.tuple(assessment, fc.dictionary(fc.constantFrom(...QIDS), fp)).map(([a, f]) => {
  const kept = Object.fromEntries(Object.entries(f).filter(([q]) => Object.hasOwn(a.answers, q)));
  return Object.keys(kept).length ? { ...a, fingerprints: kept } : a;
});
/** Some questions renamed: former id → current id (former ids are never current ids). */
const renames = fc.dictionary(fc.constantFrom('gammel-1', 'gammel-2', 'gammel-3', 'gammel-4'), fc.constantFrom(...QIDS), { maxKeys: 4 });
/** An assessment saved before the renames: some answers and notes under former ids, some under current ones. */
const beforeRename = fc
  .tuple(fingerprinted, renames, fc.dictionary(fc.constantFrom('gammel-1', 'gammel-2', 'gammel-3', 'gammel-4'), fc.tuple(fc.constantFrom(...CODES), time, fp, fc.string({ minLength: 1, maxLength: 10 }))))
  .map(([a, former, old]) => {
    const out: Assessment = { ...a, answers: { ...a.answers }, notes: { ...a.notes }, stamps: { ...a.stamps }, fingerprints: { ...a.fingerprints } };
    for (const [id, [code, t, f, note]] of Object.entries(old)) {
      out.answers[id] = code;
      out.stamps![`a:${id}`] = t;
      out.fingerprints![id] = f;
      out.notes[id] = note;
      out.stamps![`n:${id}`] = t;
    }
    return { a: out, former };
  });

describe('Selvtjek, answers under a former question id', () => {
  it('move to the current id without loss: the newer of the two is kept, nothing stays under the former id, and doing it again changes nothing', { timeout: SLOW }, () => {
    fc.assert(
      fc.property(beforeRename, ({ a, former }) => {
        const b = renameQuestions(a, former);
        expect(isAssessment(b)).toBe(true);
        expect(assessmentSchema.safeParse(b).success).toBe(true);
        for (const old of Object.keys(former)) {
          expect(Object.hasOwn(b.answers, old)).toBe(false);
          expect(Object.hasOwn(b.notes, old)).toBe(false);
        }
        // every question's answer is the newest one given under any of its ids
        for (const q of QIDS) {
          const ids = [q, ...Object.keys(former).filter((o) => former[o] === q)].filter((id) => Object.hasOwn(a.answers, id));
          if (ids.length === 0) {
            expect(Object.hasOwn(b.answers, q)).toBe(false);
            continue;
          }
          const newest = Math.max(...ids.map((id) => a.stamps?.[`a:${id}`] ?? 0));
          expect(ids.some((id) => a.answers[id] === b.answers[q] && (a.stamps?.[`a:${id}`] ?? 0) === newest)).toBe(true);
          // the fingerprint travels with the answer it belongs to
          const from = ids.find((id) => a.answers[id] === b.answers[q] && (a.stamps?.[`a:${id}`] ?? 0) === newest && a.fingerprints?.[id] === b.fingerprints?.[q]);
          expect(from).toBeDefined();
        }
        expect(renameQuestions(b, former)).toBe(b);
        // answers to questions that were not renamed are untouched
        for (const q of QIDS.filter((q) => !Object.values(former).includes(q))) expect(b.answers[q]).toBe(a.answers[q]);
      }),
      RUNS,
    );
  });

  it('in storage: migrated once, saved, and loaded unchanged', { timeout: SLOW }, () => {
    fc.assert(
      fc.property(beforeRename, ({ a, former }) => {
        const state = { assessments: [a], activeId: a.id, deleted: {}, setAside: [] };
        const migrated = migrateChecklist(state, CHECKLIST, former);
        expect(migrateChecklist(migrated, CHECKLIST, former)).toBe(migrated);
        expect(migrateChecklist(state, 'en-anden-tjekliste', former)).toBe(state);
        const store = createSelvtjekStore(new MemoryStorage(), () => new Date(Date.UTC(2027, 0, 1)));
        expect(store.save(migrated)).toEqual({ ok: true });
        expect(store.load()).toEqual({ status: 'ok', value: migrated, repairs: [] });
      }),
      RUNS,
    );
  });

  it('in files: answers and notes under a former id import under the current one, with their fingerprints', { timeout: SLOW }, () => {
    fc.assert(
      fc.property(beforeRename, ({ a, former }) => {
        const file = exportAssessment(a, { id: CHECKLIST, titel: 'Tjek' }).json;
        const r = parseImport(file, CHECKLIST, QIDS, { scale: 'ja-delvist-nej', former });
        const expected = renameQuestions({ ...a, stamps: {} }, former);
        const current = (o: Record<string, unknown>) => Object.keys(o).filter((q) => QIDS.includes(q)).sort();
        if (!r.ok) return void expect([...current(expected.answers), ...current(expected.notes)]).toEqual([]);
        // without stamps a file cannot tell which is newer: the current id's answer wins
        for (const q of Object.keys(r.assessment.answers)) {
          const ids = [q, ...Object.keys(former).filter((o) => former[o] === q)];
          const first = ids.find((id) => Object.hasOwn(a.answers, id))!;
          expect(r.assessment.answers[q]).toBe(a.answers[first]);
          expect(r.assessment.fingerprints?.[q]).toBe(a.fingerprints?.[first]);
        }
        expect(Object.keys(r.assessment.answers).sort()).toEqual(current(expected.answers));
        expect(Object.keys(r.assessment.notes).sort()).toEqual(current(expected.notes).filter((q) => expected.notes[q] !== ''));
        expect(r.report.answersInFile).toBe(r.report.kept + r.report.dropped.length);
      }),
      RUNS,
    );
  });

  it('in share links: a link made before the renames opens with the answers under the current ids', { timeout: SLOW }, async () => {
    const olds = ['gammel-1', 'gammel-2'];
    await fc.assert(
      fc.asyncProperty(assessment, fc.subarray(QIDS, { minLength: 1, maxLength: 2 }), async (a, renamed) => {
        const former = Object.fromEntries(renamed.map((q, i) => [olds[i]!, q]));
        const before = QIDS.map((q) => Object.entries(former).find(([, now]) => now === q)?.[0] ?? q);
        const oldAnswers = Object.fromEntries(Object.entries(a.answers).map(([q, v]) => [before[QIDS.indexOf(q)]!, v]));
        const link = await encodeShare(CHECKLIST, before, oldAnswers);
        expect(await decodeShare(link, CHECKLIST, QIDS, 'ja-delvist-nej', former)).toEqual({ ok: true, answers: a.answers });
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('Selvtjek, the wording an answer was given to', () => {
  it('survives saving, files and merging tabs, and marks exactly the answers given to another wording', { timeout: SLOW }, () => {
    fc.assert(
      fc.property(fingerprinted, fingerprinted, fc.dictionary(fc.constantFrom(...QIDS), fp), (a, b, today) => {
        const store = createSelvtjekStore(new MemoryStorage(), () => new Date(Date.UTC(2027, 0, 1)));
        const state = { assessments: [a], activeId: a.id, deleted: {}, setAside: [] };
        expect(store.save(state)).toEqual({ ok: true });
        expect(store.load()).toEqual({ status: 'ok', value: state, repairs: [] });
        const r = parseImport(exportAssessment(a, { id: CHECKLIST, titel: 'Tjek' }).json, CHECKLIST, QIDS, { scale: 'ja-delvist-nej' });
        if (r.ok) expect(r.assessment.fingerprints).toEqual(a.fingerprints);
        // merged: each answer keeps the fingerprint of the version whose answer won
        const m = mergeAssessments(a, { ...b, id: a.id });
        for (const q of Object.keys(m.answers)) {
          const src = [a, b].filter((x) => x.answers[q] === m.answers[q]);
          expect(src.some((x) => x.fingerprints?.[q] === m.fingerprints?.[q])).toBe(true);
        }
        const marked = rewordedAnswers(a, today);
        for (const q of Object.keys(a.answers)) {
          const f = a.fingerprints?.[q];
          expect(marked.includes(q)).toBe(f !== undefined && Object.hasOwn(today, q) && f !== today[q]);
        }
      }),
      RUNS,
    );
  });

  it('a new answer is given to today’s wording; an answer without a fingerprint (saved before they existed) is never marked', () => {
    const a: Assessment = { id: 'x', checklist: CHECKLIST, name: 'A', date: '2027-01-01', answers: { [QIDS[0]!]: 'ja' }, notes: {}, updatedAt: '2027-01-01T00:00:00.000Z', fingerprints: { [QIDS[0]!]: '00000000' } };
    const today = { [QIDS[0]!]: wordingFingerprint('Spørgsmålet, som det lyder nu?') };
    expect(rewordedAnswers(a, today)).toEqual([QIDS[0]]);
    expect(rewordedAnswers(setAnswer(a, QIDS[0]!, 'nej', Date.UTC(2027, 0, 2), today[QIDS[0]!]), today)).toEqual([]);
    expect(rewordedAnswers(setAnswer(a, QIDS[0]!, 'nej', Date.UTC(2027, 0, 2)), today)).toEqual([]);
    expect(rewordedAnswers({ ...a, fingerprints: undefined }, today)).toEqual([]);
    expect(wordingFingerprint('Et  spørgsmål\n over to linjer ')).toBe(wordingFingerprint('Et spørgsmål over to linjer'));
  });

  it('a file made before fingerprints existed gets them from the question texts it carries, and the report counts the reworded ones', () => {
    const file = JSON.stringify({
      format: 'laeringskatalog-selvtjek', version: 2, tool: 'Selvtjek', checklist: { id: CHECKLIST, titel: 'Tjek' },
      spoergsmaal: { [QIDS[0]!]: 'Den gamle formulering?', [QIDS[1]!]: 'Uændret?' },
      assessment: { id: 'f', checklist: CHECKLIST, name: 'Gammel fil', date: '2026-05-01', answers: { [QIDS[0]!]: 'ja', [QIDS[1]!]: 'nej' }, notes: {}, updatedAt: '2026-05-01T10:00:00.000Z' },
    });
    const today = { [QIDS[0]!]: wordingFingerprint('Den nye formulering?'), [QIDS[1]!]: wordingFingerprint('Uændret?') };
    const r = parseImport(file, CHECKLIST, QIDS, { scale: 'ja-delvist-nej', fingerprints: today });
    expect(r.ok && r.assessment.fingerprints).toEqual({ [QIDS[0]!]: wordingFingerprint('Den gamle formulering?'), [QIDS[1]!]: today[QIDS[1]!] });
    expect(r.ok && r.report.changes).toEqual(['1 svar er givet til en tidligere formulering af spørgsmålet. Svarene bliver indlæst og markeret »Spørgsmålet er ændret, siden du svarede«, så du kan se, om de stadig gælder.']);
    expect(r.ok && rewordedAnswers(r.assessment, today)).toEqual([QIDS[0]]);
  });
});
