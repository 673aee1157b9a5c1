/**
 * The stored assessment as a zod schema: the reference the hand-written `isAssessment` in
 * model.ts is tested against (tests/unit/properties-selvtjek.test.ts). Not loaded by the tool.
 */
import * as z from 'zod/mini';
import { STORED_TEXT_MAX, isDateInRange, isIsoTimeInRange, isTime } from '../storage/fields';
import { MAX_ID } from './model';
import { ANSWER_CODES } from './scales';

export const answerCodeSchema = z.enum(ANSWER_CODES);
const timeSchema = z.number().check(z.refine(isTime, 'skal være et tidspunkt'));

export const assessmentSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(MAX_ID)),
  checklist: z.string().check(z.minLength(1), z.maxLength(MAX_ID)),
  name: z.string().check(z.maxLength(STORED_TEXT_MAX)),
  date: z.string().check(z.refine(isDateInRange, 'skal være en dato som 2027-03-14')),
  answers: z.record(z.string(), answerCodeSchema),
  notes: z.record(z.string(), z.string().check(z.maxLength(STORED_TEXT_MAX))),
  updatedAt: z.string().check(z.refine(isIsoTimeInRange, 'skal være et tidspunkt')),
  exportedAt: z.optional(z.string().check(z.refine(isIsoTimeInRange, 'skal være et tidspunkt'))),
  stamps: z.optional(z.record(z.string(), timeSchema)),
  fingerprints: z.optional(z.record(z.string(), z.string().check(z.regex(/^[0-9a-f]{8}$/)))),
});
