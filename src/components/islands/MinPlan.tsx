/**
 * "Min plan": the recommendations the leader picked on the hub, in their chosen order, each with
 * an own note, a responsible person and a date. Kept in this browser only; printable on A4 and
 * exportable/importable as a file.
 */
import { Fragment, useRef, useState } from 'react';
import { emptyPlan, exportPlan, moveItem, parsePlanImport, planStore, updateItem, PLAN_KEY } from '../../lib/plan';
import { PlanNotice, usePlanChanges } from './minplan/PlanChanges';
import type { HubItem } from '../../lib/recommendations';
import { downloadText, useStoredState } from './useStoredState';
import StorageNotice from './StorageNotice';
import DocumentDownloads from './DocumentDownloads';

export interface Props {
  items: HubItem[];
  hubHref: string;
}

const timeFmt = new Intl.DateTimeFormat('da-DK', { dateStyle: 'long', timeStyle: 'short' });
const dateFmt = new Intl.DateTimeFormat('da-DK', { dateStyle: 'long' });
/** A date field on paper: "1. marts 2027", or nothing (an empty line to write on). */
const printDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return y && m && d ? dateFmt.format(new Date(y, m - 1, d)) : '';
};

export default function MinPlan({ items, hubHref }: Props) {
  const plan = useStoredState(PLAN_KEY, planStore, emptyPlan);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [exportedAt, setExportedAt] = useState<Date | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const byId = new Map(items.map((i) => [i.id, i]));
  const rows = plan.value.items.filter((p) => byId.has(p.id));
  const missing = plan.value.items.length - rows.length;
  const changes = usePlanChanges(plan, byId);
  // A removal leaves its notice (with »Fortryd«) where the item stood.
  const noticeAt = changes.notice?.kind === 'removed' && rows.length > 0 ? Math.min(changes.notice.removed.index, rows.length) : -1;
  const notice = <PlanNotice notice={changes.notice} undo={changes.undo} />;

  if (plan.status.kind === 'loading') return <p>Henter din plan …</p>;

  const onImport = async (file: File | undefined) => {
    if (!file) return;
    const text = await file.text().catch(() => '');
    const r = parsePlanImport(text, new Set(byId.keys()));
    if (!r.ok) {
      setMessage({ kind: 'error', text: `${r.error} Din nuværende plan er uændret.` });
    } else {
      plan.setValue(r.plan);
      setMessage({ kind: 'ok', text: `Planen er indlæst med ${r.plan.items.length} anbefalinger.${r.dropped ? ` ${r.dropped} anbefalinger findes ikke længere og er udeladt.` : ''}` });
    }
    if (fileInput.current) fileInput.current.value = '';
  };

  return (
    <div className="min-plan">
      <StorageNotice status={plan.status} what="din plan" rawFilename="min-plan-raa-data.json" onReset={() => plan.reset(emptyPlan())} onReload={plan.reloadFromStorage} onKeepMine={plan.keepMine} />
      <div className="plan-actions no-print">
        <button type="button" onClick={() => window.print()} disabled={rows.length === 0}>Udskriv planen</button>
        <button
          type="button"
          className="secondary"
          disabled={rows.length === 0}
          onClick={() => {
            const now = new Date();
            const f = exportPlan({ items: rows }, now);
            downloadText(f.filename, f.json);
            setExportedAt(now);
          }}
        >
          Eksportér til fil
        </button>
        <label className="button secondary file-button">
          Importér fra fil
          <input ref={fileInput} type="file" accept=".json,application/json" className="visually-hidden" onChange={(e) => void onImport(e.target.files?.[0])} />
        </label>
      </div>
      <DocumentDownloads label="Hent planen som dokument" formats={['docx', 'odt'] as const} disabled={rows.length === 0} make={(f) => import('../../lib/documents/files').then((m) => m.planFile(f, rows, items))} />
      <p className="muted no-print" role="status">
        {plan.savedAt ? `Senest gemt i browseren ${timeFmt.format(plan.savedAt)}.` : plan.status.kind === 'ok' ? 'Planen gemmes automatisk i denne browser.' : ''}
        {exportedAt && ` Senest eksporteret ${timeFmt.format(exportedAt)}.`} Browseren kan slette gemte data efter nogle dage uden besøg – en eksporteret fil er den sikre kopi.
      </p>
      {message && <p className={message.kind === 'error' ? 'notice error' : 'notice'} role={message.kind === 'error' ? 'alert' : 'status'}>{message.text}</p>}
      {noticeAt < 0 && notice}
      {missing > 0 && <p className="notice warn">{missing} anbefalinger i din plan findes ikke længere på sitet og vises ikke.</p>}
      {rows.length === 0 ? (
        <p>Din plan er tom. Vælg anbefalinger på <a href={hubHref}>siden med alle anbefalinger</a> ved at sætte flueben i »Med i min plan«, eller følg linket »Føj til min plan« ved en anbefaling.</p>
      ) : (
        <ol className="plan-list">
          {rows.map((p, index) => {
            const item = byId.get(p.id)!;
            const fid = `plan-${p.id}`;
            return (
              <Fragment key={p.id}>
              {index === noticeAt && <li className="plan-undo-row">{notice}</li>}
              <li className="plan-item">
                <h2 id={`${fid}-titel`}><a href={item.href}>{item.titel}</a></h2>
                <p className="muted">{item.kildeKort}, {item.sider} · {item.gruppe}</p>
                <div className="plan-fields">
                  <div className="field">
                    <label htmlFor={`${fid}-ansvarlig`}>Ansvarlig</label>
                    <input id={`${fid}-ansvarlig`} type="text" value={p.ansvarlig} onChange={(e) => plan.setValue((pl) => updateItem(pl, p.id, { ansvarlig: e.target.value }))} />
                    <div className="print-value" aria-hidden="true">{p.ansvarlig}</div>
                  </div>
                  <div className="field">
                    <label htmlFor={`${fid}-dato`}>Dato</label>
                    <input id={`${fid}-dato`} type="date" value={p.dato} onChange={(e) => plan.setValue((pl) => updateItem(pl, p.id, { dato: e.target.value }))} />
                    <div className="print-value" aria-hidden="true">{printDate(p.dato)}</div>
                  </div>
                  <div className="field wide">
                    <label htmlFor={`${fid}-note`}>Egen note</label>
                    <textarea id={`${fid}-note`} rows={3} value={p.note} onChange={(e) => plan.setValue((pl) => updateItem(pl, p.id, { note: e.target.value }))} />
                    <div className="print-value" aria-hidden="true">{p.note}</div>
                  </div>
                </div>
                <div className="no-print item-actions" role="group" aria-labelledby={`${fid}-titel`}>
                  <button type="button" className="secondary" disabled={index === 0} onClick={() => plan.setValue((pl) => moveItem(pl, p.id, -1))}>Flyt op</button>
                  <button type="button" className="secondary" disabled={index === rows.length - 1} onClick={() => plan.setValue((pl) => moveItem(pl, p.id, 1))}>Flyt ned</button>
                  <button type="button" className="secondary" onClick={() => changes.remove(p.id)}>Fjern fra planen</button>
                </div>
              </li>
              </Fragment>
            );
          })}
          {noticeAt === rows.length && <li className="plan-undo-row">{notice}</li>}
        </ol>
      )}
    </div>
  );
}
