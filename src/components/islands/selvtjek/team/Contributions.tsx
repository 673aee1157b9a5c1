/**
 * Who is in the round and how colleagues' answers come in: the lead's own answers (in by default,
 * she can leave them out, and write the name she has in the round), every contribution with its
 * name, date and where it came from (renamable, removable), and the ways to add one – choose
 * files, drop files on the page (TeamEntry.tsx hands them here), or paste a colleague's share
 * link. The same person twice asks which to keep; a file for another checklist says so and
 * changes nothing. Files and links are read in this browser only.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { Assessment } from '../../../../lib/selvtjek/model';
import { questionIds } from '../../../../lib/selvtjek/scoring';
import { candidateFromFile, candidateFromLink, linkFragment, localDay, DEFAULT_OWN_NAME, type Candidate, type Contribution } from '../../../../lib/selvtjek/team-round';
import { TEXT_LIMITS, danishDate } from '../../../../lib/storage/fields';
import type { ChecklistView } from '../../../../lib/selvtjek/view';
import ImportConfirm from '../../ImportConfirm';
import TextField from '../../TextField';
import type { Message } from '../../ToolMessage';
import type { TeamKit } from './TeamEntry';
import type { TeamRoundState } from './useTeamRound';

type Say = (m: Message | null, focus?: boolean) => void;
const readFile = (f: File) => f.text().catch(() => '');
const shareCode = () => import('../../../../lib/selvtjek/share');
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const sizeOf = (c: Pick<Contribution, 'answers' | 'notes'>) =>
  `${count(Object.keys(c.answers).length, 'svar', 'svar')}${Object.keys(c.notes).length ? `, ${count(Object.keys(c.notes).length, 'note', 'noter')}` : ''}`;
const SOURCE = { fil: 'fra en fil', link: 'fra et delingslink' } as const;

/** A question to the lead: the same person is in the round already. */
interface Ask {
  candidate: Candidate;
  existing: Contribution;
  roundId: string;
  /** Where the new answers come from: the file's name, or »linket«. */
  from: string;
}

/** What the last files or link did, shown together in one message. */
interface Outcome {
  added: string[];
  refused: string[];
  notes: string[];
}

export interface Props {
  checklist: ChecklistView;
  own: Assessment | undefined;
  team: TeamRoundState;
  kit: TeamKit;
  /** Files the lead chose or dropped before the round's code had loaded. */
  start: File[] | null;
  onStarted: () => void;
  say: Say;
}

export default function Contributions({ checklist, own, team, kit, start, onStarted, say }: Props) {
  const base = useId();
  const { round } = team;
  const [asks, setAsks] = useState<Ask[]>([]);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [link, setLink] = useState({ name: '', url: '' });
  const [linkError, setLinkError] = useState<{ field: 'name' | 'url'; text: string } | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const ids = questionIds(checklist);
  /** Question id → the fingerprint of its wording today (answers to an earlier wording are said). */
  const wordings: Record<string, string> = Object.fromEntries(checklist.omraader.flatMap((o) => o.spoergsmaal.map((q) => [q.id, q.fingerprint])));
  const loaded = team.store.status.kind !== 'loading';

  /** Offers one contribution; returns a line for the message, or queues the question. */
  const offer = (c: Candidate, from: string, out: Outcome) => {
    const r = team.offer(c);
    if (r.kind === 'added') out.added.push(`${c.name} (${sizeOf(c)})`);
    else if (r.kind === 'own') out.notes.push(`${from} er din egen vurdering, som allerede er med i teamrunden. Intet er ændret.`);
    else setAsks((q) => [...q, { candidate: c, existing: r.existing, roundId: r.roundId, from }]);
  };

  const addFiles = async (files: readonly File[]) => {
    const out: Outcome = { added: [], refused: [], notes: [] };
    for (const f of files) {
      // Answers under a question's former id follow it (content `tidligereIder`), as in the lead's own import.
      const r = kit.parseImport(await readFile(f), checklist.id, ids, { checklistTitle: checklist.titel, scale: checklist.skala, former: kit.formerIds(checklist) });
      if (!r.ok) {
        out.refused.push(`${f.name}: ${r.error}`);
        continue;
      }
      // Answers that do not fit the checklist are left out and named, never dropped silently.
      if (r.report.dropped.length) out.notes.push(`${f.name}: ${count(r.report.dropped.length, 'svar passer', 'svar passer')} ikke til tjeklisten og er ikke med (${r.report.dropped.map((d) => d.label).join(', ')}).`);
      const reworded = Object.entries(r.assessment.fingerprints ?? {}).filter(([q, fp]) => wordings[q] !== undefined && wordings[q] !== fp).length;
      if (reworded) out.notes.push(`${f.name}: ${count(reworded, 'svar er', 'svar er')} givet til en tidligere formulering af spørgsmålet. ${reworded === 1 ? 'Det er' : 'De er'} med i teamrunden.`);
      offer(candidateFromFile(r.assessment, f.name), f.name, out);
    }
    setOutcome(out);
    if (input.current) input.current.value = '';
  };

  // Files chosen or dropped before this code loaded: added once the stored rounds are read.
  useEffect(() => {
    if (!loaded || !start) return;
    onStarted();
    void addFiles(start);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loaded, start]);

  const addLink = async () => {
    if (!link.name.trim()) return setLinkError({ field: 'name', text: 'Skriv kollegaens navn: et delingslink har ikke navnet med.' });
    if (!link.url.trim()) return setLinkError({ field: 'url', text: 'Indsæt det link, kollegaen har sendt dig.' });
    setLinkError(null);
    const { decodeShare } = await shareCode();
    const r = await decodeShare(linkFragment(link.url), checklist.id, ids, checklist.skala);
    const out: Outcome = { added: [], refused: [], notes: [] };
    if (!r.ok) out.refused.push(`Linket fra ${link.name.trim()}: ${r.error}`);
    else {
      offer(candidateFromLink(link.name, r.answers, Date.now()), 'Linket', out);
      setLink({ name: '', url: '' });
    }
    setOutcome(out);
  };

  const answerAsk = (keepNew: boolean) => {
    const [ask, ...rest] = asks;
    if (!ask) return;
    if (keepNew) team.replace(ask.roundId, ask.existing.id, ask.candidate);
    setAsks(rest);
    // The question goes away with its buttons: the message (or the next question) takes the focus.
    if (rest.length === 0) {
      say({ kind: 'ok', text: keepNew ? `Teamrunden har nu de nye svar fra ${ask.candidate.name}; de tidligere er fjernet.` : `Teamrunden beholder de tidligere svar fra ${ask.existing.name}; de nye er ikke tilføjet.` }, true);
    }
  };

  const ask = asks[0];
  const error = (field: 'name' | 'url') => (linkError?.field === field ? { 'aria-invalid': true, 'aria-describedby': `${base}-link-fejl` } : {});
  return (
    <>
      {round && (
        <>
          <h3 id={`${base}-med`}>Med i runden</h3>
          <ul className="team-contributions" aria-labelledby={`${base}-med`}>
            <li className="team-contribution">
              <label className="team-own">
                <input type="checkbox" checked={round.withOwn} onChange={(e) => team.set('withOwn', e.target.checked)} /> Mine egne svar er med
              </label>
              {round.withOwn && (
                <TextField id={`${base}-eget-navn`} label="Dit navn i teamrunden" value={round.ownName} placeholder={DEFAULT_OWN_NAME} limit={TEXT_LIMITS.name} onCommit={(v) => team.set('ownName', v)} />
              )}
              <p className="muted">
                {own
                  ? `Dine svar er vurderingen »${own.name}« (${danishDate(own.date)}, ${sizeOf(own)}), som er valgt øverst på siden.`
                  : 'Du har ikke svaret på spørgsmålene endnu. Dine svar kommer med, når du svarer øverst på siden.'}
              </p>
            </li>
            {round.contributions.map((c, i) => (
              <li key={c.id} className="team-contribution">
                <TextField id={`${base}-navn-${c.id}`} label={<>Navn<span className="visually-hidden"> på bidrag {i + 1}</span></>} value={c.name} limit={TEXT_LIMITS.name} onCommit={(v) => team.rename(c.id, v)} />
                <p className="muted">
                  Vurdering fra {danishDate(c.date)}, {sizeOf(c)}, {SOURCE[c.source]}; tilføjet {danishDate(localDay(new Date(c.addedAt)))}.{' '}
                  <button type="button" className="secondary" onClick={() => {
                    if (!confirm(`Fjern svarene fra »${c.name}« fra teamrunden? Du kan tilføje dem igen fra filen eller linket.`)) return;
                    team.removeContribution(c.id);
                    say({ kind: 'ok', text: `Svarene fra »${c.name}« er fjernet fra teamrunden.` }, true);
                  }}>Fjern<span className="visually-hidden"> {c.name}</span></button>
                </p>
              </li>
            ))}
          </ul>
          {round.contributions.length === 0 && <p>Ingen kollegers svar endnu.</p>}
        </>
      )}

      {ask && (
        <ImportConfirm
          key={`${ask.existing.id}-${asks.length}`}
          heading={`${ask.existing.name} er allerede med i teamrunden`}
          actions={[
            { label: 'Behold de nye svar', onClick: () => answerAsk(true) },
            { label: 'Behold de tidligere svar', onClick: () => answerAsk(false), secondary: true },
          ]}
        >
          <p>
            De tidligere: vurdering fra {danishDate(ask.existing.date)}, {sizeOf(ask.existing)}, tilføjet {danishDate(localDay(new Date(ask.existing.addedAt)))}.
            {' '}De nye ({ask.from}): vurdering fra {danishDate(ask.candidate.date)}, {sizeOf(ask.candidate)}. Hvilke skal med? Intet er ændret endnu.
          </p>
        </ImportConfirm>
      )}

      {outcome && (outcome.added.length > 0 || outcome.refused.length > 0 || outcome.notes.length > 0) && (
        <div className={outcome.refused.length ? 'notice error team-outcome' : 'notice team-outcome'} role={outcome.refused.length ? 'alert' : 'status'}>
          {outcome.added.length > 0 && <p>Tilføjet til teamrunden: {outcome.added.join(', ')}.</p>}
          {outcome.refused.length > 0 && (
            <>
              <p>Ikke tilføjet – intet er ændret af {outcome.refused.length === 1 ? 'denne' : 'disse'}:</p>
              <ul>{outcome.refused.map((e, i) => <li key={i}>{e}</li>)}</ul>
            </>
          )}
          {outcome.notes.length > 0 && <ul>{outcome.notes.map((e, i) => <li key={i}>{e}</li>)}</ul>}
        </div>
      )}

      <h3 id={`${base}-tilfoej`}>Tilføj kollegers svar</h3>
      <p>Bed hver kollega skrive sit navn som navn på vurderingen og eksportere den til en fil, eller sende dig et delingslink. Du kan trække filerne ind på siden. De læses kun i din browser.</p>
      <p className="button-row">
        <label className="button secondary file-button">
          Vælg kollegernes filer
          <input ref={input} type="file" multiple accept=".json,application/json" className="visually-hidden" onChange={(e) => void addFiles(Array.from(e.target.files ?? []))} />
        </label>
      </p>
      <form className="team-link" onSubmit={(e) => { e.preventDefault(); void addLink(); }} aria-labelledby={`${base}-link-h`}>
        <p id={`${base}-link-h`}><strong>Eller indsæt en kollegas delingslink</strong> (linket har svarene, men ikke noterne):</p>
        <div className="fields-row">
          <div className="field">
            <label htmlFor={`${base}-link-navn`}>Kollegaens navn</label>
            <input id={`${base}-link-navn`} type="text" maxLength={TEXT_LIMITS.name} value={link.name} onChange={(e) => setLink({ ...link, name: e.target.value })} {...error('name')} />
          </div>
          <div className="field team-link-url">
            <label htmlFor={`${base}-link-url`}>Delingslink</label>
            <input id={`${base}-link-url`} type="text" inputMode="url" autoComplete="off" value={link.url} onChange={(e) => setLink({ ...link, url: e.target.value })} {...error('url')} />
          </div>
        </div>
        {linkError && <p id={`${base}-link-fejl`} className="field-error">{linkError.text}</p>}
        <p className="button-row"><button type="submit" className="secondary">Tilføj svarene fra linket</button></p>
      </form>
    </>
  );
}
