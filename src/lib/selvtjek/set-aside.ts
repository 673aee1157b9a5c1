/**
 * Stored Selvtjek data that could not be read and was set aside (model.ts keeps it): what each
 * entry is, and which entries a checklist's page lists. Small and loaded with the page; making
 * a file of an entry is in file.ts, which loads on use.
 */
import type { SetAsideEntry } from '../storage/sync';
import { labelOf, readAssessment } from './model';

/** What a set-aside entry is, for the notice that lists them. */
export function describeSetAside(entry: SetAsideEntry): { label: string; checklist: string | null; importable: boolean } {
  const raw = entry.raw;
  const isObj = typeof raw === 'object' && raw !== null && !Array.isArray(raw);
  const checklist = isObj && typeof (raw as Record<string, unknown>).checklist === 'string' ? ((raw as Record<string, unknown>).checklist as string) : null;
  return { label: isObj ? labelOf(raw) : 'Data, der ikke kan læses', checklist, importable: isObj };
}

/**
 * The set-aside entries a checklist's page shows: its own, and those of no checklist or of one
 * the site no longer has (not in `known`, when given); other checklists show their own. Each
 * with what it is and whether it can be read now.
 */
export function setAsideOf(entries: readonly SetAsideEntry[], checklist: string, now: number, known?: readonly string[]): { entry: SetAsideEntry; label: string; importable: boolean; reason: string }[] {
  return entries.flatMap((entry) => {
    const d = describeSetAside(entry);
    if (d.checklist !== null && d.checklist !== checklist && (!known || known.includes(d.checklist))) return [];
    const read = readAssessment(entry.raw, now, { stamped: true });
    const reason = !d.importable ? 'Det er ikke data fra Selvtjek.' : read.ok ? 'Vurderingen kan læses nu.' : read.reason;
    return [{ entry, label: d.label, importable: d.importable, reason }];
  });
}

