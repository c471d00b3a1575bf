import { idSchema, lazySchema } from '@coproduce/core';
import * as z from 'zod/mini';

/**
 * The turns of a live session, as the facilitator's picker shares them with
 * every other screen: plain JSON, checked here on each device before it is
 * shown, and by the server (which imports this file, so only what core's
 * schemas give is used: no Lit, no DOM, no Yjs).
 */
export const TURNS_FORMAT = 'coproduce/icebreaker-turns';
export const TURNS_VERSION = 1;

const TURN_LIMITS = {
  groupSize: { min: 2, max: 200 },
  /** An icebreaker's 20 minutes per person, at most. */
  secondsEach: { min: 1, max: 1200 },
  /** A turn with every "+30 seconds" anyone would press. */
  leftMs: 24 * 60 * 60 * 1000,
} as const;

/** Where the turns are (see `Turns` in turn-timer.ts); `since` is on the server's clock. */
export const sharedTurnsSchema = lazySchema(() =>
  z
    .object({
      groupSize: z.int().check(z.gte(TURN_LIMITS.groupSize.min), z.lte(TURN_LIMITS.groupSize.max)),
      secondsEach: z.int().check(z.gte(TURN_LIMITS.secondsEach.min), z.lte(TURN_LIMITS.secondsEach.max)),
      index: z.int().check(z.gte(0)),
      leftMs: z.number().check(z.gte(0), z.lte(TURN_LIMITS.leftMs)),
      since: z.nullable(z.number().check(z.gte(0), z.lte(8.64e15))),
    })
    .check(
      z.refine((turns) => turns.index < turns.groupSize, {
        message: 'The turn must be one of the group’s',
        path: ['index'],
      }),
    ),
);

/** The shared document's data: the turns (null when none run), whether everyone has had one, and the icebreaker on screen. */
export const turnsDocumentSchema = lazySchema(() =>
  z.object({
    turns: z.nullable(sharedTurnsSchema()),
    finished: z.boolean(),
    icebreaker: z.nullable(idSchema()),
  }),
);

export type TurnsDocument = z.infer<ReturnType<typeof turnsDocumentSchema>>;
