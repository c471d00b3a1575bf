import { validate } from '@coproduce/core';
import { icebreakerListSchema, icebreakerSchema, LIMITS, type Icebreaker } from './schema.js';

/** A host's list, checked one icebreaker at a time: the good ones, and where the others were. */
export interface CheckedList {
  icebreakers: Icebreaker[];
  /** Each refused icebreaker: its id if it had a usable one, else its place in the list (from 1). */
  refused: { at: number; id: string | null }[];
  /** What was wrong with each refused one, for developers. */
  causes: unknown[];
}

/**
 * Checks a host's icebreakers (the `icebreakers` property, or JSON from
 * `src`): a list, or `{ icebreakers: [...] }`. Each is checked on its own, so
 * one bad entry costs only itself, and is named. An id used twice keeps the
 * first. Null if it is not a list at all.
 */
export function checkList(value: unknown): CheckedList | null {
  const list = validate(icebreakerListSchema(), value);
  if (!list.success) return null;
  const checked: CheckedList = { icebreakers: [], refused: [], causes: [] };
  const seen = new Set<string>();
  list.data.slice(0, LIMITS.icebreakers).forEach((entry, index) => {
    const result = validate(icebreakerSchema(), entry);
    if (result.success && !seen.has(result.data.id)) {
      seen.add(result.data.id);
      checked.icebreakers.push(result.data);
      return;
    }
    const id = (entry as { id?: unknown } | null)?.id;
    checked.refused.push({ at: index + 1, id: typeof id === 'string' && id.length <= 64 ? id : null });
    checked.causes.push(result.success ? new Error(`The id "${result.data.id}" is used twice`) : result.error);
  });
  const extra = list.data.length - LIMITS.icebreakers;
  if (extra > 0) {
    checked.refused.push({ at: LIMITS.icebreakers + 1, id: null });
    checked.causes.push(new Error(`Only ${LIMITS.icebreakers} icebreakers can be added; ${extra} more were left out`));
  }
  return checked;
}

/** Every icebreaker on offer: later lists replace an earlier icebreaker with the same id, in its place. */
export function mergeLists(...lists: readonly (readonly Icebreaker[])[]): Icebreaker[] {
  const byId = new Map<string, Icebreaker>();
  for (const list of lists) for (const icebreaker of list) byId.set(icebreaker.id, icebreaker);
  return [...byId.values()];
}
