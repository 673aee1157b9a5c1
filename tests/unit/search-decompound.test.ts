import { describe, expect, it } from 'vitest';
import { buildVocabulary, compoundTails, indexParts, tokenize } from '../../src/lib/search/decompound';

const vocab = buildVocabulary([
  'Motivation og nødvendighedsmotivation. Praktik, praktikken og virksomhedspraktik.',
  'Borgeren er i virksomhedspraktikken. Arbejdsmarkedet og markedet.',
]);

describe('decompounding for the search index', () => {
  it('tokenizes Danish words in lower case', () => {
    expect(tokenize('Nødvendigheds-Motivation, ÆBLE og å!')).toEqual(['nødvendigheds', 'motivation', 'æble', 'og', 'å']);
  });

  it('finds the tail of a compound when the tail is a word on the site', () => {
    expect(compoundTails('nødvendighedsmotivation', vocab)).toContain('motivation');
    expect(compoundTails('virksomhedspraktik', vocab)).toContain('praktik');
    expect(compoundTails('arbejdsmarkedet', vocab)).toContain('markedet');
  });

  it('finds an inflected tail that starts with a site word ("praktikken")', () => {
    expect(compoundTails('virksomhedspraktikken', vocab)).toContain('praktikken');
  });

  it('does not split words whose tails are not words on the site', () => {
    expect(compoundTails('borgeren', vocab)).toEqual([]);
    expect(compoundTails('motivation', vocab)).toEqual([]);
  });

  it('adds only words the page does not already contain', () => {
    const parts = indexParts('Her står kun nødvendighedsmotivation og virksomhedspraktik.', vocab);
    expect(parts).toContain('motivation');
    expect(parts).toContain('praktik');
    expect(indexParts('motivation og nødvendighedsmotivation', vocab)).not.toContain('motivation');
  });
});
