/**
 * The way into the team round, shipped with the tool page and kept small: the round's own code
 * (Team.tsx) loads only when this checklist has a round stored, or when the lead starts one – by
 * choosing colleagues' files, dropping files on the page, or »Start en teamrunde«.
 * `TeamRoundsLine` lists the stored rounds beside the saved assessments. The server renders the
 * entry as the empty state shows it; the stored rounds are read after mount (the served page is
 * the tool, and hydration must not change it).
 */
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { danishDate } from '../../../../lib/storage/fields';
import { parseImport, setAsideFile } from '../../../../lib/selvtjek/file';
import { TEAM_STORAGE_KEY, peekRounds, type Peek } from '../../../../lib/selvtjek/team-round-peek';
import { formerIds, type TeamRoundProps } from '../../../../lib/selvtjek/view';
import { browserStorage } from '../../useStoredState';
import ActionList from '../ActionList';
import BarChart from '../BarChart';

const Team = lazy(() => import('./Team'));

/**
 * What the round borrows from the page, which has already loaded it: the page's own import and
 * parts. Handed over instead of imported, so the round's code shares no module with the page's
 * own chunk – otherwise the bundler moves that code into an extra chunk every visit loads
 * (1.7 KB gzip more on load, measured). Only the chunks the site already shares (React, the
 * fields, storage and scoring code) are imported by both.
 */
const kit = { parseImport, setAsideFile, formerIds, ActionList, BarChart, anchor: 'teamrunde' } as const;
export type TeamKit = typeof kit;
/** Asks the entry to show the round (the line at the top links to it). */
const OPEN = 'laeringskatalog:teamrunde';
/** The round section's id: the line at the top links there. */
const ROUND_ANCHOR = kit.anchor;

/** How the lead started the round before its code loaded: files chosen or dropped, or »Start«/»Åbn«. */
export type Start = { files: File[] } | 'open' | null;

/** The stored rounds of a checklist (`null` before mount), read again whenever a tab or a part of this page saves. */
function useRoundPeek(checklist: string): Peek | null {
  const [value, setValue] = useState<Peek | null>(null);
  useEffect(() => {
    const again = () => setValue(peekRounds(browserStorage()?.getItem(TEAM_STORAGE_KEY) ?? null, checklist));
    again();
    // `laeringskatalog:saved` is what useStoredState tells the other parts of a page.
    for (const e of ['storage', 'laeringskatalog:saved']) window.addEventListener(e, again);
    return () => {
      for (const e of ['storage', 'laeringskatalog:saved']) window.removeEventListener(e, again);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [checklist]);
  return value;
}

export default function TeamEntry(props: TeamRoundProps) {
  const stored = useRoundPeek(props.checklist.id);
  const [open, setOpen] = useState(false);
  // A stored round opens once, when the stored rounds are first read.
  const opened = useRef(false);
  useEffect(() => {
    if (!stored || opened.current) return;
    opened.current = true;
    if (stored.rounds.length || stored.unreadable) setOpen(true);
  }, [stored]);
  const [start, setStart] = useState<Start>(null);
  const [closed, setClosed] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const begin = (files: File[]) => {
    setStart(files.length ? { files } : 'open');
    setOpen(true);
  };

  useEffect(() => {
    const show = () => setOpen(true);
    // Files dropped anywhere on the page go to the round (the browser would otherwise open them).
    const files = (e: DragEvent) => e.dataTransfer?.types.includes('Files') && !(e.target instanceof HTMLInputElement);
    const over = (e: DragEvent) => files(e) && e.preventDefault();
    const drop = (e: DragEvent) => {
      if (!files(e)) return;
      e.preventDefault();
      begin([...e.dataTransfer!.files]);
    };
    window.addEventListener(OPEN, show);
    document.addEventListener('dragover', over);
    document.addEventListener('drop', drop);
    return () => {
      window.removeEventListener(OPEN, show);
      document.removeEventListener('dragover', over);
      document.removeEventListener('drop', drop);
    };
  }, []);
  // »Luk teamrunden« takes its button away: the heading of what is left takes the focus.
  useEffect(() => {
    if (closed) heading.current?.focus();
  }, [closed]);

  if (open) {
    return (
      <Suspense fallback={<section id={ROUND_ANCHOR} className="team-section no-print" aria-busy="true"><h2>Teamrunde</h2></section>}>
        <Team {...props} kit={kit} start={start} onStarted={() => setStart(null)} onClose={() => { setOpen(false); setClosed(true); }} />
      </Suspense>
    );
  }
  return (
    <section id={ROUND_ANCHOR} className="team-section no-print" aria-labelledby={`${ROUND_ANCHOR}-h`}>
      <h2 id={`${ROUND_ANCHOR}-h`} ref={heading} tabIndex={-1}>Teamrunde</h2>
      {closed && <p>Teamrunden er lukket og stadig gemt. Rapporten er nu din egen.</p>}
      <p>Saml teamets svar i en teamrunde: dine egne og kollegernes filer eller delingslinks (kollegerne skriver deres navn som navn på vurderingen). Du kan trække filerne ind på siden. Runden gemmes i din browser, til du sletter den.</p>
      <p className="button-row">
        <label className="button secondary file-button">
          Vælg kollegernes filer
          <input type="file" multiple accept=".json,application/json" className="visually-hidden" onChange={(e) => begin([...(e.target.files ?? [])])} />
        </label>
        <button type="button" className="secondary" onClick={() => begin([])}>{stored?.rounds.length ? 'Åbn teamrunden' : 'Start en teamrunde'}</button>
      </p>
    </section>
  );
}

/** The stored rounds of this checklist, listed beside the saved assessments; a link opens the round. */
export function TeamRoundsLine({ checklist }: { checklist: string }) {
  const rounds = useRoundPeek(checklist)?.rounds ?? [];
  return rounds.length ? (
    <p className="team-rounds-line no-print">
      Gemt i denne browser:{' '}
      {rounds.map((r, i) => [
        i > 0 && ', ',
        <a key={r.id} href={`#${ROUND_ANCHOR}`} onClick={() => window.dispatchEvent(new Event(OPEN))}>
          teamrunden »{r.name || 'Teamrunde'}« ({danishDate(r.date)}, {r.contributions} {r.contributions === 1 ? 'kollegas' : 'kollegers'} svar)
        </a>,
      ])}
    </p>
  ) : null;
}
