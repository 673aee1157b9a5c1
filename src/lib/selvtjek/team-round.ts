/**
 * A team round: one thing the team lead holds in her browser for as long as the team needs it –
 * a checklist, a name and a date, her own answers (in by default; she can leave them out) and
 * the colleagues' contributions, added one by one as they arrive (an exported file or a share
 * link), each with its person's name and date, removable. The same person twice is a question
 * for the lead (`planContribution`); which round a tab shows is its own.
 *
 * Stored with `createStore` (src/lib/storage) under TEAM_STORAGE_KEY, version 1, and read the
 * way the other stores are read (src/lib/selvtjek/model.ts, src/lib/plan/model.ts): every round
 * on its own and, inside a round, every contribution on its own. What cannot be read is set
 * aside (kept as it was and written back until the user removes it), never hiding the rest;
 * what is safe to repair is repaired and said.
 *
 * Tabs merge (`mergeTeamState`): a round's name, date, own-answers choice and own name are each
 * "newest change wins"; contributions are united by id, a renamed one's newest version winning.
 * Removing a contribution or deleting a round is final (a tombstone by id; ids are never reused),
 * so the merge is commutative, associative and idempotent whatever order tabs meet in. Pure.
 */
import { createStore, type Decoded, type StorageLike, type Store } from '../storage';
import { STORED_TEXT_MAX, danishDate, isTime, repairDate } from '../storage/fields';
import {
  canonical,
  mergeSetAside,
  mergeTombstones,
  readSetAside,
  readTombstones,
  setAsideEntry,
  sortKeys,
  type SetAsideEntry,
  type Tombstones,
} from '../storage/sync';
import type { Assessment } from './model';
import { codeFromCodeOrLabel, isAnswerCode, type AnswerCode } from './scales';
import type { TeamMember } from './team';
import { isUnnamed, personKey } from './team-names';

/**
 * The storage key (team-round-peek.ts has the same, for the page before this code loads; a unit
 * test keeps them equal). This module imports nothing the tool page's own chunk holds, so the
 * round's code loads as one chunk of its own instead of splitting the page's code.
 */
export const TEAM_STORAGE_KEY = 'laeringskatalog:selvtjek-team';
export const TEAM_STATE_VERSION = 1;

/** The local calendar date of a moment as YYYY-MM-DD (as model.ts's localIsoDate). */
export function localDay(d: Date): string {
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A random id that works without a secure context (as model.ts's newId). */
export function newId(): string {
  const bytes = new Uint8Array(9);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('');
}
/** Name of a round nobody named. */
export const DEFAULT_ROUND_NAME = 'Teamrunde';
/** How the lead is named in her own round until she writes her name. */
export const DEFAULT_OWN_NAME = 'Teamleder';
const MAX_ID = 200;
/** More answers or notes than this in one contribution is not something the tool wrote. */
const MAX_KEYS = 1000;

export type ContributionSource = 'fil' | 'link';

/** One colleague's answers in a round. */
export interface Contribution {
  /** The contribution's own id in the round (a new one each time something is added). */
  id: string;
  /** The person, as the round shows them. */
  name: string;
  /** The day of the colleague's assessment (a share link: the day it was added), YYYY-MM-DD. */
  date: string;
  source: ContributionSource;
  /** The id of the colleague's assessment, from a file: the same file (or a later export of it) again is the same person. */
  assessmentId?: string;
  answers: Record<string, AnswerCode>;
  /** A share link carries no notes. */
  notes: Record<string, string>;
  /** When the lead added it (ms). */
  addedAt: number;
  /** When it last changed (ms): added, or renamed. */
  changedAt: number;
}

/** The round's own fields, each with its change time. */
export type RoundField = 'name' | 'date' | 'withOwn' | 'ownName';

export interface TeamRound {
  id: string;
  /** Id of the tjekliste content entry. */
  checklist: string;
  name: string;
  /** YYYY-MM-DD in 2000–2099. */
  date: string;
  /** Whether the lead's own assessment (the one her page shows) is in the round. */
  withOwn: boolean;
  /** The lead's name in the round; empty: DEFAULT_OWN_NAME. */
  ownName: string;
  /** When each of the round's own fields last changed (ms). */
  stamps: Partial<Record<RoundField, number>>;
  /** In the order they were added. */
  contributions: Contribution[];
  /** Removed contribution ids → when (ms). */
  removed: Tombstones;
}

export interface TeamState {
  rounds: TeamRound[];
  /** The round this tab shows; each tab keeps its own when merging. */
  activeId: string | null;
  /** Deleted round ids (and removed set-aside keys) → when (ms). */
  deleted: Tombstones;
  /** Stored data that could not be read, kept as it was until the user removes it. */
  setAside: SetAsideEntry[];
}

export function emptyTeamState(): TeamState {
  return { rounds: [], activeId: null, deleted: {}, setAside: [] };
}

/** A new round of a checklist dated today, the lead's own answers in it. */
export function createRound(checklist: string, now: number, options: { id?: string; name?: string } = {}): TeamRound {
  return {
    id: options.id ?? newId(),
    checklist,
    name: options.name?.trim() || DEFAULT_ROUND_NAME,
    date: localDay(new Date(now)),
    withOwn: true,
    ownName: '',
    stamps: { name: now, date: now, withOwn: now, ownName: now },
    contributions: [],
    removed: {},
  };
}

// --- reading what is stored ---------------------------------------------------------------------

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const isId = (x: unknown): x is string => typeof x === 'string' && x !== '' && x.length <= MAX_ID;
const isText = (x: unknown): x is string => typeof x === 'string' && x.length <= STORED_TEXT_MAX;

/** How a contribution that could not be read is set aside: with its round, so it can go back. */
export interface AsideContribution {
  teamRound: string;
  checklist: string;
  contribution: unknown;
}
const isAsideContribution = (x: unknown): x is AsideContribution => isObj(x) && isId(x.teamRound) && isId(x.checklist) && 'contribution' in x;

export type ContributionRead = { ok: true; contribution: Contribution; repairs: string[] } | { ok: false; label: string; reason: string };

/** A name to show for stored data that may not be a contribution at all. */
export function contributionLabel(x: unknown): string {
  if (isObj(x) && typeof x.name === 'string' && x.name.trim()) return x.name.trim().slice(0, 80);
  return 'Uden navn';
}

/**
 * Reads one stored contribution. Repairs only what is safe (a two-digit year, a label instead of
 * an answer code, a missing time); anything else wrong makes it unreadable, with a Danish reason.
 */
export function readContribution(x: unknown, fallbackTime: number): ContributionRead {
  const label = contributionLabel(x);
  const fail = (reason: string): ContributionRead => ({ ok: false, label, reason });
  if (!isObj(x)) return fail('Det er ikke en kollegas svar.');
  if (!isId(x.id)) return fail('Bidraget har intet gyldigt id.');
  if (!isText(x.name)) return fail('Navnet kan ikke læses.');
  const date = repairDate(x.date);
  if (!date) return fail('Datoen kan ikke læses.');
  const repairs = date.repaired ? [`Datoen på »${label}« var gemt med året ${String(x.date).slice(0, 4)} og er rettet til ${danishDate(date.value)}.`] : [];
  if (x.source !== undefined && x.source !== 'fil' && x.source !== 'link') return fail('Det fremgår ikke, om svarene kom fra en fil eller et link.');
  if (!isObj(x.answers) || Object.keys(x.answers).length > MAX_KEYS) return fail('Svarene kan ikke læses.');
  const answers: Record<string, AnswerCode> = {};
  for (const [q, v] of Object.entries(x.answers)) {
    const code = isAnswerCode(v) ? v : codeFromCodeOrLabel(v);
    if (!code) return fail('Et af svarene er ikke en af svarmulighederne.');
    answers[q] = code;
  }
  const notes: Record<string, string> = {};
  if (x.notes !== undefined) {
    if (!isObj(x.notes) || Object.keys(x.notes).length > MAX_KEYS) return fail('Noterne kan ikke læses.');
    for (const [q, n] of Object.entries(x.notes)) {
      if (!isText(n)) return fail('En note kan ikke læses.');
      if (n !== '') notes[q] = n;
    }
  }
  if (x.assessmentId !== undefined && !isId(x.assessmentId)) return fail('Bidraget har intet gyldigt id.');
  const addedAt = isTime(x.addedAt) ? x.addedAt : fallbackTime;
  const changedAt = isTime(x.changedAt) ? Math.max(x.changedAt, addedAt) : addedAt;
  const contribution: Contribution = {
    id: x.id,
    name: x.name,
    date: date.value,
    source: x.source === 'link' ? 'link' : 'fil',
    ...(isId(x.assessmentId) ? { assessmentId: x.assessmentId } : {}),
    answers,
    notes,
    addedAt,
    changedAt,
  };
  return { ok: true, contribution, repairs };
}

export type RoundRead =
  | { ok: true; round: TeamRound; repairs: string[]; setAside: SetAsideEntry[] }
  | { ok: false; label: string; reason: string };

/**
 * Reads one stored round. Without an id or a checklist it is not a round and is set aside whole;
 * an unreadable name or date gets the default (and says so); every contribution is read on its
 * own, and one that cannot be read is set aside with its round's id.
 */
export function readRound(x: unknown, fallbackTime: number): RoundRead {
  const label = isObj(x) && typeof x.name === 'string' && x.name.trim() ? x.name.trim().slice(0, 80) : DEFAULT_ROUND_NAME;
  if (!isObj(x)) return { ok: false, label, reason: 'Det er ikke en teamrunde.' };
  if (!isId(x.id)) return { ok: false, label, reason: 'Teamrunden har intet gyldigt id.' };
  if (!isId(x.checklist)) return { ok: false, label, reason: 'Det fremgår ikke, hvilken tjekliste teamrunden hører til.' };
  const repairs: string[] = [];
  const setAside: SetAsideEntry[] = [];
  let name = DEFAULT_ROUND_NAME;
  if (isText(x.name)) name = x.name;
  else if (x.name !== undefined) repairs.push(`Navnet på en teamrunde kunne ikke læses; den hedder nu »${DEFAULT_ROUND_NAME}«.`);
  const fallbackDate = localDay(new Date(fallbackTime));
  const d = repairDate(x.date);
  let date = d?.value ?? fallbackDate;
  if (d?.repaired) repairs.push(`Datoen på teamrunden »${name}« var gemt med året ${String(x.date).slice(0, 4)} og er rettet til ${danishDate(date)}.`);
  if (!d) {
    date = fallbackDate;
    repairs.push(`Datoen på teamrunden »${name}« kunne ikke læses og er sat til ${danishDate(date)}.`);
  }
  const stamps: Partial<Record<RoundField, number>> = {};
  const storedStamps = isObj(x.stamps) ? x.stamps : {};
  for (const k of ['name', 'date', 'withOwn', 'ownName'] as const) {
    const t = storedStamps[k];
    stamps[k] = isTime(t) ? t : fallbackTime;
  }
  const contributions: Contribution[] = [];
  const removed = readTombstones(x.removed);
  const [id, checklist] = [x.id, x.checklist];
  const aside = (raw: unknown) => setAside.push(setAsideEntry({ teamRound: id, checklist, contribution: raw } satisfies AsideContribution));
  if (Array.isArray(x.contributions)) {
    for (const c of x.contributions) {
      const r = readContribution(c, fallbackTime);
      if (!r.ok) aside(c);
      else if (!Object.hasOwn(removed, r.contribution.id)) {
        repairs.push(...r.repairs);
        contributions.push(r.contribution);
      }
    }
  } else if (x.contributions !== undefined) aside(x.contributions);
  const round: TeamRound = {
    id: x.id,
    checklist: x.checklist,
    name,
    date,
    withOwn: typeof x.withOwn === 'boolean' ? x.withOwn : true,
    ownName: isText(x.ownName) ? x.ownName : '',
    stamps,
    contributions: uniteContributions(contributions, []),
    removed,
  };
  return { ok: true, round, repairs, setAside };
}

/**
 * Reads stored team data. Never throws: each round (and each contribution in it) is read on its
 * own; whatever cannot be read is set aside and the rest loads as usual. Contributions set aside
 * before are tried again and go back to their round when they can be read now.
 */
export function decodeTeamState(data: unknown, _from: number, savedAt: number | null, now: () => number = Date.now): Decoded<TeamState> {
  const fallbackTime = savedAt ?? now();
  const state = emptyTeamState();
  const repairs: string[] = [];
  const setAside: SetAsideEntry[] = [];
  if (!isObj(data)) return { value: { ...state, setAside: [setAsideEntry(data)] }, repairs };
  state.deleted = readTombstones(data.deleted);
  if (typeof data.activeId === 'string') state.activeId = data.activeId;
  let candidates: unknown[] = [];
  if (Array.isArray(data.rounds)) candidates = data.rounds;
  else if (data.rounds !== undefined) setAside.push(setAsideEntry(data.rounds));

  const byKey = new Map<string, TeamRound>();
  for (const c of candidates) {
    const r = readRound(c, fallbackTime);
    if (!r.ok) {
      setAside.push(setAsideEntry(c));
      continue;
    }
    repairs.push(...r.repairs);
    setAside.push(...r.setAside);
    const key = roundKey(r.round);
    const seen = byKey.get(key);
    byKey.set(key, seen ? mergeRounds(seen, r.round) : r.round);
  }
  for (const entry of readSetAside(data.setAside)) {
    const raw = entry.raw;
    const round = isAsideContribution(raw) ? byKey.get(`${raw.checklist}\n${raw.teamRound}`) : undefined;
    const back = round ? readContribution((raw as AsideContribution).contribution, fallbackTime) : null;
    if (round && back?.ok && !Object.hasOwn(round.removed, back.contribution.id) && !Object.hasOwn(state.deleted, entry.key)) {
      byKey.set(roundKey(round), { ...round, contributions: uniteContributions(round.contributions, [back.contribution]) });
    } else setAside.push(entry);
  }
  state.rounds = [...byKey.values()].filter((r) => !Object.hasOwn(state.deleted, r.id));
  state.setAside = mergeSetAside(setAside, [], state.deleted);
  return { value: state, repairs };
}

/** Stored text that is not data at all: set aside whole, so the rounds start empty and keep it. */
export function unreadableTeamState(raw: string): TeamState {
  return { ...emptyTeamState(), setAside: [setAsideEntry(raw)] };
}

export function createTeamStore(storage: StorageLike, now?: () => Date): Store<TeamState> {
  return createStore<TeamState>({
    key: TEAM_STORAGE_KEY,
    version: TEAM_STATE_VERSION,
    decode: (data, from, savedAt) => decodeTeamState(data, from, savedAt, now ? () => now().getTime() : Date.now),
    unreadable: unreadableTeamState,
    storage,
    ...(now ? { now } : {}),
  });
}

// --- merging two tabs' versions -----------------------------------------------------------------

/** Rounds are told apart by checklist and id (ids are random, so in practice by id). */
const roundKey = (r: TeamRound) => `${r.checklist}\n${r.id}`;
const later = <T>(a: [number, T], b: [number, T]): [number, T] => (a[0] !== b[0] ? (a[0] > b[0] ? a : b) : canonical(a[1]) >= canonical(b[1]) ? a : b);

/** Contributions united by id (the newest version of each; equal times settled by content), in the order they were added. */
function uniteContributions(a: readonly Contribution[], b: readonly Contribution[], removed: Tombstones = {}): Contribution[] {
  const byId = new Map<string, Contribution>();
  for (const c of [...a, ...b]) {
    if (Object.hasOwn(removed, c.id)) continue;
    const seen = byId.get(c.id);
    byId.set(c.id, seen ? later([seen.changedAt, seen], [c.changedAt, c])[1] : c);
  }
  return [...byId.values()].sort((x, y) => x.addedAt - y.addedAt || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}

/** Two versions of one round: each field the newest change, contributions united, removals final. */
export function mergeRounds(a: TeamRound, b: TeamRound): TeamRound {
  const field = <K extends RoundField>(k: K): [number, TeamRound[K]] => later([a.stamps[k] ?? 0, a[k]], [b.stamps[k] ?? 0, b[k]]);
  const [sn, name] = field('name');
  const [sd, date] = field('date');
  const [sw, withOwn] = field('withOwn');
  const [so, ownName] = field('ownName');
  const removed = mergeTombstones(a.removed, b.removed);
  return {
    id: a.id,
    checklist: a.checklist,
    name,
    date,
    withOwn,
    ownName,
    stamps: { name: sn, date: sd, withOwn: sw, ownName: so },
    contributions: uniteContributions(a.contributions, b.contributions, removed),
    removed,
  };
}

/** This tab's state merged with another version (what is in storage). The shown round stays this tab's own, if it still exists. */
export function mergeTeamState(local: TeamState, other: TeamState): TeamState {
  const deleted = mergeTombstones(local.deleted, other.deleted);
  const byKey = new Map<string, TeamRound>();
  for (const r of [...local.rounds, ...other.rounds]) {
    if (Object.hasOwn(deleted, r.id)) continue;
    const key = roundKey(r);
    const seen = byKey.get(key);
    byKey.set(key, seen ? mergeRounds(seen, r) : r);
  }
  const rounds = [...byKey.entries()].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)).map(([, r]) => r);
  const exists = (id: string | null) => id !== null && rounds.some((r) => r.id === id);
  return {
    rounds,
    activeId: exists(local.activeId) ? local.activeId : exists(other.activeId) ? other.activeId : null,
    deleted,
    setAside: mergeSetAside(local.setAside, other.setAside, deleted),
  };
}

// --- the rounds of one checklist ----------------------------------------------------------------

/** When a round last changed (ms). */
export function roundChanged(r: TeamRound): number {
  return Math.max(0, ...Object.values(r.stamps).filter((t): t is number => t !== undefined), ...r.contributions.map((c) => c.changedAt), ...Object.values(r.removed));
}

/** The rounds of a checklist, the most recently changed first. */
export function roundsOf(state: TeamState, checklist: string): TeamRound[] {
  return state.rounds.filter((r) => r.checklist === checklist).sort((a, b) => roundChanged(b) - roundChanged(a) || (a.id < b.id ? -1 : 1));
}

/** The round a tab shows of a checklist: the active one if it belongs to the checklist, else the latest. */
export function activeRoundOf(state: TeamState, checklist: string): TeamRound | undefined {
  const mine = roundsOf(state, checklist);
  return mine.find((r) => r.id === state.activeId) ?? mine[0];
}

// --- changes the lead makes ---------------------------------------------------------------------

/** Puts a round in the state (replacing one with its id) and shows it. */
export function putRound(state: TeamState, round: TeamRound): TeamState {
  return { ...state, rounds: [...state.rounds.filter((r) => r.id !== round.id), round], activeId: round.id };
}

function changeRound(state: TeamState, id: string, change: (r: TeamRound) => TeamRound): TeamState {
  return { ...state, rounds: state.rounds.map((r) => (r.id === id ? change(r) : r)) };
}

/** A stamp for a change now that is also later than the field's previous change. */
const stampFor = (r: TeamRound, k: RoundField, now: number) => Math.max(now, (r.stamps[k] ?? 0) + 1);

export function setRoundField<K extends RoundField>(state: TeamState, id: string, k: K, value: TeamRound[K], now: number): TeamState {
  return changeRound(state, id, (r) => ({ ...r, [k]: value, stamps: { ...r.stamps, [k]: stampFor(r, k, now) } }));
}

export function deleteRound(state: TeamState, id: string, now: number): TeamState {
  return {
    ...state,
    rounds: state.rounds.filter((r) => r.id !== id),
    activeId: state.activeId === id ? null : state.activeId,
    deleted: sortKeys({ ...state.deleted, [id]: now }),
  };
}

/** What a contribution is before it is added: everything but the bookkeeping. */
export type Candidate = Omit<Contribution, 'id' | 'addedAt' | 'changedAt'>;

export function addContribution(state: TeamState, roundId: string, c: Candidate, now: number, id: string = newId()): TeamState {
  return changeRound(state, roundId, (r) => ({ ...r, contributions: uniteContributions(r.contributions, [{ ...c, id, addedAt: now, changedAt: now }]) }));
}

export function removeContribution(state: TeamState, roundId: string, id: string, now: number): TeamState {
  return changeRound(state, roundId, (r) => ({ ...r, contributions: r.contributions.filter((c) => c.id !== id), removed: sortKeys({ ...r.removed, [id]: now }) }));
}

/** The new contribution in place of an earlier one of the same person (the earlier is removed for good). */
export function replaceContribution(state: TeamState, roundId: string, oldId: string, c: Candidate, now: number, id: string = newId()): TeamState {
  return addContribution(removeContribution(state, roundId, oldId, now), roundId, c, now, id);
}

export function renameContribution(state: TeamState, roundId: string, id: string, name: string, now: number): TeamState {
  return changeRound(state, roundId, (r) => ({
    ...r,
    contributions: r.contributions.map((c) => (c.id === id ? { ...c, name, changedAt: Math.max(now, c.changedAt + 1) } : c)),
  }));
}

/** Removes a set-aside entry for good (the user saved it as a file or added it again). */
export function removeTeamSetAside(state: TeamState, key: string, now: number): TeamState {
  return { ...state, setAside: state.setAside.filter((e) => e.key !== key), deleted: sortKeys({ ...state.deleted, [key]: now }) };
}

// --- who is in a round --------------------------------------------------------------------------

/** The lead's name in her round. */
export function ownNameOf(round: TeamRound): string {
  return round.ownName.trim() || DEFAULT_OWN_NAME;
}

/**
 * What adding a contribution would do: add it, or ask first because the same person is already in
 * the round (the same name, or the same assessment again), or tell that it is the lead's own
 * assessment, which is already in.
 */
export type ContributionPlan =
  | { kind: 'add' }
  | { kind: 'same-person'; existing: Contribution }
  | { kind: 'own' };

export function planContribution(round: TeamRound, c: Candidate, own?: Assessment): ContributionPlan {
  if (round.withOwn && own && c.assessmentId !== undefined && c.assessmentId === own.id) return { kind: 'own' };
  const existing = round.contributions.find((x) => (c.assessmentId !== undefined && x.assessmentId === c.assessmentId) || personKey(x.name) === personKey(c.name));
  return existing ? { kind: 'same-person', existing } : { kind: 'add' };
}

/** One person of the round as the team view and the report take them, with where their answers came from. */
export interface RoundPerson extends TeamMember {
  /** The contribution's id; `null` for the lead's own answers. */
  contribution: string | null;
  date: string;
  source: ContributionSource | 'egen';
}

/** Everyone in a round, the lead first (when her own answers are in), then the contributions as added. */
export function roundPeople(round: TeamRound, own: Assessment | undefined): RoundPerson[] {
  const lead: RoundPerson[] =
    round.withOwn && own ? [{ name: ownNameOf(round), answers: own.answers, notes: own.notes, contribution: null, date: own.date, source: 'egen' }] : [];
  return [...lead, ...round.contributions.map((c) => ({ name: c.name, answers: c.answers, notes: c.notes, contribution: c.id, date: c.date, source: c.source }))];
}

// --- what goes in ---------------------------------------------------------------------------------

/**
 * A colleague's exported assessment (as `parseImport` read it) as a contribution: the name they
 * gave it, or, when they left the default, the file's name (the lead can change it).
 */
export function candidateFromFile(a: Pick<Assessment, 'id' | 'name' | 'date' | 'answers' | 'notes'>, fileName: string): Candidate {
  const fromFile = fileName.replace(/\.json$/i, '').trim();
  return {
    name: isUnnamed(a.name) ? fromFile || a.name : a.name.trim(),
    date: a.date,
    source: 'fil',
    assessmentId: a.id,
    answers: { ...a.answers },
    notes: { ...a.notes },
  };
}

/** A colleague's share link (answers only) as a contribution, under the name the lead typed, dated the day it was added. */
export function candidateFromLink(name: string, answers: Record<string, AnswerCode>, now: number): Candidate {
  return { name: name.trim(), date: localDay(new Date(now)), source: 'link', answers: { ...answers }, notes: {} };
}

/** The part of a pasted text a share link decoder reads: what follows `#` (or the text itself). */
export function linkFragment(text: string): string {
  const t = text.trim();
  const at = t.indexOf('#');
  return at >= 0 ? t.slice(at + 1) : t;
}

/** A round's name as shown and printed (a name emptied by the lead reads as the default). */
export const roundNameOf = (r: Pick<TeamRound, 'name'>) => r.name.trim() || DEFAULT_ROUND_NAME;

// --- what was set aside ---------------------------------------------------------------------------

/**
 * The set-aside team data a checklist's page shows (its own, and what belongs to no known
 * checklist), each with a label and why it could not be read. A contribution set aside can be
 * saved as an export file (`teamSetAsideFile`), which »Vælg kollegernes filer« reads again.
 */
export function teamSetAsideOf(entries: readonly SetAsideEntry[], checklist: string, now: number): { entry: SetAsideEntry; label: string; reason: string }[] {
  return entries.flatMap((entry) => {
    const raw = entry.raw;
    if (isAsideContribution(raw)) {
      if (raw.checklist !== checklist) return [];
      const r = readContribution(raw.contribution, now);
      return [{ entry, label: contributionLabel(raw.contribution), reason: r.ok ? 'Svarene kan læses nu.' : r.reason }];
    }
    if (isObj(raw) && typeof raw.checklist === 'string' && raw.checklist !== checklist) return [];
    const r = readRound(raw, now);
    return [{ entry, label: r.ok ? roundNameOf(r.round) : isObj(raw) ? r.label : 'Data, der ikke kan læses', reason: r.ok ? 'Teamrunden kan læses nu.' : r.reason }];
  });
}

/** What a set-aside contribution looks like to the file import: the colleague's assessment, with its checklist. */
export function asideAsAssessment(entry: SetAsideEntry): SetAsideEntry {
  const raw = entry.raw;
  return isAsideContribution(raw) && isObj(raw.contribution) ? { key: entry.key, raw: { ...raw.contribution, checklist: raw.checklist } } : entry;
}
