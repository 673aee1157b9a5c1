/**
 * Issue 21: a leader's plan on paper and as .docx/.odt says what each recommendation recommends
 * (its explanation, from its one content entry), with the leader's fields beneath, the items
 * numbered as on the printed page.
 */
import { describe, expect, it } from 'vitest';
import { fromPlan, planDocItems } from '../../src/lib/documents/plan';
import type { Advice } from '../../src/lib/selvtjek/advice';

const advice: Advice = {
  titel: 'Nedsæt en arbejdsgruppe med beslutningskompetence',
  kilde: 'Joborienteret mestringsforløb (Marselisborg, December 2013), s. 27',
  tekst: ['Det er vigtigt for kontinuiteten.', 'Arbejdsgruppen bør have beslutningskompetence.'],
  punkter: [{ tekst: 'en projektleder', underpunkter: [{ tekst: 'hovedansvarlig' }] }],
};
const recs = [
  { id: 'a', titel: advice.titel, kildeKort: 'Joborienteret mestringsforløb', sider: 's. 27', gruppe: 'Organisering og ledelse', forklaring: advice },
  { id: 'b', titel: 'B', kildeKort: 'Læringskatalog', sider: 's. 8', gruppe: 'Tema 1' },
];

describe('Min plan as a document', () => {
  const doc = fromPlan(planDocItems([{ id: 'a', ansvarlig: 'Teamleder', dato: '2027-03-01', note: 'Ledermøde' }, { id: 'b', ansvarlig: '', dato: '', note: '' }], recs));
  const texts = doc.blocks.map((b) => (b.type === 'heading' || b.type === 'paragraph' ? b.text : b.type === 'field' ? `${b.label}: ${b.value}` : b.type === 'list' ? b.items.map((i) => i.text).join(' | ') : ''));

  it('numbers the recommendations as the printed plan does', () => {
    expect(doc.blocks.filter((b) => b.type === 'heading').map((b) => b.type === 'heading' && b.text)).toEqual([`1. ${advice.titel}`, '2. B']);
  });

  it('says what each recommendation recommends, then the leader\'s fields beneath', () => {
    const at = (t: string) => texts.findIndex((x) => x.includes(t));
    expect(at('Kilde: Joborienteret mestringsforløb (Marselisborg, December 2013), s. 27')).toBeGreaterThan(at(`1. ${advice.titel}`));
    expect(at('Det er vigtigt for kontinuiteten.')).toBeGreaterThan(at(`1. ${advice.titel}`));
    expect(at('en projektleder')).toBeGreaterThan(at('Arbejdsgruppen bør have beslutningskompetence.'));
    expect(at('Ansvarlig: Teamleder')).toBeGreaterThan(at('en projektleder'));
    expect(at('Egen note: Ledermøde')).toBeLessThan(at('2. B'));
  });

  it('names each item\'s source once: the explanation\'s full citation with the group, or the short one without an explanation', () => {
    const first = texts.slice(0, texts.indexOf('2. B'));
    expect(first.filter((t) => t.includes('Joborienteret mestringsforløb'))).toEqual(['Kilde: Joborienteret mestringsforløb (Marselisborg, December 2013), s. 27 · Organisering og ledelse']);
    expect(texts.slice(texts.indexOf('2. B'))).toContain('Læringskatalog, s. 8 · Tema 1');
  });
});
