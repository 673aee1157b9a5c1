/**
 * Progress, counts and the action list of one assessment of a checklist.
 *
 * Pure over the checklist (passed in, shaped like the `tjeklister` content data) and the answers.
 * Answers to question ids that are not in the checklist, and codes that belong to another scale,
 * are ignored: never counted, never listed.
 */
import { ANSWER_CODES, answerLabel, isCodeOfScale, isGap, scaleOptions, type AnswerCode, type Scale, type Wording } from './scales';

export interface PassageLike {
  side: string;
  anker?: string | undefined;
  tekst: string;
}

export interface QuestionLike {
  id: string;
  tekst: string;
  anbefalinger?: readonly string[] | undefined;
  passager?: readonly PassageLike[] | undefined;
}

export interface AreaLike {
  id: string;
  titel: string;
  /** The area's own wording of the answers (same codes as the scale), if the source has one. */
  svarformulering?: Wording | undefined;
  spoergsmaal: readonly QuestionLike[];
}

/** The parts of a tjekliste entry Selvtjek needs (`{ id, ...entry.data }` fits). */
export interface ChecklistLike {
  id: string;
  titel: string;
  skala: Scale;
  omraader: readonly AreaLike[];
}

export type Answers = Readonly<Record<string, string | undefined>>;
export type CodeCounts = Record<AnswerCode, number>;

/** The label of an answer to a question, in the wording of the question's area if it has one. */
export function answerLabelOf(checklist: ChecklistLike, questionId: string, code: AnswerCode): string {
  const area = checklist.omraader.find((a) => a.spoergsmaal.some((q) => q.id === questionId));
  return answerLabel(code, area?.svarformulering);
}

/** Question ids in checklist order. */
export function questionIds(checklist: ChecklistLike): string[] {
  return checklist.omraader.flatMap((a) => a.spoergsmaal.map((q) => q.id));
}

/** The answers that belong to this checklist: known question ids with a code of its scale. */
export function validAnswers(checklist: ChecklistLike, answers: Answers): Record<string, AnswerCode> {
  const out: Record<string, AnswerCode> = {};
  for (const id of questionIds(checklist)) {
    const code = Object.hasOwn(answers, id) ? answers[id] : undefined;
    if (isCodeOfScale(code, checklist.skala)) out[id] = code;
  }
  return out;
}

/** The valid answer to one question, or `null`. */
export function answerOf(checklist: ChecklistLike, answers: Answers, questionId: string): AnswerCode | null {
  const code = Object.hasOwn(answers, questionId) ? answers[questionId] : undefined;
  return isCodeOfScale(code, checklist.skala) ? code : null;
}

export function emptyCounts(): CodeCounts {
  return Object.fromEntries(ANSWER_CODES.map((c) => [c, 0])) as CodeCounts;
}

export interface Progress {
  answered: number;
  total: number;
  /** Whole percent, rounded down so 100 means every question is answered. */
  percent: number;
  complete: boolean;
}

/** How many questions have an answer ("Ved ikke" is an answer). */
export function progress(checklist: ChecklistLike, answers: Answers): Progress {
  const total = questionIds(checklist).length;
  const answered = Object.keys(validAnswers(checklist, answers)).length;
  return {
    answered,
    total,
    percent: total === 0 ? 0 : Math.floor((answered / total) * 100),
    complete: total > 0 && answered === total,
  };
}

export interface AreaCounts {
  id: string;
  titel: string;
  total: number;
  answered: number;
  unanswered: number;
  /** Answers that are gaps (Nej + Delvist, or the two "behov" answers). */
  gaps: number;
  /** Count per code; codes of the other scale are always 0. */
  counts: CodeCounts;
}

function countQuestions(checklist: ChecklistLike, questions: readonly QuestionLike[], answers: Answers) {
  const counts = emptyCounts();
  let answered = 0;
  let gaps = 0;
  for (const q of questions) {
    const code = answerOf(checklist, answers, q.id);
    if (!code) continue;
    counts[code] += 1;
    answered += 1;
    if (isGap(code)) gaps += 1;
  }
  return { total: questions.length, answered, unanswered: questions.length - answered, gaps, counts };
}

/** Counts per area, in checklist order. */
export function areaCounts(checklist: ChecklistLike, answers: Answers): AreaCounts[] {
  return checklist.omraader.map((area) => ({
    id: area.id,
    titel: area.titel,
    ...countQuestions(checklist, area.spoergsmaal, answers),
  }));
}

/** Counts over the whole checklist. */
export function totalCounts(checklist: ChecklistLike, answers: Answers): Omit<AreaCounts, 'id' | 'titel'> {
  return countQuestions(
    checklist,
    checklist.omraader.flatMap((a) => a.spoergsmaal),
    answers,
  );
}

export interface ActionItem {
  area: { id: string; titel: string };
  question: QuestionLike;
  answer: AnswerCode;
  /** Ids of the linked anbefalinger, exactly as in the checklist (may be empty). */
  anbefalinger: readonly string[];
  /** Linked passages, exactly as in the checklist (may be empty). */
  passager: readonly PassageLike[];
}

/** Every question answered with a gap, in checklist order, with what the checklist links to. */
export function actionList(checklist: ChecklistLike, answers: Answers): ActionItem[] {
  const items: ActionItem[] = [];
  for (const area of checklist.omraader) {
    for (const question of area.spoergsmaal) {
      const answer = answerOf(checklist, answers, question.id);
      if (!answer || !isGap(answer)) continue;
      items.push({
        area: { id: area.id, titel: area.titel },
        question,
        answer,
        anbefalinger: question.anbefalinger ?? [],
        passager: question.passager ?? [],
      });
    }
  }
  return items;
}

export interface SummaryPart {
  /** The areas in this part, in checklist order. */
  areaIds: string[];
  /** The part's name: its areas' titles (for captions when a checklist has several parts). */
  titel: string;
  /** The answers in the part's own wording, in scale order (table columns, chart legend). */
  options: { code: AnswerCode; label: string }[];
}

/**
 * The parts of a checklist for its summaries (the table and chart per area): areas in a row that
 * word their answers alike form one part, labelled in that wording. Most checklists are one part
 * in the scale's own labels; the paratviden checklist has two (003 dias 44: Handlinger and Kilder
 * each have their own columns), so its summaries use each part's own words.
 */
export function summaryParts(checklist: ChecklistLike): SummaryPart[] {
  const parts: (SummaryPart & { wording: Wording | undefined })[] = [];
  for (const area of checklist.omraader) {
    const last = parts.at(-1);
    if (last && last.wording === area.svarformulering) {
      last.areaIds.push(area.id);
      last.titel += `, ${area.titel}`;
    } else {
      parts.push({ wording: area.svarformulering, areaIds: [area.id], titel: area.titel, options: scaleOptions(checklist.skala, area.svarformulering) });
    }
  }
  return parts.map(({ wording: _w, ...p }) => p);
}
