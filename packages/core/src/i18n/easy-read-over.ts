import type { en } from './en.js';
import type { Message, PluralMessage } from './message.js';

/**
 * An overlay's shape over plain strings: some of their keys, each of the
 * same kind (a plural stays plural); and strings only Easy Read has (words
 * at the ends of a scale, what a metaphor means), whose keys start `easy.`.
 * See easy-read.ts.
 */
export type EasyReadStrings<Plain, E> = {
  readonly [K in keyof E]: K extends keyof Plain
    ? Plain[K] extends string
      ? string
      : PluralMessage
    : K extends `easy.${string}`
      ? Message
      : never;
};

/** The keys only Easy Read has, for an element's key type: `easy.…`. */
export type EasyReadOnlyKey<E> = Extract<keyof E, `easy.${string}`>;

/**
 * Checks an English overlay against the plain strings it lies over: a key
 * the plain strings lack (unless it starts `easy.`), or a plural made plain,
 * does not compile. `easyReadOver<typeof markScorerEn>()({ … })`.
 */
export const easyReadOver =
  <Plain extends Record<string, Message>>() =>
  <E extends EasyReadStrings<Plain, E>>(strings: E): E =>
    strings;

/** The check for the shared strings' overlay. */
export const easyReadOverEn = easyReadOver<typeof en>();
