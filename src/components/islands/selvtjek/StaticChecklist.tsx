/** The checklist as a printable list of its questions: the server render, before the tool hydrates. */
import { scaleOptions } from '../../../lib/selvtjek/scales';
import type { ChecklistView } from '../../../lib/selvtjek/view';

export default function StaticChecklist({ checklist }: { checklist: ChecklistView }) {
  return (
    <div className="selvtjek static">
      {checklist.omraader.map((o) => (
        <section key={o.id} className="area">
          <h2>{o.titel}</h2>
          {o.svarformulering && <p className="muted">Svarmuligheder: {scaleOptions(checklist.skala, o.svarformulering).map((x) => x.label).join(' · ')}</p>}
          <ol>
            {o.spoergsmaal.map((q) => (
              <li key={q.id}>
                {q.tekst}
                {q.underpunkter.length > 0 && <ul>{q.underpunkter.map((u) => <li key={u}>{u}</li>)}</ul>}
                {q.efterskrift && <p>{q.efterskrift}</p>}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
