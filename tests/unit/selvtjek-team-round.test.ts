import { describe, expect, it } from 'vitest';
import {
  DEFAULT_OWN_NAME,
  TEAM_STORAGE_KEY,
  activeRoundOf,
  addContribution,
  asideAsAssessment,
  candidateFromFile,
  candidateFromLink,
  createRound,
  createTeamStore,
  decodeTeamState,
  deleteRound,
  emptyTeamState,
  linkFragment,
  mergeTeamState,
  planContribution,
  putRound,
  removeContribution,
  renameContribution,
  replaceContribution,
  roundNameOf,
  roundPeople,
  roundsOf,
  setRoundField,
  teamSetAsideOf,
  type Candidate,
  type TeamState,
} from '../../src/lib/selvtjek/team-round';
import { TEAM_STORAGE_KEY as PEEKED_KEY, peekRounds } from '../../src/lib/selvtjek/team-round-peek';
import { isUnnamed, nameSlug, personKey } from '../../src/lib/selvtjek/team-names';
import { DEFAULT_NAME, createAssessment } from '../../src/lib/selvtjek/model';
import { IMPORTED_NAME, parseImport, setAsideFile } from '../../src/lib/selvtjek/file';
import { MemoryStorage } from '../helpers/memory-storage';

const T0 = Date.UTC(2027, 2, 1, 9);
const CL = 'tjek-jobcentrets-beredskab';
const anne: Candidate = { name: 'Anne Ærø', date: '2027-02-26', source: 'fil', assessmentId: 'a1', answers: { q1: 'ja', q2: 'nej' }, notes: { q2: 'Ingen for-forløb' } };
const bo: Candidate = { name: 'Bo', date: '2027-02-27', source: 'fil', assessmentId: 'b1', answers: { q1: 'nej' }, notes: {} };

/** A state with one round of the checklist holding Anne. */
function withAnne(): { state: TeamState; id: string } {
  const r = createRound(CL, T0, { id: 'r1', name: 'Teammøde marts' });
  return { state: addContribution(putRound(emptyTeamState(), r), 'r1', anne, T0 + 1, 'c-anne'), id: 'r1' };
}

describe('team round: changes', () => {
  it('a new round is dated today, named, with the lead\'s own answers in', () => {
    const r = createRound(CL, T0);
    expect(r).toMatchObject({ checklist: CL, name: 'Teamrunde', date: '2027-03-01', withOwn: true, ownName: '', contributions: [] });
    expect(roundNameOf({ name: '  ' })).toBe('Teamrunde');
  });

  it('contributions are added in order, renamed, removed for good, replaced', () => {
    const { state } = withAnne();
    let s = addContribution(state, 'r1', bo, T0 + 2, 'c-bo');
    expect(activeRoundOf(s, CL)!.contributions.map((c) => c.name)).toEqual(['Anne Ærø', 'Bo']);
    s = renameContribution(s, 'r1', 'c-bo', 'Bo Østergaard', T0 + 3);
    expect(activeRoundOf(s, CL)!.contributions[1]).toMatchObject({ name: 'Bo Østergaard', addedAt: T0 + 2, changedAt: T0 + 3 });
    s = replaceContribution(s, 'r1', 'c-anne', { ...anne, date: '2027-03-01' }, T0 + 4, 'c-anne-2');
    const r = activeRoundOf(s, CL)!;
    expect(r.contributions.map((c) => [c.id, c.date])).toEqual([['c-bo', '2027-02-27'], ['c-anne-2', '2027-03-01']]);
    expect(r.removed).toEqual({ 'c-anne': T0 + 4 });
    s = removeContribution(s, 'r1', 'c-bo', T0 + 5);
    expect(activeRoundOf(s, CL)!.contributions.map((c) => c.id)).toEqual(['c-anne-2']);
  });

  it('the round\'s fields change with a stamp later than before; deleting a round leaves a tombstone', () => {
    const { state } = withAnne();
    const s = setRoundField(setRoundField(state, 'r1', 'withOwn', false, T0), 'r1', 'ownName', 'Lise', T0);
    const r = activeRoundOf(s, CL)!;
    expect([r.withOwn, r.ownName]).toEqual([false, 'Lise']);
    expect(r.stamps.withOwn).toBeGreaterThan(T0);
    const gone = deleteRound(s, 'r1', T0 + 9);
    expect(roundsOf(gone, CL)).toEqual([]);
    expect(gone.deleted).toEqual({ r1: T0 + 9 });
    expect(gone.activeId).toBeNull();
  });

  it('the shown round is this checklist\'s active one, else its latest', () => {
    let s = putRound(emptyTeamState(), createRound(CL, T0, { id: 'old' }));
    s = putRound(s, createRound(CL, T0 + 10, { id: 'new' }));
    s = putRound(s, createRound('anden-tjekliste', T0 + 20, { id: 'other' }));
    expect(activeRoundOf(s, CL)!.id).toBe('new');
    expect(activeRoundOf({ ...s, activeId: 'old' }, CL)!.id).toBe('old');
    expect(roundsOf(s, CL).map((r) => r.id)).toEqual(['new', 'old']);
  });
});

describe('team round: who is in', () => {
  it('the same person again (by name, whatever the case and spaces, or the same assessment) is a question', () => {
    const r = activeRoundOf(withAnne().state, CL)!;
    expect(planContribution(r, bo)).toEqual({ kind: 'add' });
    expect(planContribution(r, { ...bo, name: '  anne   ærø ' })).toMatchObject({ kind: 'same-person', existing: { id: 'c-anne' } });
    expect(planContribution(r, { ...bo, assessmentId: 'a1' })).toMatchObject({ kind: 'same-person', existing: { id: 'c-anne' } });
  });

  it('the lead\'s own exported assessment is her own, already in (unless she left herself out)', () => {
    const own = { ...createAssessment(CL, new Date(T0)), id: 'own-1' };
    const r = activeRoundOf(withAnne().state, CL)!;
    expect(planContribution(r, { ...bo, assessmentId: 'own-1' }, own)).toEqual({ kind: 'own' });
    expect(planContribution({ ...r, withOwn: false }, { ...bo, assessmentId: 'own-1' }, own)).toEqual({ kind: 'add' });
  });

  it('the people: the lead first under her name in the round (or »Teamleder«), then the colleagues as added', () => {
    const own = { ...createAssessment(CL, new Date(T0), { name: 'Min vurdering' }), answers: { q1: 'delvist' as const }, notes: { q1: 'Min note' } };
    const r = activeRoundOf(withAnne().state, CL)!;
    expect(roundPeople(r, own).map((p) => [p.name, p.source, p.notes?.q1 ?? p.notes?.q2])).toEqual([
      [DEFAULT_OWN_NAME, 'egen', 'Min note'],
      ['Anne Ærø', 'fil', 'Ingen for-forløb'],
    ]);
    expect(roundPeople({ ...r, ownName: ' Lise ' }, own)[0]!.name).toBe('Lise');
    expect(roundPeople({ ...r, withOwn: false }, own).map((p) => p.name)).toEqual(['Anne Ærø']);
    expect(roundPeople(r, undefined).map((p) => p.name)).toEqual(['Anne Ærø']);
  });

  it('a file names the person by the assessment\'s name, or by the file\'s name when the tool gave the name', () => {
    const a = { id: 'x1', name: 'Bo Østergaard', date: '2027-03-01', answers: { q1: 'ja' as const }, notes: {} };
    expect(candidateFromFile(a, 'selvtjek-x.json')).toMatchObject({ name: 'Bo Østergaard', assessmentId: 'x1', source: 'fil' });
    expect(candidateFromFile({ ...a, name: 'Min vurdering' }, 'Bos svar.json').name).toBe('Bos svar');
    expect(candidateFromFile({ ...a, name: 'Vurdering 2' }, 'Bos svar.JSON').name).toBe('Bos svar');
  });

  it('a share link carries no name or notes: the lead\'s name for it, dated the day it is added', () => {
    expect(candidateFromLink(' Carl ', { q1: 'nej' }, T0)).toEqual({ name: 'Carl', date: '2027-03-01', source: 'link', answers: { q1: 'nej' }, notes: {} });
    expect(linkFragment(' https://kommune.dk/tjek/x/#svar=AbC ')).toBe('svar=AbC');
    expect(linkFragment('svar=AbC')).toBe('svar=AbC');
  });

  it('names: what the tool gave is no one\'s name; compared as people write them; ASCII for files', () => {
    for (const n of [DEFAULT_NAME, IMPORTED_NAME, ' min  VURDERING ', 'Vurdering 12', '', 'Fra delt link']) expect(isUnnamed(n), n).toBe(true);
    for (const n of ['Anne', 'Vurdering marts', 'Teammøde 2']) expect(isUnnamed(n), n).toBe(false);
    expect(personKey('  Åse\u0020\u0020Ærø ')).toBe(personKey('åse ærø'));
    expect(personKey('A\u030Ase')).toBe(personKey('Åse'));
    expect(nameSlug('Åse Ærø-Øster!')).toBe('aase-aeroe-oester');
    expect(nameSlug('»«')).toBe('');
  });
});

describe('team round: stored', () => {
  it('save → load gives the state back; the page\'s peek sees the rounds of its checklist', () => {
    expect(PEEKED_KEY).toBe(TEAM_STORAGE_KEY);
    const storage = new MemoryStorage();
    const store = createTeamStore(storage, () => new Date(T0));
    const { state } = withAnne();
    expect(store.save(state)).toEqual({ ok: true });
    expect(store.load()).toEqual({ status: 'ok', value: state, repairs: [] });
    expect(peekRounds(storage.getItem(TEAM_STORAGE_KEY), CL)).toEqual({ rounds: [{ id: 'r1', name: 'Teammøde marts', date: '2027-03-01', contributions: 1 }], unreadable: false });
    expect(peekRounds(storage.getItem(TEAM_STORAGE_KEY), 'anden')).toEqual({ rounds: [], unreadable: false });
    expect(peekRounds(null, CL)).toEqual({ rounds: [], unreadable: false });
    expect(peekRounds('{ikke json', CL)).toEqual({ rounds: [], unreadable: true });
  });

  it('one bad contribution is set aside with its round; the others and the round load; a readable one goes back', () => {
    const { state } = withAnne();
    const stored = JSON.parse(JSON.stringify(state)) as { rounds: { contributions: unknown[] }[] };
    stored.rounds[0]!.contributions.push({ id: 'c-bad', name: 'Bo', date: '2027-02-27', answers: { q1: 'måske' } });
    const { value, repairs } = decodeTeamState(stored, 1, T0);
    expect(repairs).toEqual([]);
    expect(value.rounds[0]!.contributions.map((c) => c.id)).toEqual(['c-anne']);
    expect(value.setAside).toHaveLength(1);
    const [item] = teamSetAsideOf(value.setAside, CL, T0);
    expect(item).toMatchObject({ label: 'Bo', reason: 'Et af svarene er ikke en af svarmulighederne.' });
    expect(teamSetAsideOf(value.setAside, 'anden', T0)).toEqual([]);
    // Saved as a file, it is a colleague's export »Vælg kollegernes filer« reads (answers it can use kept).
    const file = setAsideFile(asideAsAssessment(value.setAside[0]!), { id: CL, titel: 'Tjek' });
    expect(file.importable).toBe(true);
    expect(parseImport(file.json, CL, ['q1'], { scale: 'ja-delvist-nej' })).toMatchObject({ ok: false });
    // Repaired by hand in storage, it goes back to its round on the next read.
    const aside = value.setAside[0]!;
    const fixed = { ...value, setAside: [{ ...aside, raw: { ...(aside.raw as object), contribution: { id: 'c-bad', name: 'Bo', date: '2027-02-27', answers: { q1: 'nej' }, addedAt: T0 + 2 } } }] };
    const again = decodeTeamState(JSON.parse(JSON.stringify(fixed)), 1, T0).value;
    expect(again.rounds[0]!.contributions.map((c) => c.id)).toEqual(['c-anne', 'c-bad']);
    expect(again.setAside).toEqual([]);
  });

  it('a round without an id is set aside whole; a bad name or date is repaired and said', () => {
    const { value, repairs } = decodeTeamState({ rounds: [{ checklist: CL, name: 'Uden id' }, { id: 'r2', checklist: CL, name: 7, date: '27-03-01', contributions: [] }] }, 1, T0);
    expect(value.rounds.map((r) => [r.id, r.name, r.date])).toEqual([['r2', 'Teamrunde', '2027-03-01']]);
    expect(value.setAside.map((e) => (e.raw as { name: string }).name)).toEqual(['Uden id']);
    expect(repairs).toEqual(['Navnet på en teamrunde kunne ikke læses; den hedder nu »Teamrunde«.', 'Datoen på teamrunden »Teamrunde« kunne ikke læses og er sat til 1. marts 2027.']);
    expect(teamSetAsideOf(value.setAside, CL, T0)[0]).toMatchObject({ label: 'Uden id', reason: 'Teamrunden har intet gyldigt id.' });
  });

  it('a two-digit year and answer labels are repaired; anything not data is set aside, and the rest starts empty', () => {
    const { value, repairs } = decodeTeamState({ rounds: [{ id: 'r', checklist: CL, date: '0027-03-01', contributions: [{ id: 'c', name: 'Anne', date: '0027-02-26', answers: { q1: 'Delvist' } }] }] }, 1, T0);
    expect(value.rounds[0]!.date).toBe('2027-03-01');
    expect(value.rounds[0]!.contributions[0]).toMatchObject({ date: '2027-02-26', answers: { q1: 'delvist' }, source: 'fil', addedAt: T0 });
    expect(repairs).toHaveLength(2);
    expect(decodeTeamState('tekst', 1, T0).value.setAside).toHaveLength(1);
    expect(decodeTeamState({ rounds: 'x' }, 1, T0).value).toMatchObject({ rounds: [], setAside: [{ raw: 'x' }] });
    const store = createTeamStore(Object.assign(new MemoryStorage(), {}), () => new Date(T0));
    expect(store.load()).toEqual({ status: 'empty' });
  });

  it('two tabs: fields newest-wins, contributions united, removals and deletions final whatever the order', () => {
    const { state } = withAnne();
    const a = addContribution(state, 'r1', bo, T0 + 5, 'c-bo');
    const b = setRoundField(removeContribution(state, 'r1', 'c-anne', T0 + 6), 'r1', 'name', 'Teammøde april', T0 + 6);
    for (const m of [mergeTeamState(a, b), mergeTeamState(b, a)]) {
      const r = m.rounds[0]!;
      expect(r.name).toBe('Teammøde april');
      expect(r.contributions.map((c) => c.id)).toEqual(['c-bo']);
    }
    // A round deleted in one tab is gone even if the other tab changed it later.
    const deleted = deleteRound(state, 'r1', T0 + 1);
    expect(mergeTeamState(a, deleted).rounds).toEqual([]);
    expect(mergeTeamState(deleted, a).rounds).toEqual([]);
    // Each tab keeps the round it shows.
    const other = putRound(state, createRound(CL, T0 + 7, { id: 'r2' }));
    expect(mergeTeamState(state, other).activeId).toBe('r1');
    expect(mergeTeamState(other, state).activeId).toBe('r2');
  });
});
