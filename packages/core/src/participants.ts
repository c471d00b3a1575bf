import * as z from 'zod/mini';
import { isUnkeyable } from './records.js';
import { lazySchema, requiredText } from './schema.js';

/** How many people an element lists, and how long a name may be. */
export const PARTICIPANT_LIMITS = { count: 40, name: 60 } as const;

/** A person's name: never a job title, never empty, never one a record cannot keep (`__proto__`). */
export const participantNameSchema = lazySchema(() =>
  requiredText(PARTICIPANT_LIMITS.name).check(z.refine((name) => !isUnkeyable(name), { message: 'This name cannot be kept' })),
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
