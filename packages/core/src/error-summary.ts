import { nothing, type TemplateResult } from 'lit';
import { html } from 'lit/static-html.js';
import { fieldErrorText, type FieldHost } from './form-fields.js';
import { HEADING_LEVELS, headingsFor, type Headings } from './headings.js';

/** One problem in the summary: its message, and the id of the field that puts it right. */
export interface SummaryItem {
  target: string;
  message: string;
}

/**
 * The GOV.UK error summary, shared by every form: "There is a problem", then
 * each problem as a link that takes the person to its field. The form moves
 * focus to it when a send or save is refused, so a screen reader hears every
 * problem at once, and the message also stays at each field. Its id is
 * `error-summary` unless given (a form's own is `<form id>-errors`); its part
 * is `error-summary`. `goTo` focuses the field (the default scrolls it into
 * view and focuses it).
 */
export function errorSummary(
  view: { t(key: 'error.heading'): string; readonly headings?: Headings },
  items: readonly SummaryItem[],
  root?: ParentNode | null,
  goTo?: (target: string) => void,
  id = 'error-summary',
): TemplateResult | typeof nothing {
  if (!items.length) return nothing;
  const go = (event: Event, target: string) => {
    event.preventDefault();
    if (goTo) return goTo(target);
    const scope = root ?? ((event.currentTarget as Element).getRootNode() as ParentNode);
    const field = scope.querySelector<HTMLElement>(`#${CSS.escape(target)}`);
    field?.scrollIntoView({ block: 'center' });
    field?.focus();
  };
  const heading = (view.headings ?? headingsFor(HEADING_LEVELS.default)).section;
  return html`<div class="problem error-summary" id=${id} part="error-summary" role="alert" tabindex="-1" aria-labelledby="${id}-title">
    <${heading} class="h-section" id="${id}-title">${view.t('error.heading')}</${heading}>
    <ul>
      ${items.map((item) => html`<li><a href="#${item.target}" @click=${(event: Event) => go(event, item.target)}>${item.message}</a></li>`)}
    </ul>
  </div>`;
}

/** Where a form's summary is, for focus: `#<form id>-errors`. */
export const formSummaryId = (formId: string) => `${formId}-errors`;

/**
 * A form's own error summary, at its top: every field of `fields` that has a
 * message, in that order. Forms refuse through `requiredFromForm` or
 * `refuseField`, which move focus here. A field given as `{ field, target }`
 * links to `target` instead (a group of radio buttons links to its first).
 */
export function formErrorSummary<Key extends string>(
  host: FieldHost<Key>,
  formId: string,
  fields: readonly (string | { field: string; target: string })[],
): TemplateResult | typeof nothing {
  const items = fields.flatMap((each) => {
    const { field, target } = typeof each === 'string' ? { field: each, target: each } : each;
    const message = fieldErrorText(host, field);
    return message ? [{ target, message }] : [];
  });
  return errorSummary(host, items, null, undefined, formSummaryId(formId));
}
