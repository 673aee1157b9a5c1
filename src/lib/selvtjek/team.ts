/**
 * Team view: several people's answers to the same checklist side by side, and where they differ.
 *
 * Agreement rule, per question, over the answers that take a stand (everything but "Ved ikke"
 * and no answer):
 * - `ingen svar`: nobody took a stand (only "Ved ikke" or no answers at all);
 * - `enig`: everyone who took a stand gave the same answer (one "Ja" and two "Ved ikke" is enig);
 * - `uenig`: at least two different answers were given.
 *
 * How much a question is disagreed on is the mean distance between every two stands on the
 * ordinal scale (Ja = 0, Delvist = 1, Nej = 2; likewise for paratviden). Ja against Nej weighs
 * more than Ja against Delvist, and a team split in half more than one person against the rest.
 */
import { answerOf, emptyCounts, type AreaCounts, type ChecklistLike, type CodeCounts, type QuestionLike } from './scoring';
import { isGap, rank, type AnswerCode } from './scales';
import { peopleCount, questionCount } from './wordings';
import { joinDa } from '../count-words.ts';

export type Agreement = 'enig' | 'uenig' | 'ingen svar';

export interface TeamFile {
  name: string;
  answers: Readonly<Record<string, string | undefined>>;
}

/** One person in the team view: a colleague's file (notes are optional: older files may have none). */
export interface TeamMember extends TeamFile {
  notes?: Readonly<Record<string, string | undefined>> | undefined;
}

/** A team round as the report's documents take it (src/lib/selvtjek/team-round.ts holds the round). */
export interface TeamRoundReport {
  name: string;
  /** YYYY-MM-DD. */
  date: string;
  /** Everyone in the round, in the order the team view shows them. */
  members: TeamMember[];
}

export interface TeamQuestion {
  area: { id: string; titel: string };
  question: QuestionLike;
  counts: CodeCounts;
  /** People who did not answer. */
  unanswered: number;
  /** Every person in file order, with their answer or `null`, and their note (if they wrote one). */
  answers: { name: string; answer: AnswerCode | null; note?: string }[];
  agreement: Agreement;
  /** Mean ordinal distance between every two stands; 0 unless `uenig`. */
  disagreement: number;
}

export interface TeamResult {
  /** Names in file order; an empty name becomes "Deltager n". */
  people: string[];
  /** Every question, in checklist order. */
  questions: TeamQuestion[];
  /** The `uenig` questions, most disagreement first (ties in checklist order). */
  disagreements: TeamQuestion[];
  summary: Record<Agreement, number>;
}

/** Mean absolute difference over all pairs of ranks. */
function meanPairDistance(ranks: readonly number[]): number {
  let sum = 0;
  let pairs = 0;
  for (let i = 0; i < ranks.length; i++) {
    for (let j = i + 1; j < ranks.length; j++) {
      sum += Math.abs((ranks[i] ?? 0) - (ranks[j] ?? 0));
      pairs += 1;
    }
  }
  return pairs === 0 ? 0 : sum / pairs;
}

export function agreementOf(answers: readonly (AnswerCode | null)[]): Agreement {
  const stands = new Set(answers.filter((a): a is AnswerCode => a !== null && rank(a) !== null));
  if (stands.size === 0) return 'ingen svar';
  return stands.size === 1 ? 'enig' : 'uenig';
}

/** A note as the team view shows it: `undefined` when there is none or it is only white space. */
function noteOf(m: TeamMember, questionId: string): string | undefined {
  const n = m.notes && Object.hasOwn(m.notes, questionId) ? m.notes[questionId] : undefined;
  return typeof n === 'string' && n.trim() !== '' ? n : undefined;
}

export function mergeTeam(checklist: ChecklistLike, files: readonly TeamMember[]): TeamResult {
  const people = files.map((f, i) => f.name.trim() || `Deltager ${i + 1}`);
  const questions: TeamQuestion[] = [];
  for (const area of checklist.omraader) {
    for (const question of area.spoergsmaal) {
      const answers = files.map((f, i) => {
        const note = noteOf(f, question.id);
        return { name: people[i] ?? `Deltager ${i + 1}`, answer: answerOf(checklist, f.answers, question.id), ...(note ? { note } : {}) };
      });
      const counts = emptyCounts();
      for (const { answer } of answers) if (answer) counts[answer] += 1;
      const agreement = agreementOf(answers.map((a) => a.answer));
      const ranks = answers.flatMap(({ answer }) => {
        const r = answer ? rank(answer) : null;
        return r === null ? [] : [r];
      });
      questions.push({
        area: { id: area.id, titel: area.titel },
        question,
        counts,
        unanswered: answers.filter((a) => a.answer === null).length,
        answers,
        agreement,
        disagreement: agreement === 'uenig' ? meanPairDistance(ranks) : 0,
      });
    }
  }
  const disagreements = questions
    .map((q, i) => ({ q, i }))
    .filter(({ q }) => q.agreement === 'uenig')
    .sort((a, b) => b.q.disagreement - a.q.disagreement || a.i - b.i)
    .map(({ q }) => q);
  const summary: Record<Agreement, number> = { enig: 0, uenig: 0, 'ingen svar': 0 };
  for (const q of questions) summary[q.agreement] += 1;
  return { people, questions, disagreements, summary };
}

export interface TeamAction {
  area: { id: string; titel: string };
  question: QuestionLike;
  agreement: Agreement;
  /** Each gap answer given, most serious first, with who gave it (file order). */
  gaps: { answer: AnswerCode; names: string[] }[];
}

/**
 * The team's action list: every question at least one person answered with a gap (Nej/Delvist,
 * or a "behov" answer), in checklist order — each question once, with who said what.
 */
export function teamActions(team: TeamResult): TeamAction[] {
  return team.questions.flatMap((q) => {
    const byAnswer = new Map<AnswerCode, string[]>();
    for (const { name, answer } of q.answers) {
      if (answer && isGap(answer)) byAnswer.set(answer, [...(byAnswer.get(answer) ?? []), name]);
    }
    if (byAnswer.size === 0) return [];
    const gaps = [...byAnswer]
      .map(([answer, names]) => ({ answer, names }))
      .sort((a, b) => (rank(b.answer) ?? 0) - (rank(a.answer) ?? 0));
    return [{ area: q.area, question: q.question, agreement: q.agreement, gaps }];
  });
}

/**
 * Everyone's answers counted per area, shaped like one assessment's `areaCounts` so the same
 * chart draws both: `total` is people × questions in the area.
 */
export function teamAreaCounts(team: TeamResult): AreaCounts[] {
  const areas = new Map<string, AreaCounts>();
  for (const q of team.questions) {
    let a = areas.get(q.area.id);
    if (!a) {
      a = { id: q.area.id, titel: q.area.titel, total: 0, answered: 0, unanswered: 0, gaps: 0, counts: emptyCounts() };
      areas.set(q.area.id, a);
    }
    a.total += q.answers.length;
    a.unanswered += q.unanswered;
    for (const [code, n] of Object.entries(q.counts) as [AnswerCode, number][]) {
      a.counts[code] += n;
      a.answered += n;
      if (isGap(code)) a.gaps += n;
    }
  }
  return [...areas.values()];
}

// --- the team's summary line (here, not in wordings.ts, which ships with the tool page) -------


/**
 * The team's summary line: who is in it and, when there are two or more, where they agree (and
 * how many questions nobody took a stand on, when there are any). One person cannot agree or
 * disagree with anyone, so that is what it says instead.
 */
export function teamSummary(people: readonly string[], summary: { enig: number; uenig: number; 'ingen svar'?: number }): string {
  if (people.length === 0) return 'Ingen i teamrunden endnu.';
  const who = `${peopleCount(people.length)}: ${joinDa(people)}.`;
  if (people.length < 2) return `${who} Med én person er der ingen enighed eller uenighed at vise; tilføj kollegernes svar.`;
  const none = summary['ingen svar'] ? `; ${questionCount(summary['ingen svar'])} uden svar, der tager stilling` : '';
  return `${who} Enige om ${questionCount(summary.enig)}, uenige om ${questionCount(summary.uenig)}${none}.`;
}
