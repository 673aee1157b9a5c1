/**
 * What importing an assessment (a file, or set-aside data brought back) does to the saved state:
 * whether the user must be asked first, and the two ways it can be saved. An import never
 * replaces anything without asking: it asks whenever something in the file would be dropped or
 * changed, or an assessment (or set-aside data) with the same id would be replaced.
 */
import type { ImportReport } from './file';
import { asNewChange, newId, putAssessment, removeSetAside, type Assessment, type SelvtjekState } from './model';

/** An import waiting for the user's answer: what the file holds and what it would replace. */
export interface PendingImport {
  assessment: Assessment;
  report: ImportReport;
  /** An assessment here with the same id (the same file imported before). */
  conflict: Assessment | null;
  /** A set-aside entry the file would bring back. */
  asideKey: string | null;
}

const idOf = (raw: unknown) => (typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined);

/**
 * The import of a read assessment into `state`; `ask` when the user must choose first.
 * `asideKey` names the set-aside entry being brought back (else one with the same id is found).
 */
export function planImport(state: SelvtjekState, assessment: Assessment, report: ImportReport, asideKey: string | null = null): PendingImport & { ask: boolean } {
  const conflict = state.assessments.find((a) => a.id === assessment.id) ?? null;
  const aside = asideKey ?? (state.setAside ?? []).find((e) => idOf(e.raw) === assessment.id)?.key ?? null;
  const { dropped, notesDropped, changes } = report;
  const ask = Boolean(conflict || aside) || dropped.length > 0 || notesDropped > 0 || changes.length > 0;
  return { assessment, report, conflict, asideKey: aside, ask };
}

/** The imported assessment added beside the others (with a new id if its own is taken), made active. */
export function addImported(state: SelvtjekState, incoming: Assessment, now: number): SelvtjekState {
  const taken = state.assessments.some((a) => a.id === incoming.id) || (state.setAside ?? []).some((e) => idOf(e.raw) === incoming.id);
  return putAssessment(state, asNewChange(taken ? { ...incoming, id: newId() } : incoming, now));
}

/** The imported assessment in place of the one with its id (and of the set-aside data it brings back). */
export function replaceWithImported(state: SelvtjekState, p: PendingImport, now: number): SelvtjekState {
  let next = putAssessment(state, asNewChange(p.assessment, now, state.assessments.find((a) => a.id === p.assessment.id)));
  if (p.asideKey) next = removeSetAside(next, p.asideKey, now);
  return next;
}
