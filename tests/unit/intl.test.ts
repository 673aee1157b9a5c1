import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { danishClock, danishCollator, danishLongDateTime, danishNumber, danishShortDateTime } from '../../src/lib/intl';

describe('Danish formatting', () => {
  it('numbers and order', () => {
    expect(danishNumber(12345)).toBe('12.345');
    expect(danishCollator()).toBe(danishCollator());
    expect(['Tema 10', 'Tema 2', 'Æble', 'Åen', 'Øen'].sort(danishCollator().compare)).toEqual(['Tema 2', 'Tema 10', 'Æble', 'Øen', 'Åen']);
  });

  it('writes times of day as examples show', () => {
    const t = new Date(2026, 11, 6, 9, 5);
    expect(danishClock(t)).toBe('09.05');
    expect(danishShortDateTime(t)).toBe('06.12.2026, 09.05');
    expect(danishLongDateTime(t.getTime())).toBe('6. december 2026 kl. 09.05');
  });

  it('writes every moment exactly as Intl does for da-DK', () => {
    const intl = (o: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('da-DK', o);
    const [clock, short, long] = [intl({ timeStyle: 'short' }), intl({ dateStyle: 'short', timeStyle: 'short' }), intl({ dateStyle: 'long', timeStyle: 'short' })];
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2200, 0, 1) }), (ms) => {
        expect(danishClock(ms)).toBe(clock.format(ms));
        expect(danishShortDateTime(ms)).toBe(short.format(ms));
        expect(danishLongDateTime(ms)).toBe(long.format(ms));
      }),
      { numRuns: 2000 },
    );
  });
});
