/**
 * The team's answers (src/lib/selvtjek/team.ts): who is in, where they agree, »Drøft først« (the
 * questions with the widest disagreement first, with everyone's answer and note: the meeting's
 * agenda), every question with everyone's answer and note, a team chart (the same chart as one
 * assessment's) and the team's action list with what the sources recommend. One card per
 * question, so a phone shows it without sideways scrolling; printed as the team's report.
 */
import { useId, useMemo } from 'react';
import { answerLabelOf } from '../../../../lib/selvtjek/scoring';
import { SCALE_CODES } from '../../../../lib/selvtjek/scales';
import { mergeTeam, teamActions, teamAreaCounts, teamSummary, type Agreement, type TeamQuestion } from '../../../../lib/selvtjek/team';
import type { TeamMember } from '../../../../lib/selvtjek/team';
import type { ChecklistView, QuestionView } from '../../../../lib/selvtjek/view';
import type { TeamKit } from './TeamEntry';

const AGREEMENT: Record<Agreement, string> = { enig: 'Enige', uenig: 'Uenige', 'ingen svar': 'Ingen svar' };

/** Everyone's answer to one question, each with their note. */
function People({ checklist, q }: { checklist: ChecklistView; q: TeamQuestion }) {
  return (
    <ul className="team-people">
      {q.answers.map((x, i) => (
        <li key={i}>
          <strong>{x.name}:</strong> {x.answer ? answerLabelOf(checklist, q.question.id, x.answer) : <span className="muted">intet svar</span>}
          {x.note && <span className="team-note"> – {x.note}</span>}
        </li>
      ))}
    </ul>
  );
}

export default function TeamView({ checklist, members, kit }: { checklist: ChecklistView; members: readonly TeamMember[]; kit: TeamKit }) {
  const { ActionList, BarChart } = kit;
  const base = useId();
  const team = useMemo(() => mergeTeam(checklist, members), [checklist, members]);
  const actions = useMemo(() => teamActions(team), [team]);
  const areas = useMemo(() => teamAreaCounts(team), [team]);
  const questionsById = useMemo(() => new Map<string, QuestionView>(checklist.omraader.flatMap((o) => o.spoergsmaal.map((q) => [q.id, q]))), [checklist]);
  const byQuestion = new Map(team.questions.map((q) => [q.question.id, q]));
  const several = team.people.length > 1;
  return (
    <div className="team">
      <p className="team-summary" aria-live="polite">{teamSummary(team.people, team.summary)}</p>

      {several && (
        <>
          <h3 id={`${base}-droeft`}>Drøft først</h3>
          {team.disagreements.length === 0 ? (
            <p>I er enige om alle de spørgsmål, I har taget stilling til.</p>
          ) : (
            <>
              <p className="muted">De spørgsmål, I er mest uenige om, først – med jeres noter. Det er dagsordenen til teammødet.</p>
              {/* Keyed by its items: Chromium 156 keeps a list's old numbers when items before others are removed. */}
              <ol className="team-agenda" key={team.disagreements.map((q) => q.question.id).join(' ')}>
                {team.disagreements.map((q) => (
                  <li key={q.question.id} className="team-card">
                    <p className="team-q"><strong>{q.question.tekst}</strong></p>
                    <People checklist={checklist} q={q} />
                  </li>
                ))}
              </ol>
            </>
          )}
        </>
      )}

      <h3 id={`${base}-svar`}>Svar i teamet</h3>
      <p id={`${base}-chart`} className="chart-title">Teamets svar pr. område (antal svar i alt)</p>
      <BarChart areas={areas} codes={SCALE_CODES[checklist.skala]} titleId={`${base}-chart`} />
      {checklist.omraader.map((o) => (
        <section key={o.id} className="team-area" aria-labelledby={`${base}-${o.id}`}>
          <h4 id={`${base}-${o.id}`}>{o.titel}</h4>
          <ol className="team-cards">
            {o.spoergsmaal.map((qv) => {
              const q = byQuestion.get(qv.id)!;
              return (
                <li key={qv.id} className={q.agreement === 'uenig' ? 'team-card uenig' : 'team-card'}>
                  <p className="team-q">
                    <strong>{qv.tekst}</strong>
                    {several && <> <span className="tag">{AGREEMENT[q.agreement]}</span></>}
                  </p>
                  <People checklist={checklist} q={q} />
                </li>
              );
            })}
          </ol>
        </section>
      ))}

      <h3>Teamets handlingsliste</h3>
      {actions.length === 0 ? (
        <p>Ingen i teamet har svaret noget, der peger på mangler.</p>
      ) : (
        <ActionList
          key={actions.map((a) => a.question.id).join(' ')}
          entries={actions.map((a) => ({
            question: questionsById.get(a.question.id)!,
            answer: <span className="team-gaps">{a.gaps.map((g) => `${answerLabelOf(checklist, a.question.id, g.answer)}: ${g.names.join(', ')}`).join(' · ')}</span>,
          }))}
        />
      )}
    </div>
  );
}
