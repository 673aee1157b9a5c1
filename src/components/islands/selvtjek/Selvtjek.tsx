/**
 * Selvtjek: one engine for every checklist in src/content/tjeklister. This root only composes the
 * parts; each part takes its types from src/lib/selvtjek/ (view.ts: the checklist view model)
 * and its rules from the pure modules there. Answers autosave in this browser only; share links
 * carry the answers (not the notes) in the URL fragment, which is never sent to a server.
 *
 * The parts, top to bottom:
 * - useAssessments.ts   the saved assessments (store, the shown one, every change; rules in model.ts)
 * - StorageNotice       storage blocked, full, newer or unreadable (shared with Min plan)
 * - SetAside.tsx        stored data that could not be read: save as file, bring back, remove
 * - Share.tsx           ShareOffer (a link the page was opened with) · ShareLink (make one)
 * - AssessmentBar.tsx   choose, name, date, new and delete assessments; last saved / exported
 * - Questions.tsx       progress and the form: every question with its answer and note
 * - Results.tsx         summary, chart, table per area and the action list (ActionList.tsx)
 * - team/TeamEntry.tsx  the team round (TeamRoundProps in view.ts): its entry ships with the page,
 *                       the round (team/Team.tsx) loads when one is stored or started; it gives the
 *                       root the team's report for the documents. TeamRoundsLine lists the stored
 *                       rounds beside the assessments.
 * - Compare.tsx         two assessments side by side (lazy: loads once there are two); it gives the
 *                       root the chosen two for the documents
 * - Gem og del          ImportExport.tsx (print, export, import + its confirm; flow in useImport.ts),
 *                       ReportDownloads.tsx (.docx/.odt/.csv), ShareLink, DeleteAll.tsx
 */
import { lazy, Suspense, useEffect, useId, useState } from 'react';
import type { Assessment } from '../../../lib/selvtjek/model';
import type { TeamRoundReport } from '../../../lib/selvtjek/team';
import type { ChecklistView } from '../../../lib/selvtjek/view';
import StorageNotice from '../StorageNotice';
import ToolMessage, { useToolMessage } from '../ToolMessage';
import AssessmentBar from './AssessmentBar';
import DeleteAll from './DeleteAll';
import ImportExport from './ImportExport';
import Questions from './Questions';
import ReportDownloads from './ReportDownloads';
import Results from './Results';
import SetAside from './SetAside';
import { ShareLink, ShareOffer } from './Share';
import StaticChecklist from './StaticChecklist';
import TeamEntry, { TeamRoundsLine } from './team/TeamEntry';
import { useAssessments } from './useAssessments';
import { useImport } from './useImport';

/** The comparison, loaded once there are two assessments to compare (tool pages stay in budget). */
const Compare = lazy(() => import('./Compare'));

export interface Props {
  checklist: ChecklistView;
}

export default function Selvtjek({ checklist }: Props) {
  const base = useId();
  const [enhanced, setEnhanced] = useState(false);
  useEffect(() => setEnhanced(true), []);
  const assessments = useAssessments(checklist.id);
  const { message, say, ref: messageRef } = useToolMessage();
  const importing = useImport(checklist, assessments, say);
  const [team, setTeam] = useState<TeamRoundReport | null>(null);
  const [comparison, setComparison] = useState<{ a: Assessment; b: Assessment } | null>(null);
  /** »Slet alle data« starts the team round's parts afresh. */
  const [cleared, setCleared] = useState(0);
  const { store, mine, active } = assessments;
  if (!enhanced || store.status.kind === 'loading') return <StaticChecklist checklist={checklist} />;
  const answers = active?.answers ?? {};
  const notes = active?.notes ?? {};

  return (
    <div className="selvtjek">
      <StorageNotice status={store.status} what="dine svar" rawFilename="selvtjek-gemte-data.json" onReset={assessments.clear} repairs={store.repairs} deletedElsewhere={store.deletedElsewhere} />
      <SetAside checklist={checklist} assessments={assessments} onRecover={importing.start} />
      <ShareOffer checklist={checklist} onLoad={assessments.add} say={say} />
      <ToolMessage message={message} ref={messageRef} />
      <AssessmentBar assessments={assessments} say={say} />
      <TeamRoundsLine key={`rounds-${cleared}`} checklist={checklist.id} />
      <Questions checklist={checklist} answers={answers} notes={notes} onAnswer={assessments.answer} onNote={assessments.note} />
      <Results checklist={checklist} answers={answers} notes={notes} />
      <TeamEntry key={`round-${cleared}`} checklist={checklist} own={active} onReport={setTeam} />
      {mine.length >= 2 && <Suspense fallback={null}><Compare checklist={checklist} assessments={mine} onChoice={setComparison} /></Suspense>}
      <section className="tools no-print" aria-labelledby={`${base}-vaerktoej`}>
        <h2 id={`${base}-vaerktoej`}>Gem og del</h2>
        <ImportExport checklist={checklist} assessments={assessments} importing={importing} />
        <ReportDownloads checklist={checklist} assessment={active} team={team} comparison={mine.length >= 2 ? comparison : null} />
        <ShareLink checklist={checklist} answers={answers} say={say} />
        <DeleteAll onCleared={() => { assessments.clear(); setCleared((n) => n + 1); }} say={say} />
      </section>
    </div>
  );
}
