import type { MarkScorerKey } from './i18n/catalogues.js';
import { html, nothing } from 'lit';
import type { MarkScorerView } from './view.js';

/** The trimmed text of a named field in a form. */
export function textFromForm(form: HTMLFormElement, name: string): string {
  const value = new FormData(form).get(name);
  return typeof value === 'string' ? value.trim() : '';
}

/**
 * The trimmed text of a field that must not be empty. When it is empty, the
 * field shows `errorKey`, takes focus, and null comes back; otherwise any
 * earlier error on it is cleared.
 */
export function requiredFromForm(
  view: MarkScorerView,
  form: HTMLFormElement,
  name: string,
  fieldId: string,
  errorKey: MarkScorerKey,
): string | null {
  const text = textFromForm(form, name);
  if (!text) {
    view.setFieldError(fieldId, errorKey);
    view.focusAfterRender(`#${fieldId}`);
    return null;
  }
  view.setFieldError(fieldId, null);
  return text;
}

/**
 * The message under a field in error, GOV.UK style: a visually hidden
 * "Error:" prefix so screen readers say what kind of text this is.
 */
export function fieldError(view: MarkScorerView, fieldId: string) {
  const key = view.ui.fieldErrors[fieldId];
  if (!key) return nothing;
  return html`<p class="field-error" id="${fieldId}-error">
    <span class="visually-hidden">${view.t('error.prefix')}</span> ${view.t(key)}
  </p>`;
}

/** aria-describedby for a field: its hints, and its error when it has one. */
export function describedBy(view: MarkScorerView, fieldId: string, ...hintIds: string[]): string | undefined {
  const ids = view.ui.fieldErrors[fieldId] ? [...hintIds, `${fieldId}-error`] : hintIds;
  return ids.length ? ids.join(' ') : undefined;
}
