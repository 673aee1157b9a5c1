/**
 * The recommendations hub: filters by source, group (fase/tema) and role that apply at once and
 * live in the URL, and a "Føj til min plan" toggle per recommendation. The first render (also
 * the server render, i.e. without JavaScript) is the full list without filters or buttons.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { applyFilters, EMPTY_FILTERS, groupItems, groupOptions, readFilters, writeFilters, type HubFilters, type HubItem } from '../../lib/recommendations';
import { emptyPlan, hasItem } from '../../lib/plan/model';
import { pendingRemovals, removedFields, toggleKeeping, undoRemoval, type Removed } from '../../lib/plan/undo';
import { usePlan } from './usePlan';
import StorageNotice from './StorageNotice';

export interface Props {
  items: HubItem[];
  sources: { id: string; kort: string }[];
  roles: { id: string; label: string }[];
  planHref: string;
}

export default function AnbefalingerHub({ items, sources, roles, planHref }: Props) {
  const [enhanced, setEnhanced] = useState(false);
  const [filters, setFilters] = useState<HubFilters>(EMPTY_FILTERS);
  const plan = usePlan();
  const firstFilter = useRef<HTMLSelectElement>(null);
  // Items taken out of the plan on this page, with what they held: »Fortryd« at each, and
  // ticking again brings the fields back (src/lib/plan/undo.ts).
  const [removedHere, setRemovedHere] = useState<Removed[]>([]);
  const [planMessage, setPlanMessage] = useState('');
  const [focusBox, setFocusBox] = useState<string | null>(null);
  useEffect(() => {
    if (!focusBox) return;
    setFocusBox(null);
    document.getElementById(focusBox)?.querySelector<HTMLInputElement>('input[type=checkbox]')?.focus();
  }, [focusBox]);
  const titel = (id: string) => items.find((i) => i.id === id)?.titel ?? id;
  const toggle = (id: string) => {
    const wasIn = hasItem(plan.value, id);
    let list: Removed[] = removedHere;
    plan.setValue((p) => {
      const r = toggleKeeping(p, id, removedHere, Date.now(), titel(id));
      list = r.list;
      return r.plan;
    });
    setRemovedHere(list);
    const kept = removedHere.find((r) => r.item.id === id);
    const fields = kept ? removedFields(kept.item) : '';
    setPlanMessage(wasIn ? `»${titel(id)}« er taget ud af din plan.` : `»${titel(id)}« er i din plan${fields ? ` igen med din ${fields}` : ''}.`);
  };
  const undo = (id: string) => {
    const kept = removedHere.find((r) => r.item.id === id);
    let list: Removed[] = removedHere;
    plan.setValue((p) => {
      const r = undoRemoval(p, removedHere, id, Date.now());
      list = r.list;
      return r.plan;
    });
    setRemovedHere(list);
    setPlanMessage(`»${titel(id)}« er i din plan igen${kept && removedFields(kept.item) ? ` med din ${removedFields(kept.item)}` : ''}.`);
    // The button goes with the notice: the item's checkbox takes the focus.
    setFocusBox(id);
  };
  const pending = new Map(pendingRemovals(plan.value, removedHere).map((r) => [r.item.id, r]));

  useEffect(() => {
    setFilters(readFilters(location.search, items));
    setEnhanced(true);
    const onPop = () => setFilters(readFilters(location.search, items));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [items]);

  const change = (next: HubFilters) => {
    if (next.kilde !== filters.kilde && next.gruppe && !items.some((i) => i.kilde === next.kilde && i.gruppeId === next.gruppe)) next = { ...next, gruppe: '' };
    setFilters(next);
    history.replaceState(null, '', `${location.pathname}${writeFilters(next)}${location.hash}`);
  };

  const shown = useMemo(() => (enhanced ? applyFilters(items, filters) : items), [enhanced, items, filters]);
  const groups = groupOptions(items, filters.kilde);
  const planCount = plan.value.items.length;
  const active = filters.kilde || filters.gruppe || filters.rolle;

  return (
    <div className="hub">
      {enhanced && (
        <>
          <StorageNotice status={plan.status} what="din plan" rawFilename="min-plan-gemte-data.json" onReset={() => plan.reset(emptyPlan())} deletedElsewhere={plan.deletedElsewhere} />
          {(plan.value.setAside?.length ?? 0) > 0 && (
            <p className="notice warn">Noget i din plan kunne ikke læses og er lagt til side. Det er stadig gemt; se det på <a href={planHref}>Min plan</a>.</p>
          )}
          <div className="hub-filters no-print" role="search" aria-label="Filtrér anbefalingerne">
            <div className="field">
              <label htmlFor="filter-kilde">Kilde</label>
              <select id="filter-kilde" ref={firstFilter} value={filters.kilde} onChange={(e) => change({ ...filters, kilde: e.target.value })}>
                <option value="">Alle kilder</option>
                {sources.map((s) => <option key={s.id} value={s.id}>{s.kort}</option>)}
              </select>
            </div>
            <div className="field">
              <label htmlFor="filter-gruppe">Fase eller tema</label>
              <select id="filter-gruppe" value={filters.gruppe} onChange={(e) => change({ ...filters, gruppe: e.target.value })}>
                <option value="">Alle faser og temaer</option>
                {groups.map((g) => <option key={g.id} value={g.id}>{filters.kilde ? g.label : `${g.label} (${g.kildeKort})`}</option>)}
              </select>
            </div>
            <div className="field">
              <label htmlFor="filter-rolle">Vedrører</label>
              <select id="filter-rolle" value={filters.rolle} onChange={(e) => change({ ...filters, rolle: e.target.value })}>
                <option value="">Alle roller</option>
                {roles.map((r) => <option key={r.id} value={r.id}>{r.label}</option>)}
              </select>
            </div>
            {active && (
              <button
                type="button"
                className="secondary"
                onClick={() => {
                  // The button goes away with the filters: keep the keyboard user's place at the first filter.
                  firstFilter.current?.focus();
                  change(EMPTY_FILTERS);
                }}
              >
                Nulstil filtre
              </button>
            )}
          </div>
          <p className="visually-hidden" role="status">{planMessage}</p>
          <p className="hub-count" role="status" aria-live="polite">
            Viser {shown.length} af {items.length} anbefalinger. <a href={planHref}>Min plan ({planCount})</a>
          </p>
        </>
      )}
      {shown.length === 0 && <p><strong>Ingen anbefalinger passer til alle de valgte filtre.</strong> Fjern et af filtrene.</p>}
      {groupItems(shown).map((k) => (
        <section key={k.kilde} aria-labelledby={`kilde-${k.kilde}`}>
          <h2 id={`kilde-${k.kilde}`}>{k.kildeKort}</h2>
          {k.groups.map((g) => (
            <section key={g.gruppeId} aria-labelledby={`gruppe-${k.kilde}-${g.gruppeId}`}>
              <h3 id={`gruppe-${k.kilde}-${g.gruppeId}`}>{g.gruppe}</h3>
              <ul className="hub-list">
                {g.items.map((i) => {
                  const inPlan = enhanced && hasItem(plan.value, i.id);
                  return (
                    <li key={i.id} id={i.id}>
                      <a href={i.href} className="hub-title">{i.titel}</a>
                      <span className="muted"> – {i.typeLabel}, {i.sider}. Vedrører: {i.roller.map((r) => roles.find((x) => x.id === r)?.label ?? r).join(', ')}.</span>
                      {enhanced && (
                        <label className="plan-toggle">
                          <input type="checkbox" checked={inPlan} onChange={() => toggle(i.id)} /> Med i min plan
                          <span className="visually-hidden">: {i.titel}</span>
                        </label>
                      )}
                      {enhanced && pending.has(i.id) && removedFields(pending.get(i.id)!.item) && (
                        <p className="plan-undo">
                          Taget ud af din plan med din {removedFields(pending.get(i.id)!.item)}. Sætter du fluebenet igen, får du det hele tilbage.{' '}
                          <button type="button" className="secondary" onClick={() => undo(i.id)}>Fortryd<span className="visually-hidden">: {i.titel}</span></button>
                        </p>
                      )}
                    </li>
                  );
                })}
              </ul>
            </section>
          ))}
        </section>
      ))}
    </div>
  );
}
