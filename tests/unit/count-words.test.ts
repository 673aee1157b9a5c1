import { describe, expect, it } from 'vitest';
import { countOf, describeSources, joinDa, numberWord, yearOf } from '../../src/lib/count-words';

describe('counts in Danish prose', () => {
  it('writes numbers up to twelve in words, with én/ét for one', () => {
    expect(numberWord(5)).toBe('fem');
    expect(numberWord(6)).toBe('seks');
    expect(numberWord(1)).toBe('én');
    expect(numberWord(1, true)).toBe('ét');
    expect(numberWord(13)).toBe('13');
    expect(countOf(1, 'dokument', 'dokumenter', true)).toBe('ét dokument');
    expect(countOf(6, 'dokument', 'dokumenter', true)).toBe('seks dokumenter');
  });

  it('joins lists with »og«', () => {
    expect(joinDa([])).toBe('');
    expect(joinDa(['a'])).toBe('a');
    expect(joinDa(['a', 'b', 'c'])).toBe('a, b og c');
  });

  it('reads a stated year and none from »år ikke angivet«', () => {
    expect(yearOf('August 2014')).toBe(2014);
    expect(yearOf('år ikke angivet')).toBeUndefined();
  });

  const katalog = { ental: 'et katalog', flertal: 'kataloger' };
  const notat = { ental: 'et notat', flertal: 'notater' };
  it('describes the sources as they are (the five of the site)', () => {
    const five = [
      { art: katalog, tid: 'August 2014' },
      { art: katalog, tid: 'December 2013' },
      { art: { ental: 'et afsnit af en rapport', flertal: 'afsnit af rapporter' }, tid: 'år ikke angivet' },
      { art: notat, tid: 'år ikke angivet' },
      { art: { ental: 'et oplæg (dias)', flertal: 'oplæg (dias)' }, tid: 'år ikke angivet' },
    ];
    expect(describeSources(five)).toEqual({
      kinds: 'to kataloger, et afsnit af en rapport, et notat og et oplæg (dias)',
      years: 'To af dem er fra 2013 og 2014; tre angiver ikke et år.',
    });
    expect(describeSources([...five, { art: notat, tid: 'Marts 2020' }]).kinds).toBe('to kataloger, et afsnit af en rapport, to notater og et oplæg (dias)');
    expect(describeSources([{ art: notat, tid: '2020' }]).years).toBe('De er fra 2020.');
    expect(describeSources([{ art: notat, tid: 'år ikke angivet' }]).years).toBe('Ingen af dem angiver et år.');
    expect(describeSources([{ art: notat, tid: '2020' }, { art: notat, tid: 'år ikke angivet' }]).years).toBe('Ét af dem er fra 2020; ét angiver ikke et år.');
  });
});
