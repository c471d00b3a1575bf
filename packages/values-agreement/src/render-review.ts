import { dayFields, dayFromForm, formErrorSummary, pictured, refuseField } from '@coproduce/core';
import { nothing, type TemplateResult } from 'lit';
import { html } from 'lit/static-html.js';
import type { ValuesAgreementView } from './view.js';

const FIELD = 'review-day';

/** When the group will look at the agreement again. */
export function renderReview(view: ValuesAgreementView): TemplateResult {
  const save = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const { day } = dayFromForm(form, 'review');
    if (!day) return refuseField(view, form, FIELD, 'error.reviewDate');
    view.setFieldError(FIELD, null);
    view.dispatch(
      { type: 'set-review-date', date: day },
      { announce: view.t('status.reviewSet', { date: view.formatDay(day) }) },
    );
  };
  const clear = () => {
    view.setFieldError(FIELD, null);
    view.dispatch({ type: 'set-review-date', date: null }, { announce: view.t('status.reviewCleared') });
    view.focusAfterRender(`#${FIELD}`);
  };
  return html`<section class="review no-print" aria-labelledby="review-heading">
    <${view.headings.section} class="h-section" id="review-heading">${pictured(view, 'calendar', view.t('review.heading'))}</${view.headings.section}>
    <form id="review-form" novalidate @submit=${save}>
      ${formErrorSummary(view, 'review-form', [FIELD])}
      ${dayFields(view, {
        id: 'review',
        legend: view.t('review.label'),
        hint: view.t('review.hint'),
        value: view.doc.reviewDate,
      })}
      <div class="row">
        <button type="submit">${view.t('review.save')}</button>
        ${
          view.doc.reviewDate
            ? html`<button type="button" class="small" @click=${clear}>${view.t('review.clear')}</button>`
            : nothing
        }
      </div>
    </form>
  </section>`;
}
