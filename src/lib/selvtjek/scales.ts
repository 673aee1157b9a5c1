/**
 * Answer scales of the Selvtjek checklists: the short stable codes stored in data, their Danish
 * labels (exactly the wording of `SCALES` in the content schema) and which answers count as a
 * gap, i.e. something to act on. Every other Selvtjek module takes its codes from here.
 */
import type { SCALES } from '../../content/schemas';
import { SCALE_WORDINGS, type WordingName } from './wordings';

export type Scale = keyof typeof SCALES;
/** An area's own wording of a scale's answers (same codes, other labels), e.g. "paratviden-kilder". */
export type Wording = WordingName;

/** Codes per scale, in the order the scale is shown (same order as `SCALES`). */
export const SCALE_CODES = {
  'ja-delvist-nej': ['ja', 'delvist', 'nej', 'ved-ikke'],
  paratviden: ['tilstraekkeligt', 'lettere-behov', 'vaesentligt-behov'],
} as const satisfies Record<Scale, readonly string[]>;

export type AnswerCode = (typeof SCALE_CODES)[Scale][number];

/** Every answer code of every scale. The order is part of the share-link format: append only. */
export const ANSWER_CODES = [
  ...SCALE_CODES['ja-delvist-nej'],
  ...SCALE_CODES.paratviden,
] as const satisfies readonly AnswerCode[];

/** Danish label of each code, as worded in the source checklists. */
export const ANSWER_LABELS: Record<AnswerCode, string> = {
  ja: 'Ja',
  delvist: 'Delvist',
  nej: 'Nej',
  'ved-ikke': 'Ved ikke',
  tilstraekkeligt: 'Anvender tilstrækkeligt',
  'lettere-behov': 'Lettere behov for mere viden',
  'vaesentligt-behov': 'Væsentligt behov for mere viden',
};

/** Danish name of each scale, for headings and file descriptions. */
export const SCALE_NAMES: Record<Scale, string> = {
  'ja-delvist-nej': 'Ja / Delvist / Nej / Ved ikke',
  paratviden: 'Paratviden',
};

/** Answers that show a gap, most serious first. */
export const GAP_CODES = {
  'ja-delvist-nej': ['nej', 'delvist'],
  paratviden: ['vaesentligt-behov', 'lettere-behov'],
} as const satisfies Record<Scale, readonly AnswerCode[]>;

/** Answers that say nothing about the state of things ("Ved ikke"). They have no rank. */
export const NEUTRAL_CODES: readonly AnswerCode[] = ['ved-ikke'];

const GAPS: ReadonlySet<string> = new Set<string>([...GAP_CODES['ja-delvist-nej'], ...GAP_CODES.paratviden]);
const ALL: ReadonlySet<string> = new Set<string>(ANSWER_CODES);

export function isAnswerCode(value: unknown): value is AnswerCode {
  return typeof value === 'string' && ALL.has(value);
}

export function isGap(code: AnswerCode): boolean {
  return GAPS.has(code);
}

/** The scale a code belongs to (codes are unique across scales). */
export function scaleOf(code: AnswerCode): Scale {
  return (SCALE_CODES['ja-delvist-nej'] as readonly string[]).includes(code) ? 'ja-delvist-nej' : 'paratviden';
}

export function isCodeOfScale(value: unknown, scale: Scale): value is AnswerCode {
  return isAnswerCode(value) && scaleOf(value) === scale;
}

/**
 * The label of an answer where it is given: in the wording of its area when the area has one
 * and the code belongs to that wording's scale, else the scale's own label. Wordings never
 * change codes, so stored answers, files and share links read the same with or without them.
 */
export function answerLabel(code: AnswerCode, wording?: Wording): string {
  if (wording) {
    const w = SCALE_WORDINGS[wording];
    const i = (SCALE_CODES[w.skala] as readonly string[]).indexOf(code);
    if (i >= 0 && w.svar[i]) return w.svar[i];
  }
  return ANSWER_LABELS[code];
}

/** Codes and labels of a scale, in display order (for radio buttons and legends), in an area's wording if given. */
export function scaleOptions(scale: Scale, wording?: Wording): { code: AnswerCode; label: string }[] {
  return SCALE_CODES[scale].map((code) => ({ code, label: answerLabel(code, wording) }));
}

/**
 * Position of an answer on its scale, 0 = best (Ja, Anvender tilstrækkeligt) and upwards;
 * `null` for "Ved ikke", which is not on the ordinal scale.
 */
export function rank(code: AnswerCode): number | null {
  if (NEUTRAL_CODES.includes(code)) return null;
  return (SCALE_CODES[scaleOf(code)] as readonly string[]).indexOf(code);
}

/**
 * The code for a stored value that may be a code or a Danish label ("Ja", "Ved ikke", …), as
 * older data might hold. Case and surrounding space are ignored. `undefined` when neither.
 */
export function codeFromCodeOrLabel(value: unknown): AnswerCode | undefined {
  if (typeof value !== 'string') return undefined;
  const v = value.trim().toLowerCase();
  if (isAnswerCode(v)) return v;
  return ANSWER_CODES.find((code) => ANSWER_LABELS[code].toLowerCase() === v);
}
