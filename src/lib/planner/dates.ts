/**
 * Calendar dates for the Forløbsplanlægger (src/lib/planner/plan.ts): parsing, day arithmetic,
 * ISO 8601 weeks and Danish formatting. Pure.
 *
 * Dates are civil calendar dates ({ year, month, day }) and all arithmetic goes through an
 * integer day number (days since 1970-01-01, proleptic Gregorian), never through `Date`,
 * so neither the local time zone nor daylight-saving changes can shift a day.
 */

export interface CivilDate {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

export interface IsoWeek {
  year: number;
  week: number;
}

const DANISH_WEEKDAYS = ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'] as const;
export const DANISH_MONTHS = [
  'januar', 'februar', 'marts', 'april', 'maj', 'juni',
  'juli', 'august', 'september', 'oktober', 'november', 'december',
] as const;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isValidDate(d: CivilDate): boolean {
  return (
    Number.isInteger(d.year) && Number.isInteger(d.month) && Number.isInteger(d.day) &&
    d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= daysInMonth(d.year, d.month)
  );
}

/** Days since 1970-01-01 (negative before). Howard Hinnant's days_from_civil. */
export function toDayNumber(d: CivilDate): number {
  const y = d.month <= 2 ? d.year - 1 : d.year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400; // 0..399
  const mp = (d.month + 9) % 12; // March = 0
  const doy = Math.floor((153 * mp + 2) / 5) + d.day - 1; // 0..365
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy; // 0..146096
  return era * 146097 + doe - 719468;
}

/** Inverse of toDayNumber (civil_from_days). */
export function fromDayNumber(n: number): CivilDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** "2026-12-28" → { year: 2026, month: 12, day: 28 }; null for anything else or an impossible date. */
export function parseIsoDate(s: string): CivilDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s.trim());
  if (!m) return null;
  const d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return d.year >= 1 && isValidDate(d) ? d : null;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

export function formatIsoDate(d: CivilDate): string {
  return `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;
}

export function addDays(d: CivilDate, n: number): CivilDate {
  return fromDayNumber(toDayNumber(d) + n);
}

/** Number of days from a to b (positive when b is later). */
export function daysBetween(a: CivilDate, b: CivilDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** 1 = Monday … 7 = Sunday (ISO 8601). 1970-01-01 was a Thursday. */
export function weekday(d: CivilDate): number {
  return ((((toDayNumber(d) + 3) % 7) + 7) % 7) + 1;
}

/** ISO 8601 week: weeks start Monday, and a week belongs to the year its Thursday falls in. */
export function isoWeek(d: CivilDate): IsoWeek {
  const thursday = addDays(d, 4 - weekday(d));
  const dayOfYear = daysBetween({ year: thursday.year, month: 1, day: 1 }, thursday); // 0-based
  return { year: thursday.year, week: Math.floor(dayOfYear / 7) + 1 };
}

/** 52 or 53. 28 December is always in the year's last ISO week. */
export function isoWeeksInYear(year: number): number {
  return isoWeek({ year, month: 12, day: 28 }).week;
}

/** "mandag", "tirsdag", … */
export function danishWeekdayName(d: CivilDate): string {
  return DANISH_WEEKDAYS[weekday(d) - 1] ?? '';
}

/** "mandag 28. december 2026" */
export function formatDanishDate(d: CivilDate): string {
  return `${danishWeekdayName(d)} ${d.day}. ${DANISH_MONTHS[d.month - 1] ?? ''} ${d.year}`;
}

/** "28.12.2026" */
export function formatDanishShort(d: CivilDate): string {
  return `${pad(d.day, 2)}.${pad(d.month, 2)}.${d.year}`;
}

/** "uge 53 (2026)" */
export function formatWeek(w: IsoWeek): string {
  return `uge ${w.week} (${w.year})`;
}
