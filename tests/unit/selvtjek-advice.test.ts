import { describe, expect, it } from 'vitest';
import { adviceFrom, adviceLines, firstShown } from '../../src/lib/selvtjek/advice';

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
