/**
 * Min plan: undoing a removal, and adding a recommendation from the page where it is read
 * (`/anbefalinger/min-plan/?tilfoej=<id>`). Built only from the plan module's own functions, so
 * the plan's rules (no duplicates, field defaults) stay in one place. Pure.
 */
import { addItem, hasItem, removeItem, restoreItem, type Plan, type PlanItem } from './model';

/** The URL parameter a recommendation's »Føj til min plan« link carries. */
export const ADD_PARAM = 'tilfoej';

export interface Removed {
  item: PlanItem;
  /** Where it stood in the plan. */
  index: number;
}

/** Remove an item, remembering what it held and where it stood, so it can be put back. */
export function removeWithUndo(plan: Plan, id: string, now: number = Date.now()): { plan: Plan; removed: Removed | null } {
  const index = plan.items.findIndex((i) => i.id === id);
  if (index < 0) return { plan, removed: null };
  return { plan: removeItem(plan, id, now), removed: { item: plan.items[index]!, index } };
}

/**
 * Put a removed item back where it stood (at the end, if the plan has shrunk since), with its
 * note, responsible person and date, as a change made now (so it wins over the removal when
 * tabs merge). A no-op when the item is in the plan again.
 */
export function restoreRemoved(plan: Plan, removed: Removed, now: number = Date.now()): Plan {
  if (hasItem(plan, removed.item.id)) return plan;
  return restoreItem(plan, removed.item, removed.index, now);
}

/** The recommendation id asked for in a query string, or null. Only id-shaped values count. */
export function addParam(search: string): string | null {
  const v = new URLSearchParams(search).get(ADD_PARAM)?.trim() ?? '';
  return v === '' ? null : v.slice(0, 120);
}

/** The query string without the add parameter (others kept), for history.replaceState. */
export function withoutAddParam(search: string): string {
  const p = new URLSearchParams(search);
  p.delete(ADD_PARAM);
  const s = p.toString();
  return s ? `?${s}` : '';
}

export type AddResult = { kind: 'added'; plan: Plan } | { kind: 'already'; plan: Plan } | { kind: 'unknown'; plan: Plan };

/** Add a recommendation once (idempotent); ids not on the site are refused. */
export function addFromLink(plan: Plan, id: string, validIds: ReadonlySet<string>, now: number = Date.now()): AddResult {
  if (!validIds.has(id)) return { kind: 'unknown', plan };
  if (hasItem(plan, id)) return { kind: 'already', plan };
  return { kind: 'added', plan: addItem(plan, id, now) };
}
