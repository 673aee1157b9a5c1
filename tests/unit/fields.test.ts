import { describe, expect, it } from 'vitest';
import { DATE_MESSAGES, acceptText, checkDate, danishDate, isDateInRange, repairDate, textHint } from '../../src/lib/storage/fields';

describe('dates typed into the tools', () => {
  it.each([
    ['2026-12-03', true],
    ['2000-01-01', true],
    ['2099-12-31', true],
    ['1999-12-31', false],
    ['2100-01-01', false],
    ['0026-12-03', false],
    ['20266-12-03', false],
    ['2027-02-29', false],
    ['2028-02-29', true],
    ['3. december 2026', false],
  ])('%s is a date in range: %s', (value, ok) => {
    expect(isDateInRange(value)).toBe(ok);
  });

  it('says in Danish what is wrong, including the two typos a date field invites (issue 12, cases 1 and 2)', () => {
    expect(checkDate('0026-12-03', { required: true })).toEqual({ ok: false, message: 'Skriv året med fire cifre (mente du 2026?).' });
    expect(checkDate('20266-12-03', { required: false })).toEqual({ ok: false, message: DATE_MESSAGES.outOfRange });
    expect(checkDate('0266-12-03', { required: false })).toEqual({ ok: false, message: DATE_MESSAGES.outOfRange });
    expect(checkDate('2026-02-30', { required: false })).toEqual({ ok: false, message: DATE_MESSAGES.invalid });
    expect(checkDate('', { required: true })).toEqual({ ok: false, message: DATE_MESSAGES.required });
    expect(checkDate('', { required: false })).toEqual({ ok: true, value: '' });
    expect(checkDate('', { required: false, incomplete: true })).toEqual({ ok: false, message: DATE_MESSAGES.incomplete });
    expect(checkDate('2026-12-03', { required: true })).toEqual({ ok: true, value: '2026-12-03' });
  });

  it('repairs a two-digit year and nothing else', () => {
    expect(repairDate('0026-12-03')).toEqual({ value: '2026-12-03', repaired: true });
    expect(repairDate('2026-12-03')).toEqual({ value: '2026-12-03', repaired: false });
    expect(repairDate('0500-01-01')).toBeNull();
    expect(repairDate('20266-12-03')).toBeNull();
    expect(repairDate('0027-02-29')).toBeNull();
    expect(repairDate(26)).toBeNull();
  });

  it('writes dates the way the tools show them', () => {
    expect(danishDate('2026-03-01')).toBe('1. marts 2026');
    expect(danishDate('i morgen')).toBe('i morgen');
  });
});

describe('text typed into the tools', () => {
  it('shows a counter near the limit and explains the limit', () => {
    expect(textHint(100, 200)).toBeNull();
    expect(textHint(180, 200)).toBe('180 af 200 tegn.');
    expect(textHint(200, 200)).toBe('200 af 200 tegn. Der er ikke plads til mere.');
    expect(textHint(5001, 5000)).toBe('5.001 af 5.000 tegn. Teksten er fra før grænsen og er bevaret, men du kan ikke skrive mere, før den er kortere.');
  });

  it('accepts text within the limit, and old longer text only as it gets shorter', () => {
    expect(acceptText('a'.repeat(200), '', 200)).toBe(true);
    expect(acceptText('a'.repeat(201), '', 200)).toBe(false);
    expect(acceptText('a'.repeat(250), 'a'.repeat(300), 200)).toBe(true);
    expect(acceptText('a'.repeat(301), 'a'.repeat(300), 200)).toBe(false);
  });
});
