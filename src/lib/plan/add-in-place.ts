/**
 * »Føj til min plan« where a recommendation is read: add it to the plan in this browser without
 * leaving the page, and take it out again (»Fortryd«). The storage object is passed in; the
 * result says, in Danish, what happened. Pure apart from the storage it is given. Used by the
 * small script of src/components/mdx/AddToPlan.astro, loaded on the click.
 */
import { probe, type StorageLike } from '../storage';
import { addItem, hasItem, planStore, removeItem } from './model';

export type InPlaceResult =
  | { kind: 'added' | 'already' | 'removed'; text: string }
  /** Nothing was changed; the text says why and the link to Min plan still works. */
  | { kind: 'failed'; text: string };

function withPlan(storage: StorageLike | null, change: (store: ReturnType<typeof planStore>) => InPlaceResult): InPlaceResult {
  if (!storage || !probe(storage).ok) {
    return { kind: 'failed', text: 'Browseren tillader ikke, at sitet gemmer din plan (fx i privat tilstand). Åbn Min plan for at samle anbefalinger, så længe siden er åben.' };
  }
  return change(planStore(storage));
}

/** Adds the recommendation (once) and saves; never replaces data it cannot read. */
export function addInPlace(storage: StorageLike | null, id: string, titel: string, now: number = Date.now()): InPlaceResult {
  return withPlan(storage, (store) => {
    const loaded = store.load();
    if (loaded.status === 'corrupt' || loaded.status === 'newer') {
      return { kind: 'failed', text: 'Din gemte plan kan ikke læses her, så intet er ændret. Åbn Min plan for at se, hvad der er galt.' };
    }
    const plan = loaded.status === 'empty' ? { items: [], removed: {}, setAside: [] } : loaded.value;
    if (hasItem(plan, id)) return { kind: 'already', text: `»${titel}« er allerede i din plan.` };
    const saved = store.save(addItem(plan, id, now, titel));
    return saved.ok ? { kind: 'added', text: `»${titel}« er føjet til din plan.` } : { kind: 'failed', text: `»${titel}« kunne ikke gemmes i din plan. ${saved.message}` };
  });
}

/** »Fortryd« after `addInPlace`: takes the recommendation out of the plan again. */
export function undoAddInPlace(storage: StorageLike | null, id: string, titel: string, now: number = Date.now()): InPlaceResult {
  return withPlan(storage, (store) => {
    const loaded = store.load();
    if (loaded.status !== 'ok' && loaded.status !== 'migrated') return { kind: 'failed', text: 'Din gemte plan kan ikke læses her, så intet er ændret.' };
    const saved = store.save(removeItem(loaded.value, id, now));
    return saved.ok ? { kind: 'removed', text: `»${titel}« er taget ud af din plan igen.` } : { kind: 'failed', text: saved.message };
  });
}
