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
}

export default function MotivationFigure({ factors, initial = 0 }: Props) {
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
            <h3 id={`${base}-${f.id}-h`}>{f.navn}</h3>
            <FactorBody factor={f} />
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
        <h3>{current.navn}</h3>
        <FactorBody factor={current} />
      </section>
      <p className="figure-note">Ifølge notatet kan flere motivationsfaktorer gøre sig gældende på samme tid, og de er foranderlige over tid.</p>
    </div>
  );
}

function FactorBody({ factor }: { factor: Factor }) {
  return (
    <>
      {factor.beskrivelse.map((t, i) => (
        <p key={i}>{t}</p>
      ))}
      {factor.redskaber.length > 0 && (
        <>
          <h4>Redskaber, notatet knytter til faktoren</h4>
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
