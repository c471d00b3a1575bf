// Mounting and driving <feedback-form> in tests.
import type { TemplateResult } from 'lit';
import type { FeedbackForm } from '../../packages/feedback-form/src/index.js';
import { html, mount, mountRecordingErrors } from '../support/helpers.js';

export const feedbackForm = (template: TemplateResult = html`<feedback-form></feedback-form>`) =>
  mount<FeedbackForm>('feedback-form', template);

/** Mounts <feedback-form> markup with its error listener in place before the first render. */
export const feedbackFormRecordingErrors = (markup: string) =>
  mountRecordingErrors<FeedbackForm>('feedback-form', 'feedback-form-error', markup);

/** The form's error summary (core's `formErrorSummary` for the form `feedback`). */
export const SUMMARY = '#feedback-errors';

/**
 * Shortens the form's waits: the few seconds before a send is believed to
 * be a person's, the wait before a try is repeated, and how long a try waits
 * for the server. Bracket access to a private member, on purpose: no person
 * or host can shorten these (they guard real people and real servers), and
 * the tests cannot wait seconds or minutes for each.
 */
export function quick(element: FeedbackForm, timing: Partial<FeedbackForm['timing']> = { minimumMs: 0 }): FeedbackForm {
  Object.assign(element['timing'], timing);
  return element;
}
