/**
 * Answer wordings per area (003 dias 44: handlinger and kilder of the paratviden checklist each
 * have their own columns). A wording changes labels only: codes, their order (share links) and
 * stored answers keep their meaning.
 */
import { describe, expect, it } from 'vitest';
import { SCALES, SCALE_WORDINGS, tjeklisteSchema } from '../../src/content/schemas';
import { ANSWER_CODES, SCALE_CODES, answerLabel, codeFromCodeOrLabel, scaleOptions } from '../../src/lib/selvtjek/scales';
import { answerLabelOf, validAnswers } from '../../src/lib/selvtjek/scoring';
import { readContent } from '../helpers/content-files';

const { catalog } = readContent(new URL('../..', import.meta.url).pathname);
const paratviden = tjeklisteSchema.parse(catalog.tjeklister!.find((t) => t.id === 'paratviden-om-det-lokale-arbejdsmarked')!.data);
const checklist = { id: 'paratviden-om-det-lokale-arbejdsmarked', ...paratviden, omraader: paratviden.omraader.map((o) => ({ ...o, spoergsmaal: o.spoergsmaal.map((q) => ({ ...q, tekst: q.tekst! })) })) };

describe('answer wordings', () => {
  it('leave the codes and their share-link order as they were (append only)', () => {
    expect(ANSWER_CODES).toEqual(['ja', 'delvist', 'nej', 'ved-ikke', 'tilstraekkeligt', 'lettere-behov', 'vaesentligt-behov']);
  });

  it('word every answer of their scale, in the scale\'s order', () => {
    for (const [name, w] of Object.entries(SCALE_WORDINGS)) {
      expect(w.svar.length, name).toBe(SCALES[w.skala].length);
      expect(scaleOptions(w.skala, name as keyof typeof SCALE_WORDINGS).map((o) => o.code)).toEqual([...SCALE_CODES[w.skala]]);
    }
  });

  it('give the area\'s label, or the scale\'s own without a wording or for a code of another scale', () => {
    expect(answerLabel('tilstraekkeligt', 'paratviden-handlinger')).toBe('Jeg har aktuel viden fra at anvende muligheden');
    expect(answerLabel('vaesentligt-behov', 'paratviden-kilder')).toBe('Jeg har et væsentligt behov for at få mere viden via den nævnte kilde');
    expect(answerLabel('tilstraekkeligt')).toBe('Anvender tilstrækkeligt');
    expect(answerLabel('ja', 'paratviden-handlinger')).toBe('Ja');
  });

  it('label an answer by the area its question is in', () => {
    expect(answerLabelOf(checklist, 'viden-fra-de-ledige', 'lettere-behov')).toBe('Jeg har et lettere behov for at få mere viden ved at anvende muligheden');
    expect(answerLabelOf(checklist, 'arbejdsmarkedsbalancen', 'lettere-behov')).toBe('Jeg har et lettere behov for at få mere viden via den nævnte kilde');
    expect(answerLabelOf(checklist, 'ukendt', 'lettere-behov')).toBe('Lettere behov for mere viden');
  });

  it('keep answers saved before the parts had their own wording valid, with the same meaning', () => {
    const saved = { 'viden-fra-de-ledige': 'vaesentligt-behov', arbejdsmarkedsbalancen: 'tilstraekkeligt' };
    expect(validAnswers(checklist, saved)).toEqual(saved);
    expect(codeFromCodeOrLabel('Anvender tilstrækkeligt')).toBe('tilstraekkeligt');
  });

  it('must belong to the checklist\'s scale', () => {
    const bad = { ...paratviden, skala: 'ja-delvist-nej', omraader: paratviden.omraader };
    expect(tjeklisteSchema.safeParse(bad).success).toBe(false);
  });
});
