/**
 * The saved state of Selvtjek: its types, the Zod schema it is validated with on load, the older
 * version 1 shape and the migration from it, and a few constructors. Stored with `createStore`
 * (`src/lib/storage.ts`) under `STORAGE_KEY`; the version lives in the envelope.
 */
// zod/mini: the same validation as the content schemas, at a fraction of the bundle size in the tools.
import * as z from 'zod/mini';
import { createStore, type StorageLike, type Store } from '../storage';
import { ANSWER_CODES, codeFromCodeOrLabel, type AnswerCode } from './scales';

export const STORAGE_KEY = 'laeringskatalog:selvtjek';
export const STATE_VERSION = 2;
/** Name given to an assessment nobody named. */
export const DEFAULT_NAME = 'Min vurdering';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether a string is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

/** Whether a string is a date-time `Date` can read and that round-trips to a valid date. */
export function isIsoDateTime(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value));
}

/** The local calendar date of a moment as YYYY-MM-DD (what the user calls "today"). */
export function localIsoDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export const answerCodeSchema = z.enum(ANSWER_CODES);

export const assessmentSchema = z.object({
  id: z.string().check(z.minLength(1)),
  /** Id of the tjekliste content entry. */
  checklist: z.string().check(z.minLength(1)),
  name: z.string(),
  /** The day the assessment is about, YYYY-MM-DD. */
  date: z.string().check(z.refine(isIsoDate, 'skal være en dato som 2027-03-14')),
  /** Question id → answer code. Unanswered questions have no key. */
  answers: z.record(z.string(), answerCodeSchema),
  /** Question id → the user's note. */
  notes: z.record(z.string(), z.string()),
  updatedAt: z.string().check(z.refine(isIsoDateTime, 'skal være et tidspunkt')),
  exportedAt: z.optional(z.string().check(z.refine(isIsoDateTime, 'skal være et tidspunkt'))),
});
export type Assessment = z.infer<typeof assessmentSchema>;

export const stateSchema = z.object({
  assessments: z.array(assessmentSchema),
  activeId: z.nullable(z.string()),
});
export type SelvtjekState = z.infer<typeof stateSchema>;

/** Version 1: one assessment per checklist, keyed by checklist id. Answers may be codes or labels. */
export const entryV1Schema = z.object({
  answers: z.record(z.string(), z.string()),
  notes: z._default(z.record(z.string(), z.string()), {}),
  savedAt: z.string(),
});
export const stateV1Schema = z.record(z.string(), entryV1Schema);
export type EntryV1 = z.infer<typeof entryV1Schema>;
export type SelvtjekStateV1 = z.infer<typeof stateV1Schema>;

/** Answers of a version 1 entry as codes; values that are neither code nor label are dropped. */
export function answersFromV1(answers: Record<string, unknown>): Record<string, AnswerCode> {
  const out: Record<string, AnswerCode> = {};
  for (const [q, value] of Object.entries(answers)) {
    const code = codeFromCodeOrLabel(value);
    if (code) out[q] = code;
  }
  return out;
}

/** One version 1 entry as an assessment named "Min vurdering", dated from `savedAt`. */
export function assessmentFromV1(checklist: string, entry: EntryV1, now: Date = new Date()): Assessment {
  const saved = isIsoDateTime(entry.savedAt) ? new Date(entry.savedAt) : now;
  return {
    id: `v1-${checklist}`,
    checklist,
    name: DEFAULT_NAME,
    date: localIsoDate(saved),
    answers: answersFromV1(entry.answers),
    notes: Object.fromEntries(Object.entries(entry.notes).filter(([, n]) => n.trim() !== '')),
    updatedAt: saved.toISOString(),
  };
}

/** Migration 1 → 2. Throws when the data is not a version 1 state (the store reports it corrupt). */
export function migrateV1toV2(data: unknown, now: Date = new Date()): SelvtjekState {
  const v1 = stateV1Schema.parse(data);
  const assessments = Object.entries(v1).map(([checklist, entry]) => assessmentFromV1(checklist, entry, now));
  const latest = [...assessments].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
  return { assessments, activeId: latest?.id ?? null };
}

export const MIGRATIONS = { 1: (data: unknown) => migrateV1toV2(data) };

export function emptyState(): SelvtjekState {
  return { assessments: [], activeId: null };
}

/** A random id that works without a secure context (unlike `crypto.randomUUID`). */
export function newId(): string {
  const bytes = new Uint8Array(9);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('');
}

/** A new, empty assessment of a checklist dated today. */
export function createAssessment(
  checklist: string,
  now: Date = new Date(),
  options: { id?: string; name?: string } = {},
): Assessment {
  return {
    id: options.id ?? newId(),
    checklist,
    name: options.name?.trim() || DEFAULT_NAME,
    date: localIsoDate(now),
    answers: {},
    notes: {},
    updatedAt: now.toISOString(),
  };
}

/** The store for the Selvtjek state. */
export function createSelvtjekStore(storage: StorageLike, now?: () => Date): Store<SelvtjekState> {
  return createStore({
    key: STORAGE_KEY,
    version: STATE_VERSION,
    schema: stateSchema,
    migrations: MIGRATIONS,
    storage,
    ...(now ? { now } : {}),
  });
}
