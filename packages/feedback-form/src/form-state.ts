import { validate } from '@coproduce/core';
import type { FieldProblem } from './answers.js';
import { draftSchema, type Draft } from './schema.js';

/**
 * Tells a host form what the element holds: its value (the submission as
 * JSON, or nothing while nothing is answered), the answers to give back if
 * the browser restores the page, and whether the form may be submitted,
 * with the first problem's message anchored at its field.
 */
export function reportToHostForm(
  internals: ElementInternals,
  root: ParentNode,
  state: { value: string; draft: Draft; problems: readonly FieldProblem[]; message: (problem: FieldProblem) => string },
): void {
  internals.setFormValue(state.value || null, JSON.stringify({ draft: state.draft }));
  const first = state.problems[0];
  if (!first) return internals.setValidity({});
  const anchor = root.querySelector<HTMLElement>(`#${first.focus}`) ?? undefined;
  internals.setValidity({ valueMissing: true }, state.message(first), anchor);
}

/** The answers in a state the browser restores to the element, if it is one it gave; else null. */
export function restoredDraft(state: string | File | FormData | null): Draft | null {
  if (typeof state !== 'string' || !state) return null;
  try {
    const restored = validate(draftSchema(), (JSON.parse(state) as { draft?: unknown }).draft);
    return restored.success ? restored.data : null;
  } catch {
    // Not ours to read: the draft in storage is used instead.
    return null;
  }
}
