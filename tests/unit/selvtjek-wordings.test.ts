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

import { GAP_TEXTS, peopleCount } from '../../src/lib/selvtjek/wordings';
import { teamSummary } from '../../src/lib/selvtjek/team';
import { joinDa } from '../../src/lib/count-words';
import { summaryParts } from '../../src/lib/selvtjek/scoring';
import { compareAssessments, compareSummary } from '../../src/lib/selvtjek/compare';

describe('sentences with counts (issue 20)', () => {
  it('one person is »1 person«, and one person has no agreement to report', () => {
    expect(peopleCount(1)).toBe('1 person');
    expect(peopleCount(3)).toBe('3 personer');
    expect(teamSummary(['Anne'], { enig: 8, uenig: 0 })).toBe('1 person: Anne. Med én person er der ingen enighed eller uenighed at vise; tilføj kollegernes svar.');
    expect(teamSummary(['Anne', 'Bo'], { enig: 7, uenig: 1 })).toBe('2 personer: Anne og Bo. Enige om 7 spørgsmål, uenige om 1 spørgsmål.');
    expect(teamSummary(['Anne', 'Bo', 'Carl'], { enig: 5, uenig: 2, 'ingen svar': 1 })).toBe('3 personer: Anne, Bo og Carl. Enige om 5 spørgsmål, uenige om 2 spørgsmål; 1 spørgsmål uden svar, der tager stilling.');
    expect(teamSummary([], { enig: 0, uenig: 0 })).toBe('Ingen i teamrunden endnu.');
    expect([joinDa([]), joinDa(['A']), joinDa(['A', 'B']), joinDa(['A', 'B', 'C'])]).toEqual(['', 'A', 'A og B', 'A, B og C']);
  });

  it('the action list’s help names the gap answers of the scale; paratviden has no »Nej« or »Delvist«', () => {
    expect(GAP_TEXTS['ja-delvist-nej'].help).toContain('»Nej« eller »Delvist«');
    expect(GAP_TEXTS.paratviden.help + GAP_TEXTS.paratviden.empty).not.toMatch(/Nej|Delvist/);
  });

  it('paratviden summaries are per part, in each part’s own column wording (003 dias 44)', () => {
    const parts = summaryParts(checklist);
    expect(parts.map((p) => p.titel)).toEqual(['Handlinger', 'Kilder']);
    expect(parts[0]!.options[0]!.label).toBe('Jeg har aktuel viden fra at anvende muligheden');
    expect(parts[1]!.options[0]!.label).toBe('Jeg anvender den nævnte kilde tilstrækkeligt');
    expect(parts.flatMap((p) => p.options.map((o) => o.label)).join(' ')).not.toContain('Anvender tilstrækkeligt');
  });

  it('a checklist without wordings is one part in the scale’s labels', () => {
    const plain = { id: 'x', titel: 'X', skala: 'ja-delvist-nej' as const, omraader: [{ id: 'a', titel: 'A', spoergsmaal: [] }, { id: 'b', titel: 'B', spoergsmaal: [] }] };
    expect(summaryParts(plain)).toEqual([{ areaIds: ['a', 'b'], titel: 'A, B', options: scaleOptions('ja-delvist-nej') }]);
  });

  it('comparing with a new, empty assessment says there is nothing to compare', () => {
    const plain = { id: 'x', titel: 'X', skala: 'ja-delvist-nej' as const, omraader: [{ id: 'a', titel: 'A', spoergsmaal: [{ id: 'q1', tekst: 'Q1' }, { id: 'q2', tekst: 'Q2' }] }] };
    const old = { answers: { q1: 'nej', q2: 'ja' } };
    const cmp = compareAssessments(plain, old, { answers: {} });
    expect(compareSummary(cmp, { name: 'Marts', answered: 2 }, { name: 'Vurdering 2', answered: 0 })).toBe('»Vurdering 2« har ingen svar endnu, så der er intet at sammenligne.');
    const later = compareAssessments(plain, old, { answers: { q1: 'ja', q2: 'ved-ikke' } });
    expect(compareSummary(later, { name: 'Marts', answered: 2 }, { name: 'Juni', answered: 2 })).toBe('2 af 2 svar er ændret: 1 bedre, 0 ringere, 1 ændret til eller fra »Ved ikke« eller intet svar.');
  });
});
