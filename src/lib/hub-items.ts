/** Builds the recommendations hub's flat list from the content catalogue (one place, used by the hub and the plan). */
import type { CollectionEntry } from 'astro:content';
import { formatCitation, formatPages } from './citation';
import { href, pagePath } from './paths';
import { slugify, sortItems, type HubItem } from './recommendations';
import { adviceFrom, type Advice } from './selvtjek/advice';
import { TYPE_LABELS } from './labels';

export function hubItems(c: {
  anbefalinger: CollectionEntry<'anbefalinger'>[];
  mekanismer: CollectionEntry<'mekanismer'>[];
  kilder: CollectionEntry<'kilder'>[];
}): HubItem[] {
  const kilde = (id: string) => c.kilder.find((k) => k.id === id)!;
  const items: HubItem[] = [
    ...c.anbefalinger.map((a) => ({ id: a.id, titel: a.data.titel, kilde: a.data.kilde, sider: a.data.sider, gruppe: a.data.gruppe, type: TYPE_LABELS[a.data.type], roller: a.data.roller, side: a.data.side, raekkefoelge: a.data.raekkefoelge })),
    ...c.mekanismer.map((m) => ({ id: m.id, titel: m.data.titel, kilde: m.data.kilde, sider: m.data.sider, gruppe: 'Virksomme mekanismer', type: TYPE_LABELS.mekanisme, roller: m.data.roller, side: m.data.side, raekkefoelge: m.data.nummer })),
  ].map((x) => {
    const k = kilde(x.kilde);
    return {
      id: x.id,
      titel: x.titel,
      kilde: x.kilde,
      kildeKort: k.data.kort,
      sider: formatPages(k.data, x.sider),
      gruppe: x.gruppe,
      gruppeId: slugify(x.gruppe),
      typeLabel: x.type,
      roller: [...x.roller],
      href: href(pagePath(x.side, x.id)),
      raekkefoelge: x.raekkefoelge,
      kildeRaekkefoelge: k.data.raekkefoelge,
    };
  });
  return sortItems(items);
}

/**
 * Every hub item's explanation from its one content entry (as the Selvtjek action list shows
 * it): what the hub expands in place and what Min plan prints and puts in its documents.
 */
export function hubAdvice(c: {
  anbefalinger: CollectionEntry<'anbefalinger'>[];
  mekanismer: CollectionEntry<'mekanismer'>[];
  kilder: CollectionEntry<'kilder'>[];
}): Record<string, Advice> {
  const kilde = (id: string) => c.kilder.find((k) => k.id === id)!;
  const out: Record<string, Advice> = {};
  for (const e of [...c.anbefalinger, ...c.mekanismer]) out[e.id] = adviceFrom(e.data, formatCitation(kilde(e.data.kilde).data, e.data.sider));
  return out;
}
