/**
 * What the sources recommend for a gap, as text: the recommendation's (or mechanism's) own
 * heading, source line and explanation, read from its one content entry. The action list, the
 * printed report and the generated documents all show this, so a team on paper sees *what* the
 * sources say, not just a link title. Pure; the page builds it from the catalogue.
 */
import type { ListItem } from '../../content/schemas';

export interface Advice {
  /** The heading exactly as in the source. */
  titel: string;
  /** Where the explanation comes from: "Inspirationskatalog (Marselisborg, December 2013), s. 6". */
  kilde: string;
  /** Lead-in paragraph, when the entry has one. */
  indledning?: string | undefined;
  /** The explanation's paragraphs. */
  tekst: string[];
  /** Its bullet points (may nest). */
  punkter: ListItem[];
  /** Paragraphs after the bullet points, when the source has text there (e.g. mf-skraeddersy-indholdet, s. 19). */
  efterskrift?: string[] | undefined;
}

/** The fields of an anbefaling or mekanisme entry the advice is made of. */
export interface AdviceSource {
  titel: string;
  indledning?: string | undefined;
  tekst?: readonly string[] | undefined;
  punkter?: readonly ListItem[] | undefined;
  efterskrift?: readonly string[] | undefined;
}

export function adviceFrom(entry: AdviceSource, kilde: string): Advice {
  return {
    titel: entry.titel,
    kilde,
    ...(entry.indledning ? { indledning: entry.indledning } : {}),
    tekst: [...(entry.tekst ?? [])],
    punkter: [...(entry.punkter ?? [])],
    ...(entry.efterskrift?.length ? { efterskrift: [...entry.efterskrift] } : {}),
  };
}

/**
 * The advice as plain lines (lead-in, paragraphs, then bullets as "• …", nested ones indented
 * by two spaces per level, then the paragraphs after them), for outputs without lists: CSV
 * cells, plain text.
 */
export function adviceLines(advice: Advice): string[] {
  const bullets = (items: readonly ListItem[], depth: number): string[] =>
    items.flatMap((i) => [`${'  '.repeat(depth)}• ${i.tekst}`, ...bullets(i.underpunkter ?? [], depth + 1)]);
  return [...(advice.indledning ? [advice.indledning] : []), ...advice.tekst, ...bullets(advice.punkter, 0), ...(advice.efterskrift ?? [])];
}

/**
 * Where each piece of advice is first shown in a list of gaps (advice key → index of the gap),
 * so that later gaps pointing to the same recommendation can refer back instead of repeating its
 * whole text (a team's printed report stays short).
 */
export function firstShown(keysPerItem: readonly (readonly string[])[]): Map<string, number> {
  const first = new Map<string, number>();
  keysPerItem.forEach((keys, i) => {
    for (const k of keys) if (!first.has(k)) first.set(k, i);
  });
  return first;
}

/** What a linked content entry is: a source's recommendation, a tiltag (what jobcentres did), … */
export type AdviceKind = 'anbefaling' | 'tiltag' | 'pejlemaerke' | 'raad' | 'mekanisme';

/** The heading over an explanation in the action list, by what the entry is. */
export const ADVICE_SUMMARY: Record<AdviceKind, string> = {
  anbefaling: 'Det anbefaler kilden',
  // 002 s. 6 and 14: »Jobcentre har udviklet … ved at …«: the tiltag are what jobcentres did.
  tiltag: 'Sådan har jobcentre gjort',
  pejlemaerke: 'Pejlemærket i kilden',
  raad: 'Det råder kilden til',
  mekanisme: 'Det skriver kilden',
};

const KIND_NOUN: Record<AdviceKind, string> = { anbefaling: 'anbefalingen', tiltag: 'tiltaget', pejlemaerke: 'pejlemærket', raad: 'rådet', mekanisme: 'mekanismen' };

/** The site's note on a link it, not the source, makes between a question and an entry. */
export const siteLinkNote = (kind: AdviceKind) => `(sitets henvisning; kilden forbinder ikke spørgsmålet og ${KIND_NOUN[kind]})`;
