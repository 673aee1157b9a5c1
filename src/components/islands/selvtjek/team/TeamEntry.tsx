/**
 * The way into the team round, shipped with the tool page (kept small: the round's own code in
 * Team.tsx loads only when a round is used). It loads the round when this checklist has one
 * stored, or when the lead starts one: by choosing colleagues' files, by dropping files on the
 * page, or with »Start en teamrunde«. `TeamRoundsLine` lists the stored rounds beside the saved
 * assessments, so the lead sees her round at the top of the page.
 */
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { danishDate } from '../../../../lib/storage/fields';
import { TEAM_STORAGE_KEY, peekRounds, type Peek } from '../../../../lib/selvtjek/team-round-peek';
import type { TeamRoundProps } from '../../../../lib/selvtjek/view';
import { browserStorage } from '../../useStoredState';

const Team = lazy(() => import('./Team'));
/** Asks the entry to show the round (the line at the top links to it). */
const OPEN_EVENT = 'laeringskatalog:teamrunde';
/** The round section's id: the link at the top lands there. */
export const ROUND_ANCHOR = 'teamrunde';

function peek(checklist: string): Peek {
  try {
    return peekRounds(browserStorage()?.getItem(TEAM_STORAGE_KEY) ?? null, checklist);
  } catch {
    return { rounds: [], unreadable: false };
  }
}

/** The stored rounds of a checklist, read again whenever any tab or island saves. */
function useRoundPeek(checklist: string): Peek {
  const [value, setValue] = useState<Peek>(() => peek(checklist));
  useEffect(() => {
    const again = () => setValue(peek(checklist));
    again();
    // `storage`: other tabs; `laeringskatalog:saved`: other islands and parts of this page (src/components/islands/useStoredState.ts).
    window.addEventListener('storage', again);
    window.addEventListener('laeringskatalog:saved', again);
    return () => {
      window.removeEventListener('storage', again);
      window.removeEventListener('laeringskatalog:saved', again);
    };
  }, [checklist]);
  return value;
}

/** What the lead did to start the round, handed to it once it has loaded. */
export type Start = { files: File[] } | 'open' | null;

const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');

export default function TeamEntry(props: TeamRoundProps) {
  const stored = useRoundPeek(props.checklist.id);
  const [open, setOpen] = useState<boolean | null>(null);
  const [start, setStart] = useState<Start>(null);
  const shown = open ?? (stored.rounds.length > 0 || stored.unreadable);
  const heading = useRef<HTMLHeadingElement>(null);
  const [closed, setClosed] = useState(false);
  const begin = useCallback((files: File[]) => {
    setStart(files.length ? { files } : 'open');
    setOpen(true);
  }, []);
  // Once shown, the round stays until the lead closes it (deleting its last round keeps her there).
  useEffect(() => {
    if (shown && open === null) setOpen(true);
  }, [shown, open]);
  // »Luk teamrunden« takes its button away: the heading of what is left takes the focus.
  useEffect(() => {
    if (closed) heading.current?.focus();
  }, [closed]);

  useEffect(() => {
    const openRound = () => setOpen(true);
    // Files dropped anywhere on the page go to the team round (the browser would otherwise open them).
    const over = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e) || (e.target instanceof HTMLInputElement && e.target.type === 'file')) return;
      e.preventDefault();
      begin(Array.from(e.dataTransfer?.files ?? []));
    };
    window.addEventListener(OPEN_EVENT, openRound);
    document.addEventListener('dragover', over);
    document.addEventListener('drop', drop);
    return () => {
      window.removeEventListener(OPEN_EVENT, openRound);
      document.removeEventListener('dragover', over);
      document.removeEventListener('drop', drop);
    };
  }, [begin]);

  if (shown) {
    return (
      <Suspense fallback={<section id={ROUND_ANCHOR} className="team-section no-print" aria-busy="true"><h2>Teamrunde</h2><p>Teamrunden hentes …</p></section>}>
        <Team {...props} start={start} onStarted={() => setStart(null)} onClose={() => { setOpen(false); setClosed(true); }} />
      </Suspense>
    );
  }
  const count = stored.rounds.length;
  return (
    <section id={ROUND_ANCHOR} className="team-section no-print" aria-labelledby={`${ROUND_ANCHOR}-h`}>
      <h2 id={`${ROUND_ANCHOR}-h`} ref={heading} tabIndex={-1}>Teamrunde</h2>
      {closed && count > 0 && <p>Teamrunden er lukket og stadig gemt i denne browser. Rapporten er nu din egen.</p>}
      <p>
        Saml teamets svar i en teamrunde: dine egne og kollegernes, efterhånden som de kommer. Kollegerne skriver deres navn som navn på vurderingen og eksporterer den til en fil – eller sender dig et delingslink. Runden gemmes i din browser, indtil du sletter den.
      </p>
      <p className="button-row">
        <label className="button secondary file-button">
          Vælg kollegernes filer
          <input type="file" multiple accept=".json,application/json" className="visually-hidden" onChange={(e) => begin(Array.from(e.target.files ?? []))} />
        </label>
        <button type="button" className="secondary" onClick={() => { setClosed(false); begin([]); }}>{count ? 'Åbn teamrunden' : 'Start en teamrunde'}</button>
      </p>
      <p className="muted">Du kan også trække filerne ind på siden. De læses kun i din browser.</p>
    </section>
  );
}

/** The stored rounds of this checklist, listed beside the saved assessments; each link opens its round. */
export function TeamRoundsLine({ checklist }: { checklist: string }) {
  const { rounds } = useRoundPeek(checklist);
  if (rounds.length === 0) return null;
  return (
    <p className="team-rounds-line no-print">
      {rounds.length === 1 ? 'Teamrunde' : 'Teamrunder'} gemt i denne browser:{' '}
      {rounds.map((r, i) => (
        <span key={r.id}>
          {i > 0 && ', '}
          <a href={`#${ROUND_ANCHOR}`} onClick={() => window.dispatchEvent(new Event(OPEN_EVENT))}>
            »{r.name || 'Teamrunde'}«{r.date && ` (${danishDate(r.date)})`}
          </a>{' '}
          med {r.contributions} {r.contributions === 1 ? 'kollegas' : 'kollegers'} svar
        </span>
      ))}
      .
    </p>
  );
}
