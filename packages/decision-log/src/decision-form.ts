import { onDemand } from '@coproduce/core';

/**
 * The form that records or corrects a decision, fetched the first time one
 * is opened: most visits only read the log. The buttons that open it start
 * the fetch as a pointer or focus reaches them, so it is usually here by the
 * time they are pressed.
 */
export const decisionForm = onDemand(() => import('./render-form.js'));

/** Starts fetching the form early; a failure is told when the button is pressed. */
export const fetchFormEarly = (): void => {
  decisionForm.fetch().catch(() => undefined);
};
