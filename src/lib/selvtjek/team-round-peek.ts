/**
 * What the Selvtjek page needs to know about stored team rounds before the round's own code has
 * loaded (it loads only when a round is used): the storage key, and which rounds of a checklist
 * are stored, read without validating anything (src/lib/selvtjek/team-round.ts reads them item by
 * item once it loads; it never stores a deleted round or a removed contribution). Kept tiny,
 * because it ships with the tool page. Never throws.
 */
export const TEAM_STORAGE_KEY = 'laeringskatalog:selvtjek-team';

/** A stored round as the page lists it before the round's code has loaded. */
export interface RoundPeek {
  id: string;
  name: string;
  /** YYYY-MM-DD as stored (the round's code repairs a bad one). */
  date: string;
  /** Colleagues' contributions in it (the lead's own answers not counted). */
  contributions: number;
}

export interface Peek {
  /** This checklist's rounds, in stored order. */
  rounds: RoundPeek[];
  /** Stored team data this peek cannot make sense of, or set aside: the round's code must load to show it. */
  unreadable: boolean;
}

/** The stored text under TEAM_STORAGE_KEY (or null) as seen from a checklist's page. */
export function peekRounds(raw: string | null, checklist: string): Peek {
  const rounds: RoundPeek[] = [];
  if (raw === null) return { rounds, unreadable: false };
  try {
    const data = JSON.parse(raw).data;
    for (const r of data.rounds) {
      if (r?.checklist === checklist && typeof r.id === 'string') {
        rounds.push({ id: r.id, name: typeof r.name === 'string' ? r.name : '', date: typeof r.date === 'string' ? r.date : '', contributions: Array.isArray(r.contributions) ? r.contributions.length : 0 });
      }
    }
    return { rounds, unreadable: data.setAside?.length > 0 };
  } catch {
    return { rounds, unreadable: true };
  }
}
