/**
 * Print, export and import: the report printed, the shown assessment saved as a file
 * (src/lib/selvtjek/file.ts), a file read back in; and, when an import would drop or replace
 * anything, the question what to do (useImport.ts holds the flow).
 */
import type { PendingImport } from '../../../lib/selvtjek/importing';
import type { ChecklistView } from '../../../lib/selvtjek/view';
import { danishDate } from '../../../lib/storage/fields';
import ImportConfirm from '../ImportConfirm';
import { downloadText } from '../useStoredState';
import type { Assessments } from './useAssessments';
import type { Importing } from './useImport';

const readFile = (f: File) => f.text().catch(() => '');
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export interface Props {
  checklist: ChecklistView;
  assessments: Assessments;
  importing: Importing;
}

export default function ImportExport({ checklist, assessments, importing }: Props) {
  const { active } = assessments;
  const onExport = async () => {
    if (!active) return;
    // The file code loads on the click (tool pages stay in budget).
    const { exportAssessment } = await import('../../../lib/selvtjek/file');
    const f = exportAssessment(active, checklist);
    downloadText(f.filename, f.json);
    assessments.update((a) => ({ ...a, exportedAt: f.exportedAt }));
  };
  const onImport = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (file) await importing.start(await readFile(file));
  };
  const { pending } = importing;
  return (
    <>
      <p className="button-row">
        <button type="button" onClick={() => window.print()}>Udskriv rapport</button>
        <button type="button" className="secondary" disabled={!active} onClick={() => void onExport()}>Eksportér vurderingen til fil</button>
        <label className="button secondary file-button">
          Importér vurdering fra fil
          <input type="file" accept=".json,application/json" className="visually-hidden" onChange={(e) => void onImport(e.target)} />
        </label>
      </p>
      {pending && <ConfirmImport pending={pending} onNew={() => importing.asNew(pending)} onReplace={() => importing.replace(pending)} onCancel={importing.cancel} />}
    </>
  );
}

/** What an import of a file would keep, drop and replace, and the choice. */
function ConfirmImport({ pending, onNew, onReplace, onCancel }: { pending: PendingImport; onNew: () => void; onReplace: () => void; onCancel: () => void }) {
  const { assessment: a, report: r, conflict, asideKey } = pending;
  return (
    <ImportConfirm
      heading={`Indlæs »${a.name}« fra filen?`}
      actions={[
        { label: 'Indlæs som ny vurdering', onClick: onNew },
        ...(conflict || asideKey ? [{ label: conflict ? `Erstat »${conflict.name}«` : `Erstat den tilsidelagte »${a.name}«`, onClick: onReplace, secondary: true }] : []),
        { label: 'Annullér', onClick: onCancel, secondary: true },
      ]}
    >
      <p>
        {r.answersInFile === 0 ? 'Filen har ingen svar.' : `Filen har svar på ${count(r.answersInFile, 'spørgsmål', 'spørgsmål')}. ${r.kept} af dem passer til tjeklisten og bliver indlæst.`}
        {' '}Intet er gemt endnu.
      </p>
      {r.dropped.length > 0 && (
        <>
          <p>{r.dropped.length === 1 ? 'Dette svar udelades, fordi tjeklisten er ændret, eller filen er ændret i hånden:' : `Disse ${r.dropped.length} svar udelades, fordi tjeklisten er ændret, eller filen er ændret i hånden:`}</p>
          <ul>{r.dropped.map((d, i) => <li key={i}>{d.label}: {d.reason}</li>)}</ul>
        </>
      )}
      {r.notesDropped > 0 && <p>{count(r.notesDropped, 'note', 'noter')} til spørgsmål, tjeklisten ikke har, udelades.</p>}
      {r.changes.length > 0 && <ul>{r.changes.map((c, i) => <li key={i}>{c}</li>)}</ul>}
      {conflict && <p>Du har allerede vurderingen »{conflict.name}« ({danishDate(conflict.date)}) fra den samme fil. »Erstat« skifter den ud med filens version; »Indlæs som ny vurdering« beholder begge.</p>}
      {!conflict && asideKey && <p>Vurderingen er lagt til side, fordi den ikke kunne læses. »Erstat« sætter det, der kan bruges, i stedet for den tilsidelagte.</p>}
    </ImportConfirm>
  );
}
