import { errorSummary } from '@coproduce/core';
import { nothing, type TemplateResult } from 'lit';
import type { DecisionLogView, SummaryForm } from './view.js';

/** A field in error: the id its message is kept under, and the id of what takes focus to put it right. */
export interface FieldInError {
  field: string;
  target: string;
}

/**
 * A refused save, GOV.UK style: every problem is listed at the top of the
 * form as a link to its field, and the list takes focus, so a screen reader
 * hears them all at once. The messages at the fields stay.
 */
export function refuseSave(view: DecisionLogView, form: SummaryForm, problems: readonly FieldInError[]): void {
  view.setUi({ summary: { form, problems } });
  view.focusAfterRender('#error-summary');
}

/** The summary of the last refused save, at the top of the form that refused it. */
export function renderFormSummary(view: DecisionLogView, form: SummaryForm): TemplateResult | typeof nothing {
  const { summary } = view.ui;
  if (summary?.form !== form) return nothing;
  const items = summary.problems.flatMap(({ field, target }) => {
    const key = view.fieldErrors[field];
    return key ? [{ target, message: view.t(key) }] : [];
  });
  return errorSummary(view, items, view.renderRoot);
}
