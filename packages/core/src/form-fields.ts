import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formSummaryId } from './error-summary.js';
import type { Headings } from './headings.js';
import type { SharedKey } from './i18n/catalogues.js';
import type { MessageParams } from './i18n/message.js';

/** What the field helpers need from an element: its field errors, strings and focus. */
export interface FieldHost<Key extends string> {
  readonly fieldErrors: Readonly<Record<string, Key | SharedKey>>;
  /** What fills in a field's message, by field id, where it needs more than its key (a question's label, say). */
  readonly fieldErrorParams?: Readonly<Record<string, MessageParams>>;
  /** The heading tags for the element's `heading-level`. */
  readonly headings: Headings;
  t(key: Key | SharedKey, params?: MessageParams): string;
  setFieldError(fieldId: string, key: Key | SharedKey | null, params?: MessageParams): void;
  focusAfterRender(selector: string): void;
}

/** The message at a field, in words, or undefined when it has none. */
export function fieldErrorText<Key extends string>(host: FieldHost<Key>, fieldId: string): string | undefined {
  const key = host.fieldErrors[fieldId];
  return key && host.t(key, host.fieldErrorParams?.[fieldId]);
}

/** The trimmed text of a named field in a form. */
export function textFromForm(form: HTMLFormElement, name: string): string {
  const value = new FormData(form).get(name);
  return typeof value === 'string' ? value.trim() : '';
}

/**
 * The trimmed text of a field that must not be empty. When it is empty, the
 * field is refused (`refuseField`) and null comes back; otherwise any earlier
 * error on it is cleared.
 */
export function requiredFromForm<Key extends string>(
  host: FieldHost<Key>,
  form: HTMLFormElement,
  name: string,
  fieldId: string,
  errorKey: Key | SharedKey,
): string | null {
  const text = textFromForm(form, name);
  if (!text) {
    refuseField(host, form, fieldId, errorKey);
    return null;
  }
  host.setFieldError(fieldId, null);
  return text;
}

/**
 * Refuses what a form was given: the message at the field, and in the form's
 * error summary (`formErrorSummary`), which takes focus; a form without an id
 * (so without a summary) sends focus to the field.
 */
export function refuseField<Key extends string>(
  host: FieldHost<Key>,
  form: HTMLFormElement,
  fieldId: string,
  errorKey: Key | SharedKey,
): void {
  host.setFieldError(fieldId, errorKey);
  host.focusAfterRender(form.id ? `#${formSummaryId(form.id)}` : `#${fieldId}`);
}

/**
 * The message under a field in error, GOV.UK style: a visually hidden
 * "Error:" prefix so screen readers say what kind of text this is.
 */
export function fieldError<Key extends string>(host: FieldHost<Key>, fieldId: string): TemplateResult | typeof nothing {
  return fieldMessage(fieldId, host.t('error.prefix'), fieldErrorText(host, fieldId));
}

/**
 * The same message from text already worked out (one that names a question,
 * say), for an element whose messages carry more than a key. Nothing when
 * there is no text.
 */
export function fieldMessage(
  fieldId: string,
  prefix: string,
  text: string | undefined,
): TemplateResult | typeof nothing {
  if (!text) return nothing;
  return html`<p class="field-error" id="${fieldId}-error"><span class="visually-hidden">${prefix}</span> ${text}</p>`;
}

/** aria-describedby for a field: its hints, and its error when it has one. */
export function describedBy<Key extends string>(
  host: FieldHost<Key>,
  fieldId: string,
  ...hintIds: string[]
): string | undefined {
  const ids = host.fieldErrors[fieldId] ? [...hintIds, `${fieldId}-error`] : hintIds;
  return ids.length ? ids.join(' ') : undefined;
}

/** aria-invalid for a field. */
export function invalid<Key extends string>(host: FieldHost<Key>, fieldId: string): 'true' | 'false' {
  return host.fieldErrors[fieldId] ? 'true' : 'false';
}

/**
 * A one-line text field: its hints and any error read out with it, marked
 * invalid while in error, no browser suggestions (these are a group's words,
 * not personal details). Its label and error message go before it.
 */
export function textInput<Key extends string>(
  host: FieldHost<Key>,
  field: { id: string; name: string; maxlength: number; value?: string; hints?: readonly string[] },
): TemplateResult {
  return html`<input
    id=${field.id}
    name=${field.name}
    type="text"
    maxlength=${field.maxlength}
    autocomplete="off"
    .value=${field.value ?? ''}
    aria-describedby=${ifDefined(describedBy(host, field.id, ...(field.hints ?? [])))}
    aria-invalid=${invalid(host, field.id)}
  />`;
}

/** A text area with the same wiring as `textInput`: hints and error read out, invalid state, no suggestions. */
export function textArea<Key extends string>(
  host: FieldHost<Key>,
  field: { id: string; name: string; maxlength: number; rows: number; value?: string; hints?: readonly string[] },
): TemplateResult {
  return html`<textarea
    id=${field.id}
    name=${field.name}
    rows=${field.rows}
    maxlength=${field.maxlength}
    autocomplete="off"
    .value=${field.value ?? ''}
    aria-describedby=${ifDefined(describedBy(host, field.id, ...(field.hints ?? [])))}
    aria-invalid=${invalid(host, field.id)}
  ></textarea>`;
}

/**
 * Native radio buttons drawn as large labelled choices. Each is
 * `<id>-<value>`, so a field error can move focus to the first. `checked` sets
 * the choice shown; `choose` hears each change.
 */
export function radioChoices<Value extends string>(group: {
  id: string;
  name: string;
  /** Each choice's value and label: words, or words with an Easy Read picture. */
  options: readonly (readonly [Value, string | TemplateResult])[];
  checked?: Value | null;
  choose?: (value: Value) => void;
}): TemplateResult {
  return html`<div class="choices">
    ${group.options.map(
      ([value, label]) => html`<label class="choice" for="${group.id}-${value}">
        <input
          type="radio"
          id="${group.id}-${value}"
          name=${group.name}
          value=${value}
          .checked=${value === group.checked}
          @change=${group.choose ? () => group.choose!(value) : nothing}
        />
        ${label}
      </label>`,
    )}
  </div>`;
}

/**
 * A tick box before its label, with an optional hint under the label that is
 * read out with it. `describedBy` adds more ids (a message at the field);
 * `name` and `value` put it in its form's data; `change` hears each tick.
 */
export function checkboxField(box: {
  id: string;
  label: unknown;
  checked: boolean;
  hint?: unknown;
  describedBy?: string;
  name?: string;
  value?: string;
  change?: (checked: boolean) => void;
}): TemplateResult {
  const described = [box.hint ? `${box.id}-hint` : '', box.describedBy ?? ''].filter(Boolean).join(' ');
  return html`<div class="field checkbox">
    <input
      type="checkbox"
      id=${box.id}
      name=${ifDefined(box.name)}
      value=${ifDefined(box.value)}
      .checked=${box.checked}
      aria-describedby=${ifDefined(described || undefined)}
      @change=${box.change ? (event: Event) => box.change!((event.target as HTMLInputElement).checked) : nothing}
    />
    <label for=${box.id}>${box.label}</label>
    ${box.hint ? html`<p class="hint" id="${box.id}-hint">${box.hint}</p>` : nothing}
  </div>`;
}
