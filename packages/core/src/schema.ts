import * as z from 'zod/mini';
import { isUnkeyable } from './records.js';

let configured = false;

/**
 * Validates untrusted data. Full zod's object fast path probes `new Function`,
 * which a strict Content-Security-Policy reports as a violation; zod/mini does
 * not today, and jitless mode keeps it that way if a later version starts to.
 * It is switched on here, not at module top level, so tree-shaking cannot drop
 * it. tests/dropin checks the built file under such a policy.
 */
export function validate<T>(
  schema: z.ZodMiniType<T>,
  data: unknown,
): { success: true; data: T } | { success: false; error: z.core.$ZodError } {
  if (!configured) {
    z.config({ jitless: true });
    configured = true;
  }
  const result = z.safeParse(schema, data);
  return result.success ? { success: true, data: result.data } : { success: false, error: result.error };
}

/** One line per problem, with its path: detail for developers in an error event's `cause`. */
export function describeIssues(error: z.core.$ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`)
    .join('; ');
}

/**
 * Builds a schema the first time it is needed. zod builds every schema object
 * eagerly, which cost several milliseconds of start-up on a page that has not
 * checked anything yet; elements validate on first input, not on load.
 */
export function lazySchema<T>(build: () => T): () => T {
  let built: T | undefined;
  return () => (built ??= build());
}

/** Text with a length limit, the building block of every stored string. */
export const boundedText = (max: number) => z.string().check(z.maxLength(max));

/** Non-empty text, trimmed, with a length limit. */
export const requiredText = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

/**
 * Ids we create, or a host gives: short, and safe to use inside DOM ids and
 * storage keys. Never `__proto__`, which a record cannot keep (isUnkeyable).
 */
export const idSchema = lazySchema(() =>
  z.string().check(
    z.regex(/^[A-Za-z0-9_-]{1,64}$/),
    z.refine((id) => !isUnkeyable(id), { message: 'This id is kept for the browser’s own use' }),
  ),
);

/** An ISO 8601 timestamp. */
export const timestampSchema = lazySchema(() =>
  z.string().check(z.refine((value) => !Number.isNaN(Date.parse(value)), { message: 'Expected a date and time' })),
);
