/**
 * Plain data shared by the content schema (src/content/schemas.ts) and the Selvtjek island
 * (src/lib/selvtjek/scales.ts). Only a type import from the schema, so the island does not
 * bundle Zod.
 */
import type { ScaleName } from '../../content/schemas';

/**
 * An area's own wording of its scale's answers, where the source words its columns differently
 * per part of a checklist. Same answers in the same order (and the same stored codes) as the
 * scale; only the labels differ. 003, dias 44: the handlinger and the kilder of the paratviden
 * self-assessment each have their own three columns. Split words of the extraction are joined
 * ("anvend er", "tilstræ kkeligt", "væsentlig t"), and two slips corrected: "for at få at få
 * mere viden" and "for at får mere viden".
 */
export const SCALE_WORDINGS = {
  'paratviden-handlinger': {
    skala: 'paratviden',
    svar: [
      'Jeg har aktuel viden fra at anvende muligheden',
      'Jeg har et lettere behov for at få mere viden ved at anvende muligheden',
      'Jeg har et væsentligt behov for at få mere viden ved at anvende muligheden',
    ],
  },
  'paratviden-kilder': {
    skala: 'paratviden',
    svar: [
      'Jeg anvender den nævnte kilde tilstrækkeligt',
      'Jeg har et lettere behov for at få mere viden via den nævnte kilde',
      'Jeg har et væsentligt behov for at få mere viden via den nævnte kilde',
    ],
  },
} as const satisfies Record<string, { skala: ScaleName; svar: readonly string[] }>;
export type WordingName = keyof typeof SCALE_WORDINGS;

// --- sentences with counts and scales (used by the island, the team round and the documents) ----

/** »1 person«, »3 personer«. */
export const peopleCount = (n: number) => `${n} ${n === 1 ? 'person' : 'personer'}`;

/** »1 spørgsmål«, »8 spørgsmål« (the same in both numbers; here so every sentence counts alike). */
export const questionCount = (n: number) => `${n} spørgsmål`;

// The team's summary line (teamSummary) is in team.ts: this module ships with the
// tool page, the team round's sentences load with the round.

/**
 * What the action list is made of, per scale: the page's help text and the empty list's text.
 * The ja-delvist-nej checklists name their gap answers; the paratviden checklist's parts word
 * their answers differently, so it says what they share (a need for more knowledge).
 */
export const GAP_TEXTS: Record<ScaleName, { help: string; empty: string }> = {
  'ja-delvist-nej': {
    help: 'For hvert »Nej« eller »Delvist« viser handlingslisten, hvad kilderne anbefaler eller beskriver om emnet, og hvor på sitet du kan læse mere.',
    empty: 'Handlingslisten viser, hvad kilderne anbefaler eller beskriver om de spørgsmål, I svarer »Nej« eller »Delvist« på.',
  },
  paratviden: {
    help: 'For hver handling og kilde, hvor du svarer, at du har behov for mere viden, viser handlingslisten, hvor på sitet du kan læse mere.',
    empty: 'Handlingslisten viser de handlinger og kilder, hvor du svarer, at du har behov for mere viden, og hvor på sitet du kan læse mere om dem.',
  },
};
