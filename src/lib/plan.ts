/**
 * "Min plan": the recommendations a leader picks, in their order, each with an own note, a
 * responsible person and a date. Kept in the browser under a versioned key (src/lib/storage.ts)
 * and exported/imported as a file. Pure: the storage object is passed in.
 */
import * as z from 'zod/mini';
import { createStore, type StorageLike, type Store } from './storage';

export const PLAN_KEY = 'laeringskatalog:plan';
export const PLAN_VERSION = 1;
export const PLAN_FORMAT = 'laeringskatalog-plan';
const MAX_IMPORT_CHARS = 200_000;

const isoDateOrEmpty = z.string().check(z.regex(/^(\d{4}-\d{2}-\d{2})?$/));
export const planItemSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(120)),
  note: z._default(z.string().check(z.maxLength(5000)), ''),
  ansvarlig: z._default(z.string().check(z.maxLength(200)), ''),
  dato: z._default(isoDateOrEmpty, ''),
});
export const planSchema = z.object({ items: z.array(planItemSchema).check(z.maxLength(500)) });
export type PlanItem = z.infer<typeof planItemSchema>;
export type Plan = z.infer<typeof planSchema>;

export const emptyPlan = (): Plan => ({ items: [] });

export function planStore(storage: StorageLike): Store<Plan> {
  return createStore<Plan>({ key: PLAN_KEY, version: PLAN_VERSION, schema: planSchema, storage });
}

export const hasItem = (plan: Plan, id: string) => plan.items.some((i) => i.id === id);

export function addItem(plan: Plan, id: string): Plan {
  return hasItem(plan, id) ? plan : { items: [...plan.items, { id, note: '', ansvarlig: '', dato: '' }] };
}

export function removeItem(plan: Plan, id: string): Plan {
  return { items: plan.items.filter((i) => i.id !== id) };
}

export function toggleItem(plan: Plan, id: string): Plan {
  return hasItem(plan, id) ? removeItem(plan, id) : addItem(plan, id);
}

/** Move an item up (delta −1) or down (+1); out of range is a no-op. */
export function moveItem(plan: Plan, id: string, delta: number): Plan {
  const i = plan.items.findIndex((x) => x.id === id);
  const j = i + delta;
  if (i < 0 || j < 0 || j >= plan.items.length) return plan;
  const items = [...plan.items];
  [items[i], items[j]] = [items[j]!, items[i]!];
  return { items };
}

export function updateItem(plan: Plan, id: string, patch: Partial<Omit<PlanItem, 'id'>>): Plan {
  return { items: plan.items.map((i) => (i.id === id ? { ...i, ...patch } : i)) };
}

/** The plan as a file: names the tool and the format version. */
export function exportPlan(plan: Plan, now: Date): { filename: string; json: string } {
  const date = now.toISOString().slice(0, 10);
  const json = JSON.stringify({ format: PLAN_FORMAT, version: PLAN_VERSION, tool: 'Min plan – Læringskatalog for en jobrettet indsats', exportedAt: now.toISOString(), plan }, null, 2);
  return { filename: `min-plan-${date}.json`, json };
}

export type ImportResult = { ok: true; plan: Plan; dropped: number } | { ok: false; error: string };

/**
 * Reads an exported plan. Recommendations that no longer exist are dropped (and counted);
 * anything else that is wrong gives a Danish message. Never throws.
 */
export function parsePlanImport(text: string, validIds: ReadonlySet<string>): ImportResult {
  if (text.length > MAX_IMPORT_CHARS) return { ok: false, error: 'Filen er for stor til at være en plan fra Min plan.' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, error: 'Filen kan ikke læses. Er det en fil, der er eksporteret fra Min plan?' };
  }
  const p = parsed as { format?: unknown; version?: unknown; plan?: unknown };
  if (typeof parsed !== 'object' || parsed === null || p.format !== PLAN_FORMAT) {
    return { ok: false, error: 'Filen er ikke en plan fra Min plan.' };
  }
  if (typeof p.version !== 'number' || p.version > PLAN_VERSION) {
    return { ok: false, error: 'Filen er lavet med en nyere version af værktøjet og kan ikke læses her. Opdatér sitet, eller brug en nyere udgave.' };
  }
  const result = planSchema.safeParse(p.plan);
  if (!result.success) return { ok: false, error: 'Planen i filen har ikke det forventede indhold.' };
  const seen = new Set<string>();
  const items = result.data.items.filter((i) => validIds.has(i.id) && !seen.has(i.id) && seen.add(i.id));
  return { ok: true, plan: { items }, dropped: result.data.items.length - items.length };
}
