/** Generators (fast-check) and message checks shared by the property tests of the tools. */
import fc from 'fast-check';
import type { Assessment, SelvtjekState } from '../../src/lib/selvtjek/model';
import { SCALE_CODES } from '../../src/lib/selvtjek/scales';
import type { Plan, PlanItem } from '../../src/lib/plan/model';
import { TIME_MAX, TIME_MIN } from '../../src/lib/storage/fields';
import { mergeSetAside, setAsideEntry } from '../../src/lib/storage/sync';

export const RUNS = { numRuns: 10_000 };
/** A few seconds each on a quiet machine; the limit only guards against a busy CI runner. */
export const SLOW = 120_000;
export const CHECKLIST = 'tjek-jobcentrets-beredskab';
export const QIDS = ['moedet-med-borgeren-1', 'forberedelse-1', 'virksomhed-1', 'virksomhed-2', 'virksomhed-3', 'helhed-1', 'helhed-2', 'helhed-3'];
export const CODES = SCALE_CODES['ja-delvist-nej'];
export const REC_IDS = ['mf-fase-1-a', 'mf-fase-1-b', 'lk-tema-1-x', 'em-pejlemaerke-1', 'js-raad-foelg-op'];

export const time = fc.integer({ min: TIME_MIN, max: TIME_MAX - 1 });
export const iso = time.map((t) => new Date(t).toISOString());
export const date = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2099, 11, 31) }).map((t) => new Date(t).toISOString().slice(0, 10));
export const id = fc.stringMatching(/^[A-Za-z0-9_-]{1,24}$/);
/** Text as people write it: ASCII, Danish letters, emoji, line breaks. */
export const text = (maxLength: number) =>
  fc.oneof(fc.string({ maxLength }), fc.string({ unit: 'grapheme', maxLength: Math.min(maxLength, 20) }), fc.constantFrom('Teammøde marts 2027', 'Æ Ø Å »citat«\nny linje', '👩‍💼 ok'));
export const nonEmpty = (maxLength: number) => text(maxLength).filter((s) => s !== '');
export const json = fc.jsonValue({ maxDepth: 3 });

export const assessment: fc.Arbitrary<Assessment> = fc
  .record({
    id,
    checklist: fc.constant(CHECKLIST),
    name: text(60),
    date,
    answers: fc.dictionary(fc.constantFrom(...QIDS), fc.constantFrom(...CODES), { maxKeys: 8 }),
    notes: fc.dictionary(fc.constantFrom(...QIDS), nonEmpty(80), { maxKeys: 8 }),
    updatedAt: iso,
    exportedAt: fc.option(iso, { nil: undefined }),
    stamps: fc.dictionary(fc.constantFrom('name', 'date', ...QIDS.map((q) => `a:${q}`), ...QIDS.map((q) => `n:${q}`)), time, { maxKeys: 6 }),
  })
  .map(({ exportedAt, ...a }) => (exportedAt ? { ...a, exportedAt } : a));

/** Never readable as an assessment or a plan item, so it stays set aside. */
export const setAsideRaws = fc.array(fc.oneof(fc.string({ maxLength: 30 }), fc.integer(), fc.constant(null)), { maxLength: 3 }).map((xs) => mergeSetAside(xs.map(setAsideEntry)));

export const state: fc.Arbitrary<SelvtjekState> = fc
  .record({
    assessments: fc.uniqueArray(assessment, { selector: (a) => a.id, maxLength: 4 }),
    deleted: fc.dictionary(id.map((x) => `slettet-${x}`), time, { maxKeys: 3 }),
    setAside: setAsideRaws,
    pick: fc.nat(),
  })
  .map(({ assessments, deleted, setAside, pick }) => ({
    assessments,
    activeId: assessments.length && pick % 3 ? assessments[pick % assessments.length]!.id : null,
    deleted,
    setAside,
  }));

export const planItem: fc.Arbitrary<PlanItem> = fc.record({
  id: fc.constantFrom(...REC_IDS),
  note: text(80),
  ansvarlig: text(60),
  dato: fc.oneof(fc.constant(''), date),
  changedAt: time,
  pos: fc.constant(0),
});
export const plan: fc.Arbitrary<Plan> = fc.record({
  items: fc.uniqueArray(planItem, { selector: (i) => i.id, maxLength: 5 }).map((items) => items.map((i, pos) => ({ ...i, pos }))),
  removed: fc.dictionary(id.map((x) => `fjernet-${x}`), time, { maxKeys: 3 }),
  setAside: setAsideRaws,
});

/** An assessment with one field replaced by anything JSON can hold. */
export const mutated = fc
  .tuple(assessment, fc.constantFrom('id', 'checklist', 'name', 'date', 'answers', 'notes', 'updatedAt', 'exportedAt', 'stamps'), json)
  .map(([a, field, value]) => ({ ...a, [field]: value }));
export const planItemMutated = fc
  .tuple(planItem, fc.constantFrom('id', 'note', 'ansvarlig', 'dato', 'changedAt'), json)
  .map(([i, field, value]) => ({ ...i, [field]: value }));

export const known = (messages: Record<string, unknown>) => Object.values(messages).filter((m): m is string => typeof m === 'string');
export const READ_REASONS = [
  /^Det er ikke (en vurdering|et punkt i en plan)\.$/,
  /^(Vurderingen|Punktet) har intet gyldigt id\.$/,
  /^Det fremgår ikke, hvilken tjekliste vurderingen hører til\.$/,
  /^Navnet (er for langt|kan ikke læses)\.$/,
  /^Datoen ».*« kan ikke læses\.$/s,
  /^Svarene kan ikke læses\.$/,
  /^Svaret ».*« er ikke en af svarmulighederne\.$/s,
  /^Noterne kan ikke læses\.$/,
  /^En note (kan ikke læses|er for lang til at være skrevet i værktøjet)\.$/,
  /^Vurderingen har flere (svar|noter), end en tjekliste har spørgsmål\.$/,
  /^(Noten|Feltet »Ansvarlig«) (kan ikke læses|er for lang til at være skrevet i værktøjet)\.$/,
  /^(Vurderingen|Punktet) har ikke det forventede indhold\.$/,
];
export const isReadReason = (r: string) => READ_REASONS.some((re) => re.test(r));

