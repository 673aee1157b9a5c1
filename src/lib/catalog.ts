/**
 * The content catalogue as the build sees it: every collection loaded once, cross-references
 * checked once more (the content check, src/lib/content-check/, has already checked everything
 * before the build starts; `assertIntegrity` guards `astro dev`), and small typed look-ups for
 * pages and components. Astro-only (imports astro:content).
 */
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { assertIntegrity, type Catalog } from './integrity';
import { COLLECTION_NAMES } from '../content/schemas';
import { formatCitation, formatPages, formatSource } from './citation';

const NAMES = COLLECTION_NAMES satisfies readonly CollectionKey[];

type Loaded = { [K in (typeof NAMES)[number]]: CollectionEntry<K>[] };

let loading: Promise<Loaded> | undefined;

/** All collections, loaded and integrity-checked once per build. */
export function loadCatalog(): Promise<Loaded> {
  loading ??= (async () => {
    const entries = await Promise.all(NAMES.map((n) => getCollection(n)));
    const loaded = Object.fromEntries(NAMES.map((n, i) => [n, entries[i]])) as Loaded;
    const catalog: Catalog = {};
    for (const n of NAMES) {
      catalog[n] = (loaded[n] as CollectionEntry<CollectionKey>[]).map((e) => ({
        id: e.id,
        file: ('filePath' in e && e.filePath) || `src/content/${n}/${e.id}`,
        data: e.data as Record<string, unknown>,
        ...('body' in e && typeof e.body === 'string' ? { body: e.body } : {}),
      }));
    }
    assertIntegrity(catalog);
    resolveRecommendationQuestions(loaded);
    return loaded;
  })();
  return loading;
}

/**
 * Questions that are recommendations get the recommendation's heading as their text (and link
 * to it), so the wording is written once, in the anbefaling entry.
 */
function resolveRecommendationQuestions(loaded: Loaded): void {
  for (const t of loaded.tjeklister) {
    for (const o of t.data.omraader) {
      for (const q of o.spoergsmaal) {
        if (!q.anbefaling) continue;
        const a = loaded.anbefalinger.find((x) => x.id === q.anbefaling)!;
        q.tekst ??= a.data.titel;
        if (!q.anbefalinger.includes(a.id)) q.anbefalinger.unshift(a.id);
      }
    }
  }
}

export async function getOne<K extends (typeof NAMES)[number]>(collection: K, id: string): Promise<CollectionEntry<K>> {
  const all = (await loadCatalog())[collection] as CollectionEntry<K>[];
  const hit = all.find((e) => e.id === id);
  if (!hit) throw new Error(`Ukendt id "${id}" i src/content/${collection}/`);
  return hit;
}

export async function cite(kildeId: string, sider: string): Promise<{ text: string; source: string; pages: string; kilde: CollectionEntry<'kilder'> }> {
  const kilde = await getOne('kilder', kildeId);
  return {
    text: formatCitation(kilde.data, sider),
    source: formatSource(kilde.data),
    pages: formatPages(kilde.data, sider),
    kilde,
  };
}

/** The values of a list in src/content/vaerdilister/ (case outcomes, template groups), in order. */
export async function valueList(liste: string): Promise<{ id: string; navn: string }[]> {
  return (await getOne('vaerdilister', liste)).data.vaerdier;
}

/** The Danish name of one value in a list (the content check makes sure it is there). */
export async function valueName(liste: string, id: string): Promise<string> {
  return (await valueList(liste)).find((v) => v.id === id)?.navn ?? id;
}

export const byOrder = <T extends { data: { raekkefoelge: number } }>(a: T, b: T) => a.data.raekkefoelge - b.data.raekkefoelge;
