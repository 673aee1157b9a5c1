/**
 * The action list: per gap, the question, the answer(s) that make it a gap, the user's note, and
 * for every recommendation the checklist links to, its heading *and* its explanation from the one
 * content entry (src/lib/selvtjek/advice.ts) — so a team on paper sees what the sources
 * recommend. Where the site, not the source, pairs a question with an entry (the 002 checklists'
 * tiltag), the link says so, and the explanation is headed by what the entry is (»Sådan har
 * jobcentre gjort« for a tiltag). On screen the explanation is folded in a <details>; in print it is always open
 * (CSS ::details-content where supported, and opened around the browser's print dialog).
 * A recommendation linked from several gaps is explained once; later gaps refer back to it.
 * Where the question is a recommendation asked by its heading, the question is the link to it and
 * its explanation follows without the heading again (src/lib/documents/selvtjek.ts does the same).
 */
import type { ReactNode } from 'react';
import { ADVICE_SUMMARY, firstShown } from '../../../lib/selvtjek/advice';
import AdviceText, { useOpenDetailsForPrint } from '../AdviceText';
import type { QuestionView } from '../../../lib/selvtjek/view';

export interface ActionEntry {
  question: QuestionView;
  /** What was answered, e.g. a tag »Nej«, or »Nej: Anne · Delvist: Bo« for a team. */
  answer: ReactNode;
  note?: string | undefined;
}

/** The recommendation the question is (asked by its heading): the question links to it, and its heading is not repeated. */
const own = (e: ActionEntry) => e.question.links.find((l) => l.isQuestion);

export default function ActionList({ entries }: { entries: readonly ActionEntry[] }) {
  useOpenDetailsForPrint('details.advice-text');
  const first = firstShown(entries.map((e) => e.question.links.filter((l) => l.forklaring).map((l) => l.href)));
  return (
    <ol className="action-list">
      {entries.map((e, i) => {
        const asked = own(e);
        return (
          <li key={e.question.id}>
            <p className="action-question"><strong>{asked ? <a href={asked.href}>{e.question.tekst}</a> : e.question.tekst}</strong> {e.answer}</p>
            {e.note && <p className="muted">Jeres note: {e.note}</p>}
            {e.question.links.length > 0 ? (
              <ul className="advice-list">
                {e.question.links.map((l) => {
                  const shownAt = l.forklaring ? first.get(l.href) : undefined;
                  return (
                    <li key={l.href} className={l.isQuestion ? 'advice advice-own' : l.forklaring ? 'advice' : undefined}>
                      {!l.isQuestion && <a href={l.href} className={l.forklaring ? 'advice-title' : undefined}>{l.tekst}</a>}
                      {l.henvisning && <span className="muted"> {l.henvisning}</span>}
                      {l.forklaring && shownAt === i && (
                        <details className="advice-text">
                          <summary>{ADVICE_SUMMARY[l.art ?? 'anbefaling']}</summary>
                          <AdviceText advice={l.forklaring} />
                        </details>
                      )}
                      {l.forklaring && shownAt !== undefined && shownAt < i && <span className="muted">{l.isQuestion ? 'Forklaringen' : ' – forklaringen'} står ved punkt {shownAt + 1} ovenfor.</span>}
                    </li>
                  );
                })}
              </ul>
            ) : (
              <p className="muted">Kilden knytter ingen bestemt anbefaling eller passage til dette spørgsmål.</p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
