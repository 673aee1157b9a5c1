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
  confirmWording,
  createAssessment,
  createSelvtjekStore,
  deleteAssessment,
  emptyState,
  mergeState,
  migrateChecklist,
  putAssessment,
  rewordedAnswers,
  setAnswer,
  setDate,
  setName,
  setNote,
  STORAGE_KEY,
  type Assessment,
  type SelvtjekState,
} from '../../../lib/selvtjek/model';
import { useEffect, useMemo } from 'react';
import { formerIds, type ChecklistView } from '../../../lib/selvtjek/view';
import type { AnswerCode } from '../../../lib/selvtjek/scales';
import { useStoredState } from '../useStoredState';

/** Answers and notes of no assessment (one object, so parts that compare props see no change). */
export const NONE: Readonly<Record<string, never>> = Object.freeze({});

export function useAssessments(view: ChecklistView) {
  const checklist = view.id;
  const store = useStoredState<SelvtjekState>(STORAGE_KEY, createSelvtjekStore, emptyState, mergeState);
  const { setValue, reset } = store;
  /** Question id → fingerprint of its wording today; former question id → current id. */
  const { fingerprints, former } = useMemo(
    () => ({ fingerprints: Object.fromEntries(view.omraader.flatMap((o) => o.spoergsmaal.map((q) => [q.id, q.fingerprint]))), former: formerIds(view) }),
    [view],
  );
  // Answers saved under a question's former id follow it (content `tidligereIder`), saved at once.
  const loaded = store.status.kind !== 'loading';
  useEffect(() => {
    if (loaded && migrateChecklist(store.value, checklist, former) !== store.value) setValue((s) => migrateChecklist(s, checklist, former));
  }, [loaded, store.value, checklist, former, setValue]);
  // The changes are stable functions (the store's setValue and reset are), so parts that take
  // them as props are not redrawn when something else changes.
  const changes = useMemo(() => {
    /** A change to the assessment this tab shows (the first answer creates one), in the freshest state of every tab. */
    const update = (fn: (a: Assessment, now: number) => Assessment) => setValue((s) => changeActive(s, checklist, fn, Date.now()));
    const add = (a: Assessment) => setValue((s) => putAssessment(s, asNewChange(a, Date.now())));
    return {
      update,
      answer: (question: string, code: AnswerCode) => update((a, now) => setAnswer(a, question, code, now, fingerprints[question])),
      /** Keeps an answer given to an earlier wording of its question, for today's wording. */
      confirm: (question: string) => update((a, now) => confirmWording(a, question, fingerprints[question]!, now)),
      note: (question: string, text: string) => update((a, now) => setNote(a, question, text, now)),
      rename: (name: string) => update((a, now) => setName(a, name, now)),
      redate: (date: string) => update((a, now) => setDate(a, date, now)),
      /** Adds an assessment (a new one, or one from a share link) as a change made now, and shows it. */
      add,
      /** Starts a new, empty assessment of this checklist. */
      addNew: () => setValue((s) => putAssessment(s, asNewChange(createAssessment(checklist, new Date(), { name: `Vurdering ${assessmentsOf(s, checklist).length + 1}` }), Date.now()))),
      select: (id: string) => setValue((s) => ({ ...s, activeId: id })),
      remove: (id: string) => setValue((s) => deleteAssessment(s, id, Date.now())),
      /** Starts again with nothing saved (after »Slet alle data«). */
      clear: () => reset(emptyState()),
    };
  }, [setValue, reset, checklist, fingerprints]);
  const mine = useMemo(() => assessmentsOf(store.value, checklist), [store.value, checklist]);
  const active = useMemo(() => activeOf(store.value, checklist), [store.value, checklist]);
  const reworded = useMemo(() => rewordedAnswers(active, fingerprints), [active, fingerprints]);
  return {
    store,
    /** This checklist's assessments, the most recently changed first. */
    mine,
    /** The assessment this tab shows; none before the first answer. */
    active,
    answers: active?.answers ?? NONE,
    notes: active?.notes ?? NONE,
    /** Answered questions whose wording changed since they were answered (marked until confirmed). */
    reworded,
    /** Question id → fingerprint of its wording today. */
    fingerprints,
    ...changes,
  };
}

export type Assessments = ReturnType<typeof useAssessments>;
