/**
 * »Føj til min plan« on content pages (src/components/mdx/AddToPlan.astro): one click listener
 * for every such link on the page. The plan's code (src/components/mdx/add-to-plan.ts) loads on
 * the first click; if it cannot load, the link is followed as without JavaScript.
 * It is part of the header's page script (src/components/HeaderSearch.astro), so a content page
 * loads one small script in all (src/lib/script-pages.ts), not one per feature.
 */
export function listenForAddToPlan(): void {
  if (!document.querySelector('[data-add-to-plan]')) return;
  document.addEventListener('click', (e) => {
    const t = e.target instanceof Element && e.target.closest<HTMLElement>('[data-add-to-plan] a, [data-add-to-plan] button');
    if (!t || e.button || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    import('../components/mdx/add-to-plan').then((m) => m.onAddToPlanClick(t), () => t instanceof HTMLAnchorElement && location.assign(t.href));
  });
}
