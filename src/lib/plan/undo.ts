/**
 * Min plan: undoing removals, and adding a recommendation from the page where it is read
 * (`/anbefalinger/min-plan/?tilfoej=<id>`). Built only from the plan module's own functions, so
 * the plan's rules (no duplicates, field defaults) stay in one place. Pure.
 *
 * Taking an item out of the plan – »Fjern fra planen« on Min plan, unticking »Med i min plan« on
 * the hub – never silently drops what the leader wrote: the page keeps every removal it made
 * (a list, so several removals one after the other can each be undone), offers »Fortryd« for
 * each, and ticking the item again on the hub brings its note, responsible person and date back.
 */
import { addItem, hasItem, removeItem, restoreItem, type Plan, type PlanItem } from './model';
import { joinDa } from '../count-words.ts';

/** The removals a page can still undo, oldest first (at most one per recommendation). */
export type RemovedList = readonly Removed[];

/** Remove an item and remember it in the page's list of removals it can undo. */
export function removeKeeping(plan: Plan, id: string, list: RemovedList, now: number = Date.now()): { plan: Plan; list: Removed[] } {
  const r = removeWithUndo(plan, id, now);
  if (!r.removed) return { plan, list: [...list] };
  return { plan: r.plan, list: [...list.filter((x) => x.item.id !== id), r.removed] };
}

/** Undo one remembered removal (the item comes back with its fields, where it stood). */
export function undoRemoval(plan: Plan, list: RemovedList, id: string, now: number = Date.now()): { plan: Plan; list: Removed[] } {
  const removed = list.find((x) => x.item.id === id);
  const rest = list.filter((x) => x.item.id !== id);
  return { plan: removed ? restoreRemoved(plan, removed, now) : plan, list: rest };
}

/**
 * The hub's »Med i min plan«: unticking removes (and remembers) the item; ticking brings a
 * remembered item back with its fields, or adds a new, empty one.
 */
export function toggleKeeping(plan: Plan, id: string, list: RemovedList, now: number = Date.now(), titel?: string): { plan: Plan; list: Removed[] } {
  if (hasItem(plan, id)) return removeKeeping(plan, id, list, now);
  if (list.some((x) => x.item.id === id)) return undoRemoval(plan, list, id, now);
  return { plan: addItem(plan, id, now, titel), list: [...list] };
}

/** The removals that can still be undone: not those whose item is in the plan again (another tab). */
export function pendingRemovals(plan: Plan, list: RemovedList): Removed[] {
  return list.filter((x) => !hasItem(plan, x.item.id));
}

/** What a removed item held, in Danish: "note, ansvarlig og dato", "" when it held nothing. */
export function removedFields(item: Pick<PlanItem, 'note' | 'ansvarlig' | 'dato'>): string {
  const names = [item.note.trim() && 'note', item.ansvarlig.trim() && 'ansvarlig', item.dato && 'dato'].filter(Boolean) as string[];
  return joinDa(names);
}

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
export function addFromLink(plan: Plan, id: string, validIds: ReadonlySet<string>, now: number = Date.now(), titel?: string): AddResult {
  if (!validIds.has(id)) return { kind: 'unknown', plan };
  if (hasItem(plan, id)) return { kind: 'already', plan };
  return { kind: 'added', plan: addItem(plan, id, now, titel) };
}
