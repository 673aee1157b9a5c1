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
