/**
 * Property-based tests (fast-check) of the search's pure modules: what reads index text never
 * throws, whatever the text holds.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanExcerpt, excerptText, unescapeHtml } from '../../src/lib/search/excerpt';
import { RUNS } from '../helpers/arbitraries';

/** Entities as they may appear in index text: named, decimal and hex, valid or not. */
const entity = fc.oneof(
  fc.constantFrom('&amp;', '&lt;', '&nbsp;', '&bogus;', '&#39;', '&#x110000;', '&#99999999;', '&#xD800;', '&#0;', '&#xFFFFFFFFFFFF;', '&#;', '&#x;'),
  fc.bigInt({ min: 0n, max: 10n ** 30n }).map((n) => `&#${n};`),
  fc.bigInt({ min: 0n, max: 16n ** 20n }).map((n) => `&#x${n.toString(16)};`),
);
const indexText = fc.array(fc.oneof(fc.string(), entity, fc.constantFrom('<mark>', '</mark>', '<b>', '&', ';')), { maxLength: 20 }).map((parts) => parts.join(''));

describe('excerpts from index text', () => {
  it('are total: any entity, valid or not, never throws', () => {
    fc.assert(
      fc.property(indexText, (t) => {
        const html = cleanExcerpt(t);
        expect(typeof html).toBe('string');
        expect(typeof excerptText(t)).toBe('string');
        // only <mark> stays markup
        expect(html.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
      }),
      RUNS,
    );
  });

  it('mark whole words: a mark starts and ends with a letter or digit, and the text is unchanged', () => {
    const piece = fc.oneof(fc.constantFrom('praktik', 'Æble', 'uge 9', '2027', '(', ').', '»', '«,', ' ', '–', '&lt;', '&amp;'), fc.string({ maxLength: 3 }).filter((x) => !/[&<>]/.test(x)));
    const marked = fc.array(fc.oneof(piece, fc.array(piece, { minLength: 1, maxLength: 3 }).map((w) => `<mark>${w.join('')}</mark>`)), { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(marked, (t) => {
        const html = cleanExcerpt(t);
        for (const [, inner] of html.matchAll(/<mark>(.*?)<\/mark>/g)) expect(unescapeHtml(inner!)).toMatch(/^[\p{L}\p{N}](.*[\p{L}\p{N}])?$/su);
        expect(excerptText(html)).toBe(excerptText(t));
      }),
      RUNS,
    );
  });

  it('keep a reference to no character as it is, and resolve the valid ones', () => {
    expect(unescapeHtml('a&#x110000;b&#99999999;c&#xD800;')).toBe('a&#x110000;b&#99999999;c&#xD800;');
    expect(cleanExcerpt('&#x110000;')).toBe('&amp;#x110000;');
    expect(unescapeHtml('&#230;&#xF8;&#229;&#x0000000041;')).toBe('æøåA');
  });
});
