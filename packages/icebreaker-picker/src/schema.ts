import { idSchema, lazySchema, localisedSchema as localised, requiredText } from '@coproduce/core';
import * as z from 'zod/mini';

export const LIMITS = {
  title: 120,
  step: 400,
  steps: 10,
  note: 600,
  /** Icebreakers a host may add. */
  icebreakers: 500,
  minutesPerPerson: { min: 0.1, max: 20 },
  meetingMinutes: { min: 5, max: 600 },
  groupSize: { min: 2, max: 200 },
  budgetPercent: { min: 1, max: 50 },
  seed: 64,
} as const;

/** Where the meeting happens. `hybrid`: some in the room, some online. */
export const SETTINGS = ['in-person', 'online', 'hybrid'] as const;
export type Setting = (typeof SETTINGS)[number];

/** How much an icebreaker asks of people. `personal` is left out unless the host allows it. */
/**
 * How much an icebreaker asks of people. `light` and `neutral` openers are
 * offered by default; `feelings` (how people feel or how their day is going)
 * and `personal` (their life and history) only when the host allows personal ones.
 */
export const DEPTHS = ['light', 'neutral', 'feelings', 'personal'] as const;
export type Depth = (typeof DEPTHS)[number];

/** One icebreaker, as the built-ins are written and as a host adds its own (`icebreakers`, `src`). Built on first use. */
export const icebreakerSchema = lazySchema(() =>
  z.object({
    id: idSchema(),
    title: localised(requiredText(LIMITS.title)),
    /** What to do, in order, in plain language. */
    steps: localised(z.array(requiredText(LIMITS.step)).check(z.minLength(1), z.maxLength(LIMITS.steps))),
    /** Time each person needs; the whole icebreaker takes this times the group's size. */
    minutesPerPerson: z.number().check(z.gte(LIMITS.minutesPerPerson.min), z.lte(LIMITS.minutesPerPerson.max)),
    settings: z.array(z.enum(SETTINGS)).check(z.minLength(1)),
    depth: z.enum(DEPTHS),
    /** What it cannot work without. An icebreaker with a variant for cameras off, or for not speaking, still works without. */
    needs: z.object({ speaking: z.boolean(), camera: z.boolean(), materials: z.boolean() }),
    /** What to get ready beforehand. */
    prepare: z.optional(localised(requiredText(LIMITS.note))),
    variants: z.optional(
      z.object({
        /** How to do it with cameras off, or as text in the chat. */
        noCamera: z.optional(localised(requiredText(LIMITS.note))),
        /** How to take part without speaking: draw, type, point, pick a picture. */
        nonVerbal: z.optional(localised(requiredText(LIMITS.note))),
      }),
    ),
    /** More to say aloud before starting, after the usual words about passing (which are always said). */
    optOut: z.optional(localised(requiredText(LIMITS.note))),
  }),
);

export type Icebreaker = z.infer<ReturnType<typeof icebreakerSchema>>;

/** A whole number within limits, given as a number or as the text of an attribute. */
function wholeNumber({ min, max }: { min: number; max: number }) {
  return z.pipe(
    z.union([z.number(), z.pipe(z.string().check(z.trim(), z.regex(/^\d{1,6}$/)), z.transform(Number))]),
    z.int().check(z.gte(min), z.lte(max)),
  );
}

export const meetingMinutesSchema = lazySchema(() => wholeNumber(LIMITS.meetingMinutes));
export const groupSizeSchema = lazySchema(() => wholeNumber(LIMITS.groupSize));
export const budgetPercentSchema = lazySchema(() => wholeNumber(LIMITS.budgetPercent));
export const settingSchema = lazySchema(() => z.enum(SETTINGS));
export const seedSchema = lazySchema(() => z.string().check(z.trim(), z.minLength(1), z.maxLength(LIMITS.seed)));

/** What a host's JSON at `src` may be: a list of icebreakers, or `{ "icebreakers": [...] }`. Each is checked on its own. */
export const icebreakerListSchema = lazySchema(() =>
  z.union([
    z.array(z.unknown()),
    z.pipe(
      z.object({ icebreakers: z.array(z.unknown()) }),
      z.transform((value) => value.icebreakers),
    ),
  ]),
);
