import { decisionForm } from './decision-form.js';
import { dayFields, dayFromForm, fieldError, pictured, radioChoices, textArea, textFromForm } from '@coproduce/core';
import { nothing, type TemplateResult } from 'lit';
import { html } from 'lit/static-html.js';
import { refuseSave, renderFormSummary, type FieldInError } from './form-summary.js';
import { currentStatus } from './model.js';
import {
  renderDetails,
  renderHistory,
  renderOutcome,
  RESULT_PICTURES,
  STATUS_PICTURES,
  metaLines,
} from './render-details.js';
import { LIMITS, RESULTS, STATUSES, type Decision, type Result, type Status } from './schema.js';
import type { DecisionLogView } from './view.js';

/** One decision in full: its details, where it is shown, its history, and (when editable) its updates. */
export function renderDecision(view: DecisionLogView, decision: Decision): TemplateResult {
  // Commas only, in every language: these are our own words, not names, and Welsh mutates a word after
  // "a" (“a phwy”, “a pham”), which `view.list` (for names, which never mutate) does not do.
  const boardFields = decision.board.fields.map((field) => view.t(`board.${field}`).toLocaleLowerCase()).join(', ');
  return html`<section class="decision" aria-labelledby="decision-heading">
    <button type="button" class="small back no-print" @click=${() => view.openDecision(null)}>
      ${view.t('decision.back')}
    </button>
    <${view.headings.section} class="h-section" id="decision-heading" tabindex="-1">${decision.title}</${view.headings.section}>
    ${metaLines(view, decision)}
    ${renderOutcome(view, decision)} ${renderDetails(view, decision)}
    ${
      view.board
        ? nothing
        : html`<p class="board-status">
          <strong>${view.t('decision.board')}:</strong>
          ${
            !decision.board.shown
              ? view.t('decision.boardHidden')
              : boardFields
                ? view.t('decision.boardWith', { fields: boardFields })
                : view.t('decision.boardShown')
          }
        </p>`
    }
    ${
      view.editable
        ? html`<button
            type="button"
            id="correct"
            class="no-print"
            @click=${() => correct(view, decision)}
            @pointerenter=${decisionForm.prefetch}
            @focus=${decisionForm.prefetch}
          >
            ${view.t('action.correct')}
          </button>
          ${renderStatusUpdate(view, decision)} ${renderOutcomeForm(view, decision)}`
        : nothing
    }
    ${renderHistory(view, decision)}
  </section>`;
}

function correct(view: DecisionLogView, decision: Decision): void {
  view.withPart(decisionForm, () => {
    view.setUi({ form: { kind: 'correct', id: decision.id } });
    view.focusAfterRender('#form-heading');
  });
}

/** The date field of an update: today unless changed; null, with its message, when it is not a real day. */
function readDate(view: DecisionLogView, form: HTMLFormElement, id: string): string | null {
  const { empty, day } = dayFromForm(form, id);
  const result = empty ? view.today : day;
  view.setFieldError(`${id}-day`, result ? null : 'error.changeDate');
  return result;
}

/** The fields of an update form that are in error now, in page order: each message's id and what takes focus. */
function inError(view: DecisionLogView, fields: readonly (readonly [field: string, target: string])[]): FieldInError[] {
  return fields.filter(([field]) => view.fieldErrors[field]).map(([field, target]) => ({ field, target }));
}

function renderStatusUpdate(view: DecisionLogView, decision: Decision): TemplateResult {
  const current = currentStatus(decision).status;
  const offered = STATUSES.filter((status) => status !== current);
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const status = new FormData(form).get('status') as Status | null;
    const note = textFromForm(form, 'note');
    const statusOk = status !== null && STATUSES.includes(status);
    const reasonOk = status !== 'not-possible' || note !== '';
    view.setFieldError('u-status', statusOk ? null : 'error.statusChoice');
    const on = readDate(view, form, 'u-date');
    view.setFieldError('u-note', reasonOk ? null : 'error.reason');
    if (!statusOk || !on || !reasonOk) {
      // The first status offered takes focus: the current one is not offered.
      const fields = [
        ['u-status', `u-status-${offered[0]}`],
        ['u-date-day', 'u-date-day'],
        ['u-note', 'u-note'],
      ] as const;
      return refuseSave(view, 'status', inError(view, fields));
    }
    const change = { type: 'status', status, on, note, at: new Date().toISOString() } as const;
    const announce = view.t('announce.updated', { title: decision.title, status: view.t(`status.${status}`) });
    if (view.dispatch({ type: 'add-change', id: decision.id, change }, { announce })) {
      form.reset();
      if (view.ui.summary?.form === 'status') view.setUi({ summary: null });
    }
  };
  return html`<section class="update no-print" aria-labelledby="update-heading">
    <${view.headings.sub} class="h-sub" id="update-heading">${view.t('update.heading')}</${view.headings.sub}>
    ${renderFormSummary(view, 'status')}
    <form novalidate @submit=${submit}>
      <fieldset aria-describedby=${view.fieldErrors['u-status'] ? 'u-status-error' : nothing}>
        <legend>${view.t('update.status')}</legend>
        ${fieldError(view, 'u-status')}
        <div id="u-status">${radioChoices({
          id: 'u-status',
          name: 'status',
          options: offered.map(
            (status) => [status, pictured(view, STATUS_PICTURES[status], view.t(`status.${status}`))] as const,
          ),
        })}</div>
      </fieldset>
      ${dayFields(view, { id: 'u-date', legend: view.t('update.date'), hint: view.t('update.dateHint'), value: view.today })}
      <div class="field">
        <label for="u-note">${view.t('update.note')}</label>
        <p class="hint" id="u-note-hint">${view.t('update.noteHint')}</p>
        ${fieldError(view, 'u-note')}
        ${textArea(view, { id: 'u-note', name: 'note', maxlength: LIMITS.note, rows: 2, hints: ['u-note-hint'] })}
      </div>
      <button type="submit">${view.t('update.save')}</button>
    </form>
  </section>`;
}

function renderOutcomeForm(view: DecisionLogView, decision: Decision): TemplateResult {
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const result = new FormData(form).get('result') as Result | null;
    const text = textFromForm(form, 'outcome');
    const on = readDate(view, form, 'o-date');
    const resultOk = result !== null && RESULTS.includes(result);
    view.setFieldError('o-result', resultOk ? null : 'error.result');
    view.setFieldError('o-text', text ? null : 'error.outcomeText');
    if (!resultOk || !text || !on) {
      const fields = [
        ['o-result', 'o-result-did'],
        ['o-text', 'o-text'],
        ['o-date-day', 'o-date-day'],
      ] as const;
      return refuseSave(view, 'outcome', inError(view, fields));
    }
    const change = { type: 'outcome', result, text, on, at: new Date().toISOString() } as const;
    if (view.dispatch({ type: 'add-change', id: decision.id, change }, { announce: view.t('announce.outcome') })) {
      form.reset();
      if (view.ui.summary?.form === 'outcome') view.setUi({ summary: null });
    }
  };
  return html`<section class="update no-print" aria-labelledby="outcome-heading">
    <${view.headings.sub} class="h-sub" id="outcome-heading">${view.t('outcome.heading')}</${view.headings.sub}>
    ${renderFormSummary(view, 'outcome')}
    <form novalidate @submit=${submit}>
      <fieldset aria-describedby=${view.fieldErrors['o-result'] ? 'o-result-error' : nothing}>
        <legend>${view.t('outcome.result')}</legend>
        ${fieldError(view, 'o-result')}
        ${radioChoices({
          id: 'o-result',
          name: 'result',
          options: RESULTS.map(
            (result) =>
              [
                result,
                pictured(
                  view,
                  RESULT_PICTURES[result],
                  view.t(result === 'did' ? 'outcome.resultDid' : 'outcome.resultCouldNot'),
                ),
              ] as const,
          ),
        })}
      </fieldset>
      <div class="field">
        <label for="o-text">${view.t('outcome.text')}</label>
        ${fieldError(view, 'o-text')}
        ${textArea(view, { id: 'o-text', name: 'outcome', maxlength: LIMITS.text, rows: 3 })}
      </div>
      ${dayFields(view, { id: 'o-date', legend: view.t('outcome.date'), hint: view.t('update.dateHint'), value: view.today })}
      <button type="submit">${view.t('outcome.save')}</button>
    </form>
  </section>`;
}
