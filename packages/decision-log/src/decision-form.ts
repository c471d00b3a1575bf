import { onDemand, type OnDemand } from '@coproduce/core';

/**
 * The form that records or corrects a decision, fetched the first time one
 * is opened: most visits only read the log. The buttons that open it start
 * the fetch as a pointer or focus reaches them, so it is usually here by the
 * time they are pressed.
 */
export const decisionForm: OnDemand<typeof import('./render-form.js')> = onDemand(() => import('./render-form.js'));
