/** Navigation helpers over the `sider` collection. Astro-only. */
import type { CollectionEntry } from 'astro:content';
import { loadCatalog, byOrder } from './catalog';
import { pagePath } from './paths';
import type { Crumb } from '../layouts/BaseLayout.astro';

export const PAGE_TYPE_LABELS = { tema: 'Tema', afsnit: 'Afsnit', oversigt: 'Oversigt', om: 'Om sitet' } as const;

export async function crumbsFor(page: CollectionEntry<'sider'>): Promise<Crumb[]> {
  const { sider } = await loadCatalog();
  const crumbs: Crumb[] = [];
  let parent = page.data.parent;
  const seen = new Set<string>();
  while (parent && !seen.has(parent)) {
    seen.add(parent);
    const p = sider.find((s) => s.id === parent);
    if (!p) break;
    crumbs.unshift({ label: p.data.kortTitel ?? p.data.title, href: pagePath(p.id) });
    parent = p.data.parent;
  }
  return crumbs;
}

export async function childrenOf(id: string): Promise<CollectionEntry<'sider'>[]> {
  const { sider } = await loadCatalog();
  return sider.filter((s) => s.data.parent === id).sort(byOrder);
}
