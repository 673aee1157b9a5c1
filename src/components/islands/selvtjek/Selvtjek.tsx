/**
 * Selvtjek: one engine for every checklist in src/content/tjeklister. This root only composes the
 * parts; each part takes its types from src/lib/selvtjek/ (view.ts: the checklist view model)
 * and its rules from the pure modules there. Answers autosave in this browser only; share links
 * carry the answers (not the notes) in the URL fragment, which is never sent to a server.
 *
 * The served page is the tool: the server renders all of it from the empty state, with the same
 * markup and ids as the island's first render, so hydration changes nothing on screen. Saved
 * answers are read after mount; what the reader clicked or typed before that is kept
 * (earlyInput.ts). Parts that need JavaScript carry `needs-js` (hidden without it). Answers under
 * a question's former id follow it, and answers given to an earlier wording are marked until
 * the reader confirms them (useAssessments.ts, Questions.tsx).
 *
 * The parts, top to bottom:
 * - useAssessments.ts   the saved assessments (store, the shown one, every change; rules in model.ts)
 * - StorageNotice       storage blocked, full, newer or unreadable (shared with Min plan)
 * - SetAside.tsx        stored data that could not be read: save as file, bring back, remove
 * - Orphans.tsx         assessments of checklists the site no longer has: save as file, delete
 * - Share.tsx           ShareOffer (a link the page was opened with) · ShareLink (make one)
 * - AssessmentBar.tsx   choose, name, date, new and delete assessments; last saved / exported
 * - Questions.tsx       progress and the form: every question with its answer and note
 * - Results.tsx         summary, chart, table per area and the action list (ActionList.tsx)
 * - team/TeamEntry.tsx  the team round (TeamRoundProps in view.ts): its entry is rendered on the
 *                       server like the rest; the round (team/Team.tsx) loads when one is stored or
 *                       started; it gives the root the team's report for the documents.
 *                       TeamRoundsLine lists the stored rounds beside the assessments.
 * - Compare.tsx         two assessments side by side (lazy: loads once there are two); it gives the
 *                       root the chosen two for the documents
 * - Gem og del          ImportExport.tsx (print, export, import + its confirm; flow in useImport.ts),
 *                       ReportDownloads.tsx (.docx/.odt/.csv), ShareLink, DeleteAll.tsx
 */
import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import type { Assessment } from '../../../lib/selvtjek/model';
import type { TeamRoundReport } from '../../../lib/selvtjek/team';
import type { ChecklistView } from '../../../lib/selvtjek/view';
import StorageNotice from '../StorageNotice';
import ToolMessage, { useToolMessage } from '../ToolMessage';
import AssessmentBar from './AssessmentBar';
import DeleteAll from './DeleteAll';
import { hasEarlyInput, readEarlyInput, withEarlyInput, type EarlyInput } from './earlyInput';
import ImportExport from './ImportExport';
import Orphans from './Orphans';
import Questions from './Questions';
import ReportDownloads from './ReportDownloads';
import Results from './Results';
import SetAside from './SetAside';
import { ShareLink, ShareOffer } from './Share';
import TeamEntry, { TeamRoundsLine } from './team/TeamEntry';
import { useAssessments } from './useAssessments';
import { useImport } from './useImport';

/** The comparison, loaded once there are two assessments to compare (tool pages stay in budget). */
const Compare = lazy(() => import('./Compare'));

export interface Props {
  checklist: ChecklistView;
  /** Ids of every checklist on the site (assessments of any other are listed by Orphans). */
  checklists: string[];
}

export default function Selvtjek({ checklist, checklists }: Props) {
  const base = useId();
  const root = useRef<HTMLDivElement>(null);
  const early = useRef<EarlyInput | null>(null);
  // Declared before the store's effect, so it reads the page before the saved answers are shown.
  useEffect(() => void (early.current = readEarlyInput(root.current, checklist)), [checklist]);
  const assessments = useAssessments(checklist);
  const { store, mine, active, answers, notes, reworded } = assessments;
  const loaded = store.status.kind !== 'loading';
  useEffect(() => {
    if (!loaded || !hasEarlyInput(early.current)) return;
    const e = early.current;
    early.current = null;
    assessments.update((a, now) => withEarlyInput(a, e, now, assessments.fingerprints));
  }, [loaded, assessments.update, assessments.fingerprints]);
  const { message, say, ref: messageRef } = useToolMessage();
  const importing = useImport(checklist, assessments, say);
  const [team, setTeam] = useState<TeamRoundReport | null>(null);
  const [comparison, setComparison] = useState<{ a: Assessment; b: Assessment } | null>(null);
  /** »Slet alle data« starts the team round's parts afresh. */
  const [cleared, setCleared] = useState(0);

  return (
    <div ref={root} className="selvtjek" data-loaded={loaded ? '' : undefined}>
      <StorageNotice status={store.status} what="dine svar" rawFilename="selvtjek-gemte-data.json" onReset={assessments.clear} repairs={store.repairs} deletedElsewhere={store.deletedElsewhere} />
      <SetAside checklist={checklist} assessments={assessments} known={checklists} onRecover={importing.start} />
      <Orphans assessments={assessments} known={checklists} say={say} />
      <ShareOffer checklist={checklist} onLoad={assessments.add} say={say} />
      <ToolMessage message={message} ref={messageRef} />
      <AssessmentBar assessments={assessments} say={say} />
      <TeamRoundsLine key={`rounds-${cleared}`} checklist={checklist.id} />
      <Questions checklist={checklist} answers={answers} notes={notes} reworded={reworded} onAnswer={assessments.answer} onNote={assessments.note} onConfirm={assessments.confirm} />
      <Results checklist={checklist} answers={answers} notes={notes} />
      <div className="needs-js" data-pagefind-ignore=""><TeamEntry key={`round-${cleared}`} checklist={checklist} own={active} onReport={setTeam} /></div>
      {mine.length >= 2 && <Suspense fallback={null}><Compare checklist={checklist} assessments={mine} onChoice={setComparison} /></Suspense>}
      <section className="tools no-print needs-js" aria-labelledby={`${base}-vaerktoej`} data-pagefind-ignore="">
        <h2 id={`${base}-vaerktoej`}>Gem og del</h2>
        <ImportExport checklist={checklist} assessments={assessments} importing={importing} />
        <ReportDownloads checklist={checklist} assessment={active} team={team} comparison={mine.length >= 2 ? comparison : null} />
        <ShareLink checklist={checklist} answers={answers} say={say} />
        <DeleteAll onCleared={() => { assessments.clear(); setCleared((n) => n + 1); }} say={say} />
      </section>
    </div>
  );
}
