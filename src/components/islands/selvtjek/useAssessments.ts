/**
 * The saved assessments of one checklist, as the Selvtjek parts use them: the store (shared with
 * other tabs and islands, src/components/islands/useStoredState.ts), the assessments of this
 * checklist, the one this tab shows, and every change the user can make. The rules are in
 * src/lib/selvtjek/model.ts; this hook only wires them to the store.
 */
import {
  activeOf,
  asNewChange,
  assessmentsOf,
  changeActive,
  createAssessment,
  createSelvtjekStore,
  deleteAssessment,
  emptyState,
  mergeState,
  putAssessment,
  setAnswer,
  setDate,
  setName,
  setNote,
  STORAGE_KEY,
  type Assessment,
  type SelvtjekState,
} from '../../../lib/selvtjek/model';
import type { AnswerCode } from '../../../lib/selvtjek/scales';
import { useStoredState } from '../useStoredState';

export function useAssessments(checklist: string) {
  const store = useStoredState<SelvtjekState>(STORAGE_KEY, createSelvtjekStore, emptyState, mergeState);
  /** A change to the assessment this tab shows (the first answer creates one), in the freshest state of every tab. */
  const update = (fn: (a: Assessment, now: number) => Assessment) => store.setValue((s) => changeActive(s, checklist, fn, Date.now()));
  const add = (a: Assessment) => store.setValue((s) => putAssessment(s, asNewChange(a, Date.now())));
  const mine = assessmentsOf(store.value, checklist);
  return {
    store,
    /** This checklist's assessments, the most recently changed first. */
    mine,
    /** The assessment this tab shows; none before the first answer. */
    active: activeOf(store.value, checklist),
    update,
    answer: (question: string, code: AnswerCode) => update((a, now) => setAnswer(a, question, code, now)),
    note: (question: string, text: string) => update((a, now) => setNote(a, question, text, now)),
    rename: (name: string) => update((a, now) => setName(a, name, now)),
    redate: (date: string) => update((a, now) => setDate(a, date, now)),
    /** Adds an assessment (a new one, or one from a share link) as a change made now, and shows it. */
    add,
    /** Starts a new, empty assessment of this checklist. */
    addNew: () => add(createAssessment(checklist, new Date(), { name: `Vurdering ${mine.length + 1}` })),
    select: (id: string) => store.setValue((s) => ({ ...s, activeId: id })),
    remove: (id: string) => store.setValue((s) => deleteAssessment(s, id, Date.now())),
    /** Starts again with nothing saved (after »Slet alle data«). */
    clear: () => store.reset(emptyState()),
  };
}

export type Assessments = ReturnType<typeof useAssessments>;
