/**
 * The results of one assessment: a summary, the answers per area as a chart and a table, and the
 * action list (each gap with what the sources recommend, ActionList.tsx). Printed in the report.
 * A checklist whose parts word their answers differently (paratviden: Handlinger, Kilder) gets a
 * chart and a table per part, each in its part's own words (summaryParts in scoring.ts).
 */
import { memo, useId } from 'react';
import { actionList, answerLabelOf, areaCounts, progress, summaryParts } from '../../../lib/selvtjek/scoring';
import { GAP_TEXTS } from '../../../lib/selvtjek/wordings';
import type { AnswerCode } from '../../../lib/selvtjek/scales';
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
  const parts = summaryParts(checklist);
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
      {parts.map((part, n) => {
        const rows = areas.filter((a) => part.areaIds.includes(a.id));
        const name = parts.length > 1 ? `Svar pr. område: ${part.titel}` : 'Svar pr. område';
        return (
          <div key={part.areaIds.join()} className="results-part">
            <p id={`${base}-chart-title-${n}`} className="chart-title">{name} (antal spørgsmål)</p>
            <BarChart areas={rows} codes={part.options.map((o) => o.code)} labels={Object.fromEntries(part.options.map((o) => [o.code, o.label]))} titleId={`${base}-chart-title-${n}`} />
            <TableRegion caption={name}>
              <thead>
                <tr>
                  <th scope="col">Område</th>
                  {part.options.map((o) => <th scope="col" key={o.code}>{o.label}</th>)}
                  <th scope="col">Ikke besvaret</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((a) => (
                  <tr key={a.id}>
                    <th scope="row">{a.titel}</th>
                    {part.options.map((o) => <td key={o.code}>{a.counts[o.code]}</td>)}
                    <td>{a.unanswered}</td>
                  </tr>
                ))}
              </tbody>
            </TableRegion>
          </div>
        );
      })}

      <h3 id={`${base}-handling`}>Handlingsliste</h3>
      {actions.length === 0 ? (
        <p>{prog.answered === 0 ? GAP_TEXTS[checklist.skala].empty : 'Ingen af jeres svar peger på mangler.'}</p>
      ) : (
        <ActionList entries={actions.map((a) => ({ question: questionsById.get(a.question.id)!, answer: <span className="tag">{answerLabelOf(checklist, a.question.id, a.answer)}</span>, note: notes[a.question.id] }))} />
      )}
    </section>
  );
}

export default memo(Results);
