import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { adviceFrom, adviceLines, firstShown } from '../../src/lib/selvtjek/advice';
import { adviceBlocks } from '../../src/lib/documents/selvtjek';
import { adviceHtml } from '../../src/lib/plan/advice-html';

describe('advice', () => {
  it('keeps heading, source, lead-in, paragraphs and nested bullets in order', () => {
    const a = adviceFrom(
      { titel: 'Overskrift', indledning: 'Indledning.', tekst: ['Afsnit 1.', 'Afsnit 2.'], punkter: [{ tekst: 'Punkt', underpunkter: [{ tekst: 'Underpunkt' }] }] },
      'Kilde, s. 3',
    );
    expect(a.titel).toBe('Overskrift');
    expect(a.kilde).toBe('Kilde, s. 3');
    expect(adviceLines(a)).toEqual(['Indledning.', 'Afsnit 1.', 'Afsnit 2.', '• Punkt', '  • Underpunkt']);
  });
  it('an entry without lead-in or bullets (a mechanism) gives its paragraphs only', () => {
    const a = adviceFrom({ titel: 'M', tekst: ['Tekst.'] }, 'K');
    expect('indledning' in a).toBe(false);
    expect(adviceLines(a)).toEqual(['Tekst.']);
  });
  it('keeps the paragraphs after the bullets (s. 19 of the mestringsforløb catalogue ends a recommendation with one)', () => {
    const entry = parse(readFileSync('src/content/anbefalinger/mf-skraeddersy-indholdet.yaml', 'utf8'));
    const a = adviceFrom(entry, 'Inspirationskatalog, s. 19');
    const after = entry.efterskrift[0] as string;
    expect(after).toMatch(/^Hovedparten af undervisningen/);
    expect(adviceLines(a).at(-1)).toBe(after);
    expect(adviceBlocks(a, { heading: true }).at(-1)).toEqual({ type: 'paragraph', text: after });
    expect(adviceHtml(a)).toMatch(/<\/ul><p>Hovedparten af undervisningen[^<]*<\/p><p class="kildeside">/);
  });
  it('knows where each piece of advice is first shown, so later gaps can refer back to it', () => {
    const first = firstShown([['a', 'b'], [], ['b', 'c'], ['a']]);
    expect([...first]).toEqual([
      ['a', 0],
      ['b', 0],
      ['c', 2],
    ]);
    expect(firstShown([]).size).toBe(0);
  });
});
