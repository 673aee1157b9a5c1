/**
 * A table in a box that scrolls sideways on narrow screens instead of widening the page: a region
 * named by the caption, focusable so keyboard users can scroll it (the islands' twin of
 * src/components/mdx/Tabel.astro).
 */
import { useId, type ReactNode } from 'react';

export default function TableRegion({ caption, className, children }: { caption: ReactNode; className?: string; children: ReactNode }) {
  const id = useId();
  return (
    <div className="table-scroll" role="region" aria-labelledby={id} tabIndex={0}>
      <table className={className}>
        <caption id={id}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}
