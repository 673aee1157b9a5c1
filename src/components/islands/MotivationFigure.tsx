/**
 * The five motivation factors (Halsnæs notat, 000) as an interactive figure following the WAI-ARIA
 * tabs pattern: Tab moves into the tab list, arrow keys / Home / End move between factors and
 * select them, Tab moves on to the panel. The first render (also the server render) is a plain
 * list of every factor, so the content is all there without JavaScript; after hydration the list
 * becomes the figure.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

export interface Factor {
  id: string;
  navn: string;
  beskrivelse: string[];
  redskaber: string[];
  pejlemaerke: { titel: string; href: string };
  kilde: string;
}

export interface Props {
  factors: Factor[];
  /** Index of the factor shown first. */
  initial?: number;
  /** Level of the factors' headings: 2 directly under the page title, 3 (default) under a section. */
  level?: 2 | 3;
}

export default function MotivationFigure({ factors, initial = 0, level = 3 }: Props) {
  const H = level === 2 ? 'h2' : 'h3';
  const [enhanced, setEnhanced] = useState(false);
  const [selected, setSelected] = useState(Math.min(Math.max(initial, 0), factors.length - 1));
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const base = useId();
  useEffect(() => setEnhanced(true), []);

  if (!enhanced) {
    return (
      <div className="motivation-figure static">
        {factors.map((f) => (
          <section key={f.id} aria-labelledby={`${base}-${f.id}-h`}>
            <H id={`${base}-${f.id}-h`}>{f.navn}</H>
            <FactorBody factor={f} level={level} />
          </section>
        ))}
      </div>
    );
  }

  const select = (i: number) => {
    const n = (i + factors.length) % factors.length;
    setSelected(n);
    tabs.current[n]?.focus();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    const keys: Record<string, () => void> = {
      ArrowRight: () => select(selected + 1),
      ArrowDown: () => select(selected + 1),
      ArrowLeft: () => select(selected - 1),
      ArrowUp: () => select(selected - 1),
      Home: () => select(0),
      End: () => select(factors.length - 1),
    };
    const action = keys[e.key];
    if (action) {
      e.preventDefault();
      action();
    }
  };
  const current = factors[selected]!;

  return (
    <div className="motivation-figure">
      <p className="figure-hint">Vælg en motivationsfaktor. Brug piletasterne til at skifte mellem faktorerne.</p>
      <div role="tablist" aria-label="Motivationsfaktorer" aria-orientation="horizontal" className="factor-tabs">
        {factors.map((f, i) => (
          <button
            key={f.id}
            ref={(el) => {
              tabs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`${base}-tab-${f.id}`}
            aria-selected={i === selected}
            aria-controls={`${base}-panel`}
            tabIndex={i === selected ? 0 : -1}
            onClick={() => select(i)}
            onKeyDown={onKeyDown}
            className="factor-tab"
          >
            {f.navn}
          </button>
        ))}
      </div>
      <section role="tabpanel" id={`${base}-panel`} aria-labelledby={`${base}-tab-${current.id}`} tabIndex={0} className="factor-panel">
        <H>{current.navn}</H>
        <FactorBody factor={current} level={level} />
      </section>
      <p className="figure-note">Ifølge notatet kan flere motivationsfaktorer gøre sig gældende på samme tid, og de er foranderlige over tid.</p>
    </div>
  );
}

function FactorBody({ factor, level }: { factor: Factor; level: 2 | 3 }) {
  const Sub = level === 2 ? 'h3' : 'h4';
  return (
    <>
      {factor.beskrivelse.map((t, i) => (
        <p key={i}>{t}</p>
      ))}
      {factor.redskaber.length > 0 && (
        <>
          <Sub>Redskaber, notatet knytter til faktoren</Sub>
          <ul>
            {factor.redskaber.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </>
      )}
      <p>
        <strong>Pejlemærke:</strong> <a href={factor.pejlemaerke.href}>{factor.pejlemaerke.titel}</a>
      </p>
      <p className="kildeside">Kilde: {factor.kilde}</p>
    </>
  );
}
