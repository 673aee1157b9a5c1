/**
 * The question form: progress, then every area with its questions, an answer (radio buttons in
 * the area's own wording of the scale) and a note per question. Each question's fieldset has the
 * id `spoergsmaal-<question id>` (src/lib/selvtjek/view.ts, questionAnchor), where links and
 * search results land. In print: the answer and the note as text.
 */
import { useId, useState } from 'react';
import { answerLabelOf, progress } from '../../../lib/selvtjek/scoring';
import { scaleOptions, type AnswerCode } from '../../../lib/selvtjek/scales';
import { TEXT_LIMITS } from '../../../lib/storage/fields';
import { questionAnchor, type ChecklistView } from '../../../lib/selvtjek/view';
import TextField from '../TextField';

export interface Props {
  checklist: ChecklistView;
  answers: Readonly<Record<string, AnswerCode | undefined>>;
  notes: Readonly<Record<string, string | undefined>>;
  onAnswer: (question: string, code: AnswerCode) => void;
  onNote: (question: string, text: string) => void;
}

export default function Questions({ checklist, answers, notes, onAnswer, onNote }: Props) {
  const base = useId();
  const [announce, setAnnounce] = useState('');
  const prog = progress(checklist, answers);
  const answer = (qid: string, code: AnswerCode) => {
    onAnswer(qid, code);
    const p = progress(checklist, { ...answers, [qid]: code });
    setAnnounce(`${p.answered} af ${p.total} spørgsmål besvaret.`);
  };
  return (
    <>
      <div className="progress-row">
        <label htmlFor={`${base}-progress`}>Besvaret: {prog.answered} af {prog.total}</label>
        <progress id={`${base}-progress`} max={prog.total} value={prog.answered} />
      </div>
      <p className="visually-hidden" aria-live="polite">{announce}</p>

      {checklist.omraader.map((o) => (
        <section key={o.id} className="area" aria-labelledby={`${base}-${o.id}`}>
          <h2 id={`${base}-${o.id}`}>{o.titel}</h2>
          {o.spoergsmaal.map((q, qi) => {
            const qid = `${base}-${q.id}`;
            const given = answers[q.id];
            const note = notes[q.id];
            return (
              <fieldset key={q.id} className="question" id={questionAnchor(q.id)}>
                <legend>
                  <span className="q-number">{qi + 1}.</span> {q.tekst}
                </legend>
                {q.underpunkter.length > 0 && <ul className="subitems">{q.underpunkter.map((u) => <li key={u}>{u}</li>)}</ul>}
                {q.efterskrift && <p>{q.efterskrift}</p>}
                <div className="answers no-print">
                  {scaleOptions(checklist.skala, o.svarformulering).map((opt) => (
                    <label key={opt.code} className="answer">
                      <input type="radio" name={qid} value={opt.code} checked={given === opt.code} onChange={() => answer(q.id, opt.code)} /> {opt.label}
                    </label>
                  ))}
                </div>
                <p className="print-only">Svar: <strong>{given ? answerLabelOf(checklist, q.id, given) : 'Ikke besvaret'}</strong></p>
                <TextField id={`${qid}-note`} label="Note (valgfri)" className="note no-print" multiline rows={2} value={note ?? ''} limit={TEXT_LIMITS.note} onCommit={(v) => onNote(q.id, v)} />
                {note && <p className="print-only">Note: {note}</p>}
              </fieldset>
            );
          })}
        </section>
      ))}
    </>
  );
}
