/**
 * The click behind »Føj til min plan« on a content page (loaded by the small script in
 * AddToPlan.astro on the first click, with the plan's code): adds the recommendation in place,
 * says so in the element's status line, offers »Fortryd« and a link to Min plan. Focus moves to
 * »Fortryd« (the link it replaces is hidden) and back to the link after »Fortryd«.
 */
import { addInPlace, undoAddInPlace } from '../../lib/plan/add-in-place';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function onAddToPlanClick(target: HTMLElement): void {
  const box = target.closest<HTMLElement>('[data-add-to-plan]');
  if (!box) return;
  const id = box.dataset.addToPlan ?? '';
  const titel = box.dataset.titel ?? id;
  const link = box.querySelector<HTMLAnchorElement>('a.add-to-plan-link');
  // »Se min plan« after adding is an ordinary link.
  if (target instanceof HTMLAnchorElement && target !== link) {
    location.assign(target.href);
    return;
  }
  const status = box.querySelector<HTMLElement>('.add-to-plan-status');
  const actions = box.querySelector<HTMLElement>('.add-to-plan-actions');
  if (!link || !status || !actions) {
    if (link) location.href = link.href;
    return;
  }
  if (target.matches('button.add-to-plan-undo')) {
    const r = undoAddInPlace(storage(), id, titel);
    status.textContent = r.text;
    if (r.kind === 'removed') {
      actions.replaceChildren();
      link.hidden = false;
      link.focus();
    }
    return;
  }
  const r = addInPlace(storage(), id, titel);
  status.textContent = r.text;
  const plan = document.createElement('a');
  plan.href = new URL(link.href).pathname;
  plan.textContent = 'Se min plan';
  if (r.kind === 'added') {
    const undo = document.createElement('button');
    undo.type = 'button';
    undo.className = 'secondary add-to-plan-undo';
    undo.textContent = 'Fortryd';
    actions.replaceChildren(undo, ' ', plan);
    link.hidden = true;
    undo.focus();
  } else {
    actions.replaceChildren(plan);
  }
}
