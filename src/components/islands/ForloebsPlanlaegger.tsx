/**
 * Forløbsplanlægger: from a start date and the chosen lengths, the dates and ISO week numbers of
 * every phase of a joborienteret mestringsforløb. All logic in src/lib/planner/; nothing is
 * stored or sent. Without JavaScript the page shows the phases and their lengths as text.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { formatDanishDate, formatDanishShort, formatWeek } from '../../lib/planner/dates';
import { FORLOEB_GRAENSER as G, isPlanError, planForloeb, type PlanInput } from '../../lib/planner/plan';
import { checkDate, danishDate } from '../../lib/storage/fields';
import { inputBeforeHydration } from './preHydrationInput';
import DateField from './DateField';
import TableRegion from './TableRegion';

interface FormState {
  start: string;
  forberedelseUger: string;
  undervisningUger: string;
  praktikUger: string;
  eftervaernUger: string;
}

export default function ForloebsPlanlaegger() {
  const id = useId();
  const [form, setForm] = useState<FormState>({ start: '', forberedelseUger: '4', undervisningUger: '4', praktikUger: '12', eftervaernUger: '0' });
  const input: PlanInput = {
    start: form.start,
    forberedelseUger: Number(form.forberedelseUger),
    undervisningUger: Number(form.undervisningUger),
    praktikUger: form.praktikUger.trim() === '' ? Number.NaN : Number(form.praktikUger),
    eftervaernUger: form.eftervaernUger.trim() === '' ? 0 : Number(form.eftervaernUger),
  };
  const result = useMemo(() => planForloeb(input), [form]); // eslint-disable-line react-hooks/exhaustive-deps
  // The served page is this form: what the reader chose or typed before it was ready counts.
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const early = inputBeforeHydration(root.current);
    if (early.length === 0) return;
    const next = { ...form };
    for (const x of early) {
      if (x.kind !== 'value') continue;
      const key = (Object.keys(next) as (keyof FormState)[]).find((k) => x.element.id === field(k));
      if (key === 'start') {
        const c = checkDate(x.value, { required: true });
        if (c.ok) next.start = c.value;
      } else if (key) next[key] = x.value;
    }
    setForm(next);
  }, []); // eslint-disable-line react-hooks/exhaustive-deps
  const errors = isPlanError(result) ? result.errors : [];
  const errorFor = (f: keyof PlanInput) => errors.find((e) => e.field === f)?.message;
  const set = (k: keyof FormState) => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value });
  const field = (k: keyof PlanInput) => `${id}-${k}`;
  const described = (k: keyof PlanInput, hint?: string) => [hint, errorFor(k) ? `${field(k)}-fejl` : undefined].filter(Boolean).join(' ') || undefined;

  return (
    <div className="planner" ref={root}>
      <fieldset className="no-print">
        <legend>Forløbets start og længde</legend>
        <DateField
          id={field('start')}
          label="Startdato (første dag i forberedelsen)"
          value={form.start}
          required
          kept={form.start ? `Indtil du retter den, viser planen forløbet fra ${danishDate(form.start)}.` : 'Indtil du retter den, vises ingen plan.'}
          onCommit={(v) => setForm((f) => ({ ...f, start: v }))}
        />
        <div className="field">
          <label htmlFor={field('forberedelseUger')}>Forberedelse (uger)</label>
          <select id={field('forberedelseUger')} value={form.forberedelseUger} onChange={set('forberedelseUger')}>
            {[1, 2, 3, 4].map((n) => <option key={n} value={n}>{n} {n === 1 ? 'uge' : 'uger'}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor={field('undervisningUger')}>Undervisning (uger)</label>
          <select id={field('undervisningUger')} value={form.undervisningUger} onChange={set('undervisningUger')}>
            {G.undervisning.valg.map((n) => <option key={n} value={n}>{n} uger{n === G.undervisning.anbefalet ? ' (anbefalet)' : ''}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor={field('praktikUger')}>Praktik og opfølgning (uger; kataloget beskriver {G.praktik.beskrevet})</label>
          <input id={field('praktikUger')} type="number" inputMode="numeric" min={1} max={G.maxUger} step={1} value={form.praktikUger} onChange={set('praktikUger')} aria-invalid={!!errorFor('praktikUger')} aria-describedby={described('praktikUger')} />
          {errorFor('praktikUger') && <p className="error" id={`${field('praktikUger')}-fejl`}>{errorFor('praktikUger')}</p>}
        </div>
        <div className="field">
          <label htmlFor={field('eftervaernUger')}>Efterværn (uger, 0 = intet efterværn)</label>
          <input id={field('eftervaernUger')} type="number" inputMode="numeric" min={0} max={G.maxUger} step={1} value={form.eftervaernUger} onChange={set('eftervaernUger')} aria-invalid={!!errorFor('eftervaernUger')} aria-describedby={described('eftervaernUger')} />
          {errorFor('eftervaernUger') && <p className="error" id={`${field('eftervaernUger')}-fejl`}>{errorFor('eftervaernUger')}</p>}
        </div>
      </fieldset>

      <div aria-live="polite" className="plan-result">
        {form.start === '' ? (
          <p>Vælg en startdato for at se forløbets datoer og ugenumre.</p>
        ) : isPlanError(result) ? (
          <div className="error-summary" role="alert">
            <p><strong>Planen kan ikke beregnes:</strong></p>
            <ul>{result.errors.map((e) => <li key={e.field}>{e.message}</li>)}</ul>
          </div>
        ) : (
          <>
            <TableRegion caption={<>Forløbsplan fra {formatDanishDate(result.phases[0]!.start)}</>}>
              <thead>
                <tr><th scope="col">Fase</th><th scope="col">Uger</th><th scope="col">Start</th><th scope="col">Slut</th><th scope="col">Ugenumre</th></tr>
              </thead>
              <tbody>
                {result.phases.map((p) => (
                  <tr key={p.key}>
                    <th scope="row">{p.navn}</th>
                    <td>{p.uger}</td>
                    <td>{formatDanishDate(p.start)}</td>
                    <td>{formatDanishDate(p.slut)}</td>
                    <td>{formatWeek(p.startUge)} – {formatWeek(p.slutUge)}</td>
                  </tr>
                ))}
              </tbody>
            </TableRegion>
            <p>
              Samlet længde: <strong>{result.samletUger} uger</strong>, fra {formatDanishShort(result.phases[0]!.start)} til {formatDanishShort(result.slut)}.
              {result.forloebUger !== result.samletUger && <> Forløbet uden efterværn er {result.forloebUger} uger.</>}
            </p>
            {result.advarsler.length > 0 && <ul className="warnings">{result.advarsler.map((a) => <li key={a}>{a}</li>)}</ul>}
            <p className="no-print"><button type="button" onClick={() => window.print()}>Udskriv planen</button></p>
          </>
        )}
      </div>
    </div>
  );
}
