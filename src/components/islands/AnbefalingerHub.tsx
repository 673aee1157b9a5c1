/**
 * The recommendations hub: every recommendation with its explanation to expand in place, filters
 * by source, group (fase/tema) and role that apply at once and live in the URL, and »Med i min
 * plan« per recommendation.
 *
 * The served HTML is the tool (issue 25): the server renders the whole list with its filters,
 * check boxes and explanations, and the island hydrates that markup. Nothing is ever unmounted
 * – filters hide items – so the page does not move when it hydrates, and the explanations the
 * server rendered stay (src/lib/plan/advice-html.ts). What the reader chose or ticked before
 * hydration is applied once the saved plan is read (./preHydrationInput.ts). Without JavaScript
 * the page hides the filters and check boxes and says so (src/pages/anbefalinger/index.astro).
 */
import { useEffect, useRef, useState } from 'react';
import { applyFilters, EMPTY_FILTERS, groupItems, groupOptions, loosenings, readFilters, writeFilters, type HubFilters, type HubItem } from '../../lib/recommendations';
import { addItem, emptyPlan, hasItem } from '../../lib/plan/model';
import { pendingRemovals, removedFields, toggleKeeping, undoRemoval, type Removed } from '../../lib/plan/undo';
import { servedAdviceHtml } from '../../lib/plan/advice-html';
import { usePlan } from './usePlan';
import { inputBeforeHydration } from './preHydrationInput';
import StorageNotice from './StorageNotice';

export interface Props {
  items: HubItem[];
  sources: { id: string; kort: string }[];
  roles: { id: string; label: string }[];
  planHref: string;
}

const FILTER_LABELS: Record<keyof HubFilters, string> = { kilde: 'Kilde', gruppe: 'Fase eller tema', rolle: 'Vedrører' };
const FILTER_IDS: Record<string, keyof HubFilters> = { 'filter-kilde': 'kilde', 'filter-gruppe': 'gruppe', 'filter-rolle': 'rolle' };

export default function AnbefalingerHub({ items, sources, roles, planHref }: Props) {
  const [filters, setFilters] = useState<HubFilters>(EMPTY_FILTERS);
  const plan = usePlan();
  const root = useRef<HTMLDivElement>(null);
  const firstFilter = useRef<HTMLSelectElement>(null);
  // Items taken out of the plan on this page, with what they held: »Fortryd« at each, and
  // ticking again brings the fields back (src/lib/plan/undo.ts).
  const [removedHere, setRemovedHere] = useState<Removed[]>([]);
  const [planMessage, setPlanMessage] = useState('');
  const [focusBox, setFocusBox] = useState<string | null>(null);
  const titel = (id: string) => items.find((i) => i.id === id)?.titel ?? id;
  const label = (f: keyof HubFilters, v: string) =>
    f === 'kilde' ? (sources.find((s) => s.id === v)?.kort ?? v) : f === 'rolle' ? (roles.find((r) => r.id === v)?.label ?? v) : (items.find((i) => i.gruppeId === v)?.gruppe ?? v);

  const change = (next: HubFilters, current: HubFilters = filters) => {
    if (next.kilde !== current.kilde && next.gruppe && !items.some((i) => i.kilde === next.kilde && i.gruppeId === next.gruppe)) next = { ...next, gruppe: '' };
    setFilters(next);
    history.replaceState(history.state, '', `${location.pathname}${writeFilters(next)}${location.hash}`);
  };

  // After hydration (the saved plan has just been read by usePlan): the filters from the
  // address, and what the reader chose or ticked before the page was ready.
  useEffect(() => {
    const early = inputBeforeHydration(root.current);
    let f = readFilters(location.search, items);
    for (const x of early) {
      const key = FILTER_IDS[x.element.id];
      if (key && x.kind === 'value') f = { ...f, [key]: x.value };
    }
    if (early.some((x) => FILTER_IDS[x.element.id])) change(f, EMPTY_FILTERS);
    else setFilters(f);
    const ticked = early.flatMap((x) => (x.kind === 'checked' && x.checked && x.element.closest('li')?.id) || []);
    if (ticked.length > 0) plan.setValue((p) => ticked.reduce((q, id) => (hasItem(q, id) ? q : addItem(q, id, Date.now(), titel(id))), p));
    const onPop = () => setFilters(readFilters(location.search, items));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [items]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    if (!focusBox) return;
    setFocusBox(null);
    document.getElementById(focusBox)?.querySelector<HTMLInputElement>('input[type=checkbox]')?.focus();
  }, [focusBox]);

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

  const shown = new Set(applyFilters(items, filters).map((i) => i.id));
  const groups = groupOptions(items, filters.kilde);
  const active = filters.kilde || filters.gruppe || filters.rolle;
  const loosen = shown.size === 0 ? loosenings(items, filters) : [];
  const loaded = plan.status.kind !== 'loading';

  return (
    <div className="hub" ref={root} data-ready={loaded ? '' : undefined}>
      {loaded && (
        <>
          <StorageNotice status={plan.status} what="din plan" rawFilename="min-plan-gemte-data.json" onReset={() => plan.reset(emptyPlan())} deletedElsewhere={plan.deletedElsewhere} />
          {(plan.value.setAside?.length ?? 0) > 0 && (
            <p className="notice warn">Noget i din plan kunne ikke læses og er lagt til side. Det er stadig gemt; se det på <a href={planHref}>Min plan</a>.</p>
          )}
        </>
      )}
      <div className="hub-tools no-print" data-pagefind-ignore>
        {/* The count stands above the filters, so choosing one shows its effect where the reader is (also on a phone). */}
        <p className="hub-count" role="status">
          Viser {shown.size} af {items.length} anbefalinger. <a href={planHref}>Min plan ({plan.value.items.length})</a>
        </p>
        {shown.size === 0 && (
          <div className="hub-none">
            <p><strong>Ingen anbefalinger passer til alle de valgte filtre.</strong> {loosen.length > 0 ? 'Fjern et af disse filtre:' : 'Fjern et af filtrene.'}</p>
            {loosen.length > 0 && (
              <p className="button-row">
                {loosen.map((l) => (
                  <button key={l.filter} type="button" className="secondary" onClick={() => change({ ...filters, [l.filter]: '' })}>
                    Fjern »{FILTER_LABELS[l.filter]}: {label(l.filter, filters[l.filter])}« (viser {l.count})
                  </button>
                ))}
              </p>
            )}
          </div>
        )}
        <div className="hub-filters" role="search" aria-label="Filtrér anbefalingerne">
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
      </div>
      <p className="visually-hidden" role="status">{planMessage}</p>
      {groupItems(items).map((k) => (
        <section key={k.kilde} aria-labelledby={`kilde-${k.kilde}`} hidden={!k.groups.some((g) => g.items.some((i) => shown.has(i.id))) || undefined}>
          <h2 id={`kilde-${k.kilde}`}>{k.kildeKort}</h2>
          {k.groups.map((g) => (
            // A group named like its source (»Virksomme mekanismer«) is not a second region of that name.
            <section key={g.gruppeId} aria-labelledby={g.gruppe === k.kildeKort ? undefined : `gruppe-${k.kilde}-${g.gruppeId}`} hidden={!g.items.some((i) => shown.has(i.id)) || undefined}>
              <h3 id={`gruppe-${k.kilde}-${g.gruppeId}`}>{g.gruppe}</h3>
              <ul className="hub-list">
                {g.items.map((i) => {
                  const removed = pending.get(i.id);
                  const fields = removed ? removedFields(removed.item) : '';
                  return (
                    <li key={i.id} id={i.id} hidden={!shown.has(i.id) || undefined}>
                      <a href={i.href} className="hub-title">{i.titel}</a>
                      <span className="muted"> – {i.typeLabel}, {i.sider}. Vedrører: {i.roller.map((r) => roles.find((x) => x.id === r)?.label ?? r).join(', ')}.</span>
                      <label className="plan-toggle">
                        <input type="checkbox" checked={hasItem(plan.value, i.id)} onChange={() => toggle(i.id)} /> Med i min plan
                        <span className="visually-hidden">: {i.titel}</span>
                      </label>
                      <details className="hub-forklaring" data-pagefind-ignore>
                        <summary>Læs forklaringen<span className="visually-hidden">: {i.titel}</span></summary>
                        {/* Served HTML only; the client never replaces it (see src/lib/plan/advice-html.ts). */}
                        <div className="hub-forklaring-tekst" dangerouslySetInnerHTML={{ __html: import.meta.env.SSR ? servedAdviceHtml(i.id) : '' }} suppressHydrationWarning />
                      </details>
                      {fields && (
                        <p className="plan-undo">
                          Taget ud af din plan med din {fields}. Sætter du fluebenet igen, får du det hele tilbage.{' '}
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
