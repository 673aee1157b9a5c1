/**
 * The assessment bar: which assessment is shown, its name and date, a new one, deleting this one,
 * and when it was last saved and exported. Screen only; in print the assessment's name and date
 * head the questions.
 *
 * Its layout does not depend on what is saved (the choice is there, disabled, with one
 * assessment; »Slet denne vurdering« is disabled with none; the status has fixed lines), so
 * reading the saved answers after hydration moves nothing on the page.
 */
import { useId } from 'react';
import { TEXT_LIMITS, danishDate } from '../../../lib/storage/fields';
import DateField from '../DateField';
import TextField from '../TextField';
import type { Message } from '../ToolMessage';
import type { Assessments } from './useAssessments';
import { danishShortDateTime } from '../../../lib/intl';

export interface Props {
  assessments: Assessments;
  say: (m: Message | null, focus?: boolean) => void;
}

export default function AssessmentBar({ assessments, say }: Props) {
  const base = useId();
  const { mine, active, store } = assessments;
  return (
    <>
      <section className="assessment-bar no-print needs-js" aria-labelledby={`${base}-vurdering`} data-pagefind-ignore="">
        <h2 id={`${base}-vurdering`}>Vurdering</h2>
        <div className="fields-row">
          <div className="field">
            <label htmlFor={`${base}-valg`}>Vælg vurdering</label>
            <select id={`${base}-valg`} value={active?.id ?? ''} disabled={mine.length < 2} onChange={(e) => assessments.select(e.target.value)}>
              {mine.length === 0 && <option value="">Min vurdering (ikke gemt endnu)</option>}
              {mine.map((a) => <option key={a.id} value={a.id}>{a.name} ({danishDate(a.date)})</option>)}
            </select>
          </div>
          <TextField id={`${base}-navn`} label="Navn på vurderingen" value={active?.name ?? 'Min vurdering'} limit={TEXT_LIMITS.name} placeholder="fx Teammøde marts 2027" onCommit={assessments.rename} />
          <DateField
            key={active?.id ?? 'ny'}
            id={`${base}-dato`}
            label="Dato"
            value={active?.date ?? ''}
            required={Boolean(active)}
            kept={active ? `Indtil du retter den, gemmes datoen ${danishDate(active.date)}.` : 'Indtil du retter den, gemmes ingen dato.'}
            onCommit={assessments.redate}
          />
        </div>
        <p className="button-row">
          <button type="button" className="secondary" onClick={assessments.addNew}>Ny vurdering</button>
          <button type="button" className="secondary" disabled={!active} onClick={() => {
            if (!active || !confirm(`Slet vurderingen »${active.name}«?`)) return;
            assessments.remove(active.id);
            // The button is disabled with the assessment gone: the message takes the focus.
            say({ kind: 'ok', text: `Vurderingen »${active.name}« er slettet.` }, true);
          }}>Slet denne vurdering</button>
        </p>
        <p className="muted save-status">
          <span>{store.savedAt ? `Senest gemt i browseren: ${danishShortDateTime(store.savedAt)}.` : active ? `Senest ændret: ${danishShortDateTime(new Date(active.updatedAt))}.` : 'Svarene gemmes automatisk i browseren.'}</span>{' '}
          <span>{active?.exportedAt ? `Senest eksporteret: ${danishShortDateTime(new Date(active.exportedAt))}.` : 'Ikke eksporteret endnu.'}</span>{' '}
          <span>Nogle browsere sletter gemte data efter dage uden besøg – en eksporteret fil er den sikre kopi.</span>
        </p>
      </section>
      <p className="print-only needs-js"><strong>{active?.name ?? 'Vurdering'}</strong>{active && `, ${danishDate(active.date)}`}</p>
    </>
  );
}
