/**
 * Content collections: every folder under src/content wired to its schema. The schemas live in
 * src/content/schemas.ts (pure Zod, unit-tested), whose `COLLECTIONS` lists the same folders for
 * the catalogue and the tests. Each collection is written out here so Astro infers its own type.
 * Everything else (references, page numbers, links, ids, wording against the source texts) is
 * checked by src/lib/content-check/ before the build starts (src/integrations/content-check.ts).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import * as s from './content/schemas';

const data = (folder: s.CollectionName) => glob({ pattern: '**/*.{yaml,yml}', base: `./src/content/${folder}` });

export const collections = {
  kilder: defineCollection({ loader: data('kilder'), schema: s.kildeSchema }),
  sider: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: './src/content/sider' }), schema: s.sideSchema }),
  citater: defineCollection({ loader: data('citater'), schema: s.citatgruppeSchema }),
  inspiration: defineCollection({ loader: data('inspiration'), schema: s.inspirationSchema }),
  cases: defineCollection({ loader: data('cases'), schema: s.caseSchema }),
  anbefalinger: defineCollection({ loader: data('anbefalinger'), schema: s.anbefalingSchema }),
  mekanismer: defineCollection({ loader: data('mekanismer'), schema: s.mekanismeSchema }),
  tjeklister: defineCollection({ loader: data('tjeklister'), schema: s.tjeklisteSchema }),
  motivationsfaktorer: defineCollection({ loader: data('motivationsfaktorer'), schema: s.motivationsfaktorSchema }),
  skabeloner: defineCollection({ loader: data('skabeloner'), schema: s.skabelonSchema }),
  begreber: defineCollection({ loader: data('begreber'), schema: s.begrebSchema }),
  projekter: defineCollection({ loader: data('projekter'), schema: s.projektSchema }),
  vaerdilister: defineCollection({ loader: data('vaerdilister'), schema: s.vaerdilisteSchema }),
} satisfies Record<s.CollectionName, unknown>;
