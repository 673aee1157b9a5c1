/**
 * What a reader clicked or typed in the served form before the tool hydrated: on a slow phone
 * the form is on screen seconds before its code runs. React leaves such input in the page when
 * it hydrates; `readEarlyInput` reads it once, right after hydration and before the saved
 * answers are read, and `withEarlyInput` applies it to the shown assessment as the newest change.
 *
 * Browsers also put old input back into a served form on reload and on »Tilbage« (form state
 * restoration, whatever `autocomplete` says), which must not count as a change: the page's
 * small inline script (src/pages/tjek/[id].astro) records which fields the reader actually
 * changed (`window.selvtjekTouched`), only those are read, and every other field is set back to
 * what the server rendered, which is what React believes is there.
 */
import { setAnswer, setName, setNote, type Assessment } from '../../../lib/selvtjek/model';
import { isCodeOfScale, type AnswerCode } from '../../../lib/selvtjek/scales';
import { TEXT_LIMITS } from '../../../lib/storage/fields';
import { questionAnchor, type ChecklistView } from '../../../lib/selvtjek/view';

export interface EarlyInput {
  answers: [question: string, code: AnswerCode][];
  notes: [question: string, text: string][];
  name: string | null;
}

/** The global the page's inline script fills: ids (or radio group names) of the fields the reader changed. */
declare global {
  interface Window {
    selvtjekTouched?: Record<string, true> | null;
  }
}

export function readEarlyInput(root: HTMLElement | null, checklist: ChecklistView): EarlyInput {
  const out: EarlyInput = { answers: [], notes: [], name: null };
  const touched = window.selvtjekTouched ?? {};
  window.selvtjekTouched = null;
  if (!root) return out;
  const isTouched = (el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement) => Object.hasOwn(touched, el.id || el.name);
  for (const q of checklist.omraader.flatMap((o) => o.spoergsmaal)) {
    const set = root.querySelector(`[id="${questionAnchor(q.id)}"]`);
    if (!set) continue;
    const radio = set.querySelector<HTMLInputElement>('input[type=radio]:checked');
    if (radio && isTouched(radio) && isCodeOfScale(radio.value, checklist.skala)) out.answers.push([q.id, radio.value]);
    const note = set.querySelector('textarea');
    if (note && isTouched(note) && note.value.trim()) out.notes.push([q.id, note.value.slice(0, TEXT_LIMITS.note)]);
  }
  const name = root.querySelector<HTMLInputElement>('.assessment-bar input[type=text]');
  if (name && isTouched(name) && name.value.trim()) out.name = name.value.slice(0, TEXT_LIMITS.name);
  // Whatever the reader did not change goes back to what the server rendered (and React expects).
  for (const el of root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>('input, textarea, select')) {
    if (isTouched(el) || el.type === 'file') continue;
    if (el instanceof HTMLSelectElement) for (const o of el.options) o.selected = o.defaultSelected;
    else if (el.type === 'radio' || el.type === 'checkbox') (el as HTMLInputElement).checked = (el as HTMLInputElement).defaultChecked;
    else el.value = el.defaultValue;
  }
  return out;
}

export const hasEarlyInput = (e: EarlyInput | null): e is EarlyInput => e !== null && (e.answers.length > 0 || e.notes.length > 0 || e.name !== null);

export function withEarlyInput(a: Assessment, e: EarlyInput, now: number, fingerprints: Readonly<Record<string, string>>): Assessment {
  let out = a;
  for (const [q, code] of e.answers) out = setAnswer(out, q, code, now, fingerprints[q]);
  for (const [q, text] of e.notes) out = setNote(out, q, text, now);
  if (e.name !== null) out = setName(out, e.name, now);
  return out;
}
