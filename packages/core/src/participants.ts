import * as z from 'zod/mini';
import type { ProblemsController } from './controllers/problems.js';
import type { SharedKey } from './i18n/catalogues.js';
import type { MessageParams } from './i18n/message.js';
import { isUnkeyable } from './records.js';
import { lazySchema, requiredText, validate } from './schema.js';

/** How many people an element lists, and how long a name may be. */
export const PARTICIPANT_LIMITS = { count: 40, name: 60 } as const;

/** A person's name: never a job title, never empty, never one a record cannot keep (`__proto__`). */
export const participantNameSchema = lazySchema(() =>
  requiredText(PARTICIPANT_LIMITS.name).check(
    z.refine((name) => !isUnkeyable(name), { message: 'This name cannot be kept' }),
  ),
);

/**
 * Names from a comma-separated list, tidied (trimmed, inner spaces folded),
 * each kept once; the second of two names that differ only in case is a
 * duplicate.
 */
export function parseParticipants(value: string | null | undefined): { names: string[]; duplicates: string[] } {
  const names: string[] = [];
  const duplicates: string[] = [];
  const seen = new Set<string>();
  for (const raw of (value ?? '').split(',')) {
    const name = raw.trim().replace(/\s+/g, ' ');
    if (!name) continue;
    const folded = name.toLocaleLowerCase();
    if (seen.has(folded)) duplicates.push(name);
    else {
      seen.add(folded);
      names.push(name);
    }
  }
  return { names, duplicates };
}

/**
 * Reads a `participants` attribute: a comma-separated list of names (never
 * job titles), trimmed, each once, within the limits. A problem with the list
 * is shown and reported under 'participants'; the usable names are returned.
 */
export function readParticipants<Key extends string>(
  value: string | null | undefined,
  problems: ProblemsController<Key>,
): string[] {
  const { names, duplicates } = parseParticipants(value);
  const unkeyable = names.find(isUnkeyable);
  const tooLong = names.find((name) => !isUnkeyable(name) && !validate(participantNameSchema(), name).success);
  const kept = names.filter((name) => name !== tooLong && name !== unkeyable).slice(0, PARTICIPANT_LIMITS.count);
  const report = (key: SharedKey, params: MessageParams, cause: Error) =>
    problems.set('participants', { code: 'invalid-attribute', key, params }, cause);
  if (duplicates.length) {
    report('error.duplicateName', { name: duplicates[0]! }, new Error(`Listed twice: ${duplicates.join(', ')}`));
  } else if (unkeyable) {
    report('error.unusableName', { name: unkeyable }, new Error(`Not a name we can keep: ${unkeyable}`));
  } else if (tooLong) {
    report('error.longName', { max: PARTICIPANT_LIMITS.name }, new Error(`Name too long: ${tooLong.slice(0, 80)}`));
  } else if (names.length > PARTICIPANT_LIMITS.count) {
    report('error.tooManyPeople', { max: PARTICIPANT_LIMITS.count }, new Error(`${names.length} names given`));
  } else {
    problems.clear('participants');
  }
  return kept;
}
