/**
 * Saved assessments of a checklist the site no longer has (removed or renamed in a new edition):
 * never hidden. Every checklist's page lists them, with their file to keep and a way to delete
 * them (src/lib/selvtjek/model.ts, orphanAssessments).
 */
import { useId } from 'react';
import { orphanAssessments } from '../../../lib/selvtjek/model';
import { danishDate } from '../../../lib/storage/fields';
import type { Message } from '../ToolMessage';
import { downloadText } from '../useStoredState';
import type { Assessments } from './useAssessments';

export interface Props {
  assessments: Assessments;
  /** Ids of every checklist on the site. */
  known: readonly string[];
  say: (m: Message | null, focus?: boolean) => void;
}

export default function Orphans({ assessments, known, say }: Props) {
  const id = useId();
  const orphans = orphanAssessments(assessments.store.value, known);
  if (orphans.length === 0) return null;
  return (
    <div className="notice warn orphans" role="region" aria-labelledby={id}>
      <p id={id}>
        <strong>{orphans.length === 1 ? 'Du har en vurdering' : `Du har ${orphans.length} vurderinger`} af en tjekliste, som ikke længere findes på sitet.</strong>{' '}
        {orphans.length === 1 ? 'Den' : 'De'} er stadig gemt i denne browser. Gem {orphans.length === 1 ? 'den' : 'dem'} som fil, hvis du vil beholde {orphans.length === 1 ? 'den' : 'dem'}, eller slet {orphans.length === 1 ? 'den' : 'dem'} her.
      </p>
      <ul>
        {orphans.map((a) => (
          <li key={a.id}>
            »{a.name}« ({danishDate(a.date)}), tjeklisten »{a.checklist}«, {Object.keys(a.answers).length} svar.{' '}
            <button type="button" className="secondary" onClick={() => void import('../../../lib/selvtjek/file').then(({ exportAssessment }) => {
              const f = exportAssessment(a, { id: a.checklist, titel: a.checklist });
              downloadText(f.filename, f.json);
            })}>Gem som fil</button>{' '}
            <button type="button" className="secondary" onClick={() => {
              if (!confirm(`Slet vurderingen »${a.name}«? Det kan ikke fortrydes.`)) return;
              assessments.remove(a.id);
              // The button goes with the assessment: the message takes the focus.
              say({ kind: 'ok', text: `Vurderingen »${a.name}« er slettet.` }, true);
            }}>Slet</button>
          </li>
        ))}
      </ul>
    </div>
  );
}
