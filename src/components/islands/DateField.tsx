/**
 * A date field that never hands on an invalid date: what the user types is checked at the edge
 * (src/lib/storage/fields.ts) and only a real date in range reaches `onCommit`. While the field
 * holds something else, it keeps showing it, says what is wrong next to it (after the user
 * leaves the field, then live) and what is kept meanwhile.
 */
import { useId, useState, type ReactNode } from 'react';
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
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [touched, setTouched] = useState(false);
  const errorId = `${useId()}-fejl`;

  const check = (input: HTMLInputElement) => checkDate(input.value, { required, incomplete: input.validity.badInput });

  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="date"
        min={DATE_MIN}
        max={DATE_MAX}
        value={draft ?? value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(e) => {
          const c = check(e.target);
          if (c.ok) {
            setDraft(null);
            setError(null);
            if (c.value !== value) onCommit(c.value);
          } else {
            setDraft(e.target.value);
            if (touched) setError(c.message);
          }
        }}
        onBlur={(e) => {
          setTouched(true);
          const c = check(e.target);
          setError(c.ok ? null : c.message);
        }}
      />
      {error && <p id={errorId} className="field-error">{error} {kept}</p>}
      {after}
    </div>
  );
}
