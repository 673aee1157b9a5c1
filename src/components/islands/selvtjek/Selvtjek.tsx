/**
 * Selvtjek: one engine for every checklist in src/content/tjeklister. Thin over the pure modules
 * in src/lib/selvtjek/ (scoring, storage model, file import/export, share links, team merge,
 * compare). The server render (no JavaScript) is the checklist as a printable list; after
 * hydration it becomes the tool. Answers autosave in this browser only; share links carry the
 * answers (not the notes) in the URL fragment, which is never sent to a server.
 */
import { lazy, Suspense, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { actionList, answerLabelOf, areaCounts, progress, questionIds, type ChecklistLike } from '../../../lib/selvtjek/scoring';
import { ANSWER_LABELS, SCALE_CODES, scaleOptions, type AnswerCode, type Wording } from '../../../lib/selvtjek/scales';
import {
  asNewChange,
  createAssessment,
  createSelvtjekStore,
  deleteAssessment,
  emptyState,
  mergeState,
  newId,
  putAssessment,
  readAssessment,
  removeSetAside,
  setAnswer as withAnswer,
  setDate as withDate,
  setName as withName,
  setNote as withNote,
  STORAGE_KEY,
  type Assessment,
  type SelvtjekState,
} from '../../../lib/selvtjek/model';
import { describeSetAside, exportAssessment, parseImport, setAsideFile, type ImportReport } from '../../../lib/selvtjek/file';
import { decodeShare, encodeShare, isShareFragment } from '../../../lib/selvtjek/share';
import { clearAllSiteData } from '../../../lib/storage';
import { TEXT_LIMITS, danishDate } from '../../../lib/storage/fields';
import { browserStorage, downloadText, useStoredState } from '../useStoredState';
import StorageNotice from '../StorageNotice';
import SetAsideNotice from '../SetAsideNotice';
import ImportConfirm from '../ImportConfirm';
import DateField from '../DateField';
import TextField from '../TextField';
import ToolMessage, { useToolMessage } from '../ToolMessage';
import BarChart from './BarChart';
import ActionList from './ActionList';
import Team from './Team';
import TableRegion from '../TableRegion';
import type { Advice } from '../../../lib/selvtjek/advice';
import type { TeamMember } from '../../../lib/documents/selvtjek';
import DocumentDownloads from '../DocumentDownloads';

/** The comparison, loaded once there are two assessments to compare (tool pages stay in budget). */
const Compare = lazy(() => import('./Compare'));

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
const readFile = (f: File) => f.text().catch(() => '');
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** An import waiting for the user's answer: what the file holds and what it would replace. */
interface PendingImport {
  assessment: Assessment;
  report: ImportReport;
  /** An assessment here with the same id (the same file imported before). */
  conflict: Assessment | null;
  /** A set-aside entry the file would bring back. */
  asideKey: string | null;
}

export default function Selvtjek({ checklist }: Props) {
  const [enhanced, setEnhanced] = useState(false);
  const store = useStoredState<SelvtjekState>(STORAGE_KEY, createSelvtjekStore, emptyState, mergeState);
  const { message, say, ref: messageRef } = useToolMessage();
  const [pending, setPending] = useState<PendingImport | null>(null);
  const [shared, setShared] = useState<{ answers: Record<string, AnswerCode> } | { error: string } | null>(null);
  const [shareUrl, setShareUrl] = useState('');
  const [announce, setAnnounce] = useState('');
  const [team, setTeam] = useState<TeamMember[] | null>(null);
  const base = useId();
  const ids = useMemo(() => questionIds(checklist), [checklist]);
  const codes = SCALE_CODES[checklist.skala];
  const questionsById = useMemo(() => new Map(checklist.omraader.flatMap((o) => o.spoergsmaal.map((q) => [q.id, q]))), [checklist]);
  const questionTexts = useMemo(() => Object.fromEntries(checklist.omraader.flatMap((o) => o.spoergsmaal.map((q) => [q.id, q.tekst]))), [checklist]);

  // A share link opens the page, or is pasted into the address bar of the open page (only the # changes).
  const checkShareLink = useCallback(() => {
    if (isShareFragment(location.hash)) {
      void decodeShare(location.hash, checklist.id, ids, checklist.skala).then((r) => setShared(r.ok ? { answers: r.answers } : { error: r.error }));
    }
  }, [checklist.id, checklist.skala, ids]);
  useEffect(() => {
    setEnhanced(true);
    checkShareLink();
    window.addEventListener('hashchange', checkShareLink);
    return () => window.removeEventListener('hashchange', checkShareLink);
  }, [checkShareLink]);

  const mine = store.value.assessments.filter((a) => a.checklist === checklist.id).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  const active: Assessment | undefined = mine.find((a) => a.id === store.value.activeId) ?? mine[0];
  const answers = active?.answers ?? {};
  const notes = active?.notes ?? {};
  const prog = progress(checklist, answers);
  const areas = areaCounts(checklist, answers);
  const actions = actionList(checklist, answers);

  if (!enhanced || store.status.kind === 'loading') return <StaticChecklist checklist={checklist} />;

  /** Change the active assessment (creating one on the first answer), in the freshest state of every tab. */
  const update = (fn: (a: Assessment, now: number) => Assessment) =>
    store.setValue((s) => {
      const now = Date.now();
      const current = s.assessments.filter((a) => a.checklist === checklist.id).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
      const target = current.find((a) => a.id === s.activeId) ?? current[0] ?? createAssessment(checklist.id, new Date(now));
      return putAssessment(s, fn(target, now));
    });

  const setAnswer = (qid: string, code: AnswerCode) => {
    update((a, now) => withAnswer(a, qid, code, now));
    const p = progress(checklist, { ...answers, [qid]: code });
    setAnnounce(`${p.answered} af ${p.total} spørgsmål besvaret.`);
  };
  const setNote = (qid: string, text: string) => update((a, now) => withNote(a, qid, text, now));

  const addAssessment = (a: Assessment) => store.setValue((s) => putAssessment(s, asNewChange(a, Date.now())));

  const onExport = () => {
    if (!active) return;
    const f = exportAssessment(active, checklist);
    downloadText(f.filename, f.json);
    update((a) => ({ ...a, exportedAt: f.exportedAt }));
  };

  /** Reads a file (or set-aside data); asks first when anything would be dropped or replaced. */
  const startImport = (text: string, asideKey: string | null = null) => {
    setPending(null);
    const r = parseImport(text, checklist.id, ids, { checklistTitle: checklist.titel, scale: checklist.skala, questionTexts });
    if (!r.ok) return say({ kind: 'error', text: `${r.error} Dine nuværende svar er uændrede.` }, true);
    const conflict = store.value.assessments.find((a) => a.id === r.assessment.id) ?? null;
    const aside =
      asideKey ??
      (store.value.setAside ?? []).find((e) => typeof e.raw === 'object' && e.raw !== null && (e.raw as { id?: unknown }).id === r.assessment.id)?.key ??
      null;
    const { dropped, notesDropped, changes } = r.report;
    if (!conflict && !aside && dropped.length === 0 && notesDropped === 0 && changes.length === 0) return importAsNew(r.assessment, r.report);
    say(null);
    setPending({ assessment: r.assessment, report: r.report, conflict, asideKey: aside });
  };
  const importAsNew = (incoming: Assessment, report: ImportReport) => {
    const taken = store.value.assessments.some((a) => a.id === incoming.id) || (store.value.setAside ?? []).some((e) => (e.raw as { id?: unknown } | null)?.id === incoming.id);
    const a = taken ? { ...incoming, id: newId() } : incoming;
    addAssessment(a);
    setPending(null);
    say({ kind: 'ok', text: `»${a.name}« (${danishDate(a.date)}) er indlæst som en ny vurdering med ${count(report.kept, 'svar', 'svar')}. Dine andre vurderinger er uændrede.` }, true);
  };
  const importReplacing = (p: PendingImport) => {
    store.setValue((s) => {
      const now = Date.now();
      let next = putAssessment(s, asNewChange(p.assessment, now, s.assessments.find((a) => a.id === p.assessment.id)));
      if (p.asideKey) next = removeSetAside(next, p.asideKey, now);
      return next;
    });
    setPending(null);
    say({ kind: 'ok', text: `»${p.assessment.name}« er indlæst fra filen med ${count(p.report.kept, 'svar', 'svar')} og erstatter den tidligere version.` }, true);
  };
  const onImport = async (file: File | undefined, input: HTMLInputElement) => {
    input.value = '';
    if (!file) return;
    startImport(await readFile(file));
  };

  // Set-aside data of this checklist (or of no known checklist); other checklists show their own.
  const asideEntries = (store.value.setAside ?? []).filter((e) => {
    const d = describeSetAside(e);
    return d.checklist === null || d.checklist === checklist.id;
  });
  const asideItems = asideEntries.map((e) => {
    const d = describeSetAside(e);
    const read = readAssessment(e.raw, Date.now(), { stamped: true });
    return { key: e.key, label: d.label, importable: d.importable, reason: !d.importable ? 'Det er ikke data fra Selvtjek.' : read.ok ? 'Vurderingen kan læses nu.' : read.reason };
  });
  const asideFile = (key: string) => {
    const e = asideEntries.find((x) => x.key === key);
    return e ? setAsideFile(e, checklist) : null;
  };
  const closeShareOffer = (text: string) => {
    setShared(null);
    history.replaceState(null, '', location.pathname + location.search);
    say({ kind: 'ok', text }, true);
  };

  return (
    <div className="selvtjek">
      <StorageNotice status={store.status} what="dine svar" rawFilename="selvtjek-gemte-data.json" onReset={() => store.reset(emptyState())} repairs={store.repairs} deletedElsewhere={store.deletedElsewhere} />
      <SetAsideNotice
        items={asideItems}
        heading={
          asideItems.every((i) => i.importable)
            ? `${count(asideItems.length, 'vurdering', 'vurderinger')} kunne ikke læses og er lagt til side.`
            : 'Noget af det gemte kunne ikke læses og er lagt til side.'
        }
        onDownload={(key) => {
          const f = asideFile(key);
          if (f) downloadText(f.filename, f.json);
        }}
        onRecover={(key) => {
          const f = asideFile(key);
          if (f) startImport(f.json, key);
        }}
        onRemove={(key) => store.setValue((s) => removeSetAside(s, key, Date.now()))}
      />

      {shared && (
        <div className={'error' in shared ? 'notice error share-offer' : 'notice share-offer'} role={'error' in shared ? 'alert' : 'status'}>
          {'error' in shared ? (
            <p><strong>Linket kan ikke bruges.</strong> {shared.error} Dine egne svar er uændrede.</p>
          ) : (
            <>
              <p><strong>Linket indeholder svar på {Object.keys(shared.answers).length} af {ids.length} spørgsmål.</strong> Vil du indlæse dem som en ny vurdering? Dine egne svar bliver ikke ændret.</p>
              <p>
                <button type="button" onClick={() => {
                  const a = { ...createAssessment(checklist.id, new Date(), { name: 'Fra delt link' }), answers: shared.answers };
                  addAssessment(a);
                  closeShareOffer(`${count(progress(checklist, a.answers).answered, 'svar', 'svar')} fra linket er indlæst som vurderingen »Fra delt link«.`);
                }}>Indlæs svarene</button>{' '}
                <button type="button" className="secondary" onClick={() => closeShareOffer('Svarene fra linket er ikke indlæst. Dine egne svar er uændrede.')}>Nej tak</button>
              </p>
            </>
          )}
        </div>
      )}
      <ToolMessage message={message} ref={messageRef} />

      <section className="assessment-bar no-print" aria-labelledby={`${base}-vurdering`}>
        <h2 id={`${base}-vurdering`}>Vurdering</h2>
        <div className="fields-row">
          {mine.length > 1 && (
            <div className="field">
              <label htmlFor={`${base}-valg`}>Vælg vurdering</label>
              <select id={`${base}-valg`} value={active?.id} onChange={(e) => store.setValue((s) => ({ ...s, activeId: e.target.value }))}>
                {mine.map((a) => <option key={a.id} value={a.id}>{a.name} ({danishDate(a.date)})</option>)}
              </select>
            </div>
          )}
          <TextField id={`${base}-navn`} label="Navn på vurderingen" value={active?.name ?? 'Min vurdering'} limit={TEXT_LIMITS.name} placeholder="fx Teammøde marts 2027" onCommit={(v) => update((a, now) => withName(a, v, now))} />
          <DateField
            key={active?.id ?? 'ny'}
            id={`${base}-dato`}
            label="Dato"
            value={active?.date ?? ''}
            required={Boolean(active)}
            kept={active ? `Indtil du retter den, gemmes datoen ${danishDate(active.date)}.` : 'Indtil du retter den, gemmes ingen dato.'}
            onCommit={(v) => update((a, now) => withDate(a, v, now))}
          />
        </div>
        <p className="button-row">
          <button type="button" className="secondary" onClick={() => addAssessment(createAssessment(checklist.id, new Date(), { name: `Vurdering ${mine.length + 1}` }))}>Ny vurdering</button>
          {active && (
            <button type="button" className="secondary" onClick={() => {
              if (!confirm(`Slet vurderingen »${active.name}«?`)) return;
              store.setValue((s) => deleteAssessment(s, active.id, Date.now()));
              // The button goes with the assessment: the message takes the focus.
              say({ kind: 'ok', text: `Vurderingen »${active.name}« er slettet.` }, true);
            }}>Slet denne vurdering</button>
          )}
        </p>
        <p className="muted save-status">
          {store.savedAt ? `Senest gemt i browseren ${timeFmt.format(store.savedAt)}. ` : active ? `Senest ændret ${timeFmt.format(new Date(active.updatedAt))}. ` : 'Svarene gemmes automatisk i denne browser. '}
          {active?.exportedAt ? `Senest eksporteret ${timeFmt.format(new Date(active.exportedAt))}.` : 'Ikke eksporteret endnu.'} Nogle browsere sletter gemte data efter dage uden besøg – en eksporteret fil er den sikre kopi.
        </p>
      </section>

      <p className="print-only"><strong>{active?.name ?? 'Vurdering'}</strong>{active && `, ${danishDate(active.date)}`}</p>
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
                <TextField id={`${qid}-note`} label="Note (valgfri)" className="note no-print" multiline rows={2} value={notes[q.id] ?? ''} limit={TEXT_LIMITS.note} onCommit={(v) => setNote(q.id, v)} />
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

      {mine.length >= 2 && <Suspense fallback={null}><Compare checklist={checklist} assessments={mine} /></Suspense>}
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
        {pending && <ConfirmImport pending={pending} onNew={() => importAsNew(pending.assessment, pending.report)} onReplace={() => importReplacing(pending)} onCancel={() => {
          setPending(null);
          say({ kind: 'ok', text: 'Importen er annulleret. Intet er ændret.' }, true);
        }} />}

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
            <button type="button" className="secondary" onClick={() => void navigator.clipboard?.writeText(shareUrl).then(() => say({ kind: 'ok', text: 'Linket er kopieret.' }), () => say({ kind: 'error', text: 'Linket kunne ikke kopieres. Markér det, og kopiér det selv.' }))}>Kopiér link</button>
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
            say(r && r.ok ? { kind: 'ok', text: 'Alle data er slettet fra denne browser.' } : { kind: 'error', text: 'Browseren tillod ikke at slette data. Slet webstedsdata i browserens indstillinger.' });
          }}>Slet alle data</button>
        </p>
      </section>
    </div>
  );
}

/** What an import of a file would keep, drop and replace, and the choice. */
function ConfirmImport({ pending, onNew, onReplace, onCancel }: { pending: PendingImport; onNew: () => void; onReplace: () => void; onCancel: () => void }) {
  const { assessment: a, report: r, conflict, asideKey } = pending;
  return (
    <ImportConfirm
      heading={`Indlæs »${a.name}« fra filen?`}
      actions={[
        { label: 'Indlæs som ny vurdering', onClick: onNew },
        ...(conflict || asideKey ? [{ label: conflict ? `Erstat »${conflict.name}«` : `Erstat den tilsidelagte »${a.name}«`, onClick: onReplace, secondary: true }] : []),
        { label: 'Annullér', onClick: onCancel, secondary: true },
      ]}
    >
      <p>
        {r.answersInFile === 0 ? 'Filen har ingen svar.' : `Filen har svar på ${count(r.answersInFile, 'spørgsmål', 'spørgsmål')}. ${r.kept} af dem passer til tjeklisten og bliver indlæst.`}
        {' '}Intet er gemt endnu.
      </p>
      {r.dropped.length > 0 && (
        <>
          <p>{r.dropped.length === 1 ? 'Dette svar udelades, fordi tjeklisten er ændret, eller filen er ændret i hånden:' : `Disse ${r.dropped.length} svar udelades, fordi tjeklisten er ændret, eller filen er ændret i hånden:`}</p>
          <ul>{r.dropped.map((d, i) => <li key={i}>{d.label}: {d.reason}</li>)}</ul>
        </>
      )}
      {r.notesDropped > 0 && <p>{count(r.notesDropped, 'note', 'noter')} til spørgsmål, tjeklisten ikke har, udelades.</p>}
      {r.changes.length > 0 && <ul>{r.changes.map((c, i) => <li key={i}>{c}</li>)}</ul>}
      {conflict && <p>Du har allerede vurderingen »{conflict.name}« ({danishDate(conflict.date)}) fra den samme fil. »Erstat« skifter den ud med filens version; »Indlæs som ny vurdering« beholder begge.</p>}
      {!conflict && asideKey && <p>Vurderingen er lagt til side, fordi den ikke kunne læses. »Erstat« sætter det, der kan bruges, i stedet for den tilsidelagte.</p>}
    </ImportConfirm>
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
