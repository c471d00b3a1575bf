import {
  boundedText,
  idSchema,
  jsonChecked,
  lazySchema,
  localisedSchema,
  requiredText,
  timestampSchema,
  validate,
} from '@coproduce/core';
import * as z from 'zod/mini';

export const LIMITS = {
  label: 200,
  hint: 400,
  option: 120,
  options: 20,
  questions: 30,
  /** The longest a text answer can be allowed to be. */
  text: 5000,
  /** "Tell us more", unless the host says otherwise. */
  defaultText: 1200,
  points: { min: 2, max: 10 },
  name: 100,
  reply: 200,
} as const;

/** One question, as a host writes it (`questions`, `src`). Built on first use. */
export const questionSchema = lazySchema(() => {
  const label = localisedSchema(requiredText(LIMITS.label));
  const common = {
    id: idSchema(),
    label,
    hint: z.optional(localisedSchema(requiredText(LIMITS.hint))),
    /** Must be answered before sending. "I'd rather not say" counts as an answer. */
    required: z.optional(z.boolean()),
  };
  return z.discriminatedUnion('type', [
    z.object({
      ...common,
      type: z.literal('scale'),
      /** Words at each point, lowest first: 1 is the first. */
      points: localisedSchema(
        z.array(requiredText(LIMITS.option)).check(z.minLength(LIMITS.points.min), z.maxLength(LIMITS.points.max)),
      ),
    }),
    z.object({
      ...common,
      type: z.literal('choice'),
      options: z
        .array(z.object({ value: idSchema(), label: localisedSchema(requiredText(LIMITS.option)) }))
        .check(z.minLength(2), z.maxLength(LIMITS.options)),
      /** Tick any number, rather than one. */
      multiple: z.optional(z.boolean()),
    }),
    z.object({
      ...common,
      type: z.literal('text'),
      maxLength: z.optional(z.int().check(z.gte(1), z.lte(LIMITS.text))),
    }),
    z.object({ ...common, type: z.literal('consent') }),
  ]);
});

export type Question = z.infer<ReturnType<typeof questionSchema>>;

/** A host's questions: a list, or `{ "questions": [...] }`, 1 to 30 of them, each id used once. */
export const questionListSchema = lazySchema(() =>
  z
    .union([
      z.array(questionSchema()),
      z.pipe(
        z.object({ questions: z.array(questionSchema()) }),
        z.transform((value) => value.questions),
      ),
    ])
    .check(
      z.refine((questions) => questions.length >= 1 && questions.length <= LIMITS.questions, {
        message: `Give 1 to ${LIMITS.questions} questions`,
      }),
      z.refine((questions) => new Set(questions.map((question) => question.id)).size === questions.length, {
        message: 'Each question needs its own id',
      }),
    ),
);

/** Questions from `src`: JSON text, checked. */
export const parseQuestions = jsonChecked((value) => {
  const result = validate(questionListSchema(), value);
  return result.success ? { ok: true as const, data: result.data } : { ok: false as const, cause: result.error };
});

/** An answer: a point on a scale (or 'pass'), a choice or choices, text, or a tick. */
export const answerSchema = lazySchema(() =>
  z.union([
    z.int().check(z.gte(1), z.lte(LIMITS.points.max)),
    z.literal('pass'),
    z.array(idSchema()),
    idSchema(),
    boundedText(LIMITS.text),
    z.boolean(),
  ]),
);
export type Answer = z.infer<ReturnType<typeof answerSchema>>;

/** How to reply to the person: sent only when they asked for a reply and agreed we keep it. */
export const contactSchema = lazySchema(() =>
  z.object({ name: boundedText(LIMITS.name), reply: requiredText(LIMITS.reply) }),
);

/** Signs of a program rather than a person, for the server to weigh: nothing is dropped in the browser. */
export const checksSchema = lazySchema(() =>
  z.object({
    /** The hidden field people never see was filled in: likely spam (or a browser's autofill). */
    hiddenFieldFilled: z.boolean(),
    /** Whole seconds from the form appearing to the send. */
    secondsToComplete: z.number().check(z.gte(0)),
  }),
);
export type Checks = z.infer<ReturnType<typeof checksSchema>>;

/** A submission's id: random, in the UUID form. */
const submissionIdSchema = () => z.string().check(z.regex(/^[0-9a-f-]{36}$/));

/** What is sent, queued and given to `feedback-submit`: its `id` lets a server ignore a repeat. */
export const submissionSchema = lazySchema(() =>
  z.object({
    id: submissionIdSchema(),
    /** The element's `name`, so one endpoint can take several forms. */
    form: z.nullable(boundedText(LIMITS.label)),
    locale: z.string().check(z.maxLength(8)),
    createdAt: timestampSchema(),
    answers: z.record(idSchema(), answerSchema()),
    contact: z.nullable(contactSchema()),
    /** What a server needs to filter spam. Always sent; missing only from feedback kept by an earlier version. */
    checks: z.optional(checksSchema()),
  }),
);
export type Submission = z.infer<ReturnType<typeof submissionSchema>>;

/** What is kept in the browser while the person is still writing. */
export const draftSchema = lazySchema(() =>
  z.object({
    answers: z.record(idSchema(), answerSchema()),
    wantsReply: z.boolean(),
    name: boundedText(LIMITS.name),
    reply: boundedText(LIMITS.reply),
    consent: z.boolean(),
    /** Set while these answers are being sent: reopened, the page says so instead of offering to send them again. */
    sendingId: z.optional(submissionIdSchema()),
  }),
);
export type Draft = z.infer<ReturnType<typeof draftSchema>>;
