/**
 * The date field of every tool: it never hands on a date from halfway through the typing, nor an
 * invalid one. A native date field reports a new value after each part the user types (typing
 * 02/30/2026 over a saved date passes through 2026-02-15 and 2026-02-03), so what is typed is
 * only a draft until the user has finished: leaves the field, presses Enter, or leaves the page.
 * Then it is checked by the one date rule (src/lib/storage/fields.ts, checkDate) and only a
 * complete, real date in range reaches `onCommit`. Otherwise the field keeps showing what was
 * typed, says what is wrong and that the saved date stays meanwhile (`kept`), and checks again
 * as the user corrects it. Nothing is marked invalid before the user has typed.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { DATE_MAX, DATE_MIN, checkDate } from '../../lib/storage/fields';
import './fields.css';

export interface Props {
  id: string;
  label: string;
  /** The stored date (YYYY-MM-DD, or '' when none). */
  value: string;
  required: boolean;
  onCommit: (value: string) => void;
  /** What stays stored while the field is invalid, e.g. "Indtil du retter den, gemmes datoen …". */
  kept: string;
  className?: string;
  /** Rendered after the field and its message (e.g. the value as printed). */
  after?: ReactNode;
}

export default function DateField({ id, label, value, required, onCommit, kept, className = 'field', after }: Props) {
  /** What the user has typed and not yet committed (null: the field shows the stored value). */
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const errorId = `${useId()}-fejl`;
  const latest = useRef({ draft, value, required, onCommit });
  latest.current = { draft, value, required, onCommit };

  const check = (el: HTMLInputElement) => checkDate(el.value, { required: latest.current.required, incomplete: el.validity.badInput });

  /** The user has finished typing: store a valid date, or say why not (the stored one stays). */
  const commit = () => {
    const el = input.current;
    if (!el || latest.current.draft === null) return;
    const c = check(el);
    if (!c.ok) {
      setError(c.message);
      return;
    }
    setDraft(null);
    setError(null);
    if (c.value !== latest.current.value) latest.current.onCommit(c.value);
  };

  // Leaving the page (closing the tab, following a link, switching app on a phone) finishes the typing too.
  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') commit();
    };
    window.addEventListener('pagehide', commit);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', commit);
      document.removeEventListener('visibilitychange', onHide);
    };
  }, []); // eslint-disable-line react-hooks/exhaustive-deps

  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      <input
        ref={input}
        id={id}
        type="date"
        min={DATE_MIN}
        max={DATE_MAX}
        value={draft ?? value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(e) => {
          setDraft(e.target.value);
          // After a message, it follows the correction as the user types (nothing is stored yet).
          if (error) {
            const c = check(e.target);
            setError(c.ok ? null : c.message);
          }
        }}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
      {error && <p id={errorId} className="field-error">{error} {kept}</p>}
      {after}
    </div>
  );
}
