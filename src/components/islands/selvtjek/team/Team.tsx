/**
 * Team view: colleagues' exported files merged (src/lib/selvtjek/team.ts). Each question once,
 * with the spread of answers and, where the team disagrees, who answered what; a team chart (the
 * same chart as one assessment's); and the team's action list with what the sources recommend.
 * Printed in the report once files are loaded; the files are read in this browser only.
 *
 * The entry of the team round: the Selvtjek root loads this file lazily and gives it
 * `TeamRoundProps` (src/lib/selvtjek/view.ts): the checklist, the lead's own assessment (`own`,
 * not used yet) and `onMembers`, through which the report's documents get the team's answers
 * and notes. Everything in this folder belongs to the team round.
 */
import { useId, useMemo, useRef, useState } from 'react';
import { parseImport } from '../../../../lib/selvtjek/file';
import { ANSWER_LABELS, SCALE_CODES } from '../../../../lib/selvtjek/scales';
import { answerLabelOf, questionIds, type AreaCounts } from '../../../../lib/selvtjek/scoring';
import type { TeamAction, TeamMember, TeamResult } from '../../../../lib/selvtjek/team';
import type { QuestionView, TeamRoundProps } from '../../../../lib/selvtjek/view';
import DocumentDownloads from '../../DocumentDownloads';
import TableRegion from '../../TableRegion';
import ActionList from '../ActionList';
import BarChart from '../BarChart';

const readFile = (f: File) => f.text().catch(() => '');
/** The merge code, loaded once colleagues' files are chosen (it is not needed before). */
const teamCode = () => import('../../../../lib/selvtjek/team');

interface Merged {
  result: TeamResult;
  actions: TeamAction[];
  areas: AreaCounts[];
}
/** The document code, loaded on the click that asks for a file. */
const documents = () => import('../../../../lib/documents/files');

export default function Team({ checklist, onMembers }: TeamRoundProps) {
  const ids = useMemo(() => questionIds(checklist), [checklist]);
  const base = useId();
  const [merged, setMerged] = useState<Merged | null>(null);
  const [members, setMembers] = useState<TeamMember[]>([]);
  const [errors, setErrors] = useState<string[]>([]);
  const [partly, setPartly] = useState<string[]>([]);
  const input = useRef<HTMLInputElement>(null);
  const codes = SCALE_CODES[checklist.skala];
  const questionsById = useMemo(() => new Map<string, QuestionView>(checklist.omraader.flatMap((o) => o.spoergsmaal.map((q) => [q.id, q]))), [checklist]);
  const onFiles = async (files: FileList | null) => {
    if (!files || files.length === 0) return;
    const ok: TeamMember[] = [];
    const bad: string[] = [];
    const dropped: string[] = [];
    for (const f of Array.from(files)) {
      const r = parseImport(await readFile(f), checklist.id, ids, { checklistTitle: checklist.titel, scale: checklist.skala });
      if (r.ok) ok.push({ name: r.assessment.name && r.assessment.name !== 'Min vurdering' ? r.assessment.name : f.name.replace(/\.json$/, ''), answers: r.assessment.answers, notes: r.assessment.notes });
      else bad.push(`${f.name}: ${r.error}`);
      // Imports keep the answers that fit the checklist; say which did not, never drop them silently.
      if (r.ok && r.report.dropped.length > 0) dropped.push(`${f.name}: ${r.report.dropped.length} svar passer ikke til tjeklisten (${r.report.dropped.map((d) => d.label).join(', ')}).`);
    }
    setErrors(bad);
    setPartly(dropped);
    if (ok.length) {
      const { mergeTeam, teamActions, teamAreaCounts } = await teamCode();
      const result = mergeTeam(checklist, ok);
      setMerged({ result, actions: teamActions(result), areas: teamAreaCounts(result) });
    } else setMerged(null);
    setMembers(ok);
    onMembers(ok.length ? ok : null);
    if (input.current) input.current.value = '';
  };
  const team = merged?.result ?? null;
  const actions = merged?.actions ?? [];
  return (
    <section className={team ? 'team-section' : 'team-section no-print'} aria-labelledby={`${base}-h`}>
      <h2 id={`${base}-h`}>Teamvisning</h2>
      <p className="no-print">Saml kollegernes eksporterede filer og se, hvordan svarene fordeler sig, og hvor I er uenige. Filerne læses kun i din browser.</p>
      <label className="button secondary file-button no-print">
        Vælg kollegernes filer
        <input ref={input} type="file" multiple accept=".json,application/json" className="visually-hidden" onChange={(e) => void onFiles(e.target.files)} />
      </label>
      {errors.length > 0 && <div className="notice error" role="alert"><p>Disse filer kunne ikke læses og er ikke med:</p><ul>{errors.map((e) => <li key={e}>{e}</li>)}</ul></div>}
      {partly.length > 0 && <div className="notice warn" role="status"><p>Disse filer er med, men uden de svar, der ikke passer til tjeklisten:</p><ul>{partly.map((e) => <li key={e}>{e}</li>)}</ul></div>}
      {team && (
        <div className="team">
          <p aria-live="polite">{team.people.length} personer: {team.people.join(', ')}. Enige om {team.summary.enig} spørgsmål, uenige om {team.summary.uenig}.</p>
          <DocumentDownloads label="Hent teamvisningen" formats={['csv'] as const} labels={{ csv: 'Hent teamvisningen som regneark (.csv)' }} make={() => documents().then((m) => m.teamCsvFile(checklist, members))} />
          <p id={`${base}-chart`} className="chart-title">Teamets svar pr. område (antal svar i alt)</p>
          <BarChart areas={merged!.areas} codes={codes} titleId={`${base}-chart`} />
          <TableRegion className="team-answers" caption="Svarfordeling i teamet">
            <thead>
              <tr>
                <th scope="col">Spørgsmål</th>
                {codes.map((c) => <th scope="col" key={c}>{ANSWER_LABELS[c]}</th>)}
                <th scope="col">Intet svar</th>
                <th scope="col">Enighed</th>
              </tr>
            </thead>
            <tbody>
              {team.questions.map((q) => (
                <tr key={q.question.id} className={q.agreement === 'uenig' ? 'changed' : undefined}>
                  <th scope="row">{q.question.tekst}</th>
                  {codes.map((c) => <td key={c}>{q.counts[c]}</td>)}
                  <td>{q.unanswered}</td>
                  <td>
                    {q.agreement === 'enig' ? 'Enige' : q.agreement === 'ingen svar' ? 'Ingen svar' : (
                      <>
                        <strong>Uenige</strong>
                        <ul className="who">{q.answers.map((x, i) => <li key={i}>{x.name}: {x.answer ? answerLabelOf(checklist, q.question.id, x.answer) : 'intet svar'}</li>)}</ul>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </TableRegion>
          <h3>Teamets handlingsliste</h3>
          {actions.length === 0 ? (
            <p>Ingen i teamet har svaret noget, der peger på mangler.</p>
          ) : (
            <ActionList
              entries={actions.map((a) => ({
                question: questionsById.get(a.question.id)!,
                answer: <span className="team-gaps">{a.gaps.map((g) => `${answerLabelOf(checklist, a.question.id, g.answer)}: ${g.names.join(', ')}`).join(' · ')}</span>,
              }))}
            />
          )}
        </div>
      )}
    </section>
  );
}
