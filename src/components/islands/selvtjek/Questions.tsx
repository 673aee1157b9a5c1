/**
 * The question form: progress, then every area with its questions, an answer (radio buttons in
 * the area's own wording of the scale) and a note per question. The server renders it from the
 * empty state, exactly as the island renders it before the saved answers are read, so the served
 * page is the form. Each area's heading has the id `omraade-<area id>` and each question's
 * fieldset `spoergsmaal-<question id>` (src/lib/selvtjek/view.ts), where links and search
 * results land. In print: the answer and the note as text.
 *
 * Each question re-renders only when its own answer or note changes (memo, stable callbacks):
 * reading the saved answers after hydration and answering one question do not redraw the rest.
 */
import { memo, useCallback, useId, useMemo, useRef, useState } from 'react';
import { progress } from '../../../lib/selvtjek/scoring';
import { scaleOptions, type AnswerCode } from '../../../lib/selvtjek/scales';
import { TEXT_LIMITS } from '../../../lib/storage/fields';
import { areaAnchor, questionAnchor, type ChecklistView, type QuestionView } from '../../../lib/selvtjek/view';
import TextField from '../TextField';

type Options = readonly { code: AnswerCode; label: string }[];

export interface Props {
  checklist: ChecklistView;
  answers: Readonly<Record<string, AnswerCode | undefined>>;
  notes: Readonly<Record<string, string | undefined>>;
  /** Answered questions whose wording changed since they were answered. */
  reworded: readonly string[];
  onAnswer: (question: string, code: AnswerCode) => void;
  onNote: (question: string, text: string) => void;
  /** Keeps the answer to a reworded question for today's wording. */
  onConfirm: (question: string) => void;
}

function Questions({ checklist, answers, notes, reworded, onAnswer, onNote, onConfirm }: Props) {
  const base = useId();
  const [announce, setAnnounce] = useState('');
  const prog = progress(checklist, answers);
  const latest = useRef(answers);
  latest.current = answers;
  const answer = useCallback(
    (qid: string, code: AnswerCode) => {
      onAnswer(qid, code);
      const p = progress(checklist, { ...latest.current, [qid]: code });
      setAnnounce(`${p.answered} af ${p.total} spørgsmål besvaret.`);
    },
    [checklist, onAnswer],
  );
  const options = useMemo(() => new Map(checklist.omraader.map((o) => [o.id, scaleOptions(checklist.skala, o.svarformulering)])), [checklist]);
  return (
    <>
      <div className="progress-row needs-js" data-pagefind-ignore="">
        <label htmlFor={`${base}-progress`}>Besvaret: {prog.answered} af {prog.total}</label>
        <progress id={`${base}-progress`} max={prog.total} value={prog.answered} />
      </div>
      <p className="visually-hidden" aria-live="polite" data-pagefind-ignore="">{announce}</p>
      {reworded.length > 0 && (
        <p className="notice warn needs-js" data-pagefind-ignore="">
          {reworded.length === 1 ? '1 af dine svar hører' : `${reworded.length} af dine svar hører`} til et spørgsmål, der er ændret, siden du svarede. Svaret er gemt og markeret ved spørgsmålet, så du kan se, om det stadig gælder.
        </p>
      )}

      {checklist.omraader.map((o) => (
        <section key={o.id} className="area" aria-labelledby={areaAnchor(o.id)}>
          <h2 id={areaAnchor(o.id)}>{o.titel}</h2>
          {o.spoergsmaal.map((q, qi) => (
            <Question key={q.id} q={q} n={qi + 1} name={`${base}-${q.id}`} options={options.get(o.id)!} answer={answers[q.id]} note={notes[q.id] ?? ''} reworded={reworded.includes(q.id)} onAnswer={answer} onNote={onNote} onConfirm={onConfirm} />
          ))}
        </section>
      ))}
    </>
  );
}

interface QuestionProps {
  q: QuestionView;
  n: number;
  /** The radio group's name (unique on the page). */
  name: string;
  options: Options;
  answer: AnswerCode | undefined;
  note: string;
  reworded: boolean;
  onAnswer: (question: string, code: AnswerCode) => void;
  onNote: (question: string, text: string) => void;
  onConfirm: (question: string) => void;
}

const Question = memo(function Question({ q, n, name, options, answer, note, reworded, onAnswer, onNote, onConfirm }: QuestionProps) {
  const set = useRef<HTMLFieldSetElement>(null);
  return (
    <fieldset ref={set} className="question" id={questionAnchor(q.id)}>
      <legend>
        <span className="q-number" data-pagefind-ignore="">{n}.</span> {q.tekst}
      </legend>
      {q.underpunkter.length > 0 && <ul className="subitems">{q.underpunkter.map((u) => <li key={u}>{u}</li>)}</ul>}
      {q.efterskrift && <p>{q.efterskrift}</p>}
      <div className="answer-fields needs-js" data-pagefind-ignore="">
        {reworded && (
          <div className="notice warn reworded">
            <p>Spørgsmålet er ændret, siden du svarede. Dit svar nedenfor er gemt; se, om det stadig gælder, og skift det ellers.</p>
            <p className="no-print">
              <button type="button" className="secondary" onClick={() => {
                onConfirm(q.id);
                // The button goes with the mark: the answer it was about takes the focus.
                set.current?.querySelector<HTMLInputElement>('input:checked')?.focus();
              }}>Svaret gælder stadig</button>
            </p>
          </div>
        )}
        <div className="answers no-print">
          {options.map((opt) => (
            <label key={opt.code} className="answer">
              <input type="radio" name={name} value={opt.code} checked={answer === opt.code} onChange={() => onAnswer(q.id, opt.code)} /> {opt.label}
            </label>
          ))}
        </div>
        <p className="print-only">Svar: <strong>{answer ? options.find((o) => o.code === answer)?.label : 'Ikke besvaret'}</strong></p>
        <TextField id={`${name}-note`} label="Note (valgfri)" className="note no-print" multiline rows={2} value={note} limit={TEXT_LIMITS.note} onCommit={(v) => onNote(q.id, v)} />
      </div>
      {note && <p className="print-only">Note: {note}</p>}
    </fieldset>
  );
});

export default memo(Questions);
