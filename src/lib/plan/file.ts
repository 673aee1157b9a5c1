/**
 * Min plan as a file: export, import, and what an import does to the plan in the browser.
 *
 * An import never replaces a plan silently: `parsePlanImport` only reads the file and reports
 * what it keeps and drops; the page then asks (replace / add / cancel) and `applyPlanImport`
 * makes the chosen change. Files of every version are read; what the tool set aside can be
 * taken away as a file that this import reads again. Pure; never throws.
 */
import { STORED_TEXT_MAX, danishDate, repairDate } from '../storage/fields';
import { canonical, type SetAsideEntry } from '../storage/sync';
import { nextPos, removeSetAside, setAsideId, type Plan, type PlanItem } from './model';

export const PLAN_FORMAT = 'laeringskatalog-plan';
/** The file format's version (the items are as in version 1, with the recommendation's title added). */
export const PLAN_FILE_VERSION = 1;
const MAX_IMPORT_CHARS = 200_000;
const MAX_ITEMS = 500;

export const PLAN_IMPORT_MESSAGES = {
  tooLarge: 'Filen er for stor til at være en plan fra Min plan.',
  notJson: 'Filen kan ikke læses. Er det en fil, der er eksporteret fra Min plan?',
  notOurs: 'Filen er ikke en plan fra Min plan.',
  newer: 'Filen er lavet med en nyere version af værktøjet og kan ikke læses her. Opdatér sitet, eller brug en nyere udgave.',
  badPlan: 'Planen i filen har ikke det forventede indhold.',
  nothingFits: (count: number, dropped: readonly string[]) =>
    `${count === 1 ? 'Anbefalingen i filen kan ikke bruges' : `Ingen af de ${count} anbefalinger i filen kan bruges`}, så intet er indlæst. Udeladt: ${dropped.join(', ')}.`,
} as const;

export const PLAN_DROP_REASONS = {
  unreadable: 'punktet kan ikke læses',
} as const;

/** What an import keeps and drops, shown before anything is saved. */
export interface PlanImportReport {
  itemsInFile: number;
  dropped: { label: string; reason: string }[];
  /**
   * Items kept although their recommendation is not on the site (renamed or removed in another
   * edition): the leader's fields are never dropped for that. Their labels, as shown.
   */
  unknown: string[];
  /** Fields the import could not use and left empty (or shortened), in Danish. */
  changes: string[];
}

export type PlanImportResult =
  | { ok: true; plan: Plan; dropped: number; report: PlanImportReport }
  | { ok: false; error: string };

/** The plan as a file: names the tool and the format version; titles help a reader of the file. */
export function exportPlan(plan: Plan, now: Date, titles?: ReadonlyMap<string, string>): { filename: string; json: string } {
  const date = now.toISOString().slice(0, 10);
  // Every item, also one whose recommendation is no longer on the site (with the title kept with it).
  const items = plan.items.map(({ id, note, ansvarlig, dato, titel }) => {
    const t = titles?.get(id) ?? titel;
    return { id, ...(t ? { titel: t } : {}), note, ansvarlig, dato };
  });
  const json = JSON.stringify(
    { format: PLAN_FORMAT, version: PLAN_FILE_VERSION, tool: 'Min plan – Læringskatalog for en jobrettet indsats', exportedAt: now.toISOString(), plan: { items } },
    null,
    2,
  );
  return { filename: `min-plan-${date}.json`, json };
}

/**
 * Data the tool set aside, as something the user can take away: an item becomes a plan file that
 * `parsePlanImport` reads (and reports on); anything else is the raw text, which no tool can read
 * but a person may repair by hand.
 */
export function setAsidePlanFile(entry: SetAsideEntry, now: Date = new Date()): { filename: string; json: string; importable: boolean } {
  const date = now.toISOString().slice(0, 10);
  const raw = entry.raw;
  if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) {
    const json = JSON.stringify({ format: PLAN_FORMAT, version: PLAN_FILE_VERSION, tool: 'Min plan – Læringskatalog for en jobrettet indsats', exportedAt: now.toISOString(), plan: { items: [raw] } }, null, 2);
    return { filename: `min-plan-lagt-til-side-${date}-${entry.key.slice(4, 12)}.json`, json, importable: true };
  }
  return { filename: `min-plan-ulaeselige-data-${date}.json`, json: typeof raw === 'string' ? raw : JSON.stringify(raw, null, 2), importable: false };
}

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const shown = (v: unknown) => {
  const s = typeof v === 'string' ? v : canonical(v);
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
};

/**
 * Reads an exported plan. Keeps every item it can read, in the file's order – also one whose
 * recommendation is not on the site (listed in `report.unknown`, kept with its title from the
 * file); drops (and lists) items it cannot read; a field it cannot use is left empty and
 * reported. `dropped` counts the dropped items. Never throws.
 */
export function parsePlanImport(
  text: string,
  validIds: ReadonlySet<string>,
  options: { titles?: ReadonlyMap<string, string> } = {},
): PlanImportResult {
  try {
    return parse(text, validIds, options.titles);
  } catch {
    return { ok: false, error: PLAN_IMPORT_MESSAGES.notJson };
  }
}

function parse(text: string, validIds: ReadonlySet<string>, titles: ReadonlyMap<string, string> | undefined): PlanImportResult {
  const fail = (error: string): PlanImportResult => ({ ok: false, error });
  if (typeof text !== 'string') return fail(PLAN_IMPORT_MESSAGES.notJson);
  if (text.length > MAX_IMPORT_CHARS) return fail(PLAN_IMPORT_MESSAGES.tooLarge);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail(PLAN_IMPORT_MESSAGES.notJson);
  }
  if (!isObj(parsed) || parsed.format !== PLAN_FORMAT) return fail(PLAN_IMPORT_MESSAGES.notOurs);
  const version = parsed.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return fail(PLAN_IMPORT_MESSAGES.notOurs);
  if (version > PLAN_FILE_VERSION) return fail(PLAN_IMPORT_MESSAGES.newer);
  if (!isObj(parsed.plan) || !Array.isArray(parsed.plan.items) || parsed.plan.items.length > MAX_ITEMS) return fail(PLAN_IMPORT_MESSAGES.badPlan);

  const items: PlanItem[] = [];
  const dropped: PlanImportReport['dropped'] = [];
  const changes: string[] = [];
  const unknown: string[] = [];
  const seen = new Set<string>();
  for (const raw of parsed.plan.items as unknown[]) {
    const id = isObj(raw) && typeof raw.id === 'string' && raw.id !== '' && raw.id.length <= 120 ? raw.id : null;
    const fileTitle = isObj(raw) && typeof raw.titel === 'string' && raw.titel.trim() ? raw.titel.trim().slice(0, 200) : null;
    const label = `»${(id && titles?.get(id)) ?? fileTitle ?? id ?? 'uden id'}«`;
    if (!id) {
      dropped.push({ label, reason: PLAN_DROP_REASONS.unreadable });
      continue;
    }
    if (seen.has(id)) continue;
    if (!validIds.has(id)) unknown.push(label);
    seen.add(id);
    const obj = raw as Obj;
    const text = (v: unknown, what: string): string => {
      if (v === undefined || v === null) return '';
      if (typeof v !== 'string') {
        changes.push(`${label}: ${what} kan ikke læses og er udeladt.`);
        return '';
      }
      if (v.length > STORED_TEXT_MAX) {
        changes.push(`${label}: ${what} er afkortet til ${STORED_TEXT_MAX} tegn.`);
        return v.slice(0, STORED_TEXT_MAX);
      }
      return v;
    };
    const note = text(obj.note, 'noten');
    const ansvarlig = text(obj.ansvarlig, 'feltet »Ansvarlig«');
    let dato = '';
    if (obj.dato !== undefined && obj.dato !== null && obj.dato !== '') {
      const d = repairDate(obj.dato);
      if (!d) changes.push(`${label}: datoen »${shown(obj.dato)}« kan ikke bruges og er udeladt.`);
      else {
        if (d.repaired) changes.push(`${label}: datoen ${String(obj.dato)} er rettet til ${danishDate(d.value)}.`);
        dato = d.value;
      }
    }
    const titel = titles?.get(id) ?? fileTitle;
    items.push({ id, note, ansvarlig, dato, ...(titel && !validIds.has(id) ? { titel } : {}) });
  }
  const report = { itemsInFile: parsed.plan.items.length, dropped, unknown, changes };
  if (items.length === 0 && dropped.length > 0) return fail(PLAN_IMPORT_MESSAGES.nothingFits(dropped.length, dropped.map((d) => d.label)));
  return { ok: true, plan: { items }, dropped: dropped.length, report };
}

export type ImportMode = 'replace' | 'add';

/**
 * The plan after an import the user has chosen: `replace` makes the file's items the plan (the
 * others are removed), `add` appends the file's items that are not in the plan yet and leaves
 * the rest as it is. Either is a change made now, so it wins over older versions in other tabs.
 * Set-aside items the import brings back are removed from the set-aside list.
 */
export function applyPlanImport(current: Plan, incoming: Plan, mode: ImportMode, now: number): { plan: Plan; added: number; unchanged: number } {
  const have = new Set(current.items.map((i) => i.id));
  const removedAt = (id: string) => current.removed?.[id] ?? 0;
  const stamp = (i: PlanItem, pos: number): PlanItem => ({
    ...i,
    pos,
    changedAt: Math.max(now, (current.items.find((x) => x.id === i.id)?.changedAt ?? 0) + 1, removedAt(i.id) + 1),
  });
  let plan: Plan;
  let taken: PlanItem[];
  if (mode === 'replace') {
    const ids = new Set(incoming.items.map((i) => i.id));
    const removed = { ...current.removed };
    for (const i of current.items) if (!ids.has(i.id)) removed[i.id] = Math.max(now, (i.changedAt ?? 0) + 1);
    taken = incoming.items;
    plan = { ...current, items: taken.map((i, index) => stamp(i, index)), removed };
  } else {
    taken = incoming.items.filter((i) => !have.has(i.id));
    const first = nextPos(current);
    plan = { ...current, items: [...current.items, ...taken.map((i, index) => stamp(i, first + index))] };
  }
  const back = new Set(taken.map((i) => i.id));
  for (const e of current.setAside ?? []) {
    const id = setAsideId(e);
    if (id && back.has(id)) plan = removeSetAside(plan, e.key, now);
  }
  return { plan, added: taken.length, unchanged: incoming.items.length - taken.length };
}
