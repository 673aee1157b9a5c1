/**
 * The Forløbsplanlægger for a joborienteret mestringsforløb (004, Marselisborg 2013). Pure.
 *
 * What the source says, and what the planner does with it:
 * - "Det Joborienterede mestringsforløb varer mindst 18 uger" (s. 5): a description, not a
 *   recommendation, and not a rule the planner enforces – it warns when the chosen forløb is
 *   shorter and quotes the page.
 * - Figur 1 (s. 4): henvisning (before the start, so not planned here), forberedelse 1–4 uger,
 *   undervisning 2 uger (4 anbefalet, s. 9), praktik og opfølgning 12 uger. Forberedelse and
 *   undervisning are choices from the source's own values.
 * - Praktik: "For nogle borgere vil det være relevant at forlænge praktikperioden. For andre er
 *   12 uger en passende længde" (s. 9). The source sets no minimum or maximum: any whole number
 *   of weeks is planned, with a warning below the 12 weeks the source describes.
 * - Efterværn: "medregnes som en del af forløbet, men kun iværksættes efter behov" (s. 23), with
 *   no length: any whole number of weeks (0 = none), no warning.
 * The only limit of the planner's own is 104 weeks per phase, and its message says so.
 */
import { DATE_MESSAGES, checkDate } from '../storage/fields';
import { addDays, danishWeekdayName, isoWeek, parseIsoDate, weekday, type CivilDate, type IsoWeek } from './dates';

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
  /** Where the plan differs from what the source describes, each with the page it quotes. */
  advarsler: string[];
}

export interface PlanFieldError {
  field: keyof PlanInput;
  message: string;
}

export interface PlanError {
  errors: PlanFieldError[];
}

/** The numbers the planner uses, so the page and the validation share them. */
export const FORLOEB_GRAENSER = {
  /** Figur 1, s. 4: 1–4 uger. */
  forberedelse: { min: 1, max: 4 },
  /** s. 4: 2 uger; s. 9: forlænges til 4 uger. */
  undervisning: { valg: [2, 4] as readonly number[], anbefalet: 4 },
  /** s. 4 and 9: 12 ugers praktikforløb, longer for some. */
  praktik: { beskrevet: 12 },
  /** s. 5: "varer mindst 18 uger". */
  forloebMinUger: 18,
  /** The planner's own limit per phase (not the source's): keeps dates within reason. */
  maxUger: 104,
} as const;

const PHASE_NAMES: Record<PhaseKey, string> = {
  forberedelse: 'Forberedelse',
  undervisning: 'Undervisning',
  praktik: 'Praktik og opfølgning',
  eftervaern: 'Efterværn',
};

const inRange = (n: number, min: number, max: number) => Number.isInteger(n) && n >= min && n <= max;
const uger = (n: number) => `${n} ${n === 1 ? 'uge' : 'uger'}`;

export function isPlanError(r: PlanResult | PlanError): r is PlanError {
  return 'errors' in r;
}

export function planForloeb(input: PlanInput): PlanResult | PlanError {
  const g = FORLOEB_GRAENSER;
  const errors: PlanFieldError[] = [];

  // The one date rule of every tool (a real date, four-digit year 2000–2099): a start typed as
  // 0026 or 1999 is refused with the same message as in Selvtjek and Min plan, never planned.
  const startText = (input.start ?? '').trim();
  const checked = startText === '' ? null : checkDate(startText, { required: true });
  const start = checked?.ok ? parseIsoDate(checked.value) : null;
  if (startText === '') errors.push({ field: 'start', message: 'Vælg en startdato.' });
  else if (checked && !checked.ok) errors.push({ field: 'start', message: checked.message });
  else if (!start) errors.push({ field: 'start', message: DATE_MESSAGES.invalid });

  if (!inRange(input.forberedelseUger, g.forberedelse.min, g.forberedelse.max)) {
    errors.push({ field: 'forberedelseUger', message: 'Forberedelse skal være 1–4 uger.' });
  }
  if (!g.undervisning.valg.includes(input.undervisningUger)) {
    errors.push({ field: 'undervisningUger', message: 'Undervisning skal være 2 eller 4 uger.' });
  }
  const p = input.praktikUger;
  if (!Number.isInteger(p)) {
    errors.push({ field: 'praktikUger', message: 'Praktik og opfølgning skal være et helt antal uger.' });
  } else if (p < 1) {
    errors.push({ field: 'praktikUger', message: 'Praktik og opfølgning skal være mindst 1 uge.' });
  } else if (p > g.maxUger) {
    errors.push({ field: 'praktikUger', message: `Planlæggeren regner højst med ${g.maxUger} uger for praktik og opfølgning.` });
  }
  const eftervaern = input.eftervaernUger ?? 0;
  if (!Number.isInteger(eftervaern)) {
    errors.push({ field: 'eftervaernUger', message: 'Efterværn skal være et helt antal uger (0 = intet efterværn).' });
  } else if (eftervaern < 0) {
    errors.push({ field: 'eftervaernUger', message: 'Efterværn kan ikke være negativt (0 = intet efterværn).' });
  } else if (eftervaern > g.maxUger) {
    errors.push({ field: 'eftervaernUger', message: `Planlæggeren regner højst med ${g.maxUger} uger for efterværn.` });
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
  for (const [key, n] of lengths) {
    const slut = addDays(next, n * 7 - 1);
    phases.push({ key, navn: PHASE_NAMES[key], uger: n, start: next, slut, startUge: isoWeek(next), slutUge: isoWeek(slut) });
    next = addDays(slut, 1);
  }

  const forloebUger = input.forberedelseUger + input.undervisningUger + input.praktikUger;
  const advarsler: string[] = [];
  if (weekday(start) !== 1) {
    advarsler.push(
      `Forløbet starter ikke en mandag, men en ${danishWeekdayName(start)}. Faserne følger derfor ikke kalenderugerne.`,
    );
  }
  if (p < g.praktik.beskrevet) {
    advarsler.push(
      `Kataloget beskriver et praktikforløb på ${g.praktik.beskrevet} uger og siger, at det for nogle borgere vil være relevant at forlænge praktikperioden (s. 9). Det valgte praktikforløb er på ${uger(p)}.`,
    );
  }
  if (forloebUger < g.forloebMinUger) {
    advarsler.push(
      `Ifølge kataloget varer et joborienteret mestringsforløb mindst ${g.forloebMinUger} uger (s. 5). Det valgte forløb er på ${uger(forloebUger)}.`,
    );
  }

  return {
    phases,
    slut: addDays(next, -1),
    samletUger: forloebUger + eftervaern,
    forloebUger,
    advarsler,
  };
}
