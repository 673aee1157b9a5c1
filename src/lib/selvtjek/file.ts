/**
 * Export and import of one assessment as a JSON file ("Gem som fil" / "Hent fra fil").
 *
 * The file says what it is (`format`, `version`, `tool`) and which checklist it assesses, so an
 * import can tell a wrong file, another checklist's file and a file from a newer version apart
 * and say so in Danish. Version 1 files (one checklist's saved entry from the old state) are
 * still accepted and migrated. `parseImport` never throws.
 */
import { answersFromV1, isIsoDate, isIsoDateTime, localIsoDate, newId, type Assessment } from './model';
import { isAnswerCode, isCodeOfScale, type AnswerCode, type Scale } from './scales';

export const FILE_FORMAT = 'laeringskatalog-selvtjek';
export const FILE_VERSION = 2;
export const FILE_TOOL = 'Selvtjek';
/** Larger texts are refused before parsing. */
export const IMPORT_MAX_CHARS = 200_000;
/** Name given to an imported assessment whose file has none. */
export const IMPORTED_NAME = 'Importeret vurdering';
const MAX_NAME = 200;

export interface ExportFile {
  format: typeof FILE_FORMAT;
  version: typeof FILE_VERSION;
  tool: typeof FILE_TOOL;
  checklist: { id: string; titel: string };
  exportedAt: string;
  assessment: Assessment;
}

export const IMPORT_MESSAGES = {
  tooLarge: 'Filen er for stor til at være en selvtjek-fil.',
  empty: 'Filen er tom. Vælg en fil, der er eksporteret fra Selvtjek.',
  notJson: 'Filen kan ikke læses. Er det en fil, der er eksporteret fra Selvtjek?',
  notOurs: 'Filen er ikke en vurdering fra Selvtjek. Vælg en fil, der er eksporteret fra Selvtjek.',
  newer: 'Filen er lavet med en nyere version af værktøjet, end denne side bruger. Genindlæs siden, og prøv igen.',
  noAssessment: 'Filen er ufuldstændig: den indeholder ingen vurdering.',
  badAnswers: 'Svarene i filen kan ikke læses. Filen er måske blevet ændret.',
  otherChecklist: (file: string, expected: string) => `Filen er en vurdering af »${file}«, ikke af »${expected}«.`,
  invalidAnswers: (count: number, value: string, question: string) =>
    `Filen indeholder ${count === 1 ? 'et ugyldigt svar' : `${count} ugyldige svar`} (fx »${value}« ved spørgsmålet ${question}). Filen er måske blevet ændret i hånden.`,
} as const;

/**
 * The file for one assessment. The name is `selvtjek-<checklist id>-<assessment date>.json`;
 * the assessment in the file carries `exportedAt` (store it on the assessment too, if wanted).
 */
export function exportAssessment(
  a: Assessment,
  checklist: { id: string; titel: string },
  now: Date = new Date(),
): { filename: string; json: string; exportedAt: string } {
  const exportedAt = now.toISOString();
  const file: ExportFile = {
    format: FILE_FORMAT,
    version: FILE_VERSION,
    tool: FILE_TOOL,
    checklist: { id: checklist.id, titel: checklist.titel },
    exportedAt,
    assessment: { ...a, checklist: checklist.id, exportedAt },
  };
  const date = isIsoDate(a.date) ? a.date : localIsoDate(now);
  return { filename: `selvtjek-${checklist.id}-${date}.json`, json: JSON.stringify(file, null, 2) + '\n', exportedAt };
}

export interface ImportOptions {
  /** The checklist's title, for the "another checklist" message (the id is used without it). */
  checklistTitle?: string;
  /** The checklist's scale; answers of another scale are then invalid. */
  scale?: Scale;
  /** Clock for defaults (a missing date or time). */
  now?: Date;
}

export type ImportResult = { ok: true; assessment: Assessment } | { ok: false; error: string };

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
  };
}

/** Version 1 file: `{ format, version: 1, checklist, savedAt, answers, notes }`, answers maybe labels. */
function fromV1(file: Obj): Candidate | string {
  const checklist = checklistOf(file.checklist);
  if (!checklist) return IMPORT_MESSAGES.notOurs;
  if (!('answers' in file)) return IMPORT_MESSAGES.noAssessment;
  let answers: unknown = file.answers;
  if (isObj(answers)) {
    // Labels become codes; anything else is kept so the common check can report it.
    const codes = answersFromV1(answers);
    answers = Object.fromEntries(Object.entries(answers).map(([q, v]) => [q, codes[q] ?? v]));
  }
  const savedAt = file.savedAt;
  return {
    checklistId: checklist.id,
    checklistTitle: checklist.titel,
    id: file.id,
    name: file.name,
    date: file.date ?? (isIsoDateTime(savedAt) ? localIsoDate(new Date(savedAt)) : undefined),
    answers,
    notes: file.notes,
    updatedAt: savedAt,
    exportedAt: file.exportedAt,
  };
}

/**
 * Reads an exported file for the checklist `expectedChecklistId`. Answers and notes to questions
 * not in `validQuestionIds` are dropped silently (the checklist may have changed); an invalid
 * answer to a known question rejects the file. A missing name, date or time gets a default.
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

  const known = new Set(validQuestionIds);
  const valid = (v: unknown): v is AnswerCode => (options.scale ? isCodeOfScale(v, options.scale) : isAnswerCode(v));

  if (!isObj(candidate.answers)) return fail(IMPORT_MESSAGES.badAnswers);
  const answers: Record<string, AnswerCode> = {};
  const invalid: [string, unknown][] = [];
  for (const [q, v] of Object.entries(candidate.answers)) {
    if (!known.has(q) || v === null) continue;
    if (valid(v)) answers[q] = v;
    else invalid.push([q, v]);
  }
  const first = invalid[0];
  if (first) {
    const [q, v] = first;
    const shown = typeof v === 'string' ? v : JSON.stringify(v);
    return fail(IMPORT_MESSAGES.invalidAnswers(invalid.length, shown.slice(0, 40), q));
  }

  const notes: Record<string, string> = {};
  if (isObj(candidate.notes)) {
    for (const [q, n] of Object.entries(candidate.notes)) {
      if (known.has(q) && typeof n === 'string') notes[q] = n;
    }
  }

  const now = options.now ?? new Date();
  const updatedAt = isIsoDateTime(candidate.updatedAt) ? candidate.updatedAt : now.toISOString();
  const exportedAt = isIsoDateTime(candidate.exportedAt) ? candidate.exportedAt : undefined;
  const date = isIsoDate(candidate.date)
    ? candidate.date
    : typeof candidate.date === 'string' && isIsoDateTime(candidate.date)
      ? localIsoDate(new Date(candidate.date))
      : localIsoDate(new Date(updatedAt));
  const name =
    typeof candidate.name === 'string' && candidate.name.trim() !== ''
      ? candidate.name.slice(0, MAX_NAME)
      : IMPORTED_NAME;
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
  };
  return { ok: true, assessment };
}
