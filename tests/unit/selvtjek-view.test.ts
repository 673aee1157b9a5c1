/** The Selvtjek island's view model and the rules its parts call (src/lib/selvtjek/view.ts, importing.ts, model.ts). */
import { describe, expect, it } from 'vitest';
import { buildChecklistView, questionAnchor, SITE_LINK_NOTE, type ChecklistData } from '../../src/lib/selvtjek/view';
import { activeOf, assessmentsOf, changeActive, createAssessment, emptyState, putAssessment, setAnswer, type SelvtjekState } from '../../src/lib/selvtjek/model';
import { addImported, planImport, replaceWithImported } from '../../src/lib/selvtjek/importing';
import { setAsideOf } from '../../src/lib/selvtjek/file';
import { setAsideEntry } from '../../src/lib/storage/sync';

const data = {
  titel: 'Tjek noget',
  kilde: '002',
  sider: '11',
  intro: ['Indledning.'],
  skala: 'ja-delvist-nej',
  raekkefoelge: 1,
  omraader: [
    {
      id: 'omr',
      titel: 'Område',
      spoergsmaal: [
        { id: 'q1', tekst: 'Spørgsmål 1?', underpunkter: [], anbefalinger: ['a1'], passager: [{ side: 'tema-1', anker: 'x', tekst: 'Passage', sitetsHenvisning: true }] },
        { id: 'q2', tekst: 'Spørgsmål 2?', underpunkter: ['u'], anbefalinger: [], passager: [] },
      ],
    },
  ],
} as unknown as ChecklistData;

describe('checklist view', () => {
  it('resolves recommendations to links with their explanation, and marks the site’s own passage links', async () => {
    const v = await buildChecklistView('tjek-noget', data, {
      cite: async (k, s) => `Kilde ${k}, s. ${s}`,
      entry: () => ({ titel: 'Anbefaling 1', side: 'tema-1', kilde: '002', sider: '7', tekst: ['Gør det.'], type: 'tiltag' }),
      link: (side, anker) => `/${side}/${anker ? `#${anker}` : ''}`,
    });
    expect(v.citation).toBe('Kilde 002, s. 11');
    const q1 = v.omraader[0]!.spoergsmaal[0]!;
    expect(q1.links[0]).toEqual({
      tekst: 'Anbefaling 1',
      href: '/tema-1/#a1',
      forklaring: { titel: 'Anbefaling 1', kilde: 'Kilde 002, s. 7', tekst: ['Gør det.'], punkter: [] },
      art: 'tiltag',
      // the checklist, not the source, pairs the question with the tiltag (002 s. 11 and 18)
      henvisning: '(sitets henvisning; kilden forbinder ikke spørgsmålet og tiltaget)',
    });
    expect(q1.links[1]).toEqual({ tekst: `Passage ${SITE_LINK_NOTE}`, href: '/tema-1/#x' });
    expect(questionAnchor('q1')).toBe('spoergsmaal-q1');
  });
});

describe('the assessments of one checklist', () => {
  const t0 = Date.parse('2027-03-01T10:00:00Z');
  const a = { ...createAssessment('c1', new Date(t0), { id: 'a' }) };
  const b = { ...createAssessment('c1', new Date(t0 + 1000), { id: 'b' }) };
  const other = createAssessment('c2', new Date(t0 + 2000), { id: 'o' });
  const state: SelvtjekState = { ...emptyState(), assessments: [a, b, other], activeId: 'o' };

  it('lists the checklist’s own, newest first, and shows the active one only if it is of the checklist', () => {
    expect(assessmentsOf(state, 'c1').map((x) => x.id)).toEqual(['b', 'a']);
    expect(activeOf(state, 'c1')?.id).toBe('b');
    expect(activeOf({ ...state, activeId: 'a' }, 'c1')?.id).toBe('a');
    expect(activeOf(state, 'c3')).toBeUndefined();
  });

  it('the first answer creates an assessment; later ones change the shown one', () => {
    const s1 = changeActive(emptyState(), 'c1', (x, now) => setAnswer(x, 'q1', 'ja', now), t0);
    expect(s1.assessments).toHaveLength(1);
    expect(s1.activeId).toBe(s1.assessments[0]!.id);
    const s2 = changeActive({ ...state, activeId: 'a' }, 'c1', (x, now) => setAnswer(x, 'q1', 'nej', now), t0 + 5000);
    expect(s2.assessments.find((x) => x.id === 'a')!.answers).toEqual({ q1: 'nej' });
    expect(s2.assessments).toHaveLength(3);
  });
});

describe('importing', () => {
  const report = { answersInFile: 1, kept: 1, dropped: [], notesDropped: 0, changes: [] };
  const mine = putAssessment(emptyState(), { ...createAssessment('c1', new Date(), { id: 'same' }), answers: { q1: 'ja' } });
  const incoming = { ...createAssessment('c1', new Date(), { id: 'same', name: 'Fra fil' }), answers: { q1: 'nej' as const } };

  it('asks when an assessment or set-aside data has the id, or when anything was dropped or changed', () => {
    expect(planImport(emptyState(), incoming, report).ask).toBe(false);
    expect(planImport(mine, incoming, report)).toMatchObject({ ask: true, conflict: { id: 'same' } });
    const aside = { ...emptyState(), setAside: [setAsideEntry({ id: 'same', answers: 7 })] };
    expect(planImport(aside, incoming, report)).toMatchObject({ ask: true, asideKey: aside.setAside[0]!.key });
    expect(planImport(emptyState(), incoming, { ...report, notesDropped: 1 }).ask).toBe(true);
  });

  it('as new keeps both (a new id when taken); replacing swaps the one with the id and removes the set-aside entry', () => {
    const both = addImported(mine, incoming, Date.now());
    expect(both.assessments).toHaveLength(2);
    expect(new Set(both.assessments.map((x) => x.id)).size).toBe(2);
    const aside = { ...mine, setAside: [setAsideEntry({ id: 'same', answers: 7 })] };
    const p = planImport(aside, incoming, report);
    const replaced = replaceWithImported(aside, p, Date.now() + 10);
    expect(replaced.assessments.map((x) => x.answers)).toEqual([{ q1: 'nej' }]);
    expect(replaced.setAside).toEqual([]);
  });
});

describe('set-aside data on a checklist’s page', () => {
  it('shows its own and those of no known checklist, never another checklist’s', () => {
    const entries = [setAsideEntry({ id: 'x', checklist: 'c1', answers: 1 }), setAsideEntry({ id: 'y', checklist: 'c2' }), setAsideEntry('ulæseligt')];
    const shown = setAsideOf(entries, 'c1', Date.now());
    expect(shown.map((s) => s.label)).toEqual(['x', 'Data, der ikke kan læses']);
    expect(shown[0]!.reason).toBe('Svarene kan ikke læses.');
    expect(shown[1]).toMatchObject({ importable: false, reason: 'Det er ikke data fra Selvtjek.' });
  });
});

describe('a question that is a recommendation', () => {
  it('links it as the source’s own pairing: no site note', async () => {
    const own = { ...data, omraader: [{ ...data.omraader[0]!, spoergsmaal: [{ ...data.omraader[0]!.spoergsmaal[0]!, anbefaling: 'a1', passager: [] }] }] } as ChecklistData;
    const v = await buildChecklistView('k', own, {
      cite: async () => 'K',
      entry: () => ({ titel: 'A', side: 's', kilde: '004', sider: '6', type: 'anbefaling' }),
      link: (side, anker) => `/${side}/#${anker}`,
    });
    expect(v.omraader[0]!.spoergsmaal[0]!.links).toEqual([{ tekst: 'A', href: '/s/#a1', forklaring: { titel: 'A', kilde: 'K', tekst: [], punkter: [] }, art: 'anbefaling' }]);
  });

  it('asked by its heading, the link says so (the action list then gives the heading once)', async () => {
    const q0 = data.omraader[0]!.spoergsmaal[0]!;
    const asked = { ...data, omraader: [{ ...data.omraader[0]!, spoergsmaal: [{ ...q0, tekst: 'A', anbefaling: 'a1', anbefalinger: ['a1', 'a2'], passager: [] }] }] } as ChecklistData;
    const v = await buildChecklistView('k', asked, {
      cite: async () => 'K',
      entry: (id) => ({ titel: id === 'a1' ? 'A' : 'B', side: 's', kilde: '004', sider: '6', type: 'anbefaling' }),
      link: (side, anker) => `/${side}/#${anker}`,
    });
    expect(v.omraader[0]!.spoergsmaal[0]!.links.map((l) => [l.tekst, l.isQuestion ?? false, l.henvisning ?? ''])).toEqual([
      ['A', true, ''],
      ['B', false, '(sitets henvisning; kilden forbinder ikke spørgsmålet og anbefalingen)'],
    ]);
  });
});
