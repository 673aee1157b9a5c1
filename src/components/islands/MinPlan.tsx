/**
 * "Min plan": the recommendations the leader picked on the hub, in their chosen order, each with
 * an own note, a responsible person and a date. Kept in this browser only; printable on A4 and
 * exportable/importable as a file. An import over an existing plan asks first; what could not be
 * read from storage is set aside (listed, downloadable, importable) while the rest shows.
 */
import { Fragment, useEffect, useRef, useState } from 'react';
import type { Advice } from '../../lib/selvtjek/advice';
import { GONE_FROM_SITE, emptyPlan, itemTitle, moveItem, readPlanItem, removeSetAside, setAsideId, updateItem, type Plan, type PlanItem } from '../../lib/plan/model';
import { applyPlanImport, exportPlan, parsePlanImport, setAsidePlanFile, type ImportMode, type PlanImportReport } from '../../lib/plan/file';
import { TEXT_LIMITS, danishDate } from '../../lib/storage/fields';
import type { HubItem } from '../../lib/recommendations';
import { downloadText } from './useStoredState';
import { usePlan } from './usePlan';
import StorageNotice from './StorageNotice';
import SetAsideNotice from './SetAsideNotice';
import ImportConfirm from './ImportConfirm';
import DateField from './DateField';
import TextField from './TextField';
import ToolMessage, { useToolMessage } from './ToolMessage';
import DocumentDownloads from './DocumentDownloads';
import { PlanNotice, RemovedNotice, usePlanChanges } from './minplan/PlanChanges';
import AdviceText, { useOpenDetailsForPrint } from './AdviceText';
import { inputBeforeHydration } from './preHydrationInput';
import { danishLongDateTime } from '../../lib/intl';

export interface Props {
  items: HubItem[];
  hubHref: string;
}

/** A date field on paper: "1. marts 2027", or nothing (an empty line to write on). */
const printDate = (iso: string) => (iso ? danishDate(iso) : '');
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The id of the JSON data block in which the page gives every recommendation's explanation. */
export const ADVICE_DATA_ID = 'plan-forklaringer';

/** The explanations the page embedded (read once, after hydration: the plan itself is only in the browser). */
function useEmbeddedAdvice(): Readonly<Record<string, Advice>> {
  const [advice, setAdvice] = useState<Record<string, Advice>>({});
  useEffect(() => {
    try {
      setAdvice(JSON.parse(document.getElementById(ADVICE_DATA_ID)?.textContent ?? '{}') as Record<string, Advice>);
    } catch {
      // Without explanations the plan still shows and prints its titles and fields.
    }
  }, []);
  return advice;
}

interface Pending {
  incoming: Plan;
  report: PlanImportReport;
}

export default function MinPlan({ items, hubHref }: Props) {
  const plan = usePlan();
  const { message, say, ref: messageRef } = useToolMessage();
  const [exportedAt, setExportedAt] = useState<Date | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const root = useRef<HTMLDivElement>(null);
  const advice = useEmbeddedAdvice();
  useOpenDetailsForPrint('details.plan-forklaring');
  const byId = new Map(items.map((i) => [i.id, i]));
  const titles = new Map(items.map((i) => [i.id, i.titel]));
  // Every item, also one whose recommendation is no longer on the site: it shows what is known of it.
  const rows = plan.value.items;
  const gone = rows.filter((p) => !byId.has(p.id)).length;
  const changes = usePlanChanges(plan, byId);
  // Each removal leaves its notice (with »Fortryd«) where the item stood: before the first item
  // that comes after it in the order.
  const undoRows = (before: PlanItem | null) =>
    changes.removed
      .filter((r) => {
        const at = rows.findIndex((p) => (p.pos ?? 0) > (r.item.pos ?? 0));
        return before ? rows[at] === before : at < 0;
      })
      .map((r) => (
        <li key={`fjernet-${r.item.id}`} className="plan-undo-row">
          <RemovedNotice removed={r} titel={itemTitle(r.item, titles)} undo={() => changes.undoRemove(r.item.id)} />
        </li>
      ));
  // After »Flyt op«/»Flyt ned« focus follows the moved item; at the top or bottom its button is
  // disabled, so the other one takes the focus (never <body>).
  const [moved, setMoved] = useState<{ id: string; delta: -1 | 1 } | null>(null);
  useEffect(() => {
    if (!moved) return;
    setMoved(null);
    const buttons = document.getElementById(`plan-${moved.id}-titel`)?.closest('li')?.querySelectorAll<HTMLButtonElement>('.item-actions button');
    const [up, down] = [buttons?.[0], buttons?.[1]];
    const first = moved.delta < 0 ? up : down;
    (first && !first.disabled ? first : moved.delta < 0 ? down : up)?.focus();
  }, [moved]);
  const move = (id: string, delta: -1 | 1) => {
    plan.setValue((pl) => moveItem(pl, id, delta, Date.now()));
    setMoved({ id, delta });
  };

  const apply = (incoming: Plan, mode: ImportMode) => {
    let result = { added: 0, unchanged: 0 };
    plan.setValue((current) => {
      const r = applyPlanImport(current, incoming, mode, Date.now());
      result = r;
      return r.plan;
    });
    setPending(null);
    say(
      {
        kind: 'ok',
        text:
          mode === 'replace'
            ? `Planen er indlæst med ${count(result.added, 'anbefaling', 'anbefalinger')}.`
            : `${count(result.added, 'anbefaling er', 'anbefalinger er')} tilføjet til din plan.${result.unchanged ? ` ${count(result.unchanged, 'var', 'var')} der i forvejen og er uændret.` : ''}`,
      },
      true,
    );
  };

  const startImport = (text: string) => {
    const r = parsePlanImport(text, new Set(byId.keys()), { titles });
    if (!r.ok) {
      say({ kind: 'error', text: `${r.error} Din nuværende plan er uændret.` }, true);
      return;
    }
    const existing = plan.value.items.length > 0;
    if (!existing && r.report.dropped.length === 0 && r.report.changes.length === 0 && r.report.unknown.length === 0) apply(r.plan, 'replace');
    else {
      say(null);
      setPending({ incoming: r.plan, report: r.report });
    }
  };

  const onImport = async (file: File | undefined) => {
    if (fileInput.current) fileInput.current.value = '';
    if (!file) return;
    startImport(await file.text().catch(() => ''));
  };

  // A file chosen before the page was ready is imported once the saved plan is read.
  const early = useRef(true);
  useEffect(() => {
    if (!early.current || plan.status.kind === 'loading') return;
    early.current = false;
    const file = inputBeforeHydration(root.current).find((x) => x.element === fileInput.current);
    if (file) void onImport(fileInput.current?.files?.[0]);
  }, [plan.status.kind]); // eslint-disable-line react-hooks/exhaustive-deps

  const setAside = (plan.value.setAside ?? []).map((e) => {
    const id = setAsideId(e);
    const read = readPlanItem(e.raw, Date.now());
    return {
      key: e.key,
      label: (id && titles.get(id)) || id || 'Data, der ikke kan læses',
      reason: read.ok ? 'Punktet kan læses nu.' : typeof e.raw === 'object' && e.raw !== null ? read.reason : 'Det er ikke data fra Min plan.',
      importable: typeof e.raw === 'object' && e.raw !== null && !Array.isArray(e.raw),
    };
  });
  const entry = (key: string) => (plan.value.setAside ?? []).find((e) => e.key === key);

  return (
    <div className="min-plan" ref={root} data-ready={plan.status.kind === 'loading' ? undefined : ''}>
      <StorageNotice status={plan.status} what="din plan" rawFilename="min-plan-gemte-data.json" onReset={() => plan.reset(emptyPlan())} repairs={plan.repairs} deletedElsewhere={plan.deletedElsewhere} />
      <SetAsideNotice
        items={setAside}
        heading={
          setAside.every((i) => i.importable)
            ? `${count(setAside.length, 'anbefaling', 'anbefalinger')} i din plan kunne ikke læses og er lagt til side.`
            : 'Noget af det gemte i din plan kunne ikke læses og er lagt til side.'
        }
        onDownload={(key) => {
          const e = entry(key);
          if (!e) return;
          const f = setAsidePlanFile(e);
          downloadText(f.filename, f.json);
        }}
        onRecover={(key) => {
          const e = entry(key);
          if (e) startImport(setAsidePlanFile(e).json);
        }}
        onRemove={(key) => plan.setValue((p) => removeSetAside(p, key, Date.now()))}
      />
      <div className="plan-actions no-print">
        <button type="button" onClick={() => window.print()} disabled={rows.length === 0}>Udskriv planen</button>
        <button
          type="button"
          className="secondary"
          disabled={rows.length === 0}
          onClick={() => {
            const now = new Date();
            const f = exportPlan({ items: rows }, now, titles);
            downloadText(f.filename, f.json);
            setExportedAt(now);
            say({ kind: 'ok', text: `Planen med ${count(rows.length, 'anbefaling', 'anbefalinger')} er hentet som filen ${f.filename}.` });
          }}
        >
          Eksportér til fil
        </button>
        <label className="button secondary file-button">
          Importér fra fil
          <input ref={fileInput} type="file" accept=".json,application/json" className="visually-hidden" onChange={(e) => void onImport(e.target.files?.[0])} />
        </label>
      </div>
      <DocumentDownloads label="Hent planen som dokument" formats={['docx', 'odt'] as const} disabled={rows.length === 0} make={(f) => import('../../lib/documents/files').then((m) => m.planFile(f, rows, items.map((i) => ({ ...i, forklaring: advice[i.id] }))))} />
      {pending && (
        <ImportConfirm
          level={2}
          heading={rows.length > 0 ? `Du har allerede en plan med ${count(rows.length, 'anbefaling', 'anbefalinger')}.` : 'Indlæs planen fra filen?'}
          actions={[
            ...(rows.length > 0
              ? [
                  { label: 'Tilføj til min plan', onClick: () => apply(pending.incoming, 'add') },
                  { label: 'Erstat min plan', onClick: () => apply(pending.incoming, 'replace'), secondary: true },
                ]
              : [{ label: 'Indlæs planen', onClick: () => apply(pending.incoming, 'replace') }]),
            {
              label: 'Annullér',
              secondary: true,
              onClick: () => {
                setPending(null);
                say({ kind: 'ok', text: 'Importen er annulleret. Din plan er uændret.' }, true);
              },
            },
          ]}
        >
          <p>
            Filen indeholder {count(pending.incoming.items.length, 'anbefaling', 'anbefalinger')}, der kan bruges.
            {rows.length > 0 && ' »Tilføj« sætter dem, der ikke allerede er i din plan, nederst i planen; dine egne noter bliver stående. »Erstat« gør filens plan til din plan.'}
          </p>
          {rows.length > 0 && gone > 0 && (
            <p>
              <strong>{gone === 1 ? '1 af dem findes ikke længere på sitet' : `${gone} af dem findes ikke længere på sitet`}</strong>, men står i din plan med dine felter. »Erstat« fjerner {gone === 1 ? 'den' : 'dem'} også; eksportér din plan til en fil først, hvis du vil gemme {gone === 1 ? 'den' : 'dem'}.
            </p>
          )}
          {pending.report.unknown.length > 0 && (
            <p>
              {pending.report.unknown.length === 1 ? 'Denne anbefaling i filen findes ikke længere på sitet' : `Disse ${pending.report.unknown.length} anbefalinger i filen findes ikke længere på sitet`}, men kommer med i planen med de felter, filen har: {pending.report.unknown.join(', ')}.
            </p>
          )}
          {pending.report.dropped.length > 0 && (
            <>
              <p>{pending.report.dropped.length === 1 ? 'Dette punkt i filen udelades:' : `Disse ${pending.report.dropped.length} punkter i filen udelades:`}</p>
              <ul>{pending.report.dropped.map((d, i) => <li key={i}>{d.label}: {d.reason}</li>)}</ul>
            </>
          )}
          {pending.report.changes.length > 0 && <ul>{pending.report.changes.map((c, i) => <li key={i}>{c}</li>)}</ul>}
        </ImportConfirm>
      )}
      <p className="muted no-print" role="status">
        {plan.savedAt ? `Senest gemt i browseren ${danishLongDateTime(plan.savedAt)}.` : plan.status.kind === 'ok' || plan.status.kind === 'loading' ? 'Planen gemmes automatisk i denne browser.' : ''}
        {exportedAt && ` Senest eksporteret ${danishLongDateTime(exportedAt)}.`} Browseren kan slette gemte data efter nogle dage uden besøg – en eksporteret fil er den sikre kopi.
      </p>
      <ToolMessage message={message} ref={messageRef} />
      <PlanNotice notice={changes.notice} undo={changes.undoAdded} />
      {rows.length === 0 && changes.removed.length > 0 && <ul className="plan-list plan-undo-list">{undoRows(null)}</ul>}
      {plan.status.kind === 'loading' ? (
        <p className="plan-loading">Henter din plan …</p>
      ) : rows.length === 0 ? (
        <p>Din plan er tom. Vælg anbefalinger på <a href={hubHref}>siden med alle anbefalinger</a> ved at sætte flueben i »Med i min plan«, eller følg linket »Føj til min plan« ved en anbefaling.</p>
      ) : (
        <ol className="plan-list">
          {rows.map((p, index) => {
            const item = byId.get(p.id);
            const fid = `plan-${p.id}`;
            return (
              <Fragment key={p.id}>
              {undoRows(p)}
              <li className="plan-item">
                {item ? (
                  <>
                    <h2 id={`${fid}-titel`}><a href={item.href}>{item.titel}</a></h2>
                    <p className="muted">{item.kildeKort}, {item.sider} · {item.gruppe}</p>
                    {advice[p.id] && (
                      <details className="plan-forklaring">
                        <summary>Hvad anbefalingen siger<span className="visually-hidden">: {item.titel}</span></summary>
                        <AdviceText advice={advice[p.id]!} />
                      </details>
                    )}
                  </>
                ) : (
                  <>
                    <h2 id={`${fid}-titel`} tabIndex={-1}>{itemTitle(p, titles)}</h2>
                    <p className="muted">{GONE_FROM_SITE}</p>
                  </>
                )}
                <div className="plan-fields">
                  <TextField id={`${fid}-ansvarlig`} label="Ansvarlig" value={p.ansvarlig} limit={TEXT_LIMITS.ansvarlig} after={<div className="print-value" aria-hidden="true">{p.ansvarlig}</div>} onCommit={(v) => plan.setValue((pl) => updateItem(pl, p.id, { ansvarlig: v }, Date.now()))} />
                  <DateField
                    key={`${p.id}-dato`}
                    id={`${fid}-dato`}
                    label="Dato"
                    value={p.dato}
                    required={false}
                    kept={p.dato ? `Indtil du retter den, gemmes datoen ${danishDate(p.dato)}.` : 'Indtil du retter den, gemmes ingen dato.'}
                    after={<div className="print-value" aria-hidden="true">{printDate(p.dato)}</div>}
                    onCommit={(v) => plan.setValue((pl) => updateItem(pl, p.id, { dato: v }, Date.now()))}
                  />
                  <TextField
                    id={`${fid}-note`}
                    label="Egen note"
                    value={p.note}
                    limit={TEXT_LIMITS.note}
                    multiline
                    rows={3}
                    className="field wide"
                    after={<div className="print-value" aria-hidden="true">{p.note}</div>}
                    onCommit={(v) => plan.setValue((pl) => updateItem(pl, p.id, { note: v }, Date.now()))}
                  />
                </div>
                <div className="no-print item-actions" role="group" aria-labelledby={`${fid}-titel`}>
                  <button type="button" className="secondary" disabled={index === 0} onClick={() => move(p.id, -1)}>Flyt op</button>
                  <button type="button" className="secondary" disabled={index === rows.length - 1} onClick={() => move(p.id, 1)}>Flyt ned</button>
                  <button type="button" className="secondary" onClick={() => changes.remove(p.id)}>Fjern fra planen</button>
                </div>
              </li>
              </Fragment>
            );
          })}
          {undoRows(null)}
        </ol>
      )}
    </div>
  );
}
