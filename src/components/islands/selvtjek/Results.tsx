/**
 * The results of one assessment: a summary, the answers per area as a chart and a table, and the
 * action list (each gap with what the sources recommend, ActionList.tsx). Printed in the report.
 */
import { memo, useId } from 'react';
import { actionList, answerLabelOf, areaCounts, progress } from '../../../lib/selvtjek/scoring';
import { ANSWER_LABELS, SCALE_CODES, type AnswerCode } from '../../../lib/selvtjek/scales';
import type { ChecklistView, QuestionView } from '../../../lib/selvtjek/view';
import TableRegion from '../TableRegion';
import ActionList from './ActionList';
import BarChart from './BarChart';

export interface Props {
  checklist: ChecklistView;
  answers: Readonly<Record<string, AnswerCode | undefined>>;
  notes: Readonly<Record<string, string | undefined>>;
}

function Results({ checklist, answers, notes }: Props) {
  const base = useId();
  const codes = SCALE_CODES[checklist.skala];
  const prog = progress(checklist, answers);
  const areas = areaCounts(checklist, answers);
  const actions = actionList(checklist, answers);
  const questionsById = new Map<string, QuestionView>(checklist.omraader.flatMap((o) => o.spoergsmaal.map((q) => [q.id, q])));
  return (
    <section className="results needs-js" aria-labelledby={`${base}-resultat`} data-pagefind-ignore="">
      <h2 id={`${base}-resultat`}>Resultat</h2>
      {/* Two lines of fixed form, so the page does not move when the saved answers are read (and no
          live region: the form announces each answer once, Questions.tsx). */}
      <p className="results-summary">
        <span>Besvaret: {prog.answered} af {prog.total} spørgsmål.</span>{' '}
        <span>Peger på noget, I kan arbejde med: {actions.length} spørgsmål.</span>
      </p>
      <p id={`${base}-chart-title`} className="chart-title">Svar pr. område (antal spørgsmål)</p>
      <BarChart areas={areas} codes={codes} titleId={`${base}-chart-title`} />
      <TableRegion caption="Svar pr. område">
        <thead>
          <tr>
            <th scope="col">Område</th>
            {codes.map((c) => <th scope="col" key={c}>{ANSWER_LABELS[c]}</th>)}
            <th scope="col">Ikke besvaret</th>
          </tr>
        </thead>
        <tbody>
          {areas.map((a) => (
            <tr key={a.id}>
              <th scope="row">{a.titel}</th>
              {codes.map((c) => <td key={c}>{a.counts[c]}</td>)}
              <td>{a.unanswered}</td>
            </tr>
          ))}
        </tbody>
      </TableRegion>

      <h3 id={`${base}-handling`}>Handlingsliste</h3>
      {actions.length === 0 ? (
        <p>{prog.answered === 0 ? 'Handlingslisten viser, hvad kilderne siger om de spørgsmål, I svarer »' + (checklist.skala === 'paratviden' ? 'behov for mere viden' : 'Nej« eller »Delvist') + '« på.' : 'Ingen af jeres svar peger på mangler.'}</p>
      ) : (
        <ActionList entries={actions.map((a) => ({ question: questionsById.get(a.question.id)!, answer: <span className="tag">{answerLabelOf(checklist, a.question.id, a.answer)}</span>, note: notes[a.question.id] }))} />
      )}
    </section>
  );
}

export default memo(Results);
