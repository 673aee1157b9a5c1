/**
 * Selvtjek: one engine for every checklist in src/content/tjeklister. Thin over the pure modules
 * in src/lib/selvtjek/ (scoring, storage model, file import/export, share links, team merge,
 * compare). The server render (no JavaScript) is the checklist as a printable list; after
 * hydration it becomes the tool. Answers autosave in this browser only; share links carry the
 * answers (not the notes) in the URL fragment, which is never sent to a server.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import { actionList, answerLabelOf, areaCounts, progress, questionIds, type ChecklistLike } from '../../../lib/selvtjek/scoring';
import { ANSWER_LABELS, SCALE_CODES, scaleOptions, type AnswerCode, type Wording } from '../../../lib/selvtjek/scales';
import { createAssessment, createSelvtjekStore, emptyState, STORAGE_KEY, type Assessment, type SelvtjekState } from '../../../lib/selvtjek/model';
import { exportAssessment, parseImport } from '../../../lib/selvtjek/file';
import { decodeShare, encodeShare, isShareFragment } from '../../../lib/selvtjek/share';
import { clearAllSiteData } from '../../../lib/storage';
import { browserStorage, downloadText, useStoredState } from '../useStoredState';
import StorageNotice from '../StorageNotice';
import BarChart from './BarChart';
import ActionList from './ActionList';
import Compare from './Compare';
import Team from './Team';
import TableRegion from '../TableRegion';
import type { Advice } from '../../../lib/selvtjek/advice';
import type { TeamMember } from '../../../lib/documents/selvtjek';
import DocumentDownloads from '../DocumentDownloads';

/** The document code, loaded on the click that asks for a file. */
const documents = () => import('../../../lib/documents/files');

export interface LinkRef {
  tekst: string;
  href: string;
  /** For a recommendation or mechanism: its explanation from the content entry (passages have none). */
  forklaring?: Advice | undefined;
}
export interface Question {
  id: string;
  tekst: string;
  underpunkter: string[];
  efterskrift?: string | undefined;
  anbefalinger: string[];
  passager: { side: string; anker?: string | undefined; tekst: string }[];
  /** The recommendations and passages that address the question, resolved to links. */
  links: LinkRef[];
}
export interface Checklist extends ChecklistLike {
  intro: string[];
  kilde: string;
  /** The checklist's source line, for the report's documents. */
  citation?: string | undefined;
  omraader: { id: string; titel: string; svarformulering?: Wording | undefined; spoergsmaal: Question[] }[];
}
export interface Props {
  checklist: Checklist;
}

const timeFmt = new Intl.DateTimeFormat('da-DK', { dateStyle: 'long', timeStyle: 'short' });
const dateFmt = new Intl.DateTimeFormat('da-DK', { dateStyle: 'long' });
const fmtDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return y && m && d ? dateFmt.format(new Date(y, m - 1, d)) : iso;
};
const readFile = (f: File) => f.text().catch(() => '');

export default function Selvtjek({ checklist }: Props) {
  const [enhanced, setEnhanced] = useState(false);
  const store = useStoredState<SelvtjekState>(STORAGE_KEY, createSelvtjekStore, emptyState);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [shared, setShared] = useState<{ answers: Record<string, AnswerCode> } | { error: string } | null>(null);
  const [shareUrl, setShareUrl] = useState('');
  const [announce, setAnnounce] = useState('');
  const [team, setTeam] = useState<TeamMember[] | null>(null);
  const base = useId();
  const ids = useMemo(() => questionIds(checklist), [checklist]);
  const codes = SCALE_CODES[checklist.skala];
  const questionsById = useMemo(() => new Map(checklist.omraader.flatMap((o) => o.spoergsmaal.map((q) => [q.id, q]))), [checklist]);

  useEffect(() => {
    setEnhanced(true);
    if (isShareFragment(location.hash)) {
      void decodeShare(location.hash, checklist.id, ids).then((r) => setShared(r.ok ? { answers: r.answers } : { error: r.error }));
    }
  }, [checklist.id, ids]);

  const mine = store.value.assessments.filter((a) => a.checklist === checklist.id).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  const active: Assessment | undefined = mine.find((a) => a.id === store.value.activeId) ?? mine[0];
  const answers = active?.answers ?? {};
  const notes = active?.notes ?? {};
  const prog = progress(checklist, answers);
  const areas = areaCounts(checklist, answers);
  const actions = actionList(checklist, answers);

  if (!enhanced || store.status.kind === 'loading') return <StaticChecklist checklist={checklist} />;

  /** Change the active assessment (creating one on the first answer). */
  const update = (fn: (a: Assessment) => Assessment) =>
    store.setValue((s) => {
      const now = new Date();
      const current = s.assessments.filter((a) => a.checklist === checklist.id).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
      const target = current.find((a) => a.id === s.activeId) ?? current[0] ?? createAssessment(checklist.id, now);
      const next = { ...fn(target), updatedAt: now.toISOString() };
      const others = s.assessments.filter((a) => a.id !== target.id);
      return { assessments: [...others, next], activeId: next.id };
    });

  const setAnswer = (qid: string, code: AnswerCode) => {
    update((a) => ({ ...a, answers: { ...a.answers, [qid]: code } }));
    const p = progress(checklist, { ...answers, [qid]: code });
    setAnnounce(`${p.answered} af ${p.total} spørgsmål besvaret.`);
  };
  const setNote = (qid: string, text: string) =>
    update((a) => {
      const n = { ...a.notes };
      if (text) n[qid] = text;
      else delete n[qid];
      return { ...a, notes: n };
    });

  const addAssessment = (a: Assessment) => store.setValue((s) => ({ assessments: [...s.assessments, a], activeId: a.id }));

  const onExport = () => {
    if (!active) return;
    const f = exportAssessment(active, checklist);
    downloadText(f.filename, f.json);
    update((a) => ({ ...a, exportedAt: f.exportedAt }));
  };
  const onImport = async (file: File | undefined, input: HTMLInputElement) => {
    input.value = '';
    if (!file) return;
    const r = parseImport(await readFile(file), checklist.id, ids, { checklistTitle: checklist.titel, scale: checklist.skala });
    if (!r.ok) return setMessage({ kind: 'error', text: `${r.error} Dine nuværende svar er uændrede.` });
    const exists = store.value.assessments.some((a) => a.id === r.assessment.id);
    const a = exists ? { ...r.assessment, id: createAssessment(checklist.id).id } : r.assessment;
    addAssessment(a);
    setMessage({ kind: 'ok', text: `»${a.name}« (${fmtDate(a.date)}) er indlæst som en vurdering for sig. Dine andre vurderinger er uændrede.` });
  };

  return (
    <div className="selvtjek">
      <StorageNotice status={store.status} what="dine svar" rawFilename={`selvtjek-raa-data.json`} onReset={() => store.reset(emptyState())} onReload={store.reloadFromStorage} onKeepMine={store.keepMine} />

      {shared && (
        <div className={'error' in shared ? 'notice error' : 'notice'} role={'error' in shared ? 'alert' : 'status'}>
          {'error' in shared ? (
            <p><strong>Linket kan ikke bruges.</strong> {shared.error} Dine egne svar er uændrede.</p>
          ) : (
            <>
              <p><strong>Linket indeholder svar på {Object.keys(shared.answers).length} af {ids.length} spørgsmål.</strong> Vil du indlæse dem som en ny vurdering? Dine egne svar bliver ikke ændret.</p>
              <p>
                <button type="button" onClick={() => {
                  const a = { ...createAssessment(checklist.id, new Date(), { name: 'Fra delt link' }), answers: shared.answers };
                  addAssessment(a);
                  setShared(null);
                  history.replaceState(null, '', location.pathname + location.search);
                  setMessage({ kind: 'ok', text: 'Svarene fra linket er indlæst som vurderingen »Fra delt link«.' });
                }}>Indlæs svarene</button>{' '}
                <button type="button" className="secondary" onClick={() => { setShared(null); history.replaceState(null, '', location.pathname + location.search); }}>Nej tak</button>
              </p>
            </>
          )}
        </div>
      )}
      {message && <p className={message.kind === 'error' ? 'notice error' : 'notice'} role={message.kind === 'error' ? 'alert' : 'status'}>{message.text}</p>}

      <section className="assessment-bar no-print" aria-labelledby={`${base}-vurdering`}>
        <h2 id={`${base}-vurdering`}>Vurdering</h2>
        <div className="fields-row">
          {mine.length > 1 && (
            <div className="field">
              <label htmlFor={`${base}-valg`}>Vælg vurdering</label>
              <select id={`${base}-valg`} value={active?.id} onChange={(e) => store.setValue((s) => ({ ...s, activeId: e.target.value }))}>
                {mine.map((a) => <option key={a.id} value={a.id}>{a.name} ({fmtDate(a.date)})</option>)}
              </select>
            </div>
          )}
          <div className="field">
            <label htmlFor={`${base}-navn`}>Navn på vurderingen</label>
            <input id={`${base}-navn`} type="text" value={active?.name ?? 'Min vurdering'} placeholder="fx Teammøde marts 2027" onChange={(e) => update((a) => ({ ...a, name: e.target.value }))} />
          </div>
          <div className="field">
            <label htmlFor={`${base}-dato`}>Dato</label>
            <input id={`${base}-dato`} type="date" value={active?.date ?? ''} onChange={(e) => e.target.value && update((a) => ({ ...a, date: e.target.value }))} />
          </div>
        </div>
        <p className="button-row">
          <button type="button" className="secondary" onClick={() => addAssessment(createAssessment(checklist.id, new Date(), { name: `Vurdering ${mine.length + 1}` }))}>Ny vurdering</button>
          {active && (
            <button type="button" className="secondary" onClick={() => {
              if (confirm(`Slet vurderingen »${active.name}«?`)) store.setValue((s) => ({ assessments: s.assessments.filter((a) => a.id !== active.id), activeId: null }));
            }}>Slet denne vurdering</button>
          )}
        </p>
        <p className="muted save-status">
          {store.savedAt ? `Senest gemt i browseren ${timeFmt.format(store.savedAt)}. ` : active ? `Senest ændret ${timeFmt.format(new Date(active.updatedAt))}. ` : 'Svarene gemmes automatisk i denne browser. '}
          {active?.exportedAt ? `Senest eksporteret ${timeFmt.format(new Date(active.exportedAt))}.` : 'Ikke eksporteret endnu.'} Nogle browsere sletter gemte data efter dage uden besøg – en eksporteret fil er den sikre kopi.
        </p>
      </section>

      <p className="print-only"><strong>{active?.name ?? 'Vurdering'}</strong>{active && `, ${fmtDate(active.date)}`}</p>
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
            const answer = answers[q.id];
            return (
              <fieldset key={q.id} className="question" id={`spoergsmaal-${q.id}`}>
                <legend>
                  <span className="q-number">{qi + 1}.</span> {q.tekst}
                </legend>
                {q.underpunkter.length > 0 && <ul className="subitems">{q.underpunkter.map((u) => <li key={u}>{u}</li>)}</ul>}
                {q.efterskrift && <p>{q.efterskrift}</p>}
                <div className="answers no-print">
                  {scaleOptions(checklist.skala, o.svarformulering).map((opt) => (
                    <label key={opt.code} className="answer">
                      <input type="radio" name={qid} value={opt.code} checked={answer === opt.code} onChange={() => setAnswer(q.id, opt.code)} /> {opt.label}
                    </label>
                  ))}
                </div>
                <p className="print-only">Svar: <strong>{answer ? answerLabelOf(checklist, q.id, answer) : 'Ikke besvaret'}</strong></p>
                <div className="note no-print">
                  <label htmlFor={`${qid}-note`}>Note (valgfri)</label>
                  <textarea id={`${qid}-note`} rows={2} value={notes[q.id] ?? ''} onChange={(e) => setNote(q.id, e.target.value)} />
                </div>
                {notes[q.id] && <p className="print-only">Note: {notes[q.id]}</p>}
              </fieldset>
            );
          })}
        </section>
      ))}

      <section className="results" aria-labelledby={`${base}-resultat`}>
        <h2 id={`${base}-resultat`}>Resultat</h2>
        <p aria-live="polite">{prog.answered === 0 ? 'Besvar spørgsmålene for at se resultatet.' : `${prog.answered} af ${prog.total} besvaret; ${actions.length} ${actions.length === 1 ? 'spørgsmål peger' : 'spørgsmål peger'} på noget, I kan arbejde med.`}</p>
        <p id={`${base}-chart-title`} className="chart-title">Svar pr. område (antal spørgsmål)</p>
        <BarChart areas={areas} codes={codes} titleId={`${base}-chart-title`} />
        <TableRegion caption="Svar pr. område">
            <thead>
              <tr>
                <th scope="col">Område</th>
                {codes.map((c) => <th scope="col" key={c}>{ANSWER_LABELS[c]}</th>)}
                <th scope="col">Ikke besvaret</th>
              </tr>
            </thead>
            <tbody>
              {areas.map((a) => (
                <tr key={a.id}>
                  <th scope="row">{a.titel}</th>
                  {codes.map((c) => <td key={c}>{a.counts[c]}</td>)}
                  <td>{a.unanswered}</td>
                </tr>
              ))}
            </tbody>
        </TableRegion>

        <h3 id={`${base}-handling`}>Handlingsliste</h3>
        {actions.length === 0 ? (
          <p>{prog.answered === 0 ? 'Handlingslisten viser, hvad kilderne siger om de spørgsmål, I svarer »' + (checklist.skala === 'paratviden' ? 'behov for mere viden' : 'Nej« eller »Delvist') + '« på.' : 'Ingen af jeres svar peger på mangler.'}</p>
        ) : (
          <ActionList entries={actions.map((a) => ({ question: questionsById.get(a.question.id)!, answer: <span className="tag">{answerLabelOf(checklist, a.question.id, a.answer)}</span>, note: notes[a.question.id] }))} />
        )}
      </section>

      {mine.length >= 2 && <Compare checklist={checklist} assessments={mine} />}
      <Team checklist={checklist} ids={ids} onMembers={setTeam} />

      <section className="tools no-print" aria-labelledby={`${base}-vaerktoej`}>
        <h2 id={`${base}-vaerktoej`}>Gem og del</h2>
        <p className="button-row">
          <button type="button" onClick={() => window.print()}>Udskriv rapport</button>
          <button type="button" className="secondary" disabled={!active} onClick={onExport}>Eksportér vurderingen til fil</button>
          <label className="button secondary file-button">
            Importér vurdering fra fil
            <input type="file" accept=".json,application/json" className="visually-hidden" onChange={(e) => void onImport(e.target.files?.[0], e.target)} />
          </label>
        </p>

        <h3>Hent som dokument eller regneark</h3>
        <p>Rapporten som Word- eller ODF-dokument (med teamvisningen, når kollegernes filer er indlæst nedenfor), svarene og noterne som regneark. Filen laves her på din enhed.</p>
        <DocumentDownloads label="Hent rapporten" formats={['docx', 'odt', 'csv'] as const} make={(f) => documents().then((m) => m.selvtjekFile(f, { checklist, assessment: active, team, origin: location.origin }))} />

        <h3>Del svarene med et link</h3>
        <p>Linket indeholder kun svarene – ikke noterne eller vurderingens navn. Svarene står efter # i adressen og sendes ikke til nogen server.</p>
        <p className="button-row">
          <button type="button" className="secondary" disabled={prog.answered === 0} onClick={() => void encodeShare(checklist.id, ids, answers).then((f) => setShareUrl(`${location.origin}${location.pathname}#${f}`))}>Lav delingslink</button>
        </p>
        {shareUrl && (
          <div className="field">
            <label htmlFor={`${base}-link`}>Delingslink</label>
            <input id={`${base}-link`} type="text" readOnly value={shareUrl} onFocus={(e) => e.target.select()} />
            <button type="button" className="secondary" onClick={() => void navigator.clipboard?.writeText(shareUrl).then(() => setMessage({ kind: 'ok', text: 'Linket er kopieret.' }), () => setMessage({ kind: 'error', text: 'Linket kunne ikke kopieres. Markér det, og kopiér det selv.' }))}>Kopiér link</button>
          </div>
        )}

        <h3>Slet alle data</h3>
        <p>Sletter alt, hvad sitet har gemt i denne browser: alle vurderinger i alle tjeklister og din plan.</p>
        <p>
          <button type="button" className="danger" onClick={() => {
            if (!confirm('Slet alle vurderinger og din plan fra denne browser? Det kan ikke fortrydes.')) return;
            const s = browserStorage();
            const r = s ? clearAllSiteData(s) : null;
            store.reset(emptyState());
            setMessage(r && r.ok ? { kind: 'ok', text: 'Alle data er slettet fra denne browser.' } : { kind: 'error', text: 'Browseren tillod ikke at slette data. Slet webstedsdata i browserens indstillinger.' });
          }}>Slet alle data</button>
        </p>
      </section>
    </div>
  );
}

function StaticChecklist({ checklist }: { checklist: Checklist }) {
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
