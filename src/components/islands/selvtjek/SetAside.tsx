/**
 * Stored data of this checklist that could not be read and was set aside (src/lib/selvtjek/model.ts
 * keeps it): each entry can be saved as a file, brought back through the import (which shows what
 * can be used first), or removed.
 */
import { setAsideOf } from '../../../lib/selvtjek/set-aside';
import type { ChecklistView } from '../../../lib/selvtjek/view';
import { removeSetAside } from '../../../lib/selvtjek/model';
import SetAsideNotice from '../SetAsideNotice';
import { downloadText } from '../useStoredState';
import type { Assessments } from './useAssessments';

export interface Props {
  checklist: ChecklistView;
  assessments: Assessments;
  /** Ids of every checklist on the site (entries of any other are shown here too). */
  known: readonly string[];
  /** Brings an entry back through the import (`text` is the entry as an export file). */
  onRecover: (text: string, key: string) => void;
}

export default function SetAside({ checklist, assessments, known, onRecover }: Props) {
  const { store } = assessments;
  const items = setAsideOf(store.value.setAside ?? [], checklist.id, Date.now(), known);
  /** The entry as a file (the file code loads on the click). */
  const file = async (key: string) => {
    const e = items.find((x) => x.entry.key === key);
    return e ? (await import('../../../lib/selvtjek/file')).setAsideFile(e.entry, checklist) : null;
  };
  return (
    <SetAsideNotice
      items={items.map((i) => ({ key: i.entry.key, label: i.label, importable: i.importable, reason: i.reason }))}
      heading={
        items.every((i) => i.importable)
          ? `${items.length} ${items.length === 1 ? 'vurdering' : 'vurderinger'} kunne ikke læses og er lagt til side.`
          : 'Noget af det gemte kunne ikke læses og er lagt til side.'
      }
      onDownload={(key) => void file(key).then((f) => f && downloadText(f.filename, f.json))}
      onRecover={(key) => void file(key).then((f) => f && onRecover(f.json, key))}
      onRemove={(key) => store.setValue((s) => removeSetAside(s, key, Date.now()))}
    />
  );
}
