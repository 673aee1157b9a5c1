/**
 * Danish formatters, each made on first use and then kept. Making one loads the locale's data:
 * done at the top of a module, it cost a slow phone (CPU ×4) 0.1–0.2 s before a tool could
 * hydrate, for a counter or a clock that is shown later, if at all (bench/README.md).
 */
const dateTimes = new Map<string, Intl.DateTimeFormat>();
let numbers: Intl.NumberFormat | undefined;
let collator: Intl.Collator | undefined;

/** A da-DK date/time format with these options. */
export function danishDateTime(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify(options);
  let f = dateTimes.get(key);
  if (!f) dateTimes.set(key, (f = new Intl.DateTimeFormat('da-DK', options)));
  return f;
}

/** A number with Danish digit grouping (»12.345«). */
export const danishNumber = (n: number): string => (numbers ??= new Intl.NumberFormat('da-DK')).format(n);

/** Danish order, numbers by value (»Tema 2« before »Tema 10«). */
export const danishCollator = (): Intl.Collator => (collator ??= new Intl.Collator('da', { numeric: true }));
