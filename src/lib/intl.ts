/**
 * Danish formatting. Making an Intl formatter loads the locale's data: done at the top of a
 * module, it cost a slow phone (CPU ×4) 0.1–0.2 s before a tool could hydrate (bench/README.md),
 * so the number format and the collator are made on first use and then kept. Times of day are
 * written here by hand, in exactly the form Intl writes them for da-DK (a property test compares
 * the two): the first Intl.DateTimeFormat cost the phone about 0.06 s on the very render that
 * shows a tool's first click (»Senest gemt i browseren: …«).
 */
import { DANISH_MONTHS } from './planner/dates.ts';

let numbers: Intl.NumberFormat | undefined;
let collator: Intl.Collator | undefined;

const two = (n: number) => String(n).padStart(2, '0');

/** »09.05«, the local time of day (Intl: `{ timeStyle: 'short' }`). */
export const danishClock = (t: Date | number): string => {
  const d = new Date(t);
  return `${two(d.getHours())}.${two(d.getMinutes())}`;
};

/** »06.12.2026, 09.05«, local time (Intl: `{ dateStyle: 'short', timeStyle: 'short' }`). */
export const danishShortDateTime = (t: Date | number): string => {
  const d = new Date(t);
  return `${two(d.getDate())}.${two(d.getMonth() + 1)}.${d.getFullYear()}, ${danishClock(d)}`;
};

/** »6. december 2026 kl. 09.05«, local time (Intl: `{ dateStyle: 'long', timeStyle: 'short' }`). */
export const danishLongDateTime = (t: Date | number): string => {
  const d = new Date(t);
  return `${d.getDate()}. ${DANISH_MONTHS[d.getMonth()]} ${d.getFullYear()} kl. ${danishClock(d)}`;
};

/** A number with Danish digit grouping (»12.345«). */
export const danishNumber = (n: number): string => (numbers ??= new Intl.NumberFormat('da-DK')).format(n);

/** Danish order, numbers by value (»Tema 2« before »Tema 10«). */
export const danishCollator = (): Intl.Collator => (collator ??= new Intl.Collator('da', { numeric: true }));
