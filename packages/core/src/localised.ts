import * as z from 'zod/mini';
import type { Locale } from './i18n/locale.js';

/**
 * A host's text in one or more languages. A plain value is shown in every
 * language; `{ en, cy }` gives each language its own, and a missing one
 * falls back to one that is there (marked with its `lang`).
 */
export type Localised<T> = T | Readonly<Partial<Record<Locale, T>>>;

/** The schema of a Localised value: `schema`, or `{ en?, cy? }` with at least one. */
export function localisedSchema<T>(schema: z.ZodMiniType<T>) {
  return z.union([
    schema,
    z.object({ en: z.optional(schema), cy: z.optional(schema) }).check(
      z.refine((value) => value.en !== undefined || value.cy !== undefined, {
        message: 'Give the text in at least one language',
      }),
    ),
  ]);
}

/**
 * Text in the reader's language if it is there, else in another it is written
 * in, with that language's code so the page can mark it (`lang`). `lang` is
 * null when the text is in the reader's language, or is a plain value (in
 * whatever language the host wrote it).
 */
export function inLanguage<T>(value: Localised<T>, locale: Locale): { value: T; lang: Locale | null } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { value: value as T, lang: null };
  const texts = value as Partial<Record<Locale, T>>;
  if (texts[locale] !== undefined) return { value: texts[locale], lang: null };
  const [other, text] = Object.entries(texts).find(([, each]) => each !== undefined) as [Locale, T];
  return { value: text, lang: other };
}
