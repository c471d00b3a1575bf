import { fieldError, textFromForm } from '@coproduce/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { ValuesAgreementView } from './view.js';

const FIELD = 'review-day';

/** yyyy-mm-dd for a real calendar day, or null. "31 2 2027" is not one. */
function calendarDay(day: string, month: string, year: string): string | null {
  if (![day, month, year].every((part) => /^\d{1,4}$/.test(part)) || year.length !== 4) return null;
  const date = new Date(Number(year), Number(month) - 1, Number(day));
  if (date.getFullYear() !== Number(year) || date.getMonth() !== Number(month) - 1 || date.getDate() !== Number(day)) {
    return null;
  }
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/**
 * When the group will look at the agreement again: day, month and year as
 * three plain fields, the GOV.UK pattern, which works the same in every
 * browser and with every screen reader (a native date picker does not).
 */
export function renderReview(view: ValuesAgreementView): TemplateResult {
  const [year = '', month = '', day = ''] = view.doc.reviewDate?.split('-') ?? [];
  const save = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const date = calendarDay(textFromForm(form, 'day'), textFromForm(form, 'month'), textFromForm(form, 'year'));
    if (!date) {
      view.setFieldError(FIELD, 'error.reviewDate');
      view.focusAfterRender(`#${FIELD}`);
      return;
    }
    view.setFieldError(FIELD, null);
    view.dispatch({ type: 'set-review-date', date }, { announce: view.t('status.reviewSet', { date: view.formatDay(date) }) });
  };
  const clear = () => {
    view.setFieldError(FIELD, null);
    view.dispatch({ type: 'set-review-date', date: null }, { announce: view.t('status.reviewCleared') });
    view.focusAfterRender(`#${FIELD}`);
  };
  const error = Boolean(view.fieldErrors[FIELD]);
  const part = (name: 'day' | 'month' | 'year', value: string, size: number) => html`<div class="date-part">
    <label for=${name === 'day' ? FIELD : `review-${name}`}>${view.t(`review.${name}`)}</label>
    <input
      id=${name === 'day' ? FIELD : `review-${name}`}
      name=${name}
      class="size-${size}"
      type="text"
      inputmode="numeric"
      maxlength=${size}
      autocomplete="off"
      .value=${value.replace(/^0(?=\d)/, '')}
      aria-invalid=${error ? 'true' : 'false'}
    />
  </div>`;
  return html`<section class="review no-print" aria-labelledby="review-heading">
    <h3 id="review-heading">${view.t('review.heading')}</h3>
    <form novalidate @submit=${save}>
      <fieldset aria-describedby=${error ? `review-hint ${FIELD}-error` : 'review-hint'}>
        <legend>${view.t('review.label')}</legend>
        <p class="hint" id="review-hint">${view.t('review.hint')}</p>
        ${fieldError(view, FIELD)}
        <div class="row date">${part('day', day, 2)} ${part('month', month, 2)} ${part('year', year, 4)}</div>
      </fieldset>
      <div class="row">
        <button type="submit">${view.t('review.save')}</button>
        ${view.doc.reviewDate
          ? html`<button type="button" class="small" @click=${clear}>${view.t('review.clear')}</button>`
          : nothing}
      </div>
    </form>
  </section>`;
}
