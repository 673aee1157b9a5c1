/**
 * Min plan's undo and »Føj til min plan«: removing an item leaves a notice in its place with
 * »Fortryd« (focus moves to it, and back to the item when it is restored); several removals one
 * after the other each keep their own notice. A link `?tilfoej=<id>` from a recommendation's page
 * adds it once, says so with »Fortryd«, and the parameter is removed from the address. Logic in
 * src/lib/plan/undo.ts.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { removeItem, type Plan } from '../../../lib/plan';
import { addFromLink, addParam, pendingRemovals, removeKeeping, removedFields, undoRemoval, withoutAddParam, type Removed } from '../../../lib/plan/undo';
import type { StoredStatus } from '../useStoredState';

type Notice =
  | { kind: 'added'; id: string; titel: string }
  | { kind: 'info'; text: string }
  | { kind: 'error'; text: string };

interface PlanState {
  value: Plan;
  setValue: (update: Plan | ((prev: Plan) => Plan)) => void;
  status: StoredStatus;
}

type Focus = { undo: string } | 'notice' | { item: string } | null;

export function usePlanChanges(plan: PlanState, titles: ReadonlyMap<string, { titel: string }>) {
  const [notice, setNotice] = useState<Notice | null>(null);
  const [removed, setRemoved] = useState<Removed[]>([]);
  const [focus, setFocus] = useState<Focus>(null);
  const handled = useRef(false);
  const titel = (id: string) => titles.get(id)?.titel ?? id;

  // A link from a recommendation's page: add it once the saved plan is loaded (not over data
  // that could not be read: then the link is kept and works after the problem is solved).
  useEffect(() => {
    const k = plan.status.kind;
    if (handled.current || k === 'loading' || k === 'corrupt' || k === 'newer') return;
    handled.current = true;
    const id = addParam(location.search);
    if (id === null) return;
    const r = addFromLink(plan.value, id, new Set(titles.keys()));
    if (r.kind === 'added') {
      plan.setValue((p) => addFromLink(p, id, new Set(titles.keys()), Date.now(), titel(id)).plan);
      setNotice({ kind: 'added', id, titel: titel(id) });
    } else if (r.kind === 'already') {
      setNotice({ kind: 'info', text: `»${titel(id)}« er allerede i din plan.` });
    } else {
      setNotice({ kind: 'error', text: `Anbefalingen »${id}« findes ikke på sitet og kunne ikke føjes til planen. Din plan er uændret.` });
    }
    history.replaceState(history.state, '', `${location.pathname}${withoutAddParam(location.search)}${location.hash}`);
  }, [plan.status.kind]); // eslint-disable-line react-hooks/exhaustive-deps

  const remove = useCallback(
    (id: string) => {
      let list = removed;
      plan.setValue((p) => {
        const r = removeKeeping(p, id, removed);
        list = r.list;
        return r.plan;
      });
      setRemoved(list);
      setFocus({ undo: id });
    },
    [plan, removed],
  );

  const undoRemove = (id: string) => {
    let list = removed;
    plan.setValue((p) => {
      const r = undoRemoval(p, removed, id);
      list = r.list;
      return r.plan;
    });
    setRemoved(list);
    setFocus({ item: id });
  };

  const undoAdded = () => {
    if (notice?.kind !== 'added') return;
    const { id } = notice;
    plan.setValue((p) => removeItem(p, id));
    setNotice({ kind: 'info', text: `»${notice.titel}« er taget ud af planen igen.` });
    setFocus('notice');
  };

  // Move focus after the change has rendered: never leave it on a button that is gone (<body>).
  useEffect(() => {
    if (!focus) return;
    setFocus(null);
    if (focus === 'notice') document.querySelector<HTMLElement>('.plan-notice')?.focus();
    else if ('undo' in focus) document.querySelector<HTMLElement>(`.plan-undo[data-id="${CSS.escape(focus.undo)}"] button`)?.focus();
    else {
      const heading = document.getElementById(`plan-${focus.item}-titel`);
      (heading?.querySelector<HTMLElement>('a') ?? heading)?.focus();
    }
  }, [focus]);

  return { notice, removed: pendingRemovals(plan.value, removed), remove, undoRemove, undoAdded, titel };
}

/** The message after adding from a link (with »Fortryd«), or what the link could not do. */
export function PlanNotice({ notice, undo }: { notice: Notice | null; undo: () => void }) {
  if (!notice) return null;
  const text = notice.kind === 'added' ? `»${notice.titel}« er føjet til din plan.` : notice.text;
  return (
    <div className={notice.kind === 'error' ? 'notice error plan-notice no-print' : 'notice plan-notice no-print'} role={notice.kind === 'error' ? 'alert' : 'status'} tabIndex={-1}>
      <p>
        {text}{' '}
        {notice.kind === 'added' && <button type="button" className="secondary" onClick={undo}>Fortryd</button>}
      </p>
    </div>
  );
}

/** Where a removed item stood: its notice, with »Fortryd«, says what comes back with it. */
export function RemovedNotice({ removed, titel, undo }: { removed: Removed; titel: string; undo: () => void }) {
  const fields = removedFields(removed.item);
  return (
    <div className="notice plan-undo no-print" role="status" tabIndex={-1} data-id={removed.item.id}>
      <p>
        »{titel}« er fjernet fra planen.{fields && ` »Fortryd« henter den tilbage med din ${fields}.`}{' '}
        <button type="button" className="secondary" onClick={undo}>Fortryd</button>
      </p>
    </div>
  );
}
