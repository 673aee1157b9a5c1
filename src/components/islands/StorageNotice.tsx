/** The one place that tells the user what is wrong with browser storage, in plain Danish. */
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
  switch (status.kind) {
    case 'unavailable':
      return (
        <div className="notice warn" role="status">
          <p><strong>{what[0]!.toUpperCase() + what.slice(1)} bliver ikke gemt.</strong> {status.message || 'Browseren tillader ikke, at sitet gemmer data.'} Værktøjet virker, så længe siden er åben. Eksportér til en fil, før du lukker siden.</p>
        </div>
      );
    case 'save-failed':
      return <div className="notice warn" role="alert"><p>{status.message}</p></div>;
    case 'corrupt':
    case 'newer':
      return (
        <div className="notice error" role="alert">
          <p>
            <strong>{status.kind === 'corrupt' ? 'De gemte data kan ikke læses.' : 'De gemte data er fra en nyere version af sitet.'}</strong>{' '}
            {status.kind === 'corrupt' ? status.reason : 'Denne version kan ikke læse dem.'} Intet er slettet. Gem de rå data som en fil, før du starter forfra. Indtil da bliver nye ændringer ikke gemt.
          </p>
          <p>
            <button type="button" onClick={() => downloadText(rawFilename, status.raw)}>Gem de rå data som fil</button>{' '}
            <button type="button" className="secondary" onClick={onReset}>Start forfra</button>
          </p>
        </div>
      );
    case 'other-tab':
      return (
        <div className="notice warn" role="alert">
          <p><strong>{what[0]!.toUpperCase() + what.slice(1)} er ændret i en anden fane.</strong> Ændringer her gemmes ikke, før du vælger.</p>
          <p>
            <button type="button" onClick={onReload}>Hent ændringerne fra den anden fane</button>{' '}
            <button type="button" className="secondary" onClick={onKeepMine}>Behold denne fanes version</button>
          </p>
        </div>
      );
    default:
      return null;
  }
}
