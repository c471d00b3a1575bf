import {
  boundedText,
  idSchema,
  lazySchema,
  participantNameSchema,
  requiredText,
  timestampSchema,
} from '@coproduce/core';
import * as z from 'zod/mini';

export const LIMITS = {
  itemText: 200,
  meaning: 1000,
  note: 500,
  items: 60,
} as const;

export const ANSWERS = ['agree', 'concern', 'not-yet', 'pass'] as const;
export const ITEM_KINDS = ['value', 'rule'] as const;

/** A review date: a calendar day, yyyy-mm-dd. */
const dayPattern = /^\d{4}-\d{2}-\d{2}$/;

/** The whole agreement, as stored, exported and set through `data`. Built on first use. */
export const valuesAgreementDocumentSchema = lazySchema(() => {
  const name = participantNameSchema();
  const response = z.object({
    answer: z.enum(ANSWERS),
    /** The concern, or why not yet; empty for agree and pass. */
    note: boundedText(LIMITS.note),
    at: timestampSchema(),
  });
  const item = z.object({
    id: idSchema(),
    kind: z.enum(ITEM_KINDS),
    text: requiredText(LIMITS.itemText),
    /** For a value: what it means in practice for this group. */
    meaning: boundedText(LIMITS.meaning),
    /** Each person's answer to this wording, by name. */
    responses: z.record(name, response),
    /**
     * Who has answered. In a live session private answers stay on each
     * person's own device until Reveal, so this is all the others (and the
     * server) know. Older copies have none.
     */
    answered: z._default(z.array(name), () => []),
  });
  const pastItem = z.object({
    id: idSchema(),
    kind: z.enum(ITEM_KINDS),
    text: requiredText(LIMITS.itemText),
    meaning: boundedText(LIMITS.meaning),
    agreedBy: z.array(name),
  });
  const pastVersion = z.object({
    version: z.int().check(z.gte(1)),
    /** When this version was replaced. */
    endedAt: timestampSchema(),
    /** The change that ended it: which item, its wording before and after. */
    change: z.object({ itemId: idSchema(), from: requiredText(LIMITS.itemText), to: requiredText(LIMITS.itemText) }),
    items: z.array(pastItem),
  });
  return z
    .object({
      version: z.int().check(z.gte(1)),
      /** People added in the element; the `participants` attribute adds more. */
      participants: z.array(name),
      /** Who is not here today: they neither hold an item back nor count towards it. Older copies have none. */
      absent: z._default(z.array(name), () => []),
      items: z.array(item).check(z.maxLength(LIMITS.items)),
      history: z.array(pastVersion),
      reviewDate: z.nullable(z.string().check(z.regex(dayPattern))),
      /** Answers stay hidden until revealed, so nobody is swayed. */
      privateAnswers: z.boolean(),
      revealed: z.boolean(),
    })
    .check(
      z.refine((doc) => new Set(doc.items.map((entry) => entry.id)).size === doc.items.length, {
        message: 'Ids must be unique',
      }),
    );
});

export type ValuesAgreementDocument = z.infer<ReturnType<typeof valuesAgreementDocumentSchema>>;
export type AgreementItem = ValuesAgreementDocument['items'][number];
export type AgreementResponse = AgreementItem['responses'][string];
export type Answer = AgreementResponse['answer'];
export type ItemKind = AgreementItem['kind'];
export type PastVersion = ValuesAgreementDocument['history'][number];
