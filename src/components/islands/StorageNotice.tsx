/** The one place that tells the user what is wrong with browser storage, in plain Danish. */
import { useEffect, useRef, useState } from 'react';
import type { StoredStatus } from './useStoredState';
import { downloadText } from './useStoredState';
import { danishClock } from '../../lib/intl';

export interface Props {
  status: StoredStatus;
  /** What is kept, e.g. "din plan" or "dine svar". */
  what: string;
  rawFilename: string;
  onReset: () => void;
  /** What the store repaired when it loaded (Danish sentences). */
  repairs?: readonly string[];
  /** The data was deleted in another tab while this one was open. */
  deletedElsewhere?: boolean;
}

const capital = (s: string) => s[0]!.toUpperCase() + s.slice(1);

export default function StorageNotice({ status, what, rawFilename, onReset, repairs = [], deletedElsewhere = false }: Props) {
  // »Start forfra« removes the notice with its own button: a short confirmation takes its place
  // and gets the focus, so a keyboard or screen-reader user is not dropped to the top of the page.
  const [done, setDone] = useState<string | null>(null);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (done) box.current?.focus();
  }, [done]);
  useEffect(() => {
    if (status.kind !== 'ok' && status.kind !== 'loading') setDone(null);
  }, [status.kind]);
  const reset = () => {
    onReset();
    setDone('Du er startet forfra. De gemte data, som ikke kunne læses, er slettet fra browseren.');
  };
  return (
    <div ref={box} tabIndex={-1} className="storage-notice">
      {deletedElsewhere && (
        <div className="notice warn" role="status">
          <p><strong>{capital(what)} er slettet i en anden fane.</strong> Nogen har brugt »Slet alle data« eller »Start forfra« i en anden fane med sitet. Det, der stod her, er fjernet og bliver ikke gemt igen.</p>
        </div>
      )}
      {repairs.length > 0 && (
        <div className="notice" role="status">
          <p><strong>Nogle gemte data var skrevet på en måde, værktøjet ikke bruger, og er rettet:</strong></p>
          <ul>{repairs.map((r) => <li key={r}>{r}</li>)}</ul>
        </div>
      )}
      <StatusNotice status={status} what={what} rawFilename={rawFilename} onReset={reset} />
      {done && (status.kind === 'ok' || status.kind === 'loading') && <p className="notice" role="status">{done}</p>}
    </div>
  );
}

function StatusNotice({ status, what, rawFilename, onReset }: Pick<Props, 'status' | 'what' | 'rawFilename' | 'onReset'>) {
  switch (status.kind) {
    case 'unavailable':
      return (
        <div className="notice warn" role="status">
          <p><strong>{capital(what)} bliver ikke gemt.</strong> {status.message || 'Browseren tillader ikke, at sitet gemmer data.'} Værktøjet virker, så længe siden er åben. Eksportér til en fil, før du lukker siden.</p>
        </div>
      );
    case 'full':
      return (
        <div className="notice warn" role="status">
          <p><strong>Browseren har ikke mere plads.</strong> Det, der allerede er gemt, vises her og kan eksporteres, men nye ændringer kan ikke gemmes i browseren. Eksportér til en fil, og slet data, du ikke længere bruger.</p>
        </div>
      );
    case 'save-failed':
      return (
        <div className="notice warn" role="alert">
          <p>
            <strong>Din seneste ændring er ikke gemt i browseren</strong>
            {status.reason === 'quota' ? ', fordi browseren ikke har mere plads.' : '.'}{' '}
            Ændringer fra kl. {danishClock(status.since)} findes kun i denne fane, indtil du lukker den; det, der blev gemt før, er bevaret. Eksportér til en fil, så du ikke mister dem.
          </p>
        </div>
      );
    case 'corrupt':
    case 'newer':
      return (
        <div className="notice error" role="alert">
          <p>
            <strong>{status.kind === 'corrupt' ? 'De gemte data kan ikke læses.' : 'De gemte data er fra en nyere version af sitet.'}</strong>{' '}
            {status.kind === 'corrupt' ? status.reason : 'Denne version kan ikke læse dem. Åbn sitet igen, så du får den nyeste version.'} Intet er slettet. Indtil du vælger, bliver nye ændringer ikke gemt.
          </p>
          <p>
            <button type="button" onClick={() => downloadText(rawFilename, status.raw)}>Gem de gemte data som fil</button>{' '}
            <button type="button" className="secondary" onClick={() => confirm('Slet de gemte data i denne browser og start forfra? Gem dem som fil først, hvis du vil beholde dem.') && onReset()}>Start forfra</button>
          </p>
        </div>
      );
    default:
      return null;
  }
}
