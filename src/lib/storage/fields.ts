/**
 * Limits and checks for every field a user can type into the tools (Selvtjek, Min plan, the
 * Forløbsplanlægger), with Danish messages. The same checks guard the edges: what the user types,
 * what an imported file says and what was stored by an older version of the site. `checkDate` is
 * the one date rule of every date field (components/islands/DateField.tsx). Pure; never throws.
 */
import { DANISH_MONTHS } from '../planner/dates';
import { danishNumber } from '../intl';

/**
 * Dates users type are about their own work: when a team assessed itself, when a step of the
 * plan is due. The sources are from 2013–2018 and the tools plan forward, so any real date lies
 * in 2000–2099. The range catches the two typos date fields invite: a two-digit year ("26"
 * becomes year 0026) and a digit too many (20266), and it makes the obvious repair of the first
 * one (00YY → 20YY) land inside the range.
 */
export const DATE_MIN = '2000-01-01';
export const DATE_MAX = '2099-12-31';
const YEAR_MIN = 2000;
const YEAR_MAX = 2099;

/** How long typed text may be. Generous for their purpose, bounded so storage stays small. */
export const TEXT_LIMITS = {
  /** Name of an assessment ("Teammøde marts 2027"). */
  name: 200,
  /** Who is responsible for a step of the plan. */
  ansvarlig: 200,
  /** A note to a question or to a step of the plan. */
  note: 5000,
} as const;
export type TextField = keyof typeof TEXT_LIMITS;

/**
 * Text stored before the limits existed may be longer than the limit. It is kept as it is (never
 * cut), up to this hard bound; beyond it, the item is set aside for the user to look at.
 */
export const STORED_TEXT_MAX = 50_000;

/** Timestamps the tools write (change times, export times) lie in this range; others are repaired. */
export const TIME_MIN = Date.UTC(2000, 0, 1);
export const TIME_MAX = Date.UTC(2100, 0, 1);

export const DATE_MESSAGES = {
  required: 'Skriv en dato.',
  // A date field says only that its content is not a date: typed halfway, or a day the month lacks (30/02).
  incomplete: 'Datoen er ikke skrevet helt, eller dagen findes ikke i måneden. Skriv dag, måned og år.',
  twoDigitYear: (guess: number) => `Skriv året med fire cifre (mente du ${guess}?).`,
  outOfRange: 'Datoen skal ligge mellem 1. januar 2000 og 31. december 2099.',
  invalid: 'Datoen findes ikke i kalenderen. Skriv dag, måned og år.',
} as const;

const ISO_DATE = /^(\d{4,6})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function parts(value: string): { year: number; month: number; day: number } | null {
  const m = ISO_DATE.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** Whether a value is a real calendar date YYYY-MM-DD in the allowed range. */
export function isDateInRange(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const p = parts(value);
  return p !== null && value.length === 10 && p.year >= YEAR_MIN && p.year <= YEAR_MAX;
}

export type DateCheck = { ok: true; value: string } | { ok: false; message: string };

/**
 * Checks what a date field holds. `incomplete` is the browser's word that the user has typed
 * only part of a date (a date input then reports an empty value); an empty optional field is fine.
 */
export function checkDate(value: unknown, options: { required: boolean; incomplete?: boolean }): DateCheck {
  if (options.incomplete) return { ok: false, message: DATE_MESSAGES.incomplete };
  if (typeof value !== 'string' || value === '') {
    return options.required ? { ok: false, message: DATE_MESSAGES.required } : { ok: true, value: '' };
  }
  const p = parts(value);
  if (!p) return { ok: false, message: DATE_MESSAGES.invalid };
  if (p.year < 100) return { ok: false, message: DATE_MESSAGES.twoDigitYear(2000 + p.year) };
  if (p.year < YEAR_MIN || p.year > YEAR_MAX || value.length !== 10) return { ok: false, message: DATE_MESSAGES.outOfRange };
  return { ok: true, value };
}

/**
 * A stored or imported date, repaired where the repair is safe and obvious: a year written with
 * two digits (0026, what a date field stores when "26" is typed) means 2026. `null` when the
 * value is not a date in range and cannot be repaired that way.
 */
export function repairDate(value: unknown): { value: string; repaired: boolean } | null {
  if (isDateInRange(value)) return { value, repaired: false };
  if (typeof value !== 'string') return null;
  const p = parts(value);
  if (!p || p.year >= 100 || value.length !== 10) return null;
  const fixed = `${2000 + p.year}${value.slice(4)}`;
  return isDateInRange(fixed) ? { value: fixed, repaired: true } : null;
}

/** Whether a value is a timestamp (ms) the tools could have written. */
export function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= TIME_MIN && value < TIME_MAX;
}

/** An ISO date-time string in the allowed range. */
export function isIsoTimeInRange(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T/.test(value)) return false;
  return isTime(Date.parse(value));
}

/**
 * What to show under a text field: a counter once the text is near the limit (the last tenth),
 * and an explanation at the limit or, for text stored before the limit existed, beyond it.
 * `null` while there is plenty of room.
 */
export function textHint(length: number, limit: number): string | null {
  if (length < limit * 0.9) return null;
  const count = `${danishNumber(length)} af ${danishNumber(limit)} tegn.`;
  if (length < limit) return count;
  if (length === limit) return `${count} Der er ikke plads til mere.`;
  return `${count} Teksten er fra før grænsen og er bevaret, men du kan ikke skrive mere, før den er kortere.`;
}

/**
 * Whether a typed text may be stored: within the limit, or (for text stored before the limit)
 * no longer than it already was, so editing old text never makes it longer.
 */
export function acceptText(next: string, previous: string, limit: number): boolean {
  return next.length <= limit || next.length <= previous.length;
}

/** "2026-03-01" → "1. marts 2026" (the form the tools show dates in); other text unchanged. */
export function danishDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = m ? DANISH_MONTHS[Number(m[2]) - 1] : undefined;
  return m && month ? `${Number(m[3])}. ${month} ${Number(m[1])}` : iso;
}
