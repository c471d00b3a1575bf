import { dayFields, dayFromForm } from '@coproduce/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { ValuesAgreementView } from './view.js';

const FIELD = 'review-day';

/** When the group will look at the agreement again. */
export function renderReview(view: ValuesAgreementView): TemplateResult {
  const save = (event: SubmitEvent) => {
    event.preventDefault();
    const { day } = dayFromForm(event.currentTarget as HTMLFormElement, 'review');
    if (!day) {
      view.setFieldError(FIELD, 'error.reviewDate');
      view.focusAfterRender(`#${FIELD}`);
      return;
    }
    view.setFieldError(FIELD, null);
    view.dispatch({ type: 'set-review-date', date: day }, { announce: view.t('status.reviewSet', { date: view.formatDay(day) }) });
  };
  const clear = () => {
    view.setFieldError(FIELD, null);
    view.dispatch({ type: 'set-review-date', date: null }, { announce: view.t('status.reviewCleared') });
    view.focusAfterRender(`#${FIELD}`);
  };
  return html`<section class="review no-print" aria-labelledby="review-heading">
    <h3 id="review-heading">${view.t('review.heading')}</h3>
    <form novalidate @submit=${save}>
      ${dayFields(view, {
        id: 'review',
        legend: view.t('review.label'),
        hint: view.t('review.hint'),
        value: view.doc.reviewDate,
      })}
      <div class="row">
        <button type="submit">${view.t('review.save')}</button>
        ${view.doc.reviewDate
          ? html`<button type="button" class="small" @click=${clear}>${view.t('review.clear')}</button>`
          : nothing}
      </div>
    </form>
  </section>`;
}
