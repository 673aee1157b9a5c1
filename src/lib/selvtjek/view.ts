/**
 * The checklist as the Selvtjek island and its parts see it (the view model), and the builder
 * that makes it from a tjekliste content entry and the catalogue at build time.
 *
 * Every part of the island (src/components/islands/selvtjek/ and its team/ folder) takes these
 * types from here, never from the root component. The builder is pure: the page passes in how
 * to cite a source, find a recommendation and make a link (src/pages/tjek/[id].astro).
 */
import type { z } from 'astro/zod';
import type { Spoergsmaal, tjeklisteSchema } from '../../content/schemas';
import { adviceFrom, siteLinkNote, type Advice, type AdviceKind, type AdviceSource } from './advice';
import { wordingFingerprint } from './fingerprint';
import type { Assessment } from './model';
import type { ChecklistLike } from './scoring';
import type { Wording } from './scales';
import type { TeamRoundReport } from './team';

export interface LinkRef {
  tekst: string;
  href: string;
  /** For a recommendation or mechanism: its explanation from the content entry (passages have none). */
  forklaring?: Advice | undefined;
  /** What the linked entry is (recommendations and mechanisms only). */
  art?: AdviceKind | undefined;
  /**
   * The site's note when the site, not the source, pairs the question with the entry (the 002
   * checklists' tiltag; a question that *is* a recommendation is the source's own pairing).
   */
  henvisning?: string | undefined;
  /**
   * The question *is* this recommendation, asked by its heading (»Klar til et joborienteret
   * mestringsforløb?«): the action list and the report give the heading once, as the question.
   */
  isQuestion?: true | undefined;
}

export interface QuestionView {
  id: string;
  tekst: string;
  underpunkter: string[];
  efterskrift?: string | undefined;
  anbefalinger: string[];
  passager: { side: string; anker?: string | undefined; tekst: string }[];
  /** The recommendations and passages that address the question, resolved to links. */
  links: LinkRef[];
  /** The fingerprint of its wording (fingerprint.ts): saved answers keep the one they were given to. */
  fingerprint: string;
  /** Ids the question had before (content `tidligereIder`): answers saved under them are its answers. */
  tidligereIder: string[];
}

export interface AreaView {
  id: string;
  titel: string;
  svarformulering?: Wording | undefined;
  spoergsmaal: QuestionView[];
}

export interface ChecklistView extends ChecklistLike {
  intro: string[];
  kilde: string;
  /** The checklist's source line, for the report's documents. */
  citation?: string | undefined;
  omraader: AreaView[];
}

/** The id of a question's fieldset on the page: the anchor search results and links land on. */
export const questionAnchor = (questionId: string) => `spoergsmaal-${questionId}`;

/** A tjekliste entry's data as the content layer gives it (after the catalogue resolved question texts). */
export type ChecklistData = z.infer<typeof tjeklisteSchema>;

/** What the builder needs from the catalogue. */
export interface ViewSources {
  /** The citation line of a source's pages, e.g. "Læringskatalog (DISCUS, August 2014), s. 11". */
  cite: (kilde: string, sider: string) => Promise<string>;
  /**
   * A recommendation or mechanism by id (the catalogue's integrity check guarantees it exists);
   * `type` is the anbefaling's type, none for a mechanism.
   */
  entry: (id: string) => AdviceSource & { side: string; kilde: string; sider: string; type?: Exclude<AdviceKind, 'mekanisme'> | undefined };
  /** A site link (with the base path) to a content page, optionally at an anchor. */
  link: (side: string, anker?: string) => string;
}

/** The site's own words when it links a question to a passage the source does not connect it to. */
export const SITE_LINK_NOTE = '(sitets henvisning; kilden forbinder ikke spørgsmålet og passagen)';

/** The checklist view of one tjekliste entry. */
export async function buildChecklistView(id: string, data: ChecklistData, src: ViewSources): Promise<ChecklistView> {
  const rec = async (ref: string, q: Spoergsmaal): Promise<LinkRef> => {
    const e = src.entry(ref);
    const art: AdviceKind = e.type ?? 'mekanisme';
    // the source's own pairing: the question is the recommendation (no site note)
    const own = ref === q.anbefaling;
    return {
      tekst: e.titel,
      href: src.link(e.side, ref),
      forklaring: adviceFrom(e, await src.cite(e.kilde, e.sider)),
      art,
      ...(own ? {} : { henvisning: siteLinkNote(art) }),
      ...(own && q.tekst === e.titel ? { isQuestion: true as const } : {}),
    };
  };
  const question = async (q: Spoergsmaal): Promise<QuestionView> => ({
    id: q.id,
    tekst: q.tekst!,
    underpunkter: q.underpunkter,
    efterskrift: q.efterskrift,
    anbefalinger: q.anbefalinger,
    passager: q.passager,
    fingerprint: wordingFingerprint(q.tekst!),
    tidligereIder: q.tidligereIder ?? [],
    links: [
      ...(await Promise.all(q.anbefalinger.map((ref) => rec(ref, q)))),
      ...q.passager.map((p) => ({ tekst: p.sitetsHenvisning ? `${p.tekst} ${SITE_LINK_NOTE}` : p.tekst, href: src.link(p.side, p.anker) })),
    ],
  });
  return {
    id,
    titel: data.titel,
    citation: await src.cite(data.kilde, data.sider),
    skala: data.skala,
    intro: data.intro,
    kilde: data.kilde,
    omraader: await Promise.all(
      data.omraader.map(async (o) => ({
        id: o.id,
        titel: o.titel,
        svarformulering: o.svarformulering,
        spoergsmaal: await Promise.all(o.spoergsmaal.map(question)),
      })),
    ),
  };
}

/**
 * What the Selvtjek root gives the team round (src/components/islands/selvtjek/team/): the
 * checklist, the lead's own assessment, and a callback through which the round gives the root
 * the team's report for the documents (ReportDownloads → src/lib/documents/). The root imports
 * team/TeamEntry.tsx statically, because the server renders its entry with the rest of the tool
 * (the served page is the tool); the round's own code (team/Team.tsx) loads when a round is
 * stored or started. The round prints itself: while it holds colleagues' answers, the printed
 * report is the team's (team/team.css).
 */
export interface TeamRoundProps {
  checklist: ChecklistView;
  /** The assessment the lead has open on this page (undefined before her first answer); in the round by default. */
  own: Assessment | undefined;
  /** The round's name, date and people (answers and notes) while it holds colleagues' answers; `null` otherwise. */
  onReport: (report: TeamRoundReport | null) => void;
}

/** The id of an area's heading on the page. */
export const areaAnchor = (areaId: string) => `omraade-${areaId}`;

/** Former question id → current id, for every question of the checklist that has former ids. */
export function formerIds(checklist: { omraader: readonly { spoergsmaal: readonly { id: string; tidligereIder?: readonly string[] | undefined }[] }[] }): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  for (const q of checklist.omraader.flatMap((o) => o.spoergsmaal)) for (const old of q.tidligereIder ?? []) out[old] = q.id;
  return out;
}
