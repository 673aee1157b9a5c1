/**
 * Two assessments of the same checklist side by side (say, March and June). Shown, and printed in
 * the report, when the user has two or more assessments; the choice of the two is screen-only.
 */
import { useId, useState } from 'react';
import { compareAssessments, compareSummary } from '../../../lib/selvtjek/compare';
import { answerLabelOf, progress } from '../../../lib/selvtjek/scoring';
import type { Assessment } from '../../../lib/selvtjek/model';
import TableRegion from '../TableRegion';
import { danishDate } from '../../../lib/storage/fields';
import type { ChecklistView } from '../../../lib/selvtjek/view';

const CHANGE = { uaendret: 'Uændret', bedre: 'Bedre', ringere: 'Ringere', aendret: 'Ændret' } as const;

export default function Compare({ checklist, assessments }: { checklist: ChecklistView; assessments: Assessment[] }) {
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
              <td>{q.a ? answerLabelOf(checklist, q.question.id, q.a) : '–'}</td>
              <td>{q.b ? answerLabelOf(checklist, q.question.id, q.b) : '–'}</td>
              <td>{CHANGE[q.change]}</td>
            </tr>
          ))}
        </tbody>
      </TableRegion>
    </section>
  );
}
