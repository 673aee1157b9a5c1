/**
 * The team round: the one thing the team lead holds for her team's self-check (rules and storage
 * in src/lib/selvtjek/team-round.ts). Loaded lazily by TeamEntry.tsx, when a round is stored for
 * this checklist or the lead starts one; the Selvtjek root gives it `TeamRoundProps`
 * (src/lib/selvtjek/view.ts): the checklist, the lead's own assessment (`own`) and `onReport`,
 * through which the report's documents get the round.
 *
 * The parts, top to bottom:
 * - the round bar       which round, its name and date, a new one, deleting it (here)
 * - Contributions.tsx   who is in: the lead's own answers, each colleague's, and adding more
 * - TeamView.tsx        where the team agrees, »Drøft først«, every answer with its note, the
 *                       team's chart and action list
 * - the team report     print, the spreadsheet, closing the round (here)
 *
 * While the round has colleagues' answers, the report – printed (team.css) or downloaded under
 * »Gem og del« – is the team's report, not the lead's own.
 */
import { useEffect, useId, useMemo, useRef } from 'react';
import { danishDate, TEXT_LIMITS } from '../../../../lib/storage/fields';
import { pageFooterBoxesCss } from '../../../../lib/print';
import { asideAsAssessment, roundNameOf, roundPeople, teamSetAsideOf } from '../../../../lib/selvtjek/team-round';
import type { TeamRoundReport } from '../../../../lib/selvtjek/team';
import type { ChecklistView, TeamRoundProps } from '../../../../lib/selvtjek/view';
import DateField from '../../DateField';
import DocumentDownloads from '../../DocumentDownloads';
import SetAsideNotice from '../../SetAsideNotice';
import StorageNotice from '../../StorageNotice';
import TextField from '../../TextField';
import ToolMessage, { useToolMessage, type Message } from '../../ToolMessage';
import { downloadText } from '../../useStoredState';
import Contributions from './Contributions';
import type { Start, TeamKit } from './TeamEntry';
import TeamView from './TeamView';
import { useTeamRound, type TeamRoundState } from './useTeamRound';
import './team.css';

/** The document code, loaded on the click that asks for a file. */
const documents = () => import('../../../../lib/documents/files');

export interface Props extends TeamRoundProps {
  /** What the round borrows from the page (TeamEntry.tsx says why). */
  kit: TeamKit;
  /** How the lead started the round before this code loaded (files chosen or dropped, or »Start en teamrunde«). */
  start: Start;
  onStarted: () => void;
  /** »Luk teamrunden«: the round stays stored; the page's report is the lead's own again. */
  onClose: () => void;
}

export default function Team({ checklist, own, onReport, kit, start, onStarted, onClose }: Props) {
  const base = useId();
  const team = useTeamRound(checklist.id, own);
  const { round, store } = team;
  const { message, say, ref } = useToolMessage();
  const loaded = store.status.kind !== 'loading';
  // Started with a button or a file chosen in the entry (which this section replaces): focus lands on its heading.
  const heading = useRef<HTMLHeadingElement>(null);
  const startedHere = useRef(start !== null);
  useEffect(() => {
    if (startedHere.current) heading.current?.focus();
  }, []);

  // »Start en teamrunde« (or »Åbn«): once the stored rounds are read, there is a round to show.
  useEffect(() => {
    if (!loaded || start !== 'open') return;
    team.ensure();
    onStarted();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loaded, start]);

  const people = useMemo(() => (round ? roundPeople(round, own) : []), [round, own]);
  // The report is the team's once colleagues' answers are in the round.
  const report = useMemo<TeamRoundReport | null>(
    () => (round && round.contributions.length > 0 && people.length > 0 ? { name: roundNameOf(round), date: round.date, members: people } : null),
    [round, people],
  );
  useEffect(() => onReport(report), [report, onReport]);
  useEffect(() => () => onReport(null), [onReport]);

  return (
    <section id={kit.anchor} className={report ? 'team-section team-report' : 'team-section no-print'} aria-labelledby={`${base}-h`}>
      {/* Every page of the team's report names the checklist and its source, and where it is (»Side x af y«), as Min plan's does. */}
      {report && <style>{pageFooterBoxesCss(checklist.citation ? `${checklist.titel} · Kilde: ${checklist.citation}` : checklist.titel)}</style>}
      <h2 id={`${base}-h`} ref={heading} tabIndex={-1}>Teamrunde</h2>
      {round && <p className="print-only"><strong>{roundNameOf(round)}</strong>, {danishDate(round.date)}</p>}
      <div className="no-print">
        <StorageNotice status={store.status} what="teamrunderne" rawFilename="selvtjek-teamrunder-gemte-data.json" onReset={team.clear} repairs={store.repairs} deletedElsewhere={store.deletedElsewhere} />
        <TeamSetAside checklist={checklist} team={team} kit={kit} />
        <ToolMessage message={message} ref={ref} />
        {round ? (
          <RoundBar team={team} say={say} />
        ) : (
          loaded && (
            <p className="button-row">
              <button type="button" className="secondary" onClick={team.ensure}>Start en teamrunde</button>
            </p>
          )
        )}
        <Contributions checklist={checklist} own={own} team={team} kit={kit} start={start && start !== 'open' ? start.files : null} onStarted={onStarted} say={say} />
      </div>
      {round && people.length > 0 && <TeamView checklist={checklist} members={people} kit={kit} />}
      {round && (
        <div className="no-print team-report-tools">
          <h3>Teamrapporten</h3>
          <p>
            {report
              ? 'Mens teamrunden er åben, er rapporten teamets: »Udskriv rapport« og »Hent rapporten« under »Gem og del« giver teamets svar og noter, »Drøft først«, teamets handlingsliste og sammenligningen, hvis du har valgt en. Luk teamrunden for at udskrive din egen rapport.'
              : 'Når der er kollegers svar i runden, er rapporten teamets, så længe teamrunden er åben.'}
          </p>
          <p className="button-row">
            {report && <button type="button" onClick={() => window.print()}>Udskriv teamrapporten</button>}
            <button type="button" className="secondary" onClick={onClose}>Luk teamrunden</button>
          </p>
          {report && (
            <DocumentDownloads
              label="Hent teamets svar"
              formats={['csv'] as const}
              labels={{ csv: 'Hent teamets svar som regneark (.csv)' }}
              make={() => documents().then((m) => m.teamCsvFile(checklist, report.members, new Date(), report))}
            />
          )}
        </div>
      )}
    </section>
  );
}

/** The round: which one (when there are several), its name and date, a new one, deleting it. */
function RoundBar({ team, say }: { team: TeamRoundState; say: (m: Message | null, focus?: boolean) => void }) {
  const base = useId();
  const { round, rounds } = team;
  if (!round) return null;
  return (
    <div className="team-round-bar">
      <div className="fields-row">
        {rounds.length > 1 && (
          <div className="field">
            <label htmlFor={`${base}-valg`}>Vælg teamrunde</label>
            <select id={`${base}-valg`} value={round.id} onChange={(e) => team.select(e.target.value)}>
              {rounds.map((r) => <option key={r.id} value={r.id}>{roundNameOf(r)} ({danishDate(r.date)})</option>)}
            </select>
          </div>
        )}
        <TextField id={`${base}-navn`} label="Navn på teamrunden" value={round.name} placeholder="fx Teammøde marts 2027" limit={TEXT_LIMITS.name} onCommit={(v) => team.set('name', v)} />
        <DateField
          key={round.id}
          id={`${base}-dato`}
          label="Dato for teamrunden"
          value={round.date}
          required
          kept={`Indtil du retter den, gemmes datoen ${danishDate(round.date)}.`}
          onCommit={(v) => team.set('date', v)}
        />
      </div>
      <p className="button-row">
        <button type="button" className="secondary" onClick={() => {
          team.addNew();
          say({ kind: 'ok', text: 'En ny, tom teamrunde er startet. Den tidligere er stadig gemt.' });
        }}>Ny teamrunde</button>
        <button type="button" className="secondary" onClick={() => {
          const name = roundNameOf(round);
          if (!confirm(`Slet teamrunden »${name}« med alle kollegernes svar fra denne browser? Det kan ikke fortrydes.`)) return;
          team.remove();
          // The button goes with the round: the message takes the focus.
          say({ kind: 'ok', text: `Teamrunden »${name}« er slettet.` }, true);
        }}>Slet teamrunden</button>
      </p>
    </div>
  );
}

/** Stored team data that could not be read: save it as a file (»Vælg kollegernes filer« reads a colleague's answers again) or remove it. */
function TeamSetAside({ checklist, team, kit }: { checklist: ChecklistView; team: TeamRoundState; kit: TeamKit }) {
  const items = teamSetAsideOf(team.store.value.setAside, checklist.id, Date.now());
  const file = (key: string) => {
    const e = items.find((x) => x.entry.key === key);
    return e ? kit.setAsideFile(asideAsAssessment(e.entry), checklist) : null;
  };
  return (
    <SetAsideNotice
      items={items.map((i) => ({ key: i.entry.key, label: i.label, reason: i.reason, importable: false }))}
      heading="Noget af det, der er gemt i teamrunderne, kunne ikke læses og er lagt til side."
      onDownload={(key) => {
        const f = file(key);
        if (f) downloadText(f.filename, f.json);
      }}
      onRecover={() => undefined}
      onRemove={team.removeSetAside}
    />
  );
}
