/**
 * What a reader did to a tool's served form before its island hydrated (on a slow phone the
 * form is on screen seconds before React runs). React keeps what the user changed in the DOM
 * while it hydrates (an input's value and checked state are left alone, and it sets the
 * defaults to what it rendered), so after hydration every control whose state differs from its
 * default was changed by the user: the island reads them once, on mount, and applies them as if
 * they had happened now. Works for check boxes, radio buttons, text fields, text areas and
 * selects. For any tool (Min plan's hub, the Forløbsplanlægger, Selvtjek).
 */
export type PreHydrationInput =
  | { kind: 'checked'; element: HTMLInputElement; checked: boolean }
  | { kind: 'value'; element: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement; value: string };

/** The controls inside `root` whose state the user changed before hydration, in document order. */
export function inputBeforeHydration(root: ParentNode | null | undefined): PreHydrationInput[] {
  if (!root) return [];
  const out: PreHydrationInput[] = [];
  for (const el of root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>('input, textarea, select')) {
    if (el instanceof HTMLSelectElement) {
      // Without a `selected` attribute a select starts at its first option.
      const initial = [...el.options].find((o) => o.defaultSelected) ?? el.options[0];
      if (el.value !== (initial?.value ?? '')) out.push({ kind: 'value', element: el, value: el.value });
    } else if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) {
      if (el.checked !== el.defaultChecked) out.push({ kind: 'checked', element: el, checked: el.checked });
    } else if (el.value !== el.defaultValue) {
      out.push({ kind: 'value', element: el, value: el.value });
    }
  }
  return out;
}
