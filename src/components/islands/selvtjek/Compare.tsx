/**
 * Two assessments of the same checklist side by side (say, March and June). Shown, and printed in
 * the report, when the user has two or more assessments; the choice of the two is screen-only and
 * goes to the report's documents through `onChoice`. On a phone each row is a card (compare.css).
 */
import { useEffect, useId, useState } from 'react';
import { CHANGE_LABELS, compareAssessments, compareSummary } from '../../../lib/selvtjek/compare';
import { answerLabelOf, progress } from '../../../lib/selvtjek/scoring';
import type { Assessment } from '../../../lib/selvtjek/model';
import TableRegion from '../TableRegion';
import { danishDate } from '../../../lib/storage/fields';
import type { ChecklistView } from '../../../lib/selvtjek/view';
import './compare.css';

export interface Props {
  checklist: ChecklistView;
  assessments: Assessment[];
  /** The two compared (before, after), or `null` when the same one is chosen twice; for the report's documents. */
  onChoice?: (choice: { a: Assessment; b: Assessment } | null) => void;
}

export default function Compare({ checklist, assessments, onChoice }: Props) {
  const base = useId();
  const [aId, setA] = useState(assessments[1]!.id);
  const [bId, setB] = useState(assessments[0]!.id);
  // Said only when the reader picks another pair (not when the comparison appears, e.g. after »Ny vurdering«).
  const [said, setSaid] = useState('');
  const a = assessments.find((x) => x.id === aId) ?? assessments[1]!;
  const b = assessments.find((x) => x.id === bId) ?? assessments[0]!;
  const summary = (x: Assessment, y: Assessment) =>
    compareSummary(compareAssessments(checklist, x, y), { name: x.name, answered: progress(checklist, x.answers).answered }, { name: y.name, answered: progress(checklist, y.answers).answered });
  const cmp = compareAssessments(checklist, a, b);
  const label = (x: Assessment) => `${x.name} (${danishDate(x.date)})`;
  useEffect(() => onChoice?.(a.id !== b.id ? { a, b } : null), [a, b, onChoice]);
  useEffect(() => () => onChoice?.(null), [onChoice]);
  const pick = (which: 'a' | 'b', id: string) => {
    (which === 'a' ? setA : setB)(id);
    const x = assessments.find((y) => y.id === (which === 'a' ? id : aId)) ?? a;
    const y = assessments.find((z) => z.id === (which === 'b' ? id : bId)) ?? b;
    setSaid(summary(x, y));
  };
  return (
    <section className="compare" aria-labelledby={`${base}-h`}>
      <h2 id={`${base}-h`}>Sammenlign to vurderinger</h2>
      <div className="fields-row no-print">
        <div className="field">
          <label htmlFor={`${base}-a`}>Før</label>
          <select id={`${base}-a`} value={aId} onChange={(e) => pick('a', e.target.value)}>{assessments.map((x) => <option key={x.id} value={x.id}>{label(x)}</option>)}</select>
        </div>
        <div className="field">
          <label htmlFor={`${base}-b`}>Efter</label>
          <select id={`${base}-b`} value={bId} onChange={(e) => pick('b', e.target.value)}>{assessments.map((x) => <option key={x.id} value={x.id}>{label(x)}</option>)}</select>
        </div>
      </div>
      <p>{summary(a, b)}</p>
      <p className="visually-hidden" aria-live="polite">{said}</p>
      <TableRegion className="compare-table" caption={<>{label(a)} sammenlignet med {label(b)}</>}>
        <thead><tr><th scope="col">Spørgsmål</th><th scope="col">Før</th><th scope="col">Efter</th><th scope="col">Ændring</th></tr></thead>
        <tbody>
          {cmp.questions.map((q) => (
            <tr key={q.question.id} className={q.changed ? 'changed' : undefined}>
              <th scope="row">{q.question.tekst}</th>
              <td data-label="Før">{q.a ? answerLabelOf(checklist, q.question.id, q.a) : '–'}</td>
              <td data-label="Efter">{q.b ? answerLabelOf(checklist, q.question.id, q.b) : '–'}</td>
              <td data-label="Ændring">{CHANGE_LABELS[q.change]}</td>
            </tr>
          ))}
        </tbody>
      </TableRegion>
    </section>
  );
}
