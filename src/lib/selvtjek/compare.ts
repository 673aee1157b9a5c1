/**
 * Compare two assessments of the same checklist (say, this year's and last year's): per question
 * both answers and whether it changed, and the counts per area for both. The caller makes sure
 * both are assessments of `checklist`; answers that do not belong to it are ignored.
 */
import { answerOf, areaCounts, emptyCounts, type Answers, type ChecklistLike, type CodeCounts, type QuestionLike } from './scoring';
import { rank, type AnswerCode } from './scales';

/**
 * `bedre`/`ringere`: both answers are on the scale and moved towards Ja (or "Anvender
 * tilstrækkeligt") or away from it; `aendret`: changed otherwise (to or from "Ved ikke" or no
 * answer); `uaendret`: the same answer, or no answer in both.
 */
export type Change = 'uaendret' | 'bedre' | 'ringere' | 'aendret';

/** How a change reads on screen and in the report. */
export const CHANGE_LABELS: Record<Change, string> = { uaendret: 'Uændret', bedre: 'Bedre', ringere: 'Ringere', aendret: 'Ændret' };

export interface ComparedQuestion {
  area: { id: string; titel: string };
  question: QuestionLike;
  a: AnswerCode | null;
  b: AnswerCode | null;
  changed: boolean;
  change: Change;
}

export interface ComparedArea {
  id: string;
  titel: string;
  a: CodeCounts;
  b: CodeCounts;
  /** Gaps in each (Nej + Delvist, or the two "behov" answers). */
  gapsA: number;
  gapsB: number;
}

export interface Comparison {
  questions: ComparedQuestion[];
  areas: ComparedArea[];
  changed: number;
  summary: Record<Change, number>;
}

export function changeOf(a: AnswerCode | null, b: AnswerCode | null): Change {
  if (a === b) return 'uaendret';
  const ra = a ? rank(a) : null;
  const rb = b ? rank(b) : null;
  if (ra === null || rb === null) return 'aendret';
  return rb < ra ? 'bedre' : 'ringere';
}

/** `a` is the earlier (or "first") assessment, `b` the later one. */
export function compareAssessments(
  checklist: ChecklistLike,
  a: { answers: Answers },
  b: { answers: Answers },
): Comparison {
  const questions: ComparedQuestion[] = checklist.omraader.flatMap((area) =>
    area.spoergsmaal.map((question) => {
      const x = answerOf(checklist, a.answers, question.id);
      const y = answerOf(checklist, b.answers, question.id);
      const change = changeOf(x, y);
      return { area: { id: area.id, titel: area.titel }, question, a: x, b: y, changed: x !== y, change };
    }),
  );
  const countsA = areaCounts(checklist, a.answers);
  const countsB = areaCounts(checklist, b.answers);
  const areas = countsA.map((ca, i) => {
    const cb = countsB[i];
    return {
      id: ca.id,
      titel: ca.titel,
      a: ca.counts,
      b: cb?.counts ?? emptyCounts(),
      gapsA: ca.gaps,
      gapsB: cb?.gaps ?? 0,
    };
  });
  const summary: Record<Change, number> = { uaendret: 0, bedre: 0, ringere: 0, aendret: 0 };
  for (const q of questions) summary[q.change] += 1;
  return { questions, areas, changed: questions.filter((q) => q.changed).length, summary };
}

/**
 * The comparison in one sentence. An assessment without answers has nothing to compare (a new,
 * empty one is not »6 af 8 svar er ændret«); changes to or from »Ved ikke« or no answer are
 * counted apart from better and worse.
 */
export function compareSummary(cmp: Comparison, a: { name: string; answered: number }, b: { name: string; answered: number }): string {
  const empty = [a, b].find((x) => x.answered === 0);
  if (empty) return `»${empty.name}« har ingen svar endnu, så der er intet at sammenligne.`;
  const other = cmp.summary.aendret ? `, ${cmp.summary.aendret} ændret til eller fra »Ved ikke« eller intet svar` : '';
  return `${cmp.changed} af ${cmp.questions.length} svar er ændret: ${cmp.summary.bedre} bedre, ${cmp.summary.ringere} ringere${other}.`;
}
