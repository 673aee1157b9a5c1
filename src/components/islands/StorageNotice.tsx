/** The one place that tells the user what is wrong with browser storage, in plain Danish. */
import { useEffect, useRef, useState } from 'react';
import type { StoredStatus } from './useStoredState';
import { downloadText } from './useStoredState';

export interface Props {
  status: StoredStatus;
  /** What is kept, e.g. "din plan" or "dine svar". */
  what: string;
  rawFilename: string;
  onReset: () => void;
  onReload: () => void;
  onKeepMine: () => void;
}

export default function StorageNotice({ status, what, rawFilename, onReset, onReload, onKeepMine }: Props) {
  // The notice disappears when the user chooses; a short confirmation takes its place and gets
  // the focus, so a keyboard or screen-reader user is not dropped to the top of the page.
  const [done, setDone] = useState<string | null>(null);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (done) box.current?.focus();
  }, [done]);
  useEffect(() => {
    if (status.kind !== 'ok' && status.kind !== 'loading') setDone(null);
  }, [status.kind]);
  const choose = (action: () => void, confirmation: string) => () => {
    action();
    setDone(confirmation);
  };
  const What = what[0]!.toUpperCase() + what.slice(1);

  let notice = null;
  switch (status.kind) {
    case 'unavailable':
      notice = (
        <div className="notice warn" role="status">
          <p><strong>{What} bliver ikke gemt.</strong> {status.message || 'Browseren tillader ikke, at sitet gemmer data.'} Værktøjet virker, så længe siden er åben. Eksportér til en fil, før du lukker siden.</p>
        </div>
      );
      break;
    case 'save-failed':
      notice = <div className="notice warn" role="alert"><p>{status.message}</p></div>;
      break;
    case 'corrupt':
    case 'newer':
      notice = (
        <div className="notice error" role="alert">
          <p>
            <strong>{status.kind === 'corrupt' ? 'De gemte data kan ikke læses.' : 'De gemte data er fra en nyere version af sitet.'}</strong>{' '}
            {status.kind === 'corrupt' ? status.reason : 'Denne version kan ikke læse dem.'} Intet er slettet. Gem de rå data som en fil, før du starter forfra. Indtil da bliver nye ændringer ikke gemt.
          </p>
          <p>
            <button type="button" onClick={() => downloadText(rawFilename, status.raw)}>Gem de rå data som fil</button>{' '}
            <button type="button" className="secondary" onClick={choose(onReset, 'Du er startet forfra. De gemte data, som ikke kunne læses, er slettet fra browseren.')}>Start forfra</button>
          </p>
        </div>
      );
      break;
    case 'other-tab':
      notice = (
        <div className="notice warn" role="alert">
          <p><strong>{What} er ændret i en anden fane.</strong> Ændringer her gemmes ikke, før du vælger.</p>
          <p>
            <button type="button" onClick={choose(onReload, `Ændringerne fra den anden fane er hentet. ${What} gemmes igen automatisk.`)}>Hent ændringerne fra den anden fane</button>{' '}
            <button type="button" className="secondary" onClick={choose(onKeepMine, `Denne fanes version er gemt. ${What} gemmes igen automatisk.`)}>Behold denne fanes version</button>
          </p>
        </div>
      );
      break;
    default:
      notice = done ? <p className="notice" role="status">{done}</p> : null;
  }
  return (
    <div ref={box} tabIndex={-1} className="storage-notice">
      {notice}
    </div>
  );
}
