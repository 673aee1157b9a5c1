/**
 * "Min plan": the recommendations a leader picks, in their order, each with an own note, a
 * responsible person and a date. Kept in the browser under a versioned key (src/lib/storage),
 * read item by item (one bad item is set aside, never hiding the others) and merged between
 * tabs item by item: the newest change of each item wins. An item's place in the order is part
 * of the item (`pos`), so moving an item is a change of the two items that swap places, and the
 * merge of any versions in any order gives the same plan. Pure: the storage object is passed in.
 *
 * Versions: 1 = `{ items }` in order; 2 = items with their change time and position, tombstones
 * for removed items and the set-aside data that could not be read.
 */
import * as z from 'zod/mini';
import { createStore, type Decoded, type StorageLike, type Store } from '../storage';
import { STORED_TEXT_MAX, danishDate, isDateInRange, isTime, repairDate } from '../storage/fields';
import {
  canonical,
  mergeSetAside,
  mergeTombstones,
  readSetAside,
  readTombstones,
  setAsideEntry,
  type SetAsideEntry,
  type Tombstones,
} from '../storage/sync';

export const PLAN_KEY = 'laeringskatalog:plan';
export const PLAN_VERSION = 2;
const MAX_ID = 120;
const MAX_TITLE = 300;

const datoSchema = z.string().check(z.refine((v) => v === '' || isDateInRange(v), 'skal være tom eller en dato som 2027-03-14'));
/** A valid plan item, as the tool keeps it. */
export const planItemSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(MAX_ID)),
  note: z.string().check(z.maxLength(STORED_TEXT_MAX)),
  ansvarlig: z.string().check(z.maxLength(STORED_TEXT_MAX)),
  /** YYYY-MM-DD in 2000–2099, or empty. */
  dato: datoSchema,
  /** When the item last changed (ms). */
  changedAt: z.optional(z.number().check(z.refine(isTime, 'skal være et tidspunkt'))),
  /** Its place in the order: items are shown by `pos`, then id. */
  pos: z.optional(z.number().check(z.refine(Number.isFinite, 'skal være et tal'))),
  /**
   * The recommendation's title when it was added (or imported): what the plan can still show
   * if a new edition of the site renames or removes the recommendation.
   */
  titel: z.optional(z.string().check(z.maxLength(MAX_TITLE))),
});
export type PlanItem = z.infer<typeof planItemSchema>;

export interface Plan {
  /** In the user's order (by `pos`, then id). */
  items: PlanItem[];
  /** Removed recommendation ids (and removed set-aside keys) → when (ms). */
  removed?: Tombstones;
  /** Stored data that could not be read, kept as it was until the user removes it. */
  setAside?: SetAsideEntry[];
}

export const emptyPlan = (): Plan => ({ items: [], removed: {}, setAside: [] });

const posOf = (i: PlanItem, fallback: number) => i.pos ?? fallback;
/** Items in their order: by position, then id; items without a position keep their place. */
function ordered(items: PlanItem[]): PlanItem[] {
  return items
    .map((item, index) => ({ item, key: posOf(item, index) }))
    .sort((a, b) => a.key - b.key || (a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0))
    .map((x) => x.item);
}

// --- reading stored plans -------------------------------------------------------------------------

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const shown = (v: unknown) => (typeof v === 'string' ? v : canonical(v)).slice(0, 40);

export type PlanItemRead = { ok: true; item: PlanItem; repairs: string[] } | { ok: false; id: string | null; reason: string };

/**
 * Reads one stored item. Repairs only a two-digit year (0026 → 2026) and a missing change time;
 * anything else that is wrong makes the item unreadable, with a Danish reason, so it is set aside.
 */
export function readPlanItem(x: unknown, fallbackTime: number): PlanItemRead {
  const id = isObj(x) && typeof x.id === 'string' && x.id !== '' && x.id.length <= MAX_ID ? x.id : null;
  const fail = (reason: string): PlanItemRead => ({ ok: false, id, reason });
  if (!isObj(x)) return fail('Det er ikke et punkt i en plan.');
  if (id === null) return fail('Punktet har intet gyldigt id.');
  const text = (v: unknown, what: string): string | { error: string } => {
    if (v === undefined) return '';
    if (typeof v !== 'string') return { error: `${what} kan ikke læses.` };
    if (v.length > STORED_TEXT_MAX) return { error: `${what} er for lang til at være skrevet i værktøjet.` };
    return v;
  };
  const note = text(x.note, 'Noten');
  if (typeof note !== 'string') return fail(note.error);
  const ansvarlig = text(x.ansvarlig, 'Feltet »Ansvarlig«');
  if (typeof ansvarlig !== 'string') return fail(ansvarlig.error);
  const repairs: string[] = [];
  let dato = '';
  if (x.dato !== undefined && x.dato !== '') {
    const d = repairDate(x.dato);
    if (!d) return fail(`Datoen »${shown(x.dato)}« kan ikke læses.`);
    if (d.repaired) repairs.push(`Datoen ved ${id} var gemt med året ${String(x.dato).slice(0, 4)} og er rettet til ${danishDate(d.value)}.`);
    dato = d.value;
  }
  const item: PlanItem = { id, note, ansvarlig, dato, changedAt: isTime(x.changedAt) ? x.changedAt : fallbackTime };
  if (typeof x.pos === 'number' && Number.isFinite(x.pos)) item.pos = x.pos;
  // A title is only a help for showing the item: one that cannot be used is left out, not a reason to set the item aside.
  if (typeof x.titel === 'string' && x.titel.trim() !== '' && x.titel.length <= MAX_TITLE) item.titel = x.titel;
  if (!planItemSchema.safeParse(item).success) return fail('Punktet har ikke det forventede indhold.');
  return { ok: true, item, repairs };
}

/**
 * Reads stored plan data of any version. Never throws: each item is read on its own, and what
 * cannot be read is set aside (kept in the plan and written back) while the others load.
 */
export function decodePlan(data: unknown, from: number, savedAt: number | null, now: () => number = Date.now): Decoded<Plan> {
  const fallbackTime = savedAt ?? now();
  const plan = emptyPlan();
  const repairs: string[] = [];
  const setAside: SetAsideEntry[] = [];
  let candidates: unknown[] = [];
  if (isObj(data) && Array.isArray(data.items)) candidates = data.items;
  else if (!(isObj(data) && data.items === undefined)) setAside.push(setAsideEntry(isObj(data) ? data.items : data));
  if (isObj(data) && from >= 2) {
    plan.removed = readTombstones(data.removed);
    for (const entry of readSetAside(data.setAside)) {
      const r = readPlanItem(entry.raw, fallbackTime);
      if (r.ok && !(entry.key in (plan.removed ?? {}))) candidates.push(r.item);
      else setAside.push(entry);
    }
  }
  const byId = new Map<string, PlanItem>();
  for (const [index, c] of candidates.entries()) {
    const r = readPlanItem(c, fallbackTime);
    if (!r.ok) {
      setAside.push(setAsideEntry(c));
      continue;
    }
    repairs.push(...r.repairs);
    // Version 1 kept the order in the list: the place in it becomes the position.
    const item = r.item.pos === undefined ? { ...r.item, pos: index } : r.item;
    const seen = byId.get(item.id);
    byId.set(item.id, seen ? newerItem(seen, item) : item);
  }
  plan.items = ordered([...byId.values()].filter((i) => !isRemoved(i, plan.removed)));
  plan.setAside = mergeSetAside(setAside, [], plan.removed);
  return { value: plan, repairs };
}

/** Stored text that is not data at all: set aside whole, so the plan starts empty and keeps it. */
export function unreadablePlan(raw: string): Plan {
  return { ...emptyPlan(), setAside: [setAsideEntry(raw)] };
}

export function planStore(storage: StorageLike, now?: () => Date): Store<Plan> {
  return createStore<Plan>({
    key: PLAN_KEY,
    version: PLAN_VERSION,
    decode: (data, from, savedAt) => decodePlan(data, from, savedAt, now ? () => now().getTime() : Date.now),
    unreadable: unreadablePlan,
    storage,
    ...(now ? { now } : {}),
  });
}

// --- merging two tabs' versions -----------------------------------------------------------------

const changed = (i: PlanItem) => i.changedAt ?? 0;

function newerItem(a: PlanItem, b: PlanItem): PlanItem {
  if (changed(a) !== changed(b)) return changed(a) > changed(b) ? a : b;
  return canonical(a) >= canonical(b) ? a : b;
}

function isRemoved(i: PlanItem, removed: Tombstones | undefined): boolean {
  const t = removed?.[i.id];
  return t !== undefined && t >= changed(i);
}

/**
 * This tab's plan merged with another version (what is in storage): for each recommendation
 * the newest change wins (adding, editing, moving or removing it). Merging is commutative,
 * associative and idempotent, so every tab ends with the same plan.
 */
export function mergePlans(local: Plan, other: Plan): Plan {
  const removed = mergeTombstones(local.removed, other.removed);
  const byId = new Map<string, PlanItem>();
  const withPos = (p: Plan) => p.items.map((i, index) => (i.pos === undefined ? { ...i, pos: index } : i));
  for (const i of [...withPos(local), ...withPos(other)]) {
    const seen = byId.get(i.id);
    byId.set(i.id, seen ? newerItem(seen, i) : i);
  }
  return {
    items: ordered([...byId.values()].filter((i) => !isRemoved(i, removed))),
    removed,
    setAside: mergeSetAside(local.setAside, other.setAside, removed),
  };
}

// --- changes the tool makes ---------------------------------------------------------------------

export const hasItem = (plan: Plan, id: string) => plan.items.some((i) => i.id === id);

/** A change time now that is also later than the item's previous change and removal. */
function stampFor(plan: Plan, id: string, now: number): number {
  const item = plan.items.find((i) => i.id === id);
  return Math.max(now, (item ? changed(item) : 0) + 1, (plan.removed?.[id] ?? 0) + 1);
}

/** The position after every item in the plan. */
export function nextPos(plan: Plan): number {
  return plan.items.reduce((max, i, index) => Math.max(max, posOf(i, index) + 1), 0);
}

/** Adds a recommendation at the end of the plan; `titel` is kept with it (see `planItemSchema`). */
export function addItem(plan: Plan, id: string, now: number = Date.now(), titel?: string): Plan {
  if (hasItem(plan, id)) return plan;
  const item: PlanItem = { id, note: '', ansvarlig: '', dato: '', changedAt: stampFor(plan, id, now), pos: nextPos(plan) };
  if (titel) item.titel = titel.slice(0, MAX_TITLE);
  return { ...plan, items: [...plan.items, item] };
}

/** What the plan (on screen, on paper, in documents) says about an item whose recommendation is no longer on the site. */
export const GONE_FROM_SITE = 'Findes ikke længere på sitet (omdøbt eller fjernet i en ny udgave). Dine felter er bevaret.';

/** The title to show for an item: the recommendation's current one, else the one kept with the item, else its id. */
export function itemTitle(item: Pick<PlanItem, 'id' | 'titel'>, titles: ReadonlyMap<string, string>): string {
  return titles.get(item.id) ?? item.titel ?? item.id;
}

/**
 * Puts an item back in the order (for "Fortryd" after removing it), with its note, responsible
 * person and date, as a change made now: at its own position if no other item has taken it,
 * otherwise at `index`.
 */
export function restoreItem(plan: Plan, item: PlanItem, index: number, now: number = Date.now()): Plan {
  const items = plan.items.filter((i) => i.id !== item.id);
  // Its own place when that is free: several items taken out one after the other come back in
  // their order, whichever is put back first.
  if (item.pos !== undefined && !items.some((i, k) => posOf(i, k) === item.pos)) {
    return { ...plan, items: ordered([...items.map((i, k) => (i.pos === undefined ? { ...i, pos: k } : i)), { ...item, changedAt: stampFor(plan, item.id, now) }]) };
  }
  const at = Math.max(0, Math.min(index, items.length));
  const before = at > 0 ? posOf(items[at - 1]!, at - 1) : undefined;
  const after = at < items.length ? posOf(items[at]!, at) : undefined;
  const pos = before === undefined ? (after === undefined ? 0 : after - 1) : after === undefined ? before + 1 : (before + after) / 2;
  items.splice(at, 0, { ...item, changedAt: stampFor(plan, item.id, now), pos });
  return { ...plan, items };
}

export function removeItem(plan: Plan, id: string, now: number = Date.now()): Plan {
  if (!hasItem(plan, id)) return plan;
  return { ...plan, items: plan.items.filter((i) => i.id !== id), removed: { ...plan.removed, [id]: stampFor(plan, id, now) } };
}

export function toggleItem(plan: Plan, id: string, now: number = Date.now()): Plan {
  return hasItem(plan, id) ? removeItem(plan, id, now) : addItem(plan, id, now);
}

/**
 * Move an item up (delta −1) or down (+1) by swapping places with its neighbour (both items
 * change); out of range is a no-op.
 */
export function moveItem(plan: Plan, id: string, delta: number, now: number = Date.now()): Plan {
  const i = plan.items.findIndex((x) => x.id === id);
  const j = i + delta;
  if (i < 0 || j < 0 || j >= plan.items.length) return plan;
  const a = plan.items[i]!;
  const b = plan.items[j]!;
  let pa = posOf(a, i);
  let pb = posOf(b, j);
  if (pa === pb) [pa, pb] = i < j ? [pa, pa + 1] : [pa + 1, pa];
  const items = [...plan.items];
  items[i] = { ...b, pos: pa, changedAt: stampFor(plan, b.id, now) };
  items[j] = { ...a, pos: pb, changedAt: stampFor(plan, a.id, now) };
  return { ...plan, items };
}

export function updateItem(plan: Plan, id: string, patch: Partial<Omit<PlanItem, 'id' | 'changedAt'>>, now: number = Date.now()): Plan {
  if (!hasItem(plan, id)) return plan;
  const t = stampFor(plan, id, now);
  return { ...plan, items: plan.items.map((i) => (i.id === id ? { ...i, ...patch, changedAt: t } : i)) };
}

/** Removes a set-aside entry for good (the user saved it as a file or imported it). */
export function removeSetAside(plan: Plan, key: string, now: number = Date.now()): Plan {
  return { ...plan, setAside: (plan.setAside ?? []).filter((e) => e.key !== key), removed: { ...plan.removed, [key]: now } };
}

/** The id of the recommendation a set-aside entry was about, when it can be seen. */
export function setAsideId(entry: SetAsideEntry): string | null {
  return isObj(entry.raw) && typeof entry.raw.id === 'string' ? entry.raw.id : null;
}
