/**
 * Export and import of one assessment as a JSON file ("Gem som fil" / "Hent fra fil").
 *
 * The file says what it is (`format`, `version`, `tool`) and which checklist it assesses, so an
 * import can tell a wrong file, another checklist's file and a file from a newer version apart
 * and say so in Danish. It also carries the text of the checklist's questions, so a later import
 * into a changed checklist can name the answers it cannot use. Version 1 files (one checklist's
 * saved entry from the old state) are still accepted and migrated.
 *
 * An import keeps what fits and reports the rest: answers to questions the checklist does not
 * have, or that are not one of its answer options, are dropped and listed (by question text
 * where known, by id otherwise), so the page can show them before anything is saved.
 * `parseImport` never throws.
 */
import { isIsoDate, isIsoDateTime, localIsoDate, newId, withoutStamps, type Assessment } from './model';
import { STORED_TEXT_MAX, danishDate, isIsoTimeInRange, repairDate } from '../storage/fields';
import type { SetAsideEntry } from '../storage/sync';
import { isFingerprint, wordingFingerprint } from './fingerprint';
import { isUnnamed, nameSlug } from './team-names';
import { codeFromCodeOrLabel, isAnswerCode, isCodeOfScale, type AnswerCode, type Scale } from './scales';

export const FILE_FORMAT = 'laeringskatalog-selvtjek';
export const FILE_VERSION = 2;
export const FILE_TOOL = 'Selvtjek';
/** Larger texts are refused before parsing. */
export const IMPORT_MAX_CHARS = 200_000;
/** Name given to an imported assessment whose file has none. */
export const IMPORTED_NAME = 'Importeret vurdering';
/** How many dropped answers a message names before it says "og N andre". */
const NAMED = 10;

export interface ExportFile {
  format: typeof FILE_FORMAT;
  version: typeof FILE_VERSION;
  tool: typeof FILE_TOOL;
  checklist: { id: string; titel: string };
  exportedAt: string;
  /** Question id → the question's text, as the checklist was when the file was made. */
  spoergsmaal?: Record<string, string>;
  assessment: Assessment;
}

/** The checklist as export needs it; with its areas, the file also carries the question texts. */
export interface ChecklistRef {
  id: string;
  titel: string;
  omraader?: readonly { spoergsmaal: readonly { id: string; tekst: string }[] }[];
}

const thousands = (n: number) => new Intl.NumberFormat('da-DK').format(n);
const names = (labels: readonly string[]) =>
  labels.length <= NAMED ? labels.join(', ') : `${labels.slice(0, NAMED).join(', ')} og ${labels.length - NAMED} andre`;

export const IMPORT_MESSAGES = {
  tooLarge: 'Filen er for stor til at være en selvtjek-fil.',
  empty: 'Filen er tom. Vælg en fil, der er eksporteret fra Selvtjek.',
  notJson: 'Filen kan ikke læses. Er det en fil, der er eksporteret fra Selvtjek?',
  notOurs: 'Filen er ikke en vurdering fra Selvtjek. Vælg en fil, der er eksporteret fra Selvtjek.',
  newer: 'Filen er lavet med en nyere version af værktøjet, end denne side bruger. Genindlæs siden, og prøv igen.',
  noAssessment: 'Filen er ufuldstændig: den indeholder ingen vurdering.',
  badAnswers: 'Svarene i filen kan ikke læses. Filen er måske blevet ændret.',
  otherChecklist: (file: string, expected: string) => `Filen er en vurdering af »${file}«, ikke af »${expected}«.`,
  reworded: (count: number) =>
    `${count === 1 ? '1 svar er givet' : `${count} svar er givet`} til en tidligere formulering af spørgsmålet. Svarene bliver indlæst og markeret »Spørgsmålet er ændret, siden du svarede«, så du kan se, om de stadig gælder.`,
  nothingFits: (count: number, dropped: readonly string[]) =>
    `${count === 1 ? 'Svaret i filen passer ikke' : `Ingen af de ${count} svar i filen passer`} til spørgsmålene i denne tjekliste, så intet er indlæst. Tjeklisten er måske ændret, siden filen blev lavet. Udeladt: ${names(dropped)}.`,
} as const;

/** Why an answer in a file was not kept. */
export const DROP_REASONS = {
  unknownQuestion: 'spørgsmålet findes ikke i tjeklisten',
  superseded: 'spørgsmålet har fået et nyt id, og filen har også et svar under det nye id',
  invalidAnswer: (value: string) => `svaret »${value}« er ikke en af tjeklistens svarmuligheder`,
} as const;

export interface DroppedAnswer {
  /** The question: »its text« where known, otherwise its id. */
  label: string;
  reason: string;
}

/** What an import keeps and drops, shown to the user before anything is saved. */
export interface ImportReport {
  /** Answers in the file (empty answers not counted). */
  answersInFile: number;
  /** Answers that fit the checklist and are kept. */
  kept: number;
  dropped: DroppedAnswer[];
  /** Notes to questions the checklist does not have (or that are not text): not kept. */
  notesDropped: number;
  /** Other things the import changed, in Danish (a date it could not use, a name it shortened). */
  changes: string[];
}

/**
 * The file for one assessment. The name is `selvtjek-<checklist id>-<name>-<assessment date>.json`
 * with the assessment's name in ASCII, so colleagues' files sent to one team lead are told apart;
 * an assessment nobody named gets a piece of its id instead (`…-<date>-<id>.json`). The
 * assessment in the file carries `exportedAt` (store it on the assessment too, if wanted).
 */
export function exportAssessment(
  a: Assessment,
  checklist: ChecklistRef,
  now: Date = new Date(),
): { filename: string; json: string; exportedAt: string } {
  const exportedAt = now.toISOString();
  const texts = checklist.omraader?.flatMap((o) => o.spoergsmaal.map((q) => [q.id, q.tekst] as const));
  const file: ExportFile = {
    format: FILE_FORMAT,
    version: FILE_VERSION,
    tool: FILE_TOOL,
    checklist: { id: checklist.id, titel: checklist.titel },
    exportedAt,
    ...(texts ? { spoergsmaal: Object.fromEntries(texts) } : {}),
    assessment: { ...withoutStamps(a), checklist: checklist.id, exportedAt },
  };
  const date = isIsoDate(a.date) ? a.date : localIsoDate(now);
  const name = isUnnamed(a.name) ? '' : nameSlug(a.name);
  const who = name ? `${name}-${date}` : `${date}-${nameSlug(a.id).slice(0, 6) || 'uden-navn'}`;
  return { filename: `selvtjek-${checklist.id}-${who}.json`, json: JSON.stringify(file, null, 2) + '\n', exportedAt };
}

/**
 * Stored data that was set aside, as something the user can take away: assessment-shaped data
 * becomes an export file that `parseImport` reads (and reports on); anything else is the raw
 * text, which no tool can read but a person may repair by hand.
 */
export function setAsideFile(entry: SetAsideEntry, checklist: ChecklistRef, now: Date = new Date()): { filename: string; json: string; importable: boolean } {
  const raw = entry.raw;
  const stamp = localIsoDate(now);
  if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) {
    const own = (raw as Record<string, unknown>).checklist;
    const id = typeof own === 'string' && own ? own : checklist.id;
    const file = {
      format: FILE_FORMAT,
      version: FILE_VERSION,
      tool: FILE_TOOL,
      checklist: { id, titel: id === checklist.id ? checklist.titel : id },
      exportedAt: now.toISOString(),
      assessment: raw,
    };
    return { filename: `selvtjek-lagt-til-side-${stamp}-${entry.key.slice(4, 12)}.json`, json: JSON.stringify(file, null, 2) + '\n', importable: true };
  }
  return { filename: `selvtjek-ulaeselige-data-${stamp}.json`, json: typeof raw === 'string' ? raw : JSON.stringify(raw, null, 2), importable: false };
}

// Set-aside data as the page lists it lives in set-aside.ts (the page needs it on load; this file loads on use).
export { describeSetAside, setAsideOf } from './set-aside';

export interface ImportOptions {
  /** The checklist's title, for the "another checklist" message (the id is used without it). */
  checklistTitle?: string;
  /** The checklist's scale; answers of another scale are then dropped. */
  scale?: Scale;
  /** Question id → text, to name dropped answers to questions the checklist has. */
  questionTexts?: Readonly<Record<string, string>>;
  /** Former question id → current id (content `tidligereIder`): answers under a former id are kept under the current one. */
  former?: Readonly<Record<string, string>>;
  /** Question id → fingerprint of its wording today: answers given to an earlier wording are counted in the report. */
  fingerprints?: Readonly<Record<string, string>>;
  /** Clock for defaults (a missing date or time). */
  now?: Date;
}

export type ImportResult = { ok: true; assessment: Assessment; report: ImportReport } | { ok: false; error: string };

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const fail = (error: string): ImportResult => ({ ok: false, error });

/** What both file versions are reduced to before the common checks. */
interface Candidate {
  checklistId: string;
  checklistTitle: string;
  id: unknown;
  name: unknown;
  date: unknown;
  answers: unknown;
  notes: unknown;
  updatedAt: unknown;
  exportedAt: unknown;
  texts: Obj;
  fingerprints: unknown;
}

function checklistOf(value: unknown): { id: string; titel: string } | null {
  if (typeof value === 'string' && value !== '') return { id: value, titel: value };
  if (isObj(value) && typeof value.id === 'string' && value.id !== '') {
    return { id: value.id, titel: typeof value.titel === 'string' && value.titel.trim() ? value.titel : value.id };
  }
  return null;
}

function fromV2(file: Obj): Candidate | string {
  const checklist = checklistOf(file.checklist);
  if (!checklist) return IMPORT_MESSAGES.notOurs;
  const a = file.assessment;
  if (!isObj(a)) return IMPORT_MESSAGES.noAssessment;
  return {
    checklistId: checklist.id,
    checklistTitle: checklist.titel,
    id: a.id,
    name: a.name,
    date: a.date,
    answers: a.answers,
    notes: a.notes,
    updatedAt: a.updatedAt,
    exportedAt: a.exportedAt ?? file.exportedAt,
    texts: isObj(file.spoergsmaal) ? file.spoergsmaal : {},
    fingerprints: a.fingerprints,
  };
}

/** Version 1 file: `{ format, version: 1, checklist, savedAt, answers, notes }`, answers maybe labels. */
function fromV1(file: Obj): Candidate | string {
  const checklist = checklistOf(file.checklist);
  if (!checklist) return IMPORT_MESSAGES.notOurs;
  if (!('answers' in file)) return IMPORT_MESSAGES.noAssessment;
  const savedAt = file.savedAt;
  return {
    checklistId: checklist.id,
    checklistTitle: checklist.titel,
    id: file.id,
    name: file.name,
    date: file.date ?? (isIsoDateTime(savedAt) ? localIsoDate(new Date(savedAt)) : undefined),
    answers: file.answers,
    notes: file.notes,
    updatedAt: savedAt,
    exportedAt: file.exportedAt,
    texts: {},
    fingerprints: undefined,
  };
}

/**
 * Reads an exported file for the checklist `expectedChecklistId`. Keeps the answers and notes to
 * questions in `validQuestionIds` that are valid (a Danish label such as "Ja" counts as its
 * answer), and reports what it drops; when not one answer fits, nothing is imported. A missing
 * or unusable name, date or time gets a default (and a changed date is reported).
 */
export function parseImport(
  text: string,
  expectedChecklistId: string,
  validQuestionIds: readonly string[],
  options: ImportOptions = {},
): ImportResult {
  try {
    return parse(text, expectedChecklistId, validQuestionIds, options);
  } catch {
    // Not expected; keeps the promise that importing never throws.
    return fail(IMPORT_MESSAGES.notJson);
  }
}

function parse(
  text: string,
  expectedChecklistId: string,
  validQuestionIds: readonly string[],
  options: ImportOptions,
): ImportResult {
  if (typeof text !== 'string') return fail(IMPORT_MESSAGES.notJson);
  if (text.length > IMPORT_MAX_CHARS) return fail(IMPORT_MESSAGES.tooLarge);
  const body = text.replace(/^\uFEFF/, '').trim();
  if (body === '') return fail(IMPORT_MESSAGES.empty);

  let file: unknown;
  try {
    file = JSON.parse(body);
  } catch {
    return fail(IMPORT_MESSAGES.notJson);
  }
  if (!isObj(file) || file.format !== FILE_FORMAT) return fail(IMPORT_MESSAGES.notOurs);
  const version = file.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return fail(IMPORT_MESSAGES.notOurs);
  if (version > FILE_VERSION) return fail(IMPORT_MESSAGES.newer);

  const candidate = version === 1 ? fromV1(file) : fromV2(file);
  if (typeof candidate === 'string') return fail(candidate);

  if (candidate.checklistId !== expectedChecklistId) {
    return fail(
      IMPORT_MESSAGES.otherChecklist(candidate.checklistTitle, options.checklistTitle ?? expectedChecklistId),
    );
  }
  if (!isObj(candidate.answers)) return fail(IMPORT_MESSAGES.badAnswers);

  const known = new Set(validQuestionIds);
  const fits = (v: AnswerCode) => (options.scale ? isCodeOfScale(v, options.scale) : true);
  const labelFor = (q: string) => {
    const t = (known.has(q) ? options.questionTexts?.[q] : undefined) ?? (Object.hasOwn(candidate.texts, q) ? candidate.texts[q] : undefined);
    return typeof t === 'string' && t.trim() ? `»${t.trim()}«` : q;
  };

  // A former id (content `tidligereIder`, latest first) reads as the question's current id; where
  // a file has several, the current id's answer or note is kept, else the latest former id's.
  const former = options.former ?? {};
  const target = (q: string): string | null => (known.has(q) ? q : Object.hasOwn(former, q) && known.has(former[q]!) ? former[q]! : null);
  const formerOrder = Object.keys(former);
  const rank = (q: string) => (known.has(q) ? -1 : Object.hasOwn(former, q) ? formerOrder.indexOf(q) : formerOrder.length);
  const fileFingerprints = isObj(candidate.fingerprints) ? candidate.fingerprints : {};
  /** The wording an answer was given to: the file's fingerprint, or one made from the question's text in the file. */
  const givenTo = (q: string): string | undefined => {
    const f = Object.hasOwn(fileFingerprints, q) ? fileFingerprints[q] : undefined;
    if (isFingerprint(f)) return f;
    const t = Object.hasOwn(candidate.texts, q) ? candidate.texts[q] : undefined;
    return typeof t === 'string' && t.trim() ? wordingFingerprint(t) : undefined;
  };

  const answers: Record<string, AnswerCode> = {};
  const fingerprints: Record<string, string> = {};
  /** Which id in the file each kept answer and note came from. */
  const answerFrom: Record<string, string> = {};
  const noteFrom: Record<string, string> = {};
  const dropped: DroppedAnswer[] = [];
  let answersInFile = 0;
  for (const [q, v] of Object.entries(candidate.answers)) {
    if (v === null) continue;
    answersInFile++;
    const to = target(q);
    if (!to) {
      dropped.push({ label: labelFor(q), reason: DROP_REASONS.unknownQuestion });
      continue;
    }
    const code = isAnswerCode(v) ? v : codeFromCodeOrLabel(v);
    if (!code || !fits(code)) {
      dropped.push({ label: labelFor(q), reason: DROP_REASONS.invalidAnswer(shownValue(v)) });
      continue;
    }
    if (Object.hasOwn(answerFrom, to)) {
      const before = answerFrom[to]!;
      dropped.push({ label: labelFor(rank(before) <= rank(q) ? q : before), reason: DROP_REASONS.superseded });
      if (rank(before) <= rank(q)) continue;
    }
    answers[to] = code;
    answerFrom[to] = q;
    const f = givenTo(q);
    if (f) fingerprints[to] = f;
    else delete fingerprints[to];
  }

  const notes: Record<string, string> = {};
  let notesDropped = 0;
  const changes: string[] = [];
  if (isObj(candidate.notes)) {
    for (const [q, n] of Object.entries(candidate.notes)) {
      const to = target(q);
      if (!to || typeof n !== 'string') {
        notesDropped++;
        continue;
      }
      if (n === '' || (Object.hasOwn(noteFrom, to) && rank(noteFrom[to]!) <= rank(q))) continue;
      if (n.length > STORED_TEXT_MAX) changes.push(`Noten til ${labelFor(q)} er afkortet til ${thousands(STORED_TEXT_MAX)} tegn.`);
      notes[to] = n.slice(0, STORED_TEXT_MAX);
      noteFrom[to] = q;
    }
  }
  const reworded = options.fingerprints ? Object.keys(fingerprints).filter((q) => Object.hasOwn(options.fingerprints!, q) && fingerprints[q] !== options.fingerprints![q]) : [];
  if (reworded.length) changes.push(IMPORT_MESSAGES.reworded(reworded.length));

  const kept = Object.keys(answers).length;
  if (answersInFile > 0 && kept === 0 && Object.keys(notes).length === 0) {
    return fail(IMPORT_MESSAGES.nothingFits(answersInFile, dropped.map((d) => d.label)));
  }

  const now = options.now ?? new Date();
  const updatedAt = isIsoTimeInRange(candidate.updatedAt) ? new Date(candidate.updatedAt).toISOString() : now.toISOString();
  const exportedAt = isIsoTimeInRange(candidate.exportedAt) ? new Date(candidate.exportedAt).toISOString() : undefined;
  // A name is kept as it was written (even empty), like every other text; only a file without
  // one gets a default, and only text no tool could have written is cut.
  let name = typeof candidate.name === 'string' ? candidate.name : IMPORTED_NAME;
  if (name.length > STORED_TEXT_MAX) {
    changes.push(`Navnet er afkortet til ${thousands(STORED_TEXT_MAX)} tegn.`);
    name = name.slice(0, STORED_TEXT_MAX);
  }
  const date = importDate(candidate.date, updatedAt, changes);
  const id = typeof candidate.id === 'string' && /^[A-Za-z0-9_-]{1,100}$/.test(candidate.id) ? candidate.id : newId();

  const assessment: Assessment = {
    id,
    checklist: expectedChecklistId,
    name,
    date,
    answers,
    notes,
    updatedAt,
    ...(exportedAt ? { exportedAt } : {}),
    ...(Object.keys(fingerprints).length ? { fingerprints } : {}),
  };
  return { ok: true, assessment, report: { answersInFile, kept, dropped, notesDropped, changes } };
}

function shownValue(v: unknown): string {
  const s = typeof v === 'string' ? v : JSON.stringify(v) ?? String(v);
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

/** The date to keep: the file's (a two-digit year repaired), its day if it is a time, else the day of the last change. */
function importDate(value: unknown, updatedAt: string, changes: string[]): string {
  const fallback = localIsoDate(new Date(updatedAt));
  if (value === undefined || value === null || value === '') return fallback;
  const repaired = repairDate(value);
  if (repaired) {
    if (repaired.repaired) changes.push(`Datoen ${String(value)} er rettet til ${danishDate(repaired.value)}.`);
    return repaired.value;
  }
  if (typeof value === 'string' && isIsoTimeInRange(value)) return localIsoDate(new Date(value));
  if (typeof value === 'string' && !/^\d{4,}-\d{2}-\d{2}/.test(value)) return fallback;
  changes.push(`Datoen »${shownValue(value)}« i filen kan ikke bruges; vurderingen får datoen ${danishDate(fallback)}.`);
  return fallback;
}
