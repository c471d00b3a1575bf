import {
  boundedText,
  idSchema,
  lazySchema,
  participantNameSchema,
  requiredText,
  timestampSchema,
} from '@coproduce/core';
import * as z from 'zod/mini';
import { isPresetId, STAGES } from './marks.js';

export const LIMITS = {
  markName: 120,
  markDescription: 400,
  notes: 5000,
  listItem: 300,
  idea: 300,
  roundLabel: 80,
} as const;

/** A score: a whole number from 1 to 10, or 'pass', which is a choice, not a low score. */
const buildScoreSchema = () => z.union([z.int().check(z.gte(1), z.lte(10)), z.literal('pass')]);

/** The checks for attributes: small, and needed on first render. */
const attributeSchemas = lazySchema(() => ({
  stage: z.enum(STAGES),
  mode: z.enum(['group', 'individual']),
}));

export const stageSchema = () => attributeSchemas().stage;
export const modeSchema = () => attributeSchemas().mode;

function uniqueIds(items: ReadonlyArray<{ id: string }>): boolean {
  return new Set(items.map((item) => item.id)).size === items.length;
}

/** The whole session, as stored, exported and set through `data`. Built on first use. */
export const markScorerDocumentSchema = lazySchema(() => {
  const score = buildScoreSchema();
  const { stage } = attributeSchemas();
  const participantName = participantNameSchema();
  const listItem = z.object({ id: idSchema(), text: requiredText(LIMITS.listItem) });

  const mark = z.object({
    id: idSchema(),
    stage,
    /** True for the marks we ship: they can be hidden but never removed. */
    preset: z.boolean(),
    /** The group's own wording; for a preset mark, unset means the catalogue wording. */
    name: z.optional(requiredText(LIMITS.markName)),
    description: z.optional(boundedText(LIMITS.markDescription)),
    hidden: z.boolean(),
    notes: boundedText(LIMITS.notes),
    ladders: z.array(listItem),
    snakes: z.array(listItem),
    /** The score the group agreed; null until they do. */
    agreed: z.nullable(score),
    /** Private scores in individual mode, by participant name. */
    individual: z.record(participantName, score),
    /**
     * Who has given a private score. In a live session the scores stay on each
     * person's own device until Reveal, so this is all the others (and the
     * server) know. Older copies have none.
     */
    answered: z._default(z.array(participantName), () => []),
    /** Whether the individual scores have been shown to the group. */
    revealed: z.boolean(),
  });

  const idea = z.object({
    id: idSchema(),
    text: requiredText(LIMITS.idea),
    stage,
    addedAt: timestampSchema(),
  });

  const round = z.object({
    id: idSchema(),
    label: requiredText(LIMITS.roundLabel),
    savedAt: timestampSchema(),
    /** Agreed score of each mark (by id) at the time; null if none yet. */
    scores: z.record(idSchema(), z.nullable(score)),
  });

  return z
    .object({
      marks: z.array(mark),
      ideas: z.array(idea),
      rounds: z.array(round),
      /** People the group added here; the `participants` attribute gives more. Older copies have none. */
      participants: z._default(z.array(participantNameSchema()), () => []),
      /** Who is not here today: not asked to score, and not counted as missing. */
      absent: z._default(z.array(participantNameSchema()), () => []),
    })
    .check(
      z.refine((doc) => uniqueIds(doc.marks) && uniqueIds(doc.ideas) && uniqueIds(doc.rounds), {
        message: 'Ids must be unique',
      }),
      z.refine((doc) => doc.marks.every((mark) => (mark.preset ? isPresetId(mark.id) : mark.name !== undefined)), {
        message: 'A preset mark needs a known id; a mark of the group’s own needs a name',
      }),
    );
});

export type MarkScorerDocument = z.infer<ReturnType<typeof markScorerDocumentSchema>>;
export type Mark = MarkScorerDocument['marks'][number];
export type Idea = MarkScorerDocument['ideas'][number];
export type Round = MarkScorerDocument['rounds'][number];
export type ListItem = Mark['ladders'][number];
export type Score = z.infer<ReturnType<typeof buildScoreSchema>>;
export type MarkScorerMode = z.infer<ReturnType<typeof modeSchema>>;
