import { describe, expect, it, vi } from 'vitest';

// The plan runs over both daylight-saving changes; run under a zone that has them.
vi.hoisted(() => {
  process.env.TZ = 'Europe/Copenhagen';
});

import { daysBetween, formatIsoDate, parseIsoDate, weekday, type CivilDate } from '../../src/lib/planner/dates';
import { DATE_MESSAGES } from '../../src/lib/storage/fields';
import {
  FORLOEB_GRAENSER,
  isPlanError,
  planForloeb,
  type PlanError,
  type PlanInput,
  type PlanResult,
} from '../../src/lib/planner/plan';

const d = (s: string): CivilDate => {
  const p = parseIsoDate(s);
  if (!p) throw new Error(`bad test date ${s}`);
  return p;
};

const okPlan = (input: PlanInput): PlanResult => {
  const r = planForloeb(input);
  if (isPlanError(r)) throw new Error(`unexpected errors: ${JSON.stringify(r.errors)}`);
  return r;
};

const errPlan = (input: PlanInput): PlanError => {
  const r = planForloeb(input);
  if (!isPlanError(r)) throw new Error('expected errors');
  return r;
};

const base: PlanInput = { start: '2026-12-28', forberedelseUger: 4, undervisningUger: 4, praktikUger: 12 };

// The source's wording, with its page: s. 5 describes the length, s. 9 the praktik.
const UNDER_18 = (n: number) => `Ifølge kataloget varer et joborienteret mestringsforløb mindst 18 uger (s. 5). Det valgte forløb er på ${n} uger.`;
const PRAKTIK_UNDER_12 = (n: number) =>
  `Kataloget beskriver et praktikforløb på 12 uger og siger, at det for nogle borgere vil være relevant at forlænge praktikperioden (s. 9). Det valgte praktikforløb er på ${n} ${n === 1 ? 'uge' : 'uger'}.`;

describe('planForloeb: full plan from 2026-12-28 with 4/4/12/0 weeks', () => {
  // Checked by hand (2026 has 53 ISO weeks; 2027-01-04 is the Monday of 2027-W01):
  //   Forberedelse  4 uger: man 28.12.2026 (2026-W53) – søn 24.01.2027 (2027-W03)   28 days
  //   Undervisning  4 uger: man 25.01.2027 (2027-W04) – søn 21.02.2027 (2027-W07)   28 days
  //   Praktik      12 uger: man 22.02.2027 (2027-W08) – søn 16.05.2027 (2027-W19)   84 days
  //                         (Feb 2027 has 28 days: 22.02 + 7 = 01.03, + 76 = 16.05)
  //   Total 20 weeks, last day 2027-05-16, Monday start and ≥ 18 weeks → no advarsler.
  const r = okPlan(base);

  it('has the three phases in order, without efterværn', () => {
    expect(r.phases.map((p) => [p.key, p.navn, p.uger])).toEqual([
      ['forberedelse', 'Forberedelse', 4],
      ['undervisning', 'Undervisning', 4],
      ['praktik', 'Praktik og opfølgning', 12],
    ]);
  });

  it('has the hand-checked dates', () => {
    expect(r.phases.map((p) => [formatIsoDate(p.start), formatIsoDate(p.slut)])).toEqual([
      ['2026-12-28', '2027-01-24'],
      ['2027-01-25', '2027-02-21'],
      ['2027-02-22', '2027-05-16'],
    ]);
  });

  it('has the hand-checked week numbers', () => {
    expect(r.phases.map((p) => [p.startUge, p.slutUge])).toEqual([
      [{ year: 2026, week: 53 }, { year: 2027, week: 3 }],
      [{ year: 2027, week: 4 }, { year: 2027, week: 7 }],
      [{ year: 2027, week: 8 }, { year: 2027, week: 19 }],
    ]);
  });

  it('has the total and end date and no advarsler', () => {
    expect(r.samletUger).toBe(20);
    expect(r.forloebUger).toBe(20);
    expect(formatIsoDate(r.slut)).toBe('2027-05-16');
    expect(r.advarsler).toEqual([]);
  });

  it('starts each phase the day after the previous one ends', () => {
    for (let i = 1; i < r.phases.length; i++) {
      expect(daysBetween(r.phases[i - 1]!.slut, r.phases[i]!.start)).toBe(1);
    }
  });

  it('adds efterværn as a fourth phase and counts it in the total', () => {
    const e = okPlan({ ...base, eftervaernUger: 6 });
    const last = e.phases[3]!;
    expect([last.key, last.navn, formatIsoDate(last.start), formatIsoDate(last.slut)]).toEqual([
      'eftervaern', 'Efterværn', '2027-05-17', '2027-06-27',
    ]);
    expect(e.samletUger).toBe(26);
    expect(e.forloebUger).toBe(20);
    expect(formatIsoDate(e.slut)).toBe('2027-06-27');
  });

  it('leaves efterværn out when it is 0', () => {
    expect(okPlan({ ...base, eftervaernUger: 0 }).phases).toHaveLength(3);
  });
});

describe('planForloeb over both daylight-saving changes', () => {
  // Monday 2026-03-02, 4/4/30/8 weeks; checked by hand:
  //   Forberedelse  2026-03-02 (W10) – 2026-03-29 (W13)  ← ends on the March change
  //   Undervisning  2026-03-30 (W14) – 2026-04-26 (W17)
  //   Praktik       2026-04-27 (W18) – 2026-11-22 (W47)  ← spans the October change
  //   Efterværn     2026-11-23 (W48) – 2027-01-17 (2027-W02)
  it.each(['2026-03-02', '2026-03-04', '2026-03-29', '2026-10-25'])(
    'keeps every phase N*7 days and every start on the same weekday, starting %s',
    (start) => {
      const r = okPlan({ start, forberedelseUger: 4, undervisningUger: 4, praktikUger: 30, eftervaernUger: 8 });
      const wd = weekday(d(start));
      expect(r.phases).toHaveLength(4);
      for (const p of r.phases) {
        expect(daysBetween(p.start, p.slut) + 1).toBe(p.uger * 7);
        expect(weekday(p.start)).toBe(wd);
        expect(weekday(p.slut)).toBe(((wd + 5) % 7) + 1);
      }
      expect(daysBetween(d(start), r.slut) + 1).toBe(46 * 7);
    },
  );

  it('gives the hand-checked dates for the Monday plan across both changes', () => {
    const r = okPlan({ start: '2026-03-02', forberedelseUger: 4, undervisningUger: 4, praktikUger: 30, eftervaernUger: 8 });
    expect(r.phases.map((p) => [formatIsoDate(p.start), formatIsoDate(p.slut), p.startUge.week, p.slutUge.week])).toEqual([
      ['2026-03-02', '2026-03-29', 10, 13],
      ['2026-03-30', '2026-04-26', 14, 17],
      ['2026-04-27', '2026-11-22', 18, 47],
      ['2026-11-23', '2027-01-17', 48, 2],
    ]);
  });
});

describe('planForloeb: what it refuses (input it cannot plan)', () => {
  it.each([
    [{ start: '' }, 'start', 'Vælg en startdato.'],
    [{ start: '   ' }, 'start', 'Vælg en startdato.'],
    // One date rule for every tool (src/lib/storage/fields.ts, checkDate), issue 21 case 5.
    [{ start: '2026-02-30' }, 'start', DATE_MESSAGES.invalid],
    [{ start: '2027-02-29' }, 'start', DATE_MESSAGES.invalid],
    [{ start: 'i morgen' }, 'start', DATE_MESSAGES.invalid],
    [{ start: '0026-03-02' }, 'start', 'Skriv året med fire cifre (mente du 2026?).'],
    [{ start: '0002-03-02' }, 'start', 'Skriv året med fire cifre (mente du 2002?).'],
    [{ start: '1999-12-27' }, 'start', DATE_MESSAGES.outOfRange],
    [{ start: '2100-01-04' }, 'start', DATE_MESSAGES.outOfRange],
    [{ start: '20266-03-02' }, 'start', DATE_MESSAGES.outOfRange],
    [{ forberedelseUger: 0 }, 'forberedelseUger', 'Forberedelse skal være 1–4 uger.'],
    [{ forberedelseUger: 5 }, 'forberedelseUger', 'Forberedelse skal være 1–4 uger.'],
    [{ forberedelseUger: 2.5 }, 'forberedelseUger', 'Forberedelse skal være 1–4 uger.'],
    [{ forberedelseUger: Number.NaN }, 'forberedelseUger', 'Forberedelse skal være 1–4 uger.'],
    [{ undervisningUger: 3 }, 'undervisningUger', 'Undervisning skal være 2 eller 4 uger.'],
    [{ undervisningUger: 1 }, 'undervisningUger', 'Undervisning skal være 2 eller 4 uger.'],
    [{ undervisningUger: 6 }, 'undervisningUger', 'Undervisning skal være 2 eller 4 uger.'],
    [{ praktikUger: 0 }, 'praktikUger', 'Praktik og opfølgning skal være mindst 1 uge.'],
    [{ praktikUger: -3 }, 'praktikUger', 'Praktik og opfølgning skal være mindst 1 uge.'],
    [{ praktikUger: 105 }, 'praktikUger', 'Planlæggeren regner højst med 104 uger for praktik og opfølgning.'],
    [{ praktikUger: 12.5 }, 'praktikUger', 'Praktik og opfølgning skal være et helt antal uger.'],
    [{ praktikUger: Number.NaN }, 'praktikUger', 'Praktik og opfølgning skal være et helt antal uger.'],
    [{ eftervaernUger: -1 }, 'eftervaernUger', 'Efterværn kan ikke være negativt (0 = intet efterværn).'],
    [{ eftervaernUger: 105 }, 'eftervaernUger', 'Planlæggeren regner højst med 104 uger for efterværn.'],
    [{ eftervaernUger: 1.5 }, 'eftervaernUger', 'Efterværn skal være et helt antal uger (0 = intet efterværn).'],
  ] as [Partial<PlanInput>, keyof PlanInput, string][])('%j → %s: %s', (patch, field, message) => {
    expect(errPlan({ ...base, ...patch }).errors).toEqual([{ field, message }]);
  });

  it('reports one message per problem, in field order', () => {
    const r = errPlan({ start: '', forberedelseUger: 9, undervisningUger: 3, praktikUger: 0, eftervaernUger: 999 });
    expect(r.errors.map((e) => e.field)).toEqual(['start', 'forberedelseUger', 'undervisningUger', 'praktikUger', 'eftervaernUger']);
  });

  it('exposes the limits it uses; only the upper bound of 104 weeks is the planner\'s own', () => {
    expect(FORLOEB_GRAENSER.forberedelse).toEqual({ min: 1, max: 4 });
    expect(FORLOEB_GRAENSER.undervisning.valg).toEqual([2, 4]);
    expect(FORLOEB_GRAENSER.praktik.beskrevet).toBe(12);
    expect(FORLOEB_GRAENSER.forloebMinUger).toBe(18);
    expect(FORLOEB_GRAENSER.maxUger).toBe(104);
  });
});

describe('planForloeb: lengths the source does not bound are planned, with a warning where it says something', () => {
  // The source describes 12 weeks of praktik (s. 4, 9) and says that for some citizens a longer
  // praktik is relevant (s. 9); it sets no minimum or maximum. Efterværn: "medregnes som en del
  // af forløbet, men kun iværksættes efter behov" (s. 23) – no length at all.
  it.each([1, 8, 11])('plans %i weeks of praktik and warns that the source describes 12 (s. 9)', (n) => {
    const r = okPlan({ ...base, praktikUger: n });
    expect(r.phases[2]!.uger).toBe(n);
    expect(r.advarsler).toContain(PRAKTIK_UNDER_12(n));
  });

  it.each([12, 13, 52, 53, 104])('plans %i weeks of praktik without a praktik warning (longer is relevant for some)', (n) => {
    const r = okPlan({ ...base, praktikUger: n });
    expect(r.phases[2]!.uger).toBe(n);
    expect(r.advarsler.filter((a) => a.includes('praktikforløb'))).toEqual([]);
  });

  it.each([1, 52, 53, 104])('plans %i weeks of efterværn without any warning', (n) => {
    const r = okPlan({ ...base, eftervaernUger: n });
    expect(r.phases[3]!.uger).toBe(n);
    expect(r.advarsler).toEqual([]);
  });
});

describe('planForloeb: advarsler', () => {
  it('warns when the start is not a Monday', () => {
    const r = okPlan({ ...base, start: '2026-12-31' });
    expect(r.advarsler).toHaveLength(1);
    expect(r.advarsler[0]).toMatch(/^Forløbet starter ikke en mandag, men en torsdag\./);
  });

  it('says what s. 5 says about 18 weeks – a description, not a recommendation – and how long the chosen one is', () => {
    const r = okPlan({ ...base, forberedelseUger: 1, undervisningUger: 2, praktikUger: 12 });
    expect(r.forloebUger).toBe(15);
    expect(r.advarsler).toEqual([UNDER_18(15)]);
    expect(r.advarsler.join(' ')).not.toMatch(/anbefaler/);
  });

  it('does not let efterværn hide a forløb under 18 weeks', () => {
    const r = okPlan({ ...base, forberedelseUger: 1, undervisningUger: 2, praktikUger: 12, eftervaernUger: 10 });
    expect(r.samletUger).toBe(25);
    expect(r.advarsler).toContain(UNDER_18(15));
  });

  it('does not warn at exactly 18 weeks', () => {
    expect(okPlan({ ...base, forberedelseUger: 4, undervisningUger: 2, praktikUger: 12 }).advarsler).toEqual([]);
  });

  it('gives every advarsel that applies, in a fixed order: weekday, praktik, length', () => {
    const r = okPlan({ ...base, start: '2027-01-03', forberedelseUger: 1, undervisningUger: 2, praktikUger: 8 });
    expect(r.advarsler).toHaveLength(3);
    expect(r.advarsler[0]).toMatch(/^Forløbet starter ikke en mandag, men en søndag\./);
    expect(r.advarsler[1]).toBe(PRAKTIK_UNDER_12(8));
    expect(r.advarsler[2]).toBe(UNDER_18(11));
  });

  it('cites the page of every source statement it makes', () => {
    const r = okPlan({ ...base, forberedelseUger: 1, undervisningUger: 2, praktikUger: 3 });
    for (const a of r.advarsler) expect(a).toMatch(/\(s\. \d+\)/);
  });
});
