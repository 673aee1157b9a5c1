/** Formatting of source citations: "Læringskatalog (DISCUS, August 2014), s. 4–11". Pure. */

export interface KildeLike {
  kort: string;
  udgiver: string;
  tid: string;
  sidebetegnelse: 's.' | 'dias' | 'afsnit';
}

/** "s. 4–11", "dias 7", "afsnit 5.3". */
export function formatPages(kilde: Pick<KildeLike, 'sidebetegnelse'>, sider: string): string {
  return `${kilde.sidebetegnelse} ${sider}`;
}

/** "Læringskatalog (DISCUS, August 2014)"; an unknown year is left out, not guessed. */
export function formatSource(kilde: Omit<KildeLike, 'sidebetegnelse'>): string {
  const when = /ikke angivet/i.test(kilde.tid) ? '' : `, ${kilde.tid}`;
  return `${kilde.kort} (${kilde.udgiver}${when})`;
}

export function formatCitation(kilde: KildeLike, sider: string): string {
  return `${formatSource(kilde)}, ${formatPages(kilde, sider)}`;
}
