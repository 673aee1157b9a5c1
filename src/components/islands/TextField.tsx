/**
 * A text field (or text area) with a length limit the page enforces (`maxLength`) and explains:
 * a counter near the limit, a message at it. Text stored before the limit existed is shown as
 * it is and may only get shorter (src/lib/storage/fields.ts).
 */
import { useId, type ReactNode } from 'react';
import { acceptText, textHint } from '../../lib/storage/fields';
import './fields.css';

export interface Props {
  id: string;
  label: ReactNode;
  value: string;
  limit: number;
  onCommit: (value: string) => void;
  multiline?: boolean;
  rows?: number;
  placeholder?: string;
  className?: string;
  /** Rendered after the field and its hint (e.g. the value as printed). */
  after?: ReactNode;
}

export default function TextField({ id, label, value, limit, onCommit, multiline = false, rows = 3, placeholder, className = 'field', after }: Props) {
  const hintId = `${useId()}-tegn`;
  const hint = textHint(value.length, limit);
  const common = {
    id,
    value,
    maxLength: limit,
    placeholder,
    'aria-describedby': hint ? hintId : undefined,
    onChange: (e: { target: { value: string } }) => {
      if (acceptText(e.target.value, value, limit)) onCommit(e.target.value);
    },
  };
  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea rows={rows} {...common} /> : <input type="text" {...common} />}
      {hint && <p id={hintId} className={value.length >= limit ? 'field-hint at-limit' : 'field-hint'}>{hint}</p>}
      {after}
    </div>
  );
}
