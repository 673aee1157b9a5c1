/**
 * The Selvtjek report as a document, as its print view: the assessment's name and date, every
 * question with its answer and note, the results per area, and the action list with what the
 * sources recommend for each gap – the recommendation's own heading (unless the question is that
 * heading), the site's note where the site made the pairing, source and text, so a team on paper
 * sees what the sources say; a recommendation that several gaps point to is explained at the first
 * and referred back to at the others. When colleagues' files are loaded, the team
 * view follows: who answered what, where the team agrees, and the largest disagreements. Pure.
 */
import type { ListItem } from '../../content/schemas';
import { firstShown, type Advice } from '../selvtjek/advice';
import { actionList, answerLabelOf, areaCounts, progress, type ChecklistLike } from '../selvtjek/scoring';
import { ANSWER_LABELS, SCALE_CODES, type AnswerCode } from '../selvtjek/scales';
import { CHANGE_LABELS, compareAssessments, compareSummary } from '../selvtjek/compare';
import { mergeTeam, teamActions, teamSummary, type Agreement, type TeamMember, type TeamRoundReport } from '../selvtjek/team';
import { isUnnamed, nameSlug } from '../selvtjek/team-names';
import { danishDate, fileSlug, SITE_NAME, typed, type DocBlock, type DocListItem, type DocModel } from './model';

export interface ReportLink {
  tekst: string;
  /** Site-relative link (with the base path). */
  href: string;
  forklaring?: Advice | undefined;
  /** The question is this recommendation, asked by its heading (LinkRef in src/lib/selvtjek/view.ts). */
  isQuestion?: true | undefined;
  /** The site's note when the site, not the source, pairs the question with the entry (as on the page). */
  henvisning?: string | undefined;
}
export interface ReportQuestion {
  id: string;
  tekst: string;
  underpunkter: readonly string[];
  efterskrift?: string | undefined;
  links: readonly ReportLink[];
}
export interface ReportChecklist extends ChecklistLike {
  intro: readonly string[];
  /** The checklist's source line, e.g. "Læringskatalog (DISCUS, August 2014), s. 11". */
  citation?: string | undefined;
  omraader: readonly { id: string; titel: string; spoergsmaal: readonly ReportQuestion[] }[];
}
export interface ReportAssessment {
  name: string;
  date: string;
  answers: Readonly<Record<string, string | undefined>>;
  notes: Readonly<Record<string, string | undefined>>;
}
// The team's types live with the team rules (src/lib/selvtjek/team.ts); re-exported for the other documents.
export type { TeamMember, TeamRoundReport };

/** Two named, dated assessments side by side, as the comparison on the page has chosen them (before, after). */
export interface ReportComparison {
  a: ReportAssessment;
  b: ReportAssessment;
}

export interface ReportOptions {
  /** The team round shown on the page: the report is then the team's report. */
  team?: TeamRoundReport | null | undefined;
  comparison?: ReportComparison | null | undefined;
  /** The site's origin, for links to passages (e.g. "https://kommune.dk"). */
  origin?: string | undefined;
}

export const AGREEMENT_LABELS: Record<Agreement, string> = { enig: 'Enige', uenig: 'Uenige', 'ingen svar': 'Ingen svar' };

const toItems = (items: readonly ListItem[]): DocListItem[] => items.map((i) => ({ text: i.tekst, children: i.underpunkter ? toItems(i.underpunkter) : undefined }));

/**
 * A recommendation's explanation: heading (optional), the site's note on a pairing it made
 * (optional), source (unless the caller names it), lead-in, paragraphs, bullets, paragraphs after them.
 */
export function adviceBlocks(a: Advice, opts: { heading: boolean; note?: string | undefined; source?: boolean | undefined }): DocBlock[] {
  return [
    ...(opts.heading ? [{ type: 'heading', level: 4, text: a.titel } as const] : []),
    ...(opts.note ? [{ type: 'paragraph', text: opts.note, style: 'muted' } as const] : []),
    ...(opts.source === false ? [] : [{ type: 'paragraph', text: `Kilde: ${a.kilde}`, style: 'muted' } as const]),
    ...(a.indledning ? [{ type: 'paragraph', text: a.indledning } as const] : []),
    ...a.tekst.map((text) => ({ type: 'paragraph', text }) as const),
    ...(a.punkter.length ? [{ type: 'list', ordered: false, items: toItems(a.punkter) } as const] : []),
    ...(a.efterskrift ?? []).map((text) => ({ type: 'paragraph', text }) as const),
  ];
}


/** What a later gap says about a recommendation already explained at gap `index` (0-based), as the print view. */
export const referBack = (index: number) => `forklaringen står ved punkt ${index + 1} ovenfor.`;

/**
 * What the sources say for gap `n` of an action list, as ActionList.tsx shows it: each linked
 * recommendation's explanation under its heading (the question's own recommendation under the
 * question, without the heading again; a pairing the site made with the site's note), or a
 * reference back to the gap that explained it
 * (`first`, from firstShown); then the passages to read on the site.
 */
function gapAdvice(q: ReportQuestion, n: number, first: ReadonlyMap<string, number>, origin: string | undefined): DocBlock[] {
  const blocks: DocBlock[] = [];
  for (const l of q.links.filter((x) => x.forklaring)) {
    const shownAt = first.get(l.href) ?? n;
    if (shownAt < n) blocks.push({ type: 'paragraph', text: l.isQuestion ? upperFirst(referBack(shownAt)) : `${l.forklaring!.titel}${l.henvisning ? ` ${l.henvisning}` : ''} – ${referBack(shownAt)}` });
    else blocks.push(...adviceBlocks(l.forklaring!, { heading: !l.isQuestion, note: l.henvisning }));
  }
  const passages = q.links.filter((l) => !l.forklaring);
  if (passages.length) {
    blocks.push({ type: 'paragraph', text: 'Læs mere på sitet:' });
    blocks.push({ type: 'list', ordered: false, items: passages.map((l) => ({ text: `${l.tekst}: ${origin ?? ''}${l.href}` })) });
  }
  if (q.links.length === 0) blocks.push({ type: 'paragraph', text: 'Kilden knytter ingen bestemt anbefaling eller passage til dette spørgsmål.', style: 'muted' });
  return blocks;
}
const upperFirst = (s: string) => s.charAt(0).toLocaleUpperCase('da') + s.slice(1);

export function fromSelvtjekReport(checklist: ReportChecklist, assessment: ReportAssessment | undefined, options: ReportOptions): DocModel {
  if (options.team && options.team.members.length > 0) return fromTeamReport(checklist, options.team, options);
  const answers = assessment?.answers ?? {};
  const notes = assessment?.notes ?? {};
  const codes = SCALE_CODES[checklist.skala];
  const blocks: DocBlock[] = checklist.intro.map((text) => ({ type: 'paragraph', text }));
  if (assessment) blocks.push({ type: 'paragraph', text: `${assessment.name}, ${danishDate(assessment.date)}`, style: 'strong' });

  for (const area of checklist.omraader) {
    blocks.push({ type: 'heading', level: 2, text: area.titel });
    area.spoergsmaal.forEach((q, i) => {
      blocks.push({ type: 'paragraph', text: `${i + 1}. ${q.tekst}`, style: 'strong' });
      if (q.underpunkter.length) blocks.push({ type: 'list', ordered: false, items: q.underpunkter.map((text) => ({ text })) });
      if (q.efterskrift) blocks.push({ type: 'paragraph', text: q.efterskrift });
      const a = answers[q.id];
      const code = (codes as readonly string[]).includes(a ?? '') ? (a as AnswerCode) : null;
      blocks.push({ type: 'paragraph', text: `Svar: ${code ? answerLabelOf(checklist, q.id, code) : 'Ikke besvaret'}` });
      const note = typed(notes[q.id]);
      if (note) blocks.push({ type: 'paragraph', text: `Note: ${note}` });
    });
  }

  const prog = progress(checklist, answers);
  const actions = actionList(checklist, answers);
  blocks.push({ type: 'heading', level: 2, text: 'Resultat' });
  blocks.push({
    type: 'paragraph',
    text: prog.answered === 0 ? 'Ingen spørgsmål er besvaret.' : `${prog.answered} af ${prog.total} besvaret; ${actions.length} spørgsmål peger på noget, I kan arbejde med.`,
  });
  blocks.push({
    type: 'table',
    caption: 'Svar pr. område',
    columns: ['Område', ...codes.map((c) => ANSWER_LABELS[c]), 'Ikke besvaret'],
    rowHeaders: true,
    rows: areaCounts(checklist, answers).map((a) => [{ text: a.titel }, ...codes.map((c) => ({ text: String(a.counts[c]) })), { text: String(a.unanswered) }]),
  });

  blocks.push({ type: 'heading', level: 3, text: 'Handlingsliste' });
  if (actions.length === 0) {
    blocks.push({ type: 'paragraph', text: prog.answered === 0 ? 'Handlingslisten viser, hvad kilderne siger om de spørgsmål, der er svaret »Nej« eller »Delvist« på (eller behov for mere viden).' : 'Ingen af svarene peger på mangler.' });
  }
  const byId = new Map(checklist.omraader.flatMap((o) => o.spoergsmaal.map((q) => [q.id, q])));
  // A recommendation that several gaps point to is explained once, at the first of them; later
  // gaps name it and refer back, as the print view does (ActionList.tsx).
  const first = firstShown(actions.map((item) => byId.get(item.question.id)!.links.filter((l) => l.forklaring).map((l) => l.href)));
  actions.forEach((item, n) => {
    const q = byId.get(item.question.id)!;
    blocks.push({ type: 'paragraph', text: `${n + 1}. ${q.tekst} – ${answerLabelOf(checklist, q.id, item.answer)}`, style: 'strong' });
    const note = typed(notes[q.id]);
    if (note) blocks.push({ type: 'paragraph', text: `Jeres note: ${note}`, style: 'muted' });
    blocks.push(...gapAdvice(q, n, first, options.origin));
  });

  if (options.comparison) blocks.push(...comparisonBlocks(checklist, options.comparison));

  const source = checklist.citation;
  return {
    title: checklist.titel,
    source,
    language: 'da-DK',
    orientation: 'portrait',
    footer: source ? `${checklist.titel} · Kilde: ${source}` : `${checklist.titel} · ${SITE_NAME}`,
    blocks,
    filename: `${fileSlug(checklist.id)}${assessment ? `-${whose(assessment.name)}${assessment.date}` : ''}`,
  };
}

/** An assessment's or a round's name as the start of a file name's last part ("anne-"), or nothing. */
const whose = (name: string) => (isUnnamed(name) ? '' : `${nameSlug(name)}-`.replace(/^-$/, ''));

const footerOf = (checklist: ReportChecklist) => (checklist.citation ? `${checklist.titel} · Kilde: ${checklist.citation}` : `${checklist.titel} · ${SITE_NAME}`);

/** The comparison of two assessments: the change per question, as the page shows it. */
export function comparisonBlocks(checklist: ReportChecklist, c: ReportComparison): DocBlock[] {
  const cmp = compareAssessments(checklist, c.a, c.b);
  const label = (x: ReportAssessment) => `${x.name} (${danishDate(x.date)})`;
  const answer = (id: string, code: AnswerCode | null) => (code ? answerLabelOf(checklist, id, code) : '–');
  return [
    { type: 'heading', level: 2, text: 'Sammenlign to vurderinger' },
    { type: 'paragraph', text: `${label(c.a)} sammenlignet med ${label(c.b)}: ${compareSummary(cmp, { name: c.a.name, answered: progress(checklist, c.a.answers).answered }, { name: c.b.name, answered: progress(checklist, c.b.answers).answered })}` },
    {
      type: 'table',
      columns: ['Spørgsmål', 'Før', 'Efter', 'Ændring'],
      rowHeaders: true,
      rows: cmp.questions.map((q) => [{ text: q.question.tekst }, { text: answer(q.question.id, q.a) }, { text: answer(q.question.id, q.b) }, { text: CHANGE_LABELS[q.change] }]),
      widths: [0.52, 0.16, 0.16, 0.16],
    },
  ];
}

/** One person's answer to a question, with their note: "Anne: Nej – vi mangler et for-forløb". */
const personLine = (checklist: ReportChecklist, questionId: string, x: { name: string; answer: AnswerCode | null; note?: string | undefined }) =>
  `${x.name}: ${x.answer ? answerLabelOf(checklist, questionId, x.answer) : 'intet svar'}${x.note ? ` – ${typed(x.note)}` : ''}`;

/**
 * The team's report, as the team round prints: the round and its people, »Drøft først« (the
 * questions with the widest disagreement first, with everyone's answer and note: the meeting's
 * agenda), every question with everyone's answer and note, the team's action list with each
 * recommendation explained once (later gaps refer back to it), and the comparison when one is
 * chosen. The lead's own answers are one of the people when she kept them in the round.
 */
export function fromTeamReport(checklist: ReportChecklist, round: TeamRoundReport, options: Pick<ReportOptions, 'comparison' | 'origin'> = {}): DocModel {
  const team = mergeTeam(checklist, round.members);
  const blocks: DocBlock[] = checklist.intro.map((text) => ({ type: 'paragraph', text }));
  blocks.push({ type: 'heading', level: 2, text: `Teamrunde: ${round.name}, ${danishDate(round.date)}` });
  blocks.push({ type: 'paragraph', text: teamSummary(team.people, team.summary) });

  if (team.disagreements.length) {
    blocks.push({ type: 'heading', level: 3, text: 'Drøft først' });
    blocks.push({ type: 'paragraph', text: 'De spørgsmål, I er mest uenige om, først.', style: 'muted' });
    team.disagreements.forEach((q, n) => {
      blocks.push({ type: 'paragraph', text: `${n + 1}. ${q.question.tekst}`, style: 'strong' });
      blocks.push({ type: 'list', ordered: false, items: q.answers.map((x) => ({ text: personLine(checklist, q.question.id, x) })) });
    });
  }

  blocks.push({ type: 'heading', level: 3, text: 'Svar i teamet' });
  blocks.push({
    type: 'table',
    columns: ['Spørgsmål', ...team.people, 'Enighed'],
    rowHeaders: true,
    rows: team.questions.map((q) => [
      { text: q.question.tekst },
      ...q.answers.map((x) => ({ text: [x.answer ? answerLabelOf(checklist, q.question.id, x.answer) : '', x.note ? `Note: ${typed(x.note)}` : ''].filter(Boolean).join('\n') })),
      { text: AGREEMENT_LABELS[q.agreement] },
    ]),
    widths: [0.36, ...team.people.map(() => 0.52 / team.people.length), 0.12],
  });

  blocks.push({ type: 'heading', level: 3, text: 'Teamets handlingsliste' });
  const actions = teamActions(team);
  if (actions.length === 0) blocks.push({ type: 'paragraph', text: 'Ingen i teamet har svaret noget, der peger på mangler.' });
  const byId = new Map(checklist.omraader.flatMap((o) => o.spoergsmaal.map((q) => [q.id, q])));
  // A recommendation several gaps point to is explained at the first and referred back to later, as on the page (ActionList.tsx).
  const first = firstShown(actions.map((a) => byId.get(a.question.id)!.links.filter((l) => l.forklaring).map((l) => l.href)));
  actions.forEach((a, n) => {
    const q = byId.get(a.question.id)!;
    const who = a.gaps.map((g) => `${answerLabelOf(checklist, q.id, g.answer)}: ${g.names.join(', ')}`).join(' · ');
    blocks.push({ type: 'paragraph', text: `${n + 1}. ${q.tekst} – ${who}`, style: 'strong' });
    blocks.push(...gapAdvice(q, n, first, options.origin));
  });

  if (options.comparison) blocks.push(...comparisonBlocks(checklist, options.comparison));
  return {
    title: checklist.titel,
    source: checklist.citation,
    language: 'da-DK',
    orientation: 'portrait',
    footer: footerOf(checklist),
    blocks,
    filename: `${fileSlug(checklist.id)}-${whose(round.name) || 'team-'}${round.date}`,
  };
}
