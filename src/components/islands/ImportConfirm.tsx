/**
 * The question an import asks before it changes anything: what the file holds, what will be
 * kept and dropped, and the choices (replace / add / cancel). Focus moves to its heading when it
 * appears, so keyboard and screen reader users land on the question.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';
import './fields.css';

export interface Action {
  label: string;
  onClick: () => void;
  secondary?: boolean;
}

export interface Props {
  heading: string;
  /** The heading's level where it appears: 3 under a section's h2 (Selvtjek’s »Gem og del«), 2 right under the page's h1 (Min plan). */
  level?: 2 | 3;
  children: ReactNode;
  actions: Action[];
}

export default function ImportConfirm({ heading, level = 3, children, actions }: Props) {
  const id = useId();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className="notice import-confirm" role="group" aria-labelledby={id}>
      {level === 2 ? <h2 id={id} ref={ref} tabIndex={-1}>{heading}</h2> : <h3 id={id} ref={ref} tabIndex={-1}>{heading}</h3>}
      {children}
      <p className="button-row">
        {actions.map((a) => (
          <button key={a.label} type="button" className={a.secondary ? 'secondary' : undefined} onClick={a.onClick}>{a.label}</button>
        ))}
      </p>
    </div>
  );
}
