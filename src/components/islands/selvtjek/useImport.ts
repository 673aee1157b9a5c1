/**
 * Importing an assessment from a file or from set-aside data: read it (src/lib/selvtjek/file.ts),
 * ask first when anything would be dropped or replaced (src/lib/selvtjek/importing.ts), save it
 * as the user chose and say what happened.
 */
import { useState } from 'react';
import { addImported, planImport, replaceWithImported, type PendingImport } from '../../../lib/selvtjek/importing';
import { questionIds } from '../../../lib/selvtjek/scoring';
import { formerIds, type ChecklistView } from '../../../lib/selvtjek/view';
import { danishDate } from '../../../lib/storage/fields';
import type { Message } from '../ToolMessage';
import type { Assessments } from './useAssessments';

const answersCount = (n: number) => `${n} svar`;

export function useImport(checklist: ChecklistView, assessments: Assessments, say: (m: Message | null, focus?: boolean) => void) {
  const [pending, setPending] = useState<PendingImport | null>(null);
  const { store } = assessments;

  const asNew = (p: PendingImport) => {
    store.setValue((s) => addImported(s, p.assessment, Date.now()));
    setPending(null);
    const a = p.assessment;
    say({ kind: 'ok', text: `»${a.name}« (${danishDate(a.date)}) er indlæst som en ny vurdering med ${answersCount(p.report.kept)}. Dine andre vurderinger er uændrede.` }, true);
  };

  return {
    pending,
    /** Reads a file's text (or set-aside data, `asideKey`); asks first when anything would be dropped or replaced. */
    start: async (text: string, asideKey: string | null = null) => {
      setPending(null);
      // The file code loads with the first import (tool pages stay in budget).
      const { parseImport } = await import('../../../lib/selvtjek/file');
      const questionTexts = Object.fromEntries(checklist.omraader.flatMap((o) => o.spoergsmaal.map((q) => [q.id, q.tekst])));
      const r = parseImport(text, checklist.id, questionIds(checklist), {
        checklistTitle: checklist.titel,
        scale: checklist.skala,
        questionTexts,
        former: formerIds(checklist),
        fingerprints: assessments.fingerprints,
      });
      if (!r.ok) return say({ kind: 'error', text: `${r.error} Dine nuværende svar er uændrede.` }, true);
      const plan = planImport(store.value, r.assessment, r.report, asideKey);
      if (!plan.ask) return asNew(plan);
      say(null);
      setPending(plan);
    },
    asNew,
    replace: (p: PendingImport) => {
      store.setValue((s) => replaceWithImported(s, p, Date.now()));
      setPending(null);
      say({ kind: 'ok', text: `»${p.assessment.name}« er indlæst fra filen med ${answersCount(p.report.kept)} og erstatter den tidligere version.` }, true);
    },
    cancel: () => {
      setPending(null);
      say({ kind: 'ok', text: 'Importen er annulleret. Intet er ændret.' }, true);
    },
  };
}

export type Importing = ReturnType<typeof useImport>;
