/**
 * A recommendation's explanation (src/lib/selvtjek/advice.ts) as the tools show it: lead-in,
 * paragraphs, bullets, the paragraphs after them and the source line. Folded in a <details> on screen, it prints open:
 * `useOpenDetailsForPrint` opens the folded ones around the browser's print dialog (for browsers
 * without CSS ::details-content). Shared by the tools; takes its types from src/lib only.
 */
import { useEffect } from 'react';
import type { ListItem } from '../../content/schemas';
import type { Advice } from '../../lib/selvtjek/advice';

function Bullets({ items }: { items: readonly ListItem[] }) {
  return (
    <ul>
      {items.map((i, n) => (
        <li key={n}>
          {i.tekst}
          {i.underpunkter && i.underpunkter.length > 0 && <Bullets items={i.underpunkter} />}
        </li>
      ))}
    </ul>
  );
}

export default function AdviceText({ advice }: { advice: Advice }) {
  return (
    <>
      {advice.indledning && <p>{advice.indledning}</p>}
      {advice.tekst.map((t, i) => <p key={i}>{t}</p>)}
      {advice.punkter.length > 0 && <Bullets items={advice.punkter} />}
      {advice.efterskrift?.map((t, i) => <p key={`e${i}`}>{t}</p>)}
      <p className="kildeside">Kilde: {advice.kilde}</p>
    </>
  );
}

/** Open every folded <details> matching `selector` while the browser prints, and close them after. */
export function useOpenDetailsForPrint(selector: string) {
  useEffect(() => {
    let opened: HTMLDetailsElement[] = [];
    const before = () => {
      opened = [...document.querySelectorAll<HTMLDetailsElement>(`${selector}:not([open])`)];
      opened.forEach((d) => (d.open = true));
    };
    const after = () => {
      opened.forEach((d) => (d.open = false));
      opened = [];
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, [selector]);
}
