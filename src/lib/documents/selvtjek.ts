/**
 * The Selvtjek report as a document, as its print view: the assessment's name and date, every
 * question with its answer and note, the results per area, and the action list with what the
 * sources recommend for each gap – the recommendation's own heading, source and text, so a team
 * on paper sees what the sources say; a recommendation that several gaps point to is explained
 * at the first and referred back to at the others. When colleagues' files are loaded, the team
 * view follows: who answered what, where the team agrees, and the largest disagreements. Pure.
 */
import type { ListItem } from '../../content/schemas';
import { firstShown, type Advice } from '../selvtjek/advice';
import { actionList, answerLabelOf, areaCounts, progress, type ChecklistLike } from '../selvtjek/scoring';
import { ANSWER_LABELS, SCALE_CODES, type AnswerCode } from '../selvtjek/scales';
import { mergeTeam, type Agreement, type TeamMember } from '../selvtjek/team';
import { danishDate, fileSlug, SITE_NAME, typed, type DocBlock, type DocListItem, type DocModel } from './model';

export interface ReportLink {
  tekst: string;
  /** Site-relative link (with the base path). */
  href: string;
  forklaring?: Advice | undefined;
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
export type { TeamMember };

export const AGREEMENT_LABELS: Record<Agreement, string> = { enig: 'Enige', uenig: 'Uenige', 'ingen svar': 'Ingen svar' };

const toItems = (items: readonly ListItem[]): DocListItem[] => items.map((i) => ({ text: i.tekst, children: i.underpunkter ? toItems(i.underpunkter) : undefined }));

/** A recommendation's explanation: heading (optional), source, lead-in, paragraphs, bullets, paragraphs after them. */
export function adviceBlocks(a: Advice, opts: { heading: boolean }): DocBlock[] {
  return [
    ...(opts.heading ? [{ type: 'heading', level: 4, text: a.titel } as const] : []),
    { type: 'paragraph', text: `Kilde: ${a.kilde}`, style: 'muted' },
    ...(a.indledning ? [{ type: 'paragraph', text: a.indledning } as const] : []),
    ...a.tekst.map((text) => ({ type: 'paragraph', text }) as const),
    ...(a.punkter.length ? [{ type: 'list', ordered: false, items: toItems(a.punkter) } as const] : []),
    ...(a.efterskrift ?? []).map((text) => ({ type: 'paragraph', text }) as const),
  ];
}


/** What a later gap says about a recommendation already explained at gap `index` (0-based), as the print view. */
export const referBack = (index: number) => `forklaringen står ved punkt ${index + 1} ovenfor.`;

export function fromSelvtjekReport(
  checklist: ReportChecklist,
  assessment: ReportAssessment | undefined,
  options: { team?: readonly TeamMember[] | null | undefined; origin?: string | undefined },
): DocModel {
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
    const advice = q.links.filter((l) => l.forklaring);
    const passages = q.links.filter((l) => !l.forklaring);
    for (const l of advice) {
      const shownAt = first.get(l.href) ?? n;
      if (shownAt < n) blocks.push({ type: 'paragraph', text: `${l.forklaring!.titel} – ${referBack(shownAt)}` });
      else blocks.push(...adviceBlocks(l.forklaring!, { heading: true }));
    }
    if (passages.length) {
      blocks.push({ type: 'paragraph', text: 'Læs mere på sitet:' });
      blocks.push({ type: 'list', ordered: false, items: passages.map((l) => ({ text: `${l.tekst}: ${options.origin ?? ''}${l.href}` })) });
    }
    if (q.links.length === 0) blocks.push({ type: 'paragraph', text: 'Kilden knytter ingen bestemt anbefaling eller passage til dette spørgsmål.', style: 'muted' });
  });

  const team = options.team?.length ? options.team : null;
  if (team) {
    const result = mergeTeam(checklist, team);
    blocks.push({ type: 'heading', level: 2, text: 'Teamvisning' });
    blocks.push({ type: 'paragraph', text: `${result.people.length} personer: ${result.people.join(', ')}. Enige om ${result.summary.enig} spørgsmål, uenige om ${result.summary.uenig}.` });
    if (result.disagreements.length) {
      blocks.push({ type: 'heading', level: 3, text: 'Størst uenighed' });
      blocks.push({
        type: 'list',
        ordered: true,
        items: result.disagreements.map((q) => ({ text: `${q.question.tekst} – ${q.answers.map((x) => `${x.name}: ${x.answer ? answerLabelOf(checklist, q.question.id, x.answer) : 'intet svar'}`).join('; ')}` })),
      });
    }
    blocks.push({
      type: 'table',
      caption: 'Svar i teamet',
      columns: ['Spørgsmål', ...result.people, 'Enighed'],
      rowHeaders: true,
      rows: result.questions.map((q) => [
        { text: q.question.tekst },
        ...q.answers.map((x, i) => {
          const note = typed(team[i]?.notes?.[q.question.id]);
          return { text: [x.answer ? answerLabelOf(checklist, q.question.id, x.answer) : '', note ? `Note: ${note}` : ''].filter(Boolean).join('\n') };
        }),
        { text: AGREEMENT_LABELS[q.agreement] },
      ]),
      widths: [0.4, ...result.people.map(() => 0.45 / result.people.length), 0.15],
    });
  }

  const source = checklist.citation;
  return {
    title: checklist.titel,
    source,
    language: 'da-DK',
    orientation: 'portrait',
    footer: source ? `${checklist.titel} · Kilde: ${source}` : `${checklist.titel} · ${SITE_NAME}`,
    blocks,
    filename: `${fileSlug(checklist.id)}${assessment ? `-${assessment.date}` : ''}${team ? '-team' : ''}`,
  };
}
