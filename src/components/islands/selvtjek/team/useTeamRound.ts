/**
 * The team rounds as the round's parts use them: the store (shared with other tabs and islands,
 * src/components/islands/useStoredState.ts), the round this tab shows, and every change the lead
 * can make. The rules are in src/lib/selvtjek/team-round.ts; this hook only wires them to the
 * store. Adding a contribution returns what happened, so the part that added it can say so or
 * ask which to keep.
 */
import type { Assessment } from '../../../../lib/selvtjek/model';
import {
  TEAM_STORAGE_KEY,
  activeRoundOf,
  addContribution,
  createRound,
  createTeamStore,
  deleteRound,
  emptyTeamState,
  mergeTeamState,
  planContribution,
  putRound,
  removeContribution,
  removeTeamSetAside,
  renameContribution,
  replaceContribution,
  roundsOf,
  setRoundField,
  type Candidate,
  type Contribution,
  type RoundField,
  type TeamRound,
  type TeamState,
} from '../../../../lib/selvtjek/team-round';
import { useStoredState } from '../../useStoredState';

/** What offering a contribution did. */
export type Offered = { kind: 'added' } | { kind: 'own' } | { kind: 'same-person'; existing: Contribution; roundId: string };

export function useTeamRound(checklist: string, own: Assessment | undefined) {
  const store = useStoredState<TeamState>(TEAM_STORAGE_KEY, createTeamStore, emptyTeamState, mergeTeamState);
  const round = activeRoundOf(store.value, checklist);
  const now = () => Date.now();
  /** The round this tab shows in the freshest state, created when there is none. */
  const ensured = (s: TeamState): [TeamState, TeamRound] => {
    const r = activeRoundOf(s, checklist);
    if (r) return [s, r];
    const fresh = createRound(checklist, now());
    return [putRound(s, fresh), fresh];
  };
  const change = (fn: (s: TeamState, r: TeamRound) => TeamState) =>
    store.setValue((s) => {
      const r = activeRoundOf(s, checklist);
      return r ? fn(s, r) : s;
    });

  return {
    store,
    /** This checklist's rounds, the most recently changed first. */
    rounds: roundsOf(store.value, checklist),
    /** The round this tab shows, if any. */
    round,
    /** Makes sure there is a round to show (»Start en teamrunde«). */
    ensure: () => store.setValue((s) => ensured(s)[0]),
    /** A new, empty round, shown. */
    addNew: () => store.setValue((s) => putRound(s, createRound(checklist, now()))),
    select: (id: string) => store.setValue((s) => ({ ...s, activeId: id })),
    set: <K extends RoundField>(k: K, value: TeamRound[K]) => change((s, r) => setRoundField(s, r.id, k, value, now())),
    remove: () => change((s, r) => deleteRound(s, r.id, now())),
    /** Adds a contribution to the shown round (created if needed), unless it is the same person again or the lead's own. */
    offer: (c: Candidate): Offered => {
      let outcome: Offered = { kind: 'added' };
      store.setValue((s0) => {
        const [s, r] = ensured(s0);
        const plan = planContribution(r, c, own);
        if (plan.kind === 'add') return addContribution(s, r.id, c, now());
        outcome = plan.kind === 'own' ? plan : { ...plan, roundId: r.id };
        return s0;
      });
      return outcome;
    },
    /** The new contribution in place of the earlier one of the same person. */
    replace: (roundId: string, oldId: string, c: Candidate) => store.setValue((s) => replaceContribution(s, roundId, oldId, c, now())),
    removeContribution: (id: string) => change((s, r) => removeContribution(s, r.id, id, now())),
    rename: (id: string, name: string) => change((s, r) => renameContribution(s, r.id, id, name, now())),
    removeSetAside: (key: string) => store.setValue((s) => removeTeamSetAside(s, key, now())),
    clear: () => store.reset(emptyTeamState()),
  };
}

export type TeamRoundState = ReturnType<typeof useTeamRound>;
