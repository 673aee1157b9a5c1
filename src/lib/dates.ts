/**
 * Calendar dates and the "Forløbsplanlægger" for a joborienteret mestringsforløb. Pure.
 *
 * The programme runs at least 18 weeks in four phases: henvisning (before the start date, no
 * length of its own, so it is not planned here), forberedelse (1–4 weeks), undervisning
 * (2 weeks, 4 recommended) and praktik og opfølgning (12 weeks or more, with one weekly
 * teaching day), optionally followed by efterværn.
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

// ---------------------------------------------------------------------------
// Forløbsplanlægger

export interface PlanInput {
  /** ISO date from <input type=date>, e.g. "2026-12-28". */
  start: string;
  forberedelseUger: number;
  undervisningUger: number;
  praktikUger: number;
  /** 0 or absent = no efterværn. */
  eftervaernUger?: number;
}

export type PhaseKey = 'forberedelse' | 'undervisning' | 'praktik' | 'eftervaern';

export interface PlanPhase {
  key: PhaseKey;
  navn: string;
  uger: number;
  start: CivilDate;
  slut: CivilDate;
  startUge: IsoWeek;
  slutUge: IsoWeek;
}

export interface PlanResult {
  phases: PlanPhase[];
  /** Last day of the last phase (efterværn included when chosen). */
  slut: CivilDate;
  /** Weeks of all phases shown, efterværn included. */
  samletUger: number;
  /** Weeks of the forløb itself (forberedelse + undervisning + praktik), without efterværn. */
  forloebUger: number;
  advarsler: string[];
}

export interface PlanFieldError {
  field: keyof PlanInput;
  message: string;
}

export interface PlanError {
  errors: PlanFieldError[];
}

/** Limits for the form fields, so the page can use the same numbers as the validation. */
export const FORLOEB_GRAENSER = {
  forberedelse: { min: 1, max: 4 },
  undervisning: { valg: [2, 4] as readonly number[], anbefalet: 4 },
  praktik: { min: 12, max: 52 },
  eftervaern: { min: 0, max: 52 },
  anbefaletMinUger: 18,
} as const;

const PHASE_NAMES: Record<PhaseKey, string> = {
  forberedelse: 'Forberedelse',
  undervisning: 'Undervisning',
  praktik: 'Praktik og opfølgning',
  eftervaern: 'Efterværn',
};

const inRange = (n: number, min: number, max: number) => Number.isInteger(n) && n >= min && n <= max;

export function isPlanError(r: PlanResult | PlanError): r is PlanError {
  return 'errors' in r;
}

export function planForloeb(input: PlanInput): PlanResult | PlanError {
  const g = FORLOEB_GRAENSER;
  const errors: PlanFieldError[] = [];

  const startText = (input.start ?? '').trim();
  const start = startText === '' ? null : parseIsoDate(startText);
  if (startText === '') errors.push({ field: 'start', message: 'Vælg en startdato.' });
  else if (!start) errors.push({ field: 'start', message: 'Startdatoen findes ikke.' });

  if (!inRange(input.forberedelseUger, g.forberedelse.min, g.forberedelse.max)) {
    errors.push({ field: 'forberedelseUger', message: 'Forberedelse skal være 1–4 uger.' });
  }
  if (!g.undervisning.valg.includes(input.undervisningUger)) {
    errors.push({ field: 'undervisningUger', message: 'Undervisning skal være 2 eller 4 uger.' });
  }
  const p = input.praktikUger;
  if (!Number.isInteger(p)) {
    errors.push({ field: 'praktikUger', message: 'Praktik og opfølgning skal være et helt antal uger.' });
  } else if (p < g.praktik.min) {
    errors.push({ field: 'praktikUger', message: 'Praktik og opfølgning skal være mindst 12 uger.' });
  } else if (p > g.praktik.max) {
    errors.push({ field: 'praktikUger', message: 'Praktik og opfølgning skal være højst 52 uger.' });
  }
  const eftervaern = input.eftervaernUger ?? 0;
  if (!inRange(eftervaern, g.eftervaern.min, g.eftervaern.max)) {
    errors.push({ field: 'eftervaernUger', message: 'Efterværn skal være 0–52 uger.' });
  }

  if (errors.length > 0 || !start) return { errors };

  const lengths: [PhaseKey, number][] = [
    ['forberedelse', input.forberedelseUger],
    ['undervisning', input.undervisningUger],
    ['praktik', input.praktikUger],
  ];
  if (eftervaern > 0) lengths.push(['eftervaern', eftervaern]);

  const phases: PlanPhase[] = [];
  let next = start;
  for (const [key, uger] of lengths) {
    const slut = addDays(next, uger * 7 - 1);
    phases.push({ key, navn: PHASE_NAMES[key], uger, start: next, slut, startUge: isoWeek(next), slutUge: isoWeek(slut) });
    next = addDays(slut, 1);
  }

  const forloebUger = input.forberedelseUger + input.undervisningUger + input.praktikUger;
  const advarsler: string[] = [];
  if (weekday(start) !== 1) {
    advarsler.push(
      `Forløbet starter ikke en mandag, men en ${danishWeekdayName(start)}. Faserne følger derfor ikke kalenderugerne.`,
    );
  }
  if (forloebUger < g.anbefaletMinUger) {
    advarsler.push(`Kataloget anbefaler et forløb på mindst 18 uger. Det valgte forløb er på ${forloebUger} uger.`);
  }

  return {
    phases,
    slut: addDays(next, -1),
    samletUger: forloebUger + eftervaern,
    forloebUger,
    advarsler,
  };
}
