/**
 * The saved state of Selvtjek: its types, how it is read from storage (every assessment on its
 * own: repaired where that is safe and obvious, otherwise set aside, never hiding the others),
 * how two tabs' versions merge (per answer and per note, the newest change wins), and the changes
 * the tool makes. Stored with `createStore` (src/lib/storage) under `STORAGE_KEY`; the version
 * lives in the envelope.
 *
 * Versions: 1 = one entry per checklist keyed by checklist id; 2 = named, dated assessments;
 * 3 = as 2 plus change times per piece (`stamps`), tombstones for deleted assessments and the
 * set-aside data that could not be read.
 */
import { createStore, type Decoded, type StorageLike, type Store } from '../storage';
import { STORED_TEXT_MAX, TEXT_LIMITS, danishDate, isDateInRange, isIsoTimeInRange, isTime, repairDate } from '../storage/fields';
import {
  canonical,
  mergeSetAside,
  mergeTombstones,
  readSetAside,
  readTombstones,
  setAsideEntry,
  type SetAsideEntry,
  type Tombstones,
} from '../storage/sync';
import { isFingerprint } from './fingerprint';
import { codeFromCodeOrLabel, isAnswerCode, type AnswerCode } from './scales';

export const STORAGE_KEY = 'laeringskatalog:selvtjek';
export const STATE_VERSION = 3;
/** Name given to an assessment nobody named. */
export const DEFAULT_NAME = 'Min vurdering';
/** More answers or notes than this in one assessment is not something the tool wrote. */
const MAX_KEYS = 1000;
export const MAX_ID = 200;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether a string is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(2000, Number(m[2]) - 1, Number(m[3])));
  d.setUTCFullYear(Number(m[1]));
  return d.toISOString().slice(0, 10) === value;
}

/** Whether a string is a date-time `Date` can read and that round-trips to a valid date. */
export function isIsoDateTime(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value));
}

/** The local calendar date of a moment as YYYY-MM-DD (what the user calls "today"). */
export function localIsoDate(d: Date): string {
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * A valid assessment, as the tool keeps it. Loading checks each assessment with `isAssessment`
 * (the same rules as `assessmentSchema` in schema.ts, which the unit tests hold it to; written
 * out here so the tool page does not load a validation library for one check).
 */
export interface Assessment {
  /** 1–200 characters. */
  id: string;
  /** Id of the tjekliste content entry (1–200 characters). */
  checklist: string;
  name: string;
  /** The day the assessment is about, YYYY-MM-DD in 2000–2099. */
  date: string;
  /** Question id → answer code. Unanswered questions have no key. */
  answers: Record<string, AnswerCode>;
  /** Question id → the user's note. */
  notes: Record<string, string>;
  updatedAt: string;
  exportedAt?: string | undefined;
  /**
   * When each piece last changed (ms): `name`, `date`, `a:<question>` (answer), `n:<question>`
   * (note). A stamp without a value records that the value was removed.
   */
  stamps?: Record<string, number> | undefined;
  /**
   * Question id → the fingerprint of the question's wording when it was answered
   * (fingerprint.ts). An answer whose fingerprint differs from the question's current one was
   * given to an earlier wording; the tool marks it until the user confirms it. Answers saved
   * before fingerprints existed have none and are taken as given to today's wording.
   */
  fingerprints?: Record<string, string> | undefined;
}

const isText = (v: unknown, min: number, max: number): v is string => typeof v === 'string' && v.length >= min && v.length <= max;
const isPlain = (x: unknown): x is Record<string, unknown> => {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
  const proto = Object.getPrototypeOf(x);
  return proto === null || proto === Object.prototype;
};
const isRecordOf = (x: unknown, ok: (v: unknown) => boolean) => isPlain(x) && Object.values(x).every(ok);

/** Whether a value is a valid assessment (see `Assessment`). */
export function isAssessment(x: unknown): x is Assessment {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
  const a = x as Record<string, unknown>;
  return (
    isText(a.id, 1, MAX_ID) &&
    isText(a.checklist, 1, MAX_ID) &&
    isText(a.name, 0, STORED_TEXT_MAX) &&
    isDateInRange(a.date) &&
    isRecordOf(a.answers, isAnswerCode) &&
    isRecordOf(a.notes, (n) => isText(n, 0, STORED_TEXT_MAX)) &&
    isIsoTimeInRange(a.updatedAt) &&
    (a.exportedAt === undefined || isIsoTimeInRange(a.exportedAt)) &&
    (a.stamps === undefined || isRecordOf(a.stamps, isTime)) &&
    (a.fingerprints === undefined || isRecordOf(a.fingerprints, isFingerprint))
  );
}

export interface SelvtjekState {
  assessments: Assessment[];
  /** The assessment this tab shows; each tab keeps its own when merging. */
  activeId: string | null;
  /** Deleted assessment ids and removed set-aside keys → when (ms). */
  deleted?: Tombstones;
  /** Stored data that could not be read, kept as it was until the user removes it. */
  setAside?: SetAsideEntry[];
}

export function emptyState(): SelvtjekState {
  return { assessments: [], activeId: null, deleted: {}, setAside: [] };
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
    name: options.name?.trim().slice(0, TEXT_LIMITS.name) || DEFAULT_NAME,
    date: localIsoDate(now),
    answers: {},
    notes: {},
    updatedAt: now.toISOString(),
    stamps: {},
  };
}

// --- reading stored assessments -----------------------------------------------------------------

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const shown = (v: unknown) => (typeof v === 'string' ? v : canonical(v)).slice(0, 40);

export type AssessmentRead =
  | { ok: true; assessment: Assessment; repairs: string[] }
  | { ok: false; label: string; reason: string };

/** A name to show for stored data that may not be an assessment at all. */
export function labelOf(x: unknown): string {
  if (isObj(x) && typeof x.name === 'string' && x.name.trim()) return x.name.trim().slice(0, 80);
  if (isObj(x) && typeof x.id === 'string' && x.id) return x.id.slice(0, 80);
  return 'Uden navn';
}

/**
 * Reads one stored assessment. Repairs only what is safe and obvious (a two-digit year, a
 * label instead of an answer code, a missing or impossible time); anything else that is wrong
 * makes it unreadable, with a Danish reason, so the caller sets it aside whole.
 * `fallbackTime` (ms) replaces a missing or impossible change time.
 */
export function readAssessment(x: unknown, fallbackTime: number, options: { stamped?: boolean } = {}): AssessmentRead {
  const label = labelOf(x);
  const fail = (reason: string): AssessmentRead => ({ ok: false, label, reason });
  if (!isObj(x)) return fail('Det er ikke en vurdering.');
  const { id, checklist } = x;
  if (typeof id !== 'string' || id === '' || id.length > MAX_ID) return fail('Vurderingen har intet gyldigt id.');
  if (typeof checklist !== 'string' || checklist === '' || checklist.length > MAX_ID) {
    return fail('Det fremgår ikke, hvilken tjekliste vurderingen hører til.');
  }
  const repairs: string[] = [];

  let name = DEFAULT_NAME;
  if (typeof x.name === 'string') {
    if (x.name.length > STORED_TEXT_MAX) return fail('Navnet er for langt.');
    name = x.name;
  } else if (x.name !== undefined) return fail('Navnet kan ikke læses.');

  const updatedAt = isIsoTimeInRange(x.updatedAt) ? x.updatedAt : new Date(fallbackTime).toISOString();

  let date: string;
  if (x.date === undefined) {
    date = localIsoDate(new Date(updatedAt));
  } else {
    const d = repairDate(x.date);
    if (!d) return fail(`Datoen »${shown(x.date)}« kan ikke læses.`);
    if (d.repaired) repairs.push(`Datoen på »${name}« var gemt med året ${String(x.date).slice(0, 4)} og er rettet til ${danishDate(d.value)}.`);
    date = d.value;
  }

  if (!isObj(x.answers)) return fail('Svarene kan ikke læses.');
  const entries = Object.entries(x.answers);
  if (entries.length > MAX_KEYS) return fail('Vurderingen har flere svar, end en tjekliste har spørgsmål.');
  const answers: Record<string, AnswerCode> = {};
  for (const [q, v] of entries) {
    if (v === null) continue;
    const code = isAnswerCode(v) ? v : codeFromCodeOrLabel(v);
    if (!code) return fail(`Svaret »${shown(v)}« er ikke en af svarmulighederne.`);
    answers[q] = code;
  }

  const notes: Record<string, string> = {};
  if (x.notes !== undefined) {
    if (!isObj(x.notes)) return fail('Noterne kan ikke læses.');
    const noteEntries = Object.entries(x.notes);
    if (noteEntries.length > MAX_KEYS) return fail('Vurderingen har flere noter, end en tjekliste har spørgsmål.');
    for (const [q, n] of noteEntries) {
      if (typeof n !== 'string') return fail('En note kan ikke læses.');
      if (n.length > STORED_TEXT_MAX) return fail('En note er for lang til at være skrevet i værktøjet.');
      if (n !== '') notes[q] = n;
    }
  }

  const stamps: Record<string, number> = {};
  if (options.stamped && isObj(x.stamps)) {
    for (const [k, t] of Object.entries(x.stamps)) if (isTime(t)) stamps[k] = t;
  } else {
    // Before version 3 nothing had its own time: everything changed when the assessment did.
    const t = Date.parse(updatedAt);
    for (const k of ['name', 'date', ...Object.keys(answers).map((q) => `a:${q}`), ...Object.keys(notes).map((q) => `n:${q}`)]) stamps[k] = t;
  }

  const assessment: Assessment = { id, checklist, name, date, answers, notes, updatedAt, stamps };
  if (isIsoTimeInRange(x.exportedAt)) assessment.exportedAt = x.exportedAt;
  // A fingerprint only marks an answer; one that cannot be read is left out, never the answer.
  if (isObj(x.fingerprints)) {
    assessment.fingerprints = Object.fromEntries(Object.entries(x.fingerprints).filter(([q, f]) => Object.hasOwn(answers, q) && isFingerprint(f))) as Record<string, string>;
  }
  // Belt and braces: whatever is kept must pass the schema the tool works with.
  if (!isAssessment(assessment)) return fail('Vurderingen har ikke det forventede indhold.');
  return { ok: true, assessment, repairs };
}

/** A version 1 entry as the assessment-shaped object version 2 made of it (not yet checked). */
function fromV1(checklist: string, entry: unknown, fallbackTime: number): unknown {
  if (!isObj(entry)) return entry;
  const saved = isIsoTimeInRange(entry.savedAt) ? new Date(entry.savedAt) : new Date(fallbackTime);
  const notes = isObj(entry.notes)
    ? Object.fromEntries(Object.entries(entry.notes).filter(([, n]) => typeof n !== 'string' || n.trim() !== ''))
    : entry.notes;
  return {
    id: `v1-${checklist}`,
    checklist,
    name: DEFAULT_NAME,
    date: localIsoDate(saved),
    answers: entry.answers,
    notes,
    updatedAt: saved.toISOString(),
  };
}

/**
 * Reads stored Selvtjek data of any version. Never throws: each assessment is read on its own,
 * and whatever cannot be read is set aside (kept in the state and written back) with the others
 * loaded as usual. `savedAt` (ms, from the envelope) dates pieces that have no time of their own.
 */
export function decodeState(data: unknown, from: number, savedAt: number | null, now: () => number = Date.now): Decoded<SelvtjekState> {
  const fallbackTime = savedAt ?? now();
  const repairs: string[] = [];
  const state = emptyState();
  const setAside: SetAsideEntry[] = [];
  let candidates: unknown[] = [];

  if (from === 1) {
    if (isObj(data)) candidates = Object.entries(data).map(([checklist, entry]) => fromV1(checklist, entry, fallbackTime));
    else setAside.push(setAsideEntry(data));
  } else if (isObj(data)) {
    if (Array.isArray(data.assessments)) candidates = data.assessments;
    else if (data.assessments !== undefined) setAside.push(setAsideEntry(data.assessments));
    if (typeof data.activeId === 'string') state.activeId = data.activeId;
    if (from >= 3) {
      state.deleted = readTombstones(data.deleted);
      // Set-aside data is tried again: a newer version of the tool may read it.
      for (const entry of readSetAside(data.setAside)) {
        const r = readAssessment(entry.raw, fallbackTime, { stamped: true });
        if (r.ok && !(entry.key in (state.deleted ?? {}))) candidates.push(r.assessment);
        else setAside.push(entry);
      }
    }
  } else {
    setAside.push(setAsideEntry(data));
  }

  const byId = new Map<string, Assessment>();
  for (const c of candidates) {
    const r = readAssessment(c, fallbackTime, { stamped: from >= 3 });
    if (!r.ok) {
      setAside.push(setAsideEntry(c));
      continue;
    }
    repairs.push(...r.repairs);
    const seen = byId.get(r.assessment.id);
    byId.set(r.assessment.id, seen ? mergeAssessments(seen, r.assessment) : r.assessment);
  }
  state.assessments = [...byId.values()].filter((a) => !isDeleted(a, state.deleted));
  state.setAside = mergeSetAside(setAside, [], state.deleted);
  return { value: state, repairs };
}

/** Stored text that is not data at all: set aside whole, so the tool starts empty and keeps it. */
export function unreadableState(raw: string): SelvtjekState {
  return { ...emptyState(), setAside: [setAsideEntry(raw)] };
}

/** The store for the Selvtjek state. */
export function createSelvtjekStore(storage: StorageLike, now?: () => Date): Store<SelvtjekState> {
  return createStore<SelvtjekState>({
    key: STORAGE_KEY,
    version: STATE_VERSION,
    decode: (data, from, savedAt) => decodeState(data, from, savedAt, now ? () => now().getTime() : Date.now),
    unreadable: unreadableState,
    storage,
    ...(now ? { now } : {}),
  });
}

// --- merging two tabs' versions -----------------------------------------------------------------

const stampOf = (a: Assessment, key: string) => a.stamps?.[key] ?? 0;

/** When an assessment last changed (ms). */
export function lastChange(a: Assessment): number {
  let t = Date.parse(a.updatedAt) || 0;
  for (const s of Object.values(a.stamps ?? {})) if (s > t) t = s;
  return t;
}

function isDeleted(a: Assessment, deleted: Tombstones | undefined): boolean {
  const t = deleted?.[a.id];
  return t !== undefined && t >= lastChange(a);
}

function pieceKeys(a: Assessment): string[] {
  return [
    'name',
    'date',
    ...Object.keys(a.answers).map((q) => `a:${q}`),
    ...Object.keys(a.notes).map((q) => `n:${q}`),
    ...Object.keys(a.stamps ?? {}),
  ];
}

function pieceOf(a: Assessment, key: string): string | undefined {
  if (key === 'name') return a.name;
  if (key === 'date') return a.date;
  const q = key.slice(2);
  if (key.startsWith('a:')) return Object.hasOwn(a.answers, q) ? a.answers[q] : undefined;
  if (key.startsWith('n:')) return Object.hasOwn(a.notes, q) ? a.notes[q] : undefined;
  return undefined;
}

/**
 * Two versions of one assessment (same id) merged piece by piece: for the name, the date and
 * each question's answer and note, the newer change wins (a removed note counts as a change).
 * Equal times are settled by the values, so both tabs reach the same result.
 */
export function mergeAssessments(a: Assessment, b: Assessment): Assessment {
  const la = lastChange(a);
  const lb = lastChange(b);
  // Every part is a "latest wins" choice with a fixed rule for ties, so the merge of any
  // versions in any order gives the same assessment.
  const later = (x: string, y: string) => (Date.parse(x) !== Date.parse(y) ? (Date.parse(x) > Date.parse(y) ? x : y) : x >= y ? x : y);
  const out: Assessment = {
    id: a.id,
    checklist: la !== lb ? (la > lb ? a.checklist : b.checklist) : a.checklist >= b.checklist ? a.checklist : b.checklist,
    name: a.name,
    date: a.date,
    answers: {},
    notes: {},
    updatedAt: later(a.updatedAt, b.updatedAt),
    stamps: {},
  };
  const exported = a.exportedAt && b.exportedAt ? later(a.exportedAt, b.exportedAt) : (a.exportedAt ?? b.exportedAt);
  if (exported) out.exportedAt = exported;
  for (const key of new Set([...pieceKeys(a), ...pieceKeys(b)])) {
    const sa = stampOf(a, key);
    const sb = stampOf(b, key);
    const va = pieceOf(a, key);
    const vb = pieceOf(b, key);
    let winA: boolean;
    if (sa !== sb) winA = sa > sb;
    else if (va === undefined || vb === undefined) winA = va !== undefined;
    else winA = va >= vb;
    const [stamp, value] = winA ? [sa, va] : [sb, vb];
    if (stamp > 0) out.stamps![key] = stamp;
    if (key === 'name') out.name = value ?? out.name;
    else if (key === 'date') out.date = value ?? out.date;
    else if (value !== undefined && key.startsWith('a:') && isAnswerCode(value)) {
      out.answers[key.slice(2)] = value;
      // The fingerprint belongs to the answer: it comes from the version whose answer won.
      const f = (winA ? a : b).fingerprints?.[key.slice(2)];
      if (f !== undefined) out.fingerprints = { ...out.fingerprints, [key.slice(2)]: f };
    }
    else if (value !== undefined && key.startsWith('n:')) out.notes[key.slice(2)] = value;
  }
  return out;
}

/**
 * An assessment after its deletion at `deletedAt` (ms), or null when nothing of it is newer.
 *
 * The rule (the same for Min plan's items, src/lib/storage/sync.ts): a deletion removes
 * everything written at or before it. What a tab wrote after it, not yet knowing of it, survives
 * alone: the assessment comes back with those answers and notes only, named »Min vurdering« and
 * dated by its last change unless its name or date were also written after the deletion, and
 * not marked as exported. Each piece is kept or dropped by its own time, so the result does not
 * depend on which versions met first (merging stays associative).
 */
function afterDeletion(a: Assessment, deletedAt: number | undefined): Assessment | null {
  if (deletedAt === undefined) return a;
  if (lastChange(a) <= deletedAt) return null;
  const kept = (key: string) => stampOf(a, key) > deletedAt;
  const stamps: Record<string, number> = {};
  for (const [k, t] of Object.entries(a.stamps ?? {})) if (t > deletedAt) stamps[k] = t;
  const changedAt = Date.parse(a.updatedAt) > deletedAt ? Date.parse(a.updatedAt) : Math.max(...Object.values(stamps));
  const updatedAt = new Date(changedAt).toISOString();
  const answers = Object.fromEntries(Object.entries(a.answers).filter(([q]) => kept(`a:${q}`)));
  // A kept answer keeps the fingerprint of the wording it was given to (so a reworded question is still marked).
  const fingerprints = Object.fromEntries(Object.entries(a.fingerprints ?? {}).filter(([q]) => Object.hasOwn(answers, q)));
  return {
    id: a.id,
    checklist: a.checklist,
    name: kept('name') ? a.name : DEFAULT_NAME,
    date: kept('date') ? a.date : updatedAt.slice(0, 10),
    answers,
    notes: Object.fromEntries(Object.entries(a.notes).filter(([q]) => kept(`n:${q}`))),
    updatedAt,
    stamps,
    ...(Object.keys(fingerprints).length ? { fingerprints } : {}),
  };
}

/**
 * This tab's state merged with another version (what is in storage): every assessment merged
 * per piece (newest change wins), then a deletion applied piece by piece (`afterDeletion`),
 * set-aside data kept from both. Commutative, associative and idempotent on the shared data
 * (tests/unit/properties-merge.test.ts). The active assessment is not shared data: it stays this
 * tab's own, if it still exists.
 */
export function mergeState(local: SelvtjekState, other: SelvtjekState): SelvtjekState {
  const deleted = mergeTombstones(local.deleted, other.deleted);
  const byId = new Map<string, Assessment>();
  for (const a of [...local.assessments, ...other.assessments]) {
    const seen = byId.get(a.id);
    byId.set(a.id, seen ? mergeAssessments(seen, a) : a);
  }
  const assessments = [...byId.values()].flatMap((a) => afterDeletion(a, deleted[a.id]) ?? []);
  const exists = (id: string | null) => id !== null && assessments.some((a) => a.id === id);
  return {
    assessments,
    activeId: exists(local.activeId) ? local.activeId : exists(other.activeId) ? other.activeId : null,
    deleted,
    setAside: mergeSetAside(local.setAside, other.setAside, deleted),
  };
}

// --- changes the tool makes ---------------------------------------------------------------------

/** A stamp for a change now that is also later than the piece's previous change. */
const stampFor = (a: Assessment, key: string, now: number) => Math.max(now, stampOf(a, key) + 1);

function touched(a: Assessment, key: string, now: number): Assessment {
  const t = stampFor(a, key, now);
  return { ...a, stamps: { ...a.stamps, [key]: t }, updatedAt: new Date(Math.max(t, Date.parse(a.updatedAt) || 0)).toISOString() };
}

/**
 * `fingerprint`: of the question's wording as the user sees it now, kept with the answer. Without
 * one, the answer's old fingerprint goes (a new answer is never marked as given to old wording).
 */
export function setAnswer(a: Assessment, question: string, code: AnswerCode, now: number, fingerprint?: string): Assessment {
  const out = { ...touched(a, `a:${question}`, now), answers: { ...a.answers, [question]: code } };
  const fingerprints = { ...a.fingerprints };
  if (fingerprint !== undefined) fingerprints[question] = fingerprint;
  else delete fingerprints[question];
  if (Object.keys(fingerprints).length) out.fingerprints = fingerprints;
  else delete out.fingerprints;
  return out;
}

/** The user has looked at an answer to a reworded question and keeps it for today's wording. */
export function confirmWording(a: Assessment, question: string, fingerprint: string, now: number): Assessment {
  if (!Object.hasOwn(a.answers, question)) return a;
  return { ...touched(a, `a:${question}`, now), fingerprints: { ...a.fingerprints, [question]: fingerprint } };
}

/** Questions whose saved answer was given to an earlier wording than `current` (question id → fingerprint). */
export function rewordedAnswers(a: Pick<Assessment, 'answers' | 'fingerprints'> | undefined, current: Readonly<Record<string, string>>): string[] {
  if (!a?.fingerprints) return [];
  return Object.keys(a.answers).filter((q) => {
    const saved = a.fingerprints?.[q];
    return saved !== undefined && Object.hasOwn(current, q) && saved !== current[q];
  });
}

/**
 * Answers and notes saved under a question's former ids (`former`: old id → current id, from the
 * content's `tidligereIder`) moved to its current id. Nothing is lost: where both ids hold an
 * answer (or a note), the newer one is kept; the old keys go. Idempotent; `a` itself is returned
 * when there is nothing to move.
 */
export function renameQuestions(a: Assessment, former: Readonly<Record<string, string>>): Assessment {
  const olds = Object.keys(former).filter((old) => Object.hasOwn(a.answers, old) || Object.hasOwn(a.notes, old) || `a:${old}` in (a.stamps ?? {}) || `n:${old}` in (a.stamps ?? {}));
  if (olds.length === 0) return a;
  const answers = { ...a.answers };
  const notes = { ...a.notes };
  const stamps = { ...a.stamps };
  const fingerprints: Record<string, string> = { ...a.fingerprints };
  for (const old of olds) {
    const now = former[old]!;
    if (now === old) continue;
    for (const [prefix, values] of [['a:', answers], ['n:', notes]] as const) {
      const from = `${prefix}${old}`;
      const to = `${prefix}${now}`;
      const has = Object.hasOwn(values, old);
      if (has && (!Object.hasOwn(values, now) || (stamps[from] ?? 0) > (stamps[to] ?? 0))) {
        (values as Record<string, string>)[now] = (values as Record<string, string>)[old]!;
        if (stamps[from] !== undefined) stamps[to] = stamps[from]!;
        if (prefix === 'a:') {
          if (fingerprints[old] !== undefined) fingerprints[now] = fingerprints[old]!;
          else delete fingerprints[now];
        }
      }
      delete (values as Record<string, string>)[old];
      delete stamps[from];
      if (prefix === 'a:') delete fingerprints[old];
    }
  }
  const out: Assessment = { ...a, answers, notes, stamps };
  if (Object.keys(fingerprints).length) out.fingerprints = fingerprints;
  else delete out.fingerprints;
  return out;
}

/** An empty note removes the note. */
export function setNote(a: Assessment, question: string, text: string, now: number): Assessment {
  const notes = { ...a.notes };
  if (text) notes[question] = text;
  else delete notes[question];
  return { ...touched(a, `n:${question}`, now), notes };
}

export function setName(a: Assessment, name: string, now: number): Assessment {
  return { ...touched(a, 'name', now), name };
}

export function setDate(a: Assessment, date: string, now: number): Assessment {
  return { ...touched(a, 'date', now), date };
}

/** Puts an assessment in the state (replacing one with the same id) and makes it active. */
export function putAssessment(state: SelvtjekState, a: Assessment): SelvtjekState {
  return { ...state, assessments: [...state.assessments.filter((x) => x.id !== a.id), a], activeId: a.id };
}

export function deleteAssessment(state: SelvtjekState, id: string, now: number): SelvtjekState {
  const a = state.assessments.find((x) => x.id === id);
  const t = Math.max(now, a ? lastChange(a) : 0);
  return {
    ...state,
    assessments: state.assessments.filter((x) => x.id !== id),
    activeId: state.activeId === id ? null : state.activeId,
    deleted: { ...state.deleted, [id]: t },
  };
}

/**
 * `incoming` as a change made now, so it wins over every earlier version in any tab: every piece
 * is stamped `now`, and pieces `previous` had that `incoming` lacks are stamped as removed.
 */
export function asNewChange(incoming: Assessment, now: number, previous?: Assessment): Assessment {
  const base = previous ? Math.max(now, lastChange(previous) + 1) : now;
  const stamps: Record<string, number> = {};
  for (const key of new Set([...pieceKeys(incoming), ...(previous ? pieceKeys(previous) : [])])) stamps[key] = base;
  return { ...incoming, stamps, updatedAt: new Date(Math.max(base, Date.parse(incoming.updatedAt) || 0)).toISOString() };
}

/** Removes a set-aside entry for good (the user saved it as a file or imported it). */
export function removeSetAside(state: SelvtjekState, key: string, now: number): SelvtjekState {
  return { ...state, setAside: (state.setAside ?? []).filter((e) => e.key !== key), deleted: { ...state.deleted, [key]: now } };
}

/** The assessment without the bookkeeping the file and the share link do not carry. */
export function withoutStamps(a: Assessment): Assessment {
  const { stamps: _stamps, ...rest } = a;
  return rest;
}

// --- the assessments of one checklist -----------------------------------------------------------

/** The assessments of one checklist, the most recently changed first. */
export function assessmentsOf(state: SelvtjekState, checklist: string): Assessment[] {
  return state.assessments.filter((a) => a.checklist === checklist).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

/** The assessment of a checklist a tab shows: the active one if it belongs to the checklist, else the latest. */
export function activeOf(state: SelvtjekState, checklist: string): Assessment | undefined {
  const mine = assessmentsOf(state, checklist);
  return mine.find((a) => a.id === state.activeId) ?? mine[0];
}

/**
 * A change to the assessment a tab shows of a checklist; the first change (an answer before any
 * assessment exists) creates one dated `now`.
 */
export function changeActive(state: SelvtjekState, checklist: string, change: (a: Assessment, now: number) => Assessment, now: number): SelvtjekState {
  const target = activeOf(state, checklist) ?? createAssessment(checklist, new Date(now));
  return putAssessment(state, change(target, now));
}

/**
 * The assessments of one checklist with answers and notes under former question ids moved to
 * the current ids (`renameQuestions`). The same state object when there is nothing to move.
 */
export function migrateChecklist(state: SelvtjekState, checklist: string, former: Readonly<Record<string, string>>): SelvtjekState {
  let changed = false;
  const assessments = state.assessments.map((a) => {
    if (a.checklist !== checklist) return a;
    const b = renameQuestions(a, former);
    if (b !== a) changed = true;
    return b;
  });
  return changed ? { ...state, assessments } : state;
}

/** Assessments of checklists the site no longer has (shown on every checklist's page, never hidden). */
export function orphanAssessments(state: SelvtjekState, checklists: readonly string[]): Assessment[] {
  const known = new Set(checklists);
  return state.assessments.filter((a) => !known.has(a.checklist)).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}
