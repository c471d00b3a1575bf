import { boundedText, idSchema, requiredText, timestampSchema } from '@coproduce/core';
import * as z from 'zod/mini';
import { isPresetId, STAGES } from './marks.js';

export const LIMITS = {
  markName: 120,
  markDescription: 400,
  notes: 5000,
  listItem: 300,
  idea: 300,
  roundLabel: 80,
  participantName: 60,
  participants: 40,
} as const;

export const stageSchema = z.enum(STAGES);
export const modeSchema = z.enum(['group', 'individual']);

/** A score: a whole number from 1 to 10, or 'pass', which is a choice, not a low score. */
export const scoreSchema = z.union([z.int().check(z.gte(1), z.lte(10)), z.literal('pass')]);

const listItemSchema = z.object({ id: idSchema, text: requiredText(LIMITS.listItem) });

export const participantNameSchema = requiredText(LIMITS.participantName);

export const markSchema = z.object({
  id: idSchema,
  stage: stageSchema,
  /** True for the marks we ship: they can be hidden but never removed. */
  preset: z.boolean(),
  /** The group's own wording; for a preset mark, unset means the catalogue wording. */
  name: z.optional(requiredText(LIMITS.markName)),
  description: z.optional(boundedText(LIMITS.markDescription)),
  hidden: z.boolean(),
  notes: boundedText(LIMITS.notes),
  ladders: z.array(listItemSchema),
  snakes: z.array(listItemSchema),
  /** The score the group agreed; null until they do. */
  agreed: z.nullable(scoreSchema),
  /** Private scores in individual mode, by participant name. */
  individual: z.record(participantNameSchema, scoreSchema),
  /** Whether the individual scores have been shown to the group. */
  revealed: z.boolean(),
});

export const ideaSchema = z.object({
  id: idSchema,
  text: requiredText(LIMITS.idea),
  stage: stageSchema,
  addedAt: timestampSchema,
});

export const roundSchema = z.object({
  id: idSchema,
  label: requiredText(LIMITS.roundLabel),
  savedAt: timestampSchema,
  /** Agreed score of each mark (by id) at the time; null if none yet. */
  scores: z.record(idSchema, z.nullable(scoreSchema)),
});

function uniqueIds(items: ReadonlyArray<{ id: string }>): boolean {
  return new Set(items.map((item) => item.id)).size === items.length;
}

export const markScorerDocumentSchema = z
  .object({
    marks: z.array(markSchema),
    ideas: z.array(ideaSchema),
    rounds: z.array(roundSchema),
  })
  .check(
    z.refine((doc) => uniqueIds(doc.marks) && uniqueIds(doc.ideas) && uniqueIds(doc.rounds), {
      message: 'Ids must be unique',
    }),
    z.refine((doc) => doc.marks.every((mark) => (mark.preset ? isPresetId(mark.id) : mark.name !== undefined)), {
      message: 'A preset mark needs a known id; a mark of the group’s own needs a name',
    }),
  );

export type Score = z.infer<typeof scoreSchema>;
export type Mark = z.infer<typeof markSchema>;
export type Idea = z.infer<typeof ideaSchema>;
export type Round = z.infer<typeof roundSchema>;
export type ListItem = Mark['ladders'][number];
export type MarkScorerDocument = z.infer<typeof markScorerDocumentSchema>;
export type MarkScorerMode = z.infer<typeof modeSchema>;
