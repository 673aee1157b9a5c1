/**
 * Lists stored data a tool could not read and set aside. It stays saved in the browser until
 * the user removes it; each entry can be saved as a file and, where it is shaped like the tool's
 * data, loaded again through the tool's own import (which shows what can be used first).
 */
import { useEffect, useId, useRef, useState } from 'react';
import './fields.css';

export interface SetAsideItem {
  key: string;
  label: string;
  reason: string;
  importable: boolean;
}

export interface Props {
  items: SetAsideItem[];
  /** E.g. "1 vurdering kunne ikke læses og er lagt til side." */
  heading: string;
  onDownload: (key: string) => void;
  onRecover: (key: string) => void;
  onRemove: (key: string) => void;
}

export default function SetAsideNotice({ items, heading, onDownload, onRecover, onRemove }: Props) {
  const id = useId();
  // »Fjern« takes its entry (and, with the last one, the whole notice) away: a confirmation
  // takes the focus, so a keyboard or screen-reader user is not dropped to the top of the page.
  const [removed, setRemoved] = useState<{ label: string } | null>(null);
  const done = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (removed) done.current?.focus();
  }, [removed]);
  const confirmation = removed && (
    <p ref={done} tabIndex={-1} className="notice" role="status">»{removed.label}« er fjernet fra browseren.</p>
  );
  if (items.length === 0) return confirmation;
  return (
    <div className="notice warn set-aside" role="region" aria-labelledby={id}>
      {confirmation}
      <p id={id}><strong>{heading}</strong></p>
      <p>
        Det er stadig gemt i denne browser, og alt andet er hentet som normalt. Gem det som en fil, så du har en kopi, eller
        indlæs det, der kan læses: du ser, hvad der kan bruges, før noget bliver gemt.
      </p>
      <ul>
        {items.map((item) => (
          <li key={item.key}>
            <strong>»{item.label}«</strong>: {item.reason}
            <span className="button-row">
              <button type="button" className="secondary" onClick={() => onDownload(item.key)}>
                Gem som fil<span className="visually-hidden">: »{item.label}«</span>
              </button>
              {item.importable && (
                <button type="button" className="secondary" onClick={() => onRecover(item.key)}>
                  Indlæs det, der kan læses<span className="visually-hidden">: »{item.label}«</span>
                </button>
              )}
              <button
                type="button"
                className="secondary"
                onClick={() => {
                  if (!confirm(`Fjern »${item.label}« fra browseren for altid? Gem det som fil først, hvis du vil beholde det.`)) return;
                  onRemove(item.key);
                  setRemoved({ label: item.label });
                }}
              >
                Fjern<span className="visually-hidden">: »{item.label}«</span>
              </button>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
