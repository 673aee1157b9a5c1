/**
 * What the Selvtjek page needs to know about stored team rounds before the round's own code has
 * loaded (it loads only when a round is used): the storage key, and which rounds of a checklist
 * are stored, read without validating anything (src/lib/selvtjek/team-round.ts reads them item by
 * item once it loads). Kept tiny, because it ships with the tool page. Never throws.
 */
export const TEAM_STORAGE_KEY = 'laeringskatalog:selvtjek-team';

/** A stored round as the page lists it before the round's code has loaded. */
export interface RoundPeek {
  id: string;
  name: string;
  /** YYYY-MM-DD as stored (may be unreadable; the round's code repairs it). */
  date: string;
  /** Colleagues' contributions in it (the lead's own answers not counted). */
  contributions: number;
}

export interface Peek {
  /** This checklist's rounds, in stored order. */
  rounds: RoundPeek[];
  /** Stored team data this peek cannot make sense of: the round's code must load to show it. */
  unreadable: boolean;
}

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The stored text under TEAM_STORAGE_KEY (or null) as seen from a checklist's page. */
export function peekRounds(raw: string | null, checklist: string): Peek {
  if (raw === null) return { rounds: [], unreadable: false };
  try {
    const envelope: unknown = JSON.parse(raw);
    const data = isObj(envelope) ? envelope.data : undefined;
    if (!isObj(data) || !Array.isArray(data.rounds)) return { rounds: [], unreadable: true };
    const deleted = isObj(data.deleted) ? data.deleted : {};
    const rounds = data.rounds.flatMap((r): RoundPeek[] => {
      if (!isObj(r) || r.checklist !== checklist || typeof r.id !== 'string' || Object.hasOwn(deleted, r.id)) return [];
      const removed = isObj(r.removed) ? r.removed : {};
      const contributions = Array.isArray(r.contributions)
        ? r.contributions.filter((c) => !(isObj(c) && typeof c.id === 'string' && Object.hasOwn(removed, c.id))).length
        : 0;
      return [{ id: r.id, name: typeof r.name === 'string' ? r.name : '', date: typeof r.date === 'string' ? r.date : '', contributions }];
    });
    const setAside = Array.isArray(data.setAside) && data.setAside.length > 0;
    return { rounds, unreadable: setAside };
  } catch {
    return { rounds: [], unreadable: true };
  }
}
