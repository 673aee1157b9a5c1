import { describe, expect, it, vi } from 'vitest';

// Run everything under a time zone with daylight saving. vi.hoisted runs before the imports
// below, so the module is loaded with this zone already in effect.
vi.hoisted(() => {
  process.env.TZ = 'Europe/Copenhagen';
});

import {
  addDays,
  daysBetween,
  daysInMonth,
  formatDanishDate,
  formatDanishShort,
  formatIsoDate,
  formatWeek,
  fromDayNumber,
  isLeapYear,
  isoWeek,
  isoWeeksInYear,
  parseIsoDate,
  toDayNumber,
  weekday,
  type CivilDate,
  type IsoWeek,
} from '../../src/lib/planner/dates';

const d = (s: string): CivilDate => {
  const p = parseIsoDate(s);
  if (!p) throw new Error(`bad test date ${s}`);
  return p;
};


/** Independent oracle for the ISO week, via UTC (no DST) Date arithmetic. Tests only. */
function refIsoWeek(c: CivilDate): IsoWeek {
  const t = new Date(Date.UTC(c.year, c.month - 1, c.day));
  const wd = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - wd);
  const jan1 = Date.UTC(t.getUTCFullYear(), 0, 1);
  return { year: t.getUTCFullYear(), week: Math.floor((t.getTime() - jan1) / 86_400_000 / 7) + 1 };
}

/** Seeded linear congruential generator (Numerical Recipes constants). */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('parsing and formatting ISO dates', () => {
  it.each([
    ['2026-12-28', { year: 2026, month: 12, day: 28 }],
    ['2028-02-29', { year: 2028, month: 2, day: 29 }],
    ['2000-02-29', { year: 2000, month: 2, day: 29 }],
    ['1970-01-01', { year: 1970, month: 1, day: 1 }],
    [' 2026-03-29 ', { year: 2026, month: 3, day: 29 }],
  ])('parses %s', (s, expected) => {
    expect(parseIsoDate(s)).toEqual(expected);
  });

  it.each([
    '2026-02-30', '2027-02-29', '2100-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-00-10',
    '2026-01-00', '2026-01-32', '0000-01-01', '', 'abc', '2026-1-5', '26-01-05', '2026/01/05', '2026-01-05T00:00',
  ])('rejects %j', (s) => {
    expect(parseIsoDate(s)).toBeNull();
  });

  it('formats with zero padding and round-trips', () => {
    expect(formatIsoDate({ year: 2027, month: 1, day: 4 })).toBe('2027-01-04');
    expect(formatIsoDate({ year: 987, month: 6, day: 5 })).toBe('0987-06-05');
    expect(formatIsoDate(d('2028-02-29'))).toBe('2028-02-29');
  });
});

describe('leap years', () => {
  it.each([
    [2028, true], [2024, true], [2000, true], [2400, true],
    [2027, false], [2100, false], [1900, false], [2200, false],
  ])('%i leap year: %s', (y, leap) => {
    expect(isLeapYear(y)).toBe(leap);
    expect(daysInMonth(y, 2)).toBe(leap ? 29 : 28);
  });

  it('knows the length of the other months', () => {
    expect([1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2026, m))).toEqual([31, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
  });

  it('adds days across 29 February', () => {
    expect(formatIsoDate(addDays(d('2028-02-28'), 1))).toBe('2028-02-29');
    expect(formatIsoDate(addDays(d('2028-02-28'), 2))).toBe('2028-03-01');
    expect(formatIsoDate(addDays(d('2028-03-01'), -1))).toBe('2028-02-29');
    expect(formatIsoDate(addDays(d('2027-02-28'), 1))).toBe('2027-03-01');
    expect(formatIsoDate(addDays(d('2100-02-28'), 1))).toBe('2100-03-01');
    expect(formatIsoDate(addDays(d('2000-02-28'), 1))).toBe('2000-02-29');
    expect(formatIsoDate(addDays(d('2024-01-01'), 366))).toBe('2025-01-01');
  });

  it('counts days across 29 February', () => {
    expect(daysBetween(d('2028-02-01'), d('2028-03-01'))).toBe(29);
    expect(daysBetween(d('2027-02-01'), d('2027-03-01'))).toBe(28);
    expect(daysBetween(d('2028-01-01'), d('2029-01-01'))).toBe(366);
    expect(daysBetween(d('2029-01-01'), d('2028-01-01'))).toBe(-366);
  });
});

describe('day numbers and weekdays', () => {
  it('counts days from 1970-01-01', () => {
    expect(toDayNumber(d('1970-01-01'))).toBe(0);
    expect(toDayNumber(d('1969-12-31'))).toBe(-1);
    expect(toDayNumber(d('2026-12-28'))).toBe(20815);
    expect(toDayNumber(d('1900-01-01'))).toBe(-25567);
    expect(fromDayNumber(20815)).toEqual({ year: 2026, month: 12, day: 28 });
  });

  it('round-trips every day from 1899 to 2101 and keeps them consecutive', () => {
    const first = toDayNumber(d('1899-01-01'));
    const last = toDayNumber(d('2101-12-31'));
    let prev: CivilDate | null = null;
    for (let n = first; n <= last; n++) {
      const c = fromDayNumber(n);
      expect(toDayNumber(c)).toBe(n);
      if (prev) {
        const nextDay = prev.day < daysInMonth(prev.year, prev.month);
        const nextMonth = !nextDay && prev.month < 12;
        const expected = nextDay
          ? { ...prev, day: prev.day + 1 }
          : nextMonth
            ? { year: prev.year, month: prev.month + 1, day: 1 }
            : { year: prev.year + 1, month: 1, day: 1 };
        expect(c).toEqual(expected);
      }
      prev = c;
    }
  });

  it.each([
    ['2026-12-28', 1], ['2026-12-31', 4], ['2027-01-03', 7], ['1970-01-01', 4], ['1969-12-31', 3],
    ['2028-02-29', 2], ['2026-03-29', 7], ['2026-10-25', 7],
  ])('%s has weekday %i', (s, wd) => {
    expect(weekday(d(s))).toBe(wd);
  });
});

describe('ISO 8601 weeks', () => {
  it.each([
    ['2026-12-28', 2026, 53],
    ['2026-12-31', 2026, 53],
    ['2027-01-01', 2026, 53],
    ['2027-01-03', 2026, 53],
    ['2027-01-04', 2027, 1],
    ['2024-12-29', 2024, 52],
    ['2024-12-30', 2025, 1],
    ['2020-12-31', 2020, 53],
    ['2021-01-03', 2020, 53],
    ['2021-01-04', 2021, 1],
    ['2015-12-31', 2015, 53],
    ['2016-01-03', 2015, 53],
    ['2008-12-29', 2009, 1],
    ['2010-01-03', 2009, 53],
    ['2025-12-29', 2026, 1],
    ['2026-01-01', 2026, 1],
    ['2026-03-29', 2026, 13],
    ['2026-10-25', 2026, 43],
  ])('%s is week %i-W%i', (s, year, week) => {
    expect(isoWeek(d(s))).toEqual({ year, week });
  });

  it.each([
    [2004, 53], [2009, 53], [2015, 53], [2020, 53], [2026, 53], [2032, 53], [2037, 53],
    [2024, 52], [2025, 52], [2027, 52], [2100, 52],
  ])('%i has %i weeks', (y, n) => {
    expect(isoWeeksInYear(y)).toBe(n);
  });

  it('formats a week', () => {
    expect(formatWeek({ year: 2026, week: 53 })).toBe('uge 53 (2026)');
    expect(formatWeek(isoWeek(d('2024-12-30')))).toBe('uge 1 (2025)');
  });
});

describe('properties on 500 pseudo-random dates 1990–2100', () => {
  const rand = lcg(20261228);
  const lo = toDayNumber(d('1990-01-01'));
  const hi = toDayNumber(d('2100-12-31'));
  const dates = Array.from({ length: 500 }, () => fromDayNumber(lo + Math.floor(rand() * (hi - lo + 1))));

  it('draws distinct dates in range', () => {
    expect(new Set(dates.map(formatIsoDate)).size).toBeGreaterThan(490);
    for (const c of dates) expect(c.year >= 1990 && c.year <= 2100).toBe(true);
  });

  it('a week later is the next ISO week, rolling over after week 52 or 53', () => {
    for (const c of dates) {
      const w = isoWeek(c);
      const next = w.week === isoWeeksInYear(w.year) ? { year: w.year + 1, week: 1 } : { year: w.year, week: w.week + 1 };
      expect(isoWeek(addDays(c, 7)), formatIsoDate(c)).toEqual(next);
      expect(w.week >= 1 && w.week <= 53).toBe(true);
    }
  });

  it('the next day has the next weekday', () => {
    for (const c of dates) expect(weekday(addDays(c, 1)), formatIsoDate(c)).toBe((weekday(c) % 7) + 1);
  });

  it('agrees with a UTC reference for weeks, weekdays and adding days', () => {
    for (const c of dates) {
      expect(isoWeek(c), formatIsoDate(c)).toEqual(refIsoWeek(c));
      const utc = new Date(Date.UTC(c.year, c.month - 1, c.day));
      expect(weekday(c)).toBe(utc.getUTCDay() || 7);
      const later = new Date(Date.UTC(c.year, c.month - 1, c.day + 100));
      expect(addDays(c, 100)).toEqual({ year: later.getUTCFullYear(), month: later.getUTCMonth() + 1, day: later.getUTCDate() });
    }
  });

  it('round-trips through ISO text and day numbers', () => {
    for (const c of dates) {
      expect(parseIsoDate(formatIsoDate(c))).toEqual(c);
      expect(fromDayNumber(toDayNumber(c))).toEqual(c);
      expect(daysBetween(c, addDays(c, -37))).toBe(-37);
    }
  });
});

describe('daylight saving (process TZ Europe/Copenhagen)', () => {
  it('really runs in a zone with DST', () => {
    // Local-time Date objects see the clock change on 29 March 2026: UTC+1 before, UTC+2 after.
    expect(new Date(2026, 2, 28, 12).getTimezoneOffset()).toBe(-60);
    expect(new Date(2026, 2, 30, 12).getTimezoneOffset()).toBe(-120);
    expect(new Date(2026, 9, 26, 12).getTimezoneOffset()).toBe(-60);
    // ...which is what would break naive "midnight + 24 h" arithmetic on 25 October 2026:
    const naive = new Date(new Date(2026, 9, 25).getTime() + 86_400_000);
    expect(naive.getDate()).toBe(25);
  });

  it('adds single days over both clock changes', () => {
    expect(formatIsoDate(addDays(d('2026-03-28'), 1))).toBe('2026-03-29');
    expect(formatIsoDate(addDays(d('2026-03-29'), 1))).toBe('2026-03-30');
    expect(formatIsoDate(addDays(d('2026-10-24'), 1))).toBe('2026-10-25');
    expect(formatIsoDate(addDays(d('2026-10-25'), 1))).toBe('2026-10-26');
    expect(daysBetween(d('2026-03-01'), d('2026-11-01'))).toBe(245);
  });
});

describe('Danish formatting', () => {
  it.each([
    ['2026-12-28', 'mandag 28. december 2026', '28.12.2026'],
    ['2027-01-05', 'tirsdag 5. januar 2027', '05.01.2027'],
    ['2026-03-04', 'onsdag 4. marts 2026', '04.03.2026'],
    ['2026-12-31', 'torsdag 31. december 2026', '31.12.2026'],
    ['2026-05-01', 'fredag 1. maj 2026', '01.05.2026'],
    ['2026-10-24', 'lørdag 24. oktober 2026', '24.10.2026'],
    ['2026-03-29', 'søndag 29. marts 2026', '29.03.2026'],
    ['2028-02-29', 'tirsdag 29. februar 2028', '29.02.2028'],
  ])('%s → %s / %s', (s, long, short) => {
    expect(formatDanishDate(d(s))).toBe(long);
    expect(formatDanishShort(d(s))).toBe(short);
  });

  it('names every month', () => {
    const names = Array.from({ length: 12 }, (_, i) => formatDanishDate({ year: 2026, month: i + 1, day: 1 }).split(' ')[2]);
    expect(names).toEqual(['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december']);
  });
});
