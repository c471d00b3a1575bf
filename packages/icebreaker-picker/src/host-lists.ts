import type { MessageParams, ProblemsController, SharedKey } from '@coproduce/core';
import type { IcebreakerPickerKey } from './i18n/catalogues.js';
import type { IcebreakerPickerEasyKey } from './i18n/easy-read.js';
import type { CheckedList } from './library.js';
import type { Icebreaker } from './schema.js';

/** The element's words, for naming what was left out. */
export interface ListWords {
  t(key: IcebreakerPickerKey | SharedKey, params?: MessageParams): string;
  list(names: readonly string[]): string;
}

/**
 * A host's icebreakers (the `icebreakers` property, or what `src` gave) as
 * checked: the ones kept. What was left out is named (by id, or by place, up
 * to five) in a problem under `source`, which the person may hide; a list
 * with nothing left out clears it. `null` is something that was not a list.
 */
export function keepChecked(
  problems: ProblemsController<IcebreakerPickerKey | IcebreakerPickerEasyKey>,
  source: string,
  checked: CheckedList | null,
  words: ListWords,
): Icebreaker[] {
  if (!checked) {
    problems.set(
      source,
      { code: 'invalid-data', key: 'error.icebreakersNotList' },
      new Error('Expected a list of icebreakers'),
    );
    return [];
  }
  if (!checked.refused.length) {
    problems.clear(source);
    return checked.icebreakers;
  }
  const which = words.list(
    checked.refused.slice(0, 5).map(({ at, id }) => (id ? `“${id}”` : words.t('error.icebreakerAt', { number: at }))),
  );
  problems.set(
    source,
    { code: 'invalid-data', key: 'error.icebreakers', params: { count: checked.refused.length, which } },
    checked.causes,
  );
  return checked.icebreakers;
}
