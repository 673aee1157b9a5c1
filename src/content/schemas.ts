/**
 * Schemas for every kind of content on the site.
 *
 * Pure Zod (from `astro/zod`) so that the same schemas validate entries in the Astro build
 * (`src/content.config.ts`) and in the content check (`src/lib/content-check/`, run by
 * `npm run check:content`, before every build and by the unit tests). References between
 * entries are plain ids here; the content check (with `src/lib/integrity.ts`) makes sure every
 * id points at an existing entry, naming the file, line and field when not.
 */
import { z } from 'astro/zod';
import { SCALE_WORDINGS, type WordingName } from '../lib/selvtjek/wordings.ts';

/** A non-empty, trimmed string. Content must never be blank. */
export const text = () => z.string().trim().min(1, 'må ikke være tom');

/**
 * Page (or slide, or section) numbers as printed in the source: "3", "4–11", "9, 12", "5.3".
 * Ranges use an en dash. What the numbers count is the kilde's `sidebetegnelse`.
 */
export const pageRef = () =>
  z
    .string()
    .regex(
      /^\d+(\.\d+)*(–\d+(\.\d+)*)?(, \d+(\.\d+)*(–\d+(\.\d+)*)?)*$/,
      'skal være sidetal som "3", "4–11" eller "9, 12" (tankestreg – mellem sidetal)',
    );

/** An entry id: lowercase ascii, digits and dashes. */
export const id = () =>
  z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'skal være et id med små bogstaver, tal og bindestreger');

/** A page id is the path of an MDX file under src/content/sider, e.g. "laeringskatalog/tema-1". */
export const pageId = () =>
  z.string().regex(/^[a-z0-9-]+(\/[a-z0-9-]+)*$/, 'skal være en side-id som "laeringskatalog/tema-1"');

/** Where in the source a piece of content comes from. Every entry carries one. */
export const citation = {
  kilde: id(),
  sider: pageRef(),
};

/** A link to a passage on one of our own pages (page id + optional anchor). */
export const passage = z.strictObject({
  side: pageId(),
  anker: id().optional(),
  tekst: text(),
  /** The source does not connect the two; the site does. Shown as the site's link. */
  sitetsHenvisning: z.boolean().default(false),
});
export type Passage = z.infer<typeof passage>;

/** A quote: text and the attribution exactly as printed in the source. */
export const quote = z.strictObject({
  /** A heading the source prints above the quote (001 titles its quote boxes). */
  overskrift: text().optional(),
  tekst: text(),
  attribution: text().describe('navn, rolle og kommune præcis som i kilden'),
  kommune: id().optional(),
});
export type Quote = z.infer<typeof quote>;

/** A list item that may have sub-items (the sources nest one level, sometimes two). */
export type ListItem = { tekst: string; underpunkter?: ListItem[] };
export const listItem: z.ZodType<ListItem> = z.lazy(() =>
  z.strictObject({ tekst: text(), underpunkter: z.array(listItem).optional() }),
);

/** Roles a recommendation concerns (PRODUCT.md §2.4): ids from src/content/vaerdilister/roller.yaml. */
export const role = id;

// ---------------------------------------------------------------------------------------------

export const kildeSchema = z.strictObject({
  kort: text().describe('kort navn brugt i kildehenvisninger, fx "Læringskatalog"'),
  titel: text(),
  undertitel: text().optional(),
  udgiver: text(),
  udarbejdetFor: text().optional(),
  tid: text().describe('udgivelsestid som kilden angiver den, eller "år ikke angivet"'),
  dokumenttype: text(),
  /** What kind of document, for sentences that count the sources ("to kataloger, et notat"). */
  art: z.strictObject({ ental: text().describe('fx "et notat"'), flertal: text().describe('fx "notater"') }),
  sidebetegnelse: z.enum(['s.', 'dias', 'afsnit']),
  /** The pages (slides, sections) the source text covers; every `sider` citing it must lie within. */
  sideomfang: pageRef().describe('de sider (dias, afsnit), kildeteksten dækker, fx "1–22"'),
  /**
   * The source text is src/content/kildetekster/<id>.txt. Around the document's real text it may
   * hold scraped noise; `start` and `slut` say where the real text begins (the first line that
   * starts with `start`) and where it ends (before the first line that starts with `slut`).
   */
  kildetekst: z
    .strictObject({ start: text().optional(), slut: text().optional() })
    .default({}),
  rettigheder: text().optional(),
  bemaerkning: text().optional(),
  mangler: z.array(text()).default([]).describe('dele af dokumentet som ikke findes i kildeteksten'),
  raekkefoelge: z.number().int(),
});

/** Frontmatter of an MDX page under src/content/sider. The file path is the URL. */
export const sideSchema = z.strictObject({
  title: text(),
  description: text(),
  ...citation,
  /** Kind of page, also the search filter "Indholdstype". */
  type: z.enum(['tema', 'afsnit', 'oversigt', 'om']),
  /** Parent page for breadcrumbs and navigation. */
  parent: pageId().optional(),
  raekkefoelge: z.number().int().default(0),
  /** Short title in navigation and breadcrumbs. */
  kortTitel: text().optional(),
});

export const citatgruppeSchema = z.strictObject({
  titel: text(),
  ...citation,
  side: pageId(),
  citater: z.array(quote).min(1),
});

export const inspirationSchema = z.strictObject({
  ...citation,
  side: pageId(),
  punkter: z
    .array(z.strictObject({ kommune: id(), tekst: z.array(text()).min(1) }))
    .min(1),
});

export const caseSchema = z.strictObject({
  titel: text(),
  ...citation,
  tema: pageId(),
  /** One of the outcomes in src/content/vaerdilister/udfald.yaml. */
  udfald: id(),
  /** One-sentence summary of who the person is, from the source. */
  person: text(),
  forloeb: z.array(text()).min(1),
  citater: z.array(quote).default([]),
  indsats: z.array(text()).min(1, 'Indsats-listen må ikke være tom'),
  /**
   * What made the difference (or what went wrong). `sitetsLaesning: true` when the source has no
   * such statement and the sentences are our reading of the case; the page then says so.
   */
  forskel: z.strictObject({ overskrift: text(), tekst: z.array(text()).min(1), sitetsLaesning: z.boolean() }),
  raekkefoelge: z.number().int(),
});

export const anbefalingSchema = z.strictObject({
  /** The heading exactly as worded in the source. */
  titel: text(),
  ...citation,
  type: z.enum(['anbefaling', 'tiltag', 'pejlemaerke', 'raad']),
  /** Group within its source, e.g. "Fase 1: Henvisning" or "Tema 1: Et jobrettet beredskab". */
  gruppe: text(),
  raekkefoelge: z.number().int(),
  roller: z.array(role()).min(1),
  /** The page that renders this recommendation (its anchor is the entry id). */
  side: pageId(),
  indledning: text().optional(),
  tekst: z.array(text()).default([]),
  punkter: z.array(listItem).default([]),
  /** Paragraphs the source prints after the bullet points. */
  efterskrift: z.array(text()).default([]),
});

export const mekanismeSchema = z.strictObject({
  titel: text(),
  ...citation,
  nummer: z.number().int().min(1),
  side: pageId(),
  roller: z.array(role()).min(1),
  tekst: z.array(text()).min(1),
  citater: z.array(quote).default([]),
  talbokse: z
    .array(z.strictObject({ tekst: z.array(text()).min(1), kilde: text() }))
    .default([]),
});

export const spoergsmaalSchema = z.strictObject({
  id: id(),
  /** The question, verbatim. Leave it out when the question is a recommendation (below). */
  tekst: text().optional(),
  /**
   * A question that is one of the recommendations ("Klar til mestringsforløb?"): its text is the
   * recommendation's heading, read from the anbefaling entry so the wording exists once.
   */
  anbefaling: id().optional(),
  underpunkter: z.array(text()).default([]),
  efterskrift: text().optional(),
  anbefalinger: z.array(id()).default([]),
  passager: z.array(passage).default([]),
  /** Ids this question had before; saved answers, files and share links under them follow it. */
  tidligereIder: z.array(id()).optional(),
}).refine((q) => q.tekst !== undefined || q.anbefaling !== undefined, 'et spørgsmål skal have en tekst eller en anbefaling');
export type Spoergsmaal = z.infer<typeof spoergsmaalSchema>;

export const SCALES = {
  'ja-delvist-nej': ['Ja', 'Delvist', 'Nej', 'Ved ikke'],
  paratviden: ['Anvender tilstrækkeligt', 'Lettere behov for mere viden', 'Væsentligt behov for mere viden'],
} as const;
export type ScaleName = keyof typeof SCALES;

// An area's own wording of its scale's answers (003 dias 44: handlinger and kilder). Plain data
// in a module without Zod, because the Selvtjek island reads it too.
export { SCALE_WORDINGS, type WordingName } from '../lib/selvtjek/wordings.ts';
const WORDING_NAMES = Object.keys(SCALE_WORDINGS) as [WordingName, ...WordingName[]];

export const tjeklisteSchema = z.strictObject({
  titel: text(),
  ...citation,
  intro: z.array(text()).default([]),
  skala: z.enum(['ja-delvist-nej', 'paratviden']),
  /** The page of the source this checklist belongs to (for breadcrumbs and context). */
  side: pageId().optional(),
  raekkefoelge: z.number().int(),
  omraader: z
    .array(
      z.strictObject({
        id: id(),
        titel: text(),
        /** The area's own wording of the answers (see SCALE_WORDINGS); else the scale's labels. */
        svarformulering: z.enum(WORDING_NAMES).optional(),
        /** Slips in the source's wording of the answers that the site corrected; said on the page. */
        rettelser: z.array(text()).default([]),
        spoergsmaal: z.array(spoergsmaalSchema).min(1),
      }),
    )
    .min(1),
}).refine(
  (t) => t.omraader.every((o) => !o.svarformulering || SCALE_WORDINGS[o.svarformulering].skala === t.skala),
  { message: 'et områdes svarformulering skal høre til tjeklistens skala', path: ['omraader'] },
);

export const motivationsfaktorSchema = z.strictObject({
  navn: text(),
  ...citation,
  raekkefoelge: z.number().int(),
  beskrivelse: z.array(text()).min(1),
  redskaber: z.array(text()).default([]),
  pejlemaerke: id(),
});

export const feltSchema = z.strictObject({
  id: id(),
  label: text(),
  type: z.enum(['linje', 'tekst', 'dato', 'afkrydsning']),
  linjer: z.number().int().min(1).default(3),
  /** The source's own worked example for this field, if it gives one. */
  eksempel: z.array(text()).optional(),
});

/** A grid of answer cells: rows × columns (e.g. the feedback forms' four elements × questions). */
export const tabelSchema = z.strictObject({
  kolonner: z.array(text()).min(1),
  /** Row labels from the source. */
  raekker: z.array(text()).default([]),
  /** Extra rows whose label the user writes (e.g. the livshjul's own life areas). */
  tommeRaekker: z.number().int().min(0).default(0),
  /** Header of the row-label column. */
  raekkeOverskrift: text().optional(),
  linjer: z.number().int().min(1).default(2),
});

export const skabelonSchema = z
  .strictObject({
    titel: text(),
    ...citation,
    brug: text().describe('én linje om hvornår skabelonen bruges'),
    /** One of the groups in src/content/vaerdilister/skabelongrupper.yaml. */
    gruppe: id(),
    orientering: z.enum(['portrait', 'landscape']).default('portrait'),
    /** A4 pages when printed blank; the print test checks it. */
    a4Sider: z.number().int().min(1),
    /** Holds information about a person: never stored anywhere, and the page says so. */
    personfoelsom: z.boolean(),
    /**
     * Whose form it is: `kildens-skema` when the source prints the form (its headings and
     * questions), `sitets-skema` when the site built it from the source's description of a tool;
     * then `sitetsFormulering` says which headings and questions are the site's wording.
     */
    ophav: z.enum(['kildens-skema', 'sitets-skema']),
    /** Shown on the template page: what in the form is the site's wording or grouping. */
    sitetsFormulering: text().optional(),
    /** The page (and anchor) where the source describes the template. */
    side: pageId().optional(),
    anker: id().optional(),
    indledning: z.array(text()).default([]),
    sektioner: z
      .array(
        z
          .strictObject({
            overskrift: text(),
            hjaelp: text().optional(),
            felter: z.array(feltSchema).default([]),
            tabel: tabelSchema.optional(),
            /**
             * Fields the site adds, not the source (e.g. date and names on a feedback form): the
             * page, the print and generated documents mark them »Felter tilføjet af sitet«.
             */
            tilfoejet: z.boolean().default(false),
            /** Starts a new page on paper (the print and generated documents break before it). */
            nySide: z.boolean().default(false),
          })
          .refine((s) => s.felter.length > 0 || s.tabel, 'en sektion skal have felter eller en tabel'),
      )
      .min(1),
  })
  .refine((s) => s.ophav === 'kildens-skema' || s.sitetsFormulering !== undefined, {
    message: 'et skema, sitet har bygget, skal have sitetsFormulering: hvilke overskrifter og spørgsmål er sitets',
    path: ['sitetsFormulering'],
  });

export const begrebSchema = z.strictObject({
  term: text(),
  forklaring: z.array(text()).min(1),
  kilder: z.array(z.strictObject(citation)).min(1),
  synonymer: z.array(text()).default([]),
});

export const projektSchema = z.strictObject({
  navn: text(),
  raekkefoelge: z.number().int(),
  kilde: id(),
  /**
   * Where the catalogue's own prose (not a quote or an inspiration box, which name their
   * kommune themselves) mentions the project, e.g. "(som i Gladsaxe)" on s. 12.
   */
  omtaler: z
    .array(z.strictObject({ tekst: text(), side: pageId(), anker: id().optional(), sider: pageRef() }))
    .default([]),
});

/**
 * A list of values other entries choose from, with the Danish name shown for each (the case
 * outcomes, the template groups). A new value needs only a line here.
 */
export const vaerdilisteSchema = z.strictObject({
  titel: text(),
  beskrivelse: text().optional(),
  vaerdier: z.array(z.strictObject({ id: id(), navn: text() })).min(1),
});

/** Fields that name a value (or a list of values) in a vaerdiliste: collection, field, list id. */
export const VALUE_FIELDS = [
  { collection: 'anbefalinger', field: 'roller', liste: 'roller' },
  { collection: 'mekanismer', field: 'roller', liste: 'roller' },
  { collection: 'cases', field: 'udfald', liste: 'udfald' },
  { collection: 'skabeloner', field: 'gruppe', liste: 'skabelongrupper' },
] as const;

/**
 * Every collection once: its folder under src/content, its schema and its file format. The
 * build (src/content.config.ts), the catalogue (src/lib/catalog.ts) and the unit tests' disk
 * reader all read this list.
 */
export const COLLECTIONS = {
  kilder: { schema: kildeSchema, format: 'yaml' },
  sider: { schema: sideSchema, format: 'mdx' },
  citater: { schema: citatgruppeSchema, format: 'yaml' },
  inspiration: { schema: inspirationSchema, format: 'yaml' },
  cases: { schema: caseSchema, format: 'yaml' },
  anbefalinger: { schema: anbefalingSchema, format: 'yaml' },
  mekanismer: { schema: mekanismeSchema, format: 'yaml' },
  tjeklister: { schema: tjeklisteSchema, format: 'yaml' },
  motivationsfaktorer: { schema: motivationsfaktorSchema, format: 'yaml' },
  skabeloner: { schema: skabelonSchema, format: 'yaml' },
  begreber: { schema: begrebSchema, format: 'yaml' },
  projekter: { schema: projektSchema, format: 'yaml' },
  vaerdilister: { schema: vaerdilisteSchema, format: 'yaml' },
} as const;
export type CollectionName = keyof typeof COLLECTIONS;
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];
