import { describe, expect, it } from 'vitest';
import { readContent } from '../helpers/content-files';
import { tjeklisteSchema } from '../../src/content/schemas';
import { actionList, questionIds, type ChecklistLike } from '../../src/lib/selvtjek/scoring';
import { decodeShare, encodeShare } from '../../src/lib/selvtjek/share';
import { GAP_CODES, SCALE_CODES } from '../../src/lib/selvtjek/scales';

// The real checklists in src/content/tjeklister fit the Selvtjek modules as they are.
const root = new URL('../..', import.meta.url).pathname;
const { catalog } = readContent(root);
const titleOf = (id: string) => String(catalog.anbefalinger!.find((a) => a.id === id)!.data.titel);
// Questions that are recommendations take the recommendation's heading, as the build does.
const checklists: ChecklistLike[] = (catalog.tjeklister ?? []).map((e) => {
  const t = tjeklisteSchema.parse(e.data);
  return {
    ...t,
    id: e.id,
    omraader: t.omraader.map((o) => ({ ...o, spoergsmaal: o.spoergsmaal.map((q) => ({ ...q, tekst: q.tekst ?? titleOf(q.anbefaling!) })) })),
  };
});

describe('Selvtjek on the real checklists', () => {
  it('finds the checklists', () => {
    expect(checklists.length).toBeGreaterThanOrEqual(3);
  });

  for (const checklist of checklists) {
    it(`${checklist.id}: unique question ids, a full action list and a short share link`, async () => {
      const ids = questionIds(checklist);
      expect(new Set(ids).size).toBe(ids.length);

      const gap = GAP_CODES[checklist.skala][0];
      const allGaps = Object.fromEntries(ids.map((id) => [id, gap]));
      const list = actionList(checklist, allGaps);
      expect(list.map((i) => i.question.id)).toEqual(ids);
      const questions = checklist.omraader.flatMap((a) => a.spoergsmaal);
      list.forEach((item, i) => {
        expect(item.anbefalinger).toEqual(questions[i]?.anbefalinger ?? []);
        expect(item.passager).toEqual(questions[i]?.passager ?? []);
      });

      const full = Object.fromEntries(ids.map((id, i) => [id, SCALE_CODES[checklist.skala][i % SCALE_CODES[checklist.skala].length]]));
      const link = await encodeShare(checklist.id, ids, full);
      expect(link.length).toBeLessThan(100);
      expect(await decodeShare(link, checklist.id, ids)).toEqual({ ok: true, answers: full });
    });
  }
});
