// Mounting and driving <feedback-form> in tests.
import type { TemplateResult } from 'lit';
import type { FeedbackForm } from '../../packages/feedback-form/src/index.js';
import { html, mount, mountRecordingErrors } from '../support/helpers.js';

export const feedbackForm = (template: TemplateResult = html`<feedback-form></feedback-form>`) =>
  mount<FeedbackForm>('feedback-form', template);

/** Mounts <feedback-form> markup with its error listener in place before the first render. */
export const feedbackFormRecordingErrors = (markup: string) =>
  mountRecordingErrors<FeedbackForm>('feedback-form', 'feedback-error', markup);
