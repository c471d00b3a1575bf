import {
  boundedText,
  idSchema,
  lazySchema,
  participantNameSchema,
  PARTICIPANT_LIMITS,
  requiredText,
  timestampSchema,
} from '@coproduce/core';
import * as z from 'zod/mini';

export const LIMITS = {
  title: 200,
  text: 2000,
  note: 1000,
  /** Who a decision was delegated to, or who decides when it is not ours. */
  who: 120,
  tag: 40,
  tags: 12,
  youSaid: 20,
  youSaidText: 1000,
  /** A log of decisions over many years: ten a week for twenty years is about 10,000. */
  decisions: 20000,
  history: 200,
} as const;

export const STATUSES = ['proposed', 'agreed', 'in-progress', 'done', 'not-possible'] as const;
export const METHODS = ['consensus', 'consent', 'vote', 'delegated', 'not-ours'] as const;
export const RESULTS = ['did', 'could-not'] as const;
/**
 * What a public board may show besides a decision's title, date, what was
 * decided and its status: each one only if chosen for that decision.
 */
export const BOARD_FIELDS = ['why', 'how', 'people', 'you-said', 'progress', 'outcome', 'review'] as const;

/** A calendar day, yyyy-mm-dd. */
export const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const daySchema = lazySchema(() => z.string().check(z.regex(DAY_PATTERN)));

/** What someone writes when recording a decision, and can correct later (the old words are kept). */
const detailsShape = lazySchema(() => {
  const count = z.int().check(z.gte(0), z.lte(1_000_000));
  return {
    title: requiredText(LIMITS.title),
    /** The day it was decided. */
    decidedOn: daySchema(),
    what: requiredText(LIMITS.text),
    why: boundedText(LIMITS.text),
    /** How it was decided; null in a public copy that does not show it. */
    how: z.nullable(
      z
        .object({
          method: z.enum(METHODS),
          /** Only for a vote. */
          votes: z.nullable(z.object({ for: count, against: count, abstained: count })),
          /** Who it was delegated to, or who does decide when it is not ours to decide. */
          who: boundedText(LIMITS.who),
        })
        .check(
          z.refine((how) => (how.method === 'vote') === (how.votes !== null), { message: 'Votes go with a vote only' }),
        ),
    ),
    /** Who took part: names only, never job titles. */
    people: z.array(participantNameSchema()).check(z.maxLength(PARTICIPANT_LIMITS.count)),
    /** The feedback or ideas it answers: quotes, or web addresses. */
    youSaid: z.array(requiredText(LIMITS.youSaidText)).check(z.maxLength(LIMITS.youSaid)),
    tags: z.array(requiredText(LIMITS.tag)).check(z.maxLength(LIMITS.tags)),
    reviewOn: z.nullable(daySchema()),
    /** Whether it shows on the public board, and which of the optional fields go with it. */
    board: z.object({ shown: z.boolean(), fields: z.array(z.enum(BOARD_FIELDS)) }),
  };
});

export const decisionDetailsSchema = lazySchema(() => z.object(detailsShape()));

/** One entry in a decision's history. Entries are only ever added. */
export const changeSchema = lazySchema(() =>
  z.discriminatedUnion('type', [
    z
      .object({
        type: z.literal('status'),
        status: z.enum(STATUSES),
        on: daySchema(),
        note: boundedText(LIMITS.note),
        at: timestampSchema(),
      })
      .check(
        z.refine((change) => change.status !== 'not-possible' || change.note.trim() !== '', {
          message: '“Not possible” needs a reason',
        }),
      ),
    z.object({
      type: z.literal('outcome'),
      result: z.enum(RESULTS),
      text: requiredText(LIMITS.text),
      on: daySchema(),
      at: timestampSchema(),
    }),
    z.object({
      type: z.literal('edited'),
      at: timestampSchema(),
      /** The details as they were before this correction. */
      before: decisionDetailsSchema(),
    }),
  ]),
);

export const decisionSchema = lazySchema(() =>
  z.object({
    id: idSchema(),
    ...detailsShape(),
    recordedAt: timestampSchema(),
    history: z.array(changeSchema()).check(
      z.minLength(1),
      z.maxLength(LIMITS.history),
      z.refine((history) => history[0]?.type === 'status', { message: 'A decision starts with its status' }),
    ),
  }),
);

/** The whole log, as stored, exported and set through `data`. Built on first use. */
export const decisionLogDocumentSchema = lazySchema(() =>
  z.object({ decisions: z.array(decisionSchema()).check(z.maxLength(LIMITS.decisions)) }).check(
    z.refine((doc) => new Set(doc.decisions.map((decision) => decision.id)).size === doc.decisions.length, {
      message: 'Ids must be unique',
    }),
  ),
);

export type DecisionLogDocument = z.infer<ReturnType<typeof decisionLogDocumentSchema>>;
export type Decision = DecisionLogDocument['decisions'][number];
export type DecisionDetails = z.infer<ReturnType<typeof decisionDetailsSchema>>;
export type Change = Decision['history'][number];
export type StatusChange = Extract<Change, { type: 'status' }>;
export type OutcomeChange = Extract<Change, { type: 'outcome' }>;
export type Status = (typeof STATUSES)[number];
export type Method = (typeof METHODS)[number];
export type Result = (typeof RESULTS)[number];
export type BoardField = (typeof BOARD_FIELDS)[number];
