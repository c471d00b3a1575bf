import { checkboxField, dayFields, fieldError, radioChoices, textArea, textInput } from '@coproduce/core';
import { nothing, type TemplateResult } from 'lit';
import { html } from 'lit/static-html.js';
import type { DecisionLogKey } from './i18n/catalogues.js';
import { renderFormSummary } from './form-summary.js';
import { readDecisionForm } from './read-form.js';
import { BOARD_FIELDS, LIMITS, METHODS, type Decision, type DecisionDetails, type Status } from './schema.js';
import type { DecisionLogView } from './view.js';

interface FieldSpec {
  id: string;
  name: string;
  label: DecisionLogKey;
  hint?: DecisionLogKey;
  maxlength: number;
  value?: string | undefined;
  /** A text area with this many rows. */
  rows?: number;
}

/** Where a new decision can start; "not possible" needs a reason, so it is an update. */
const STARTING_STATUSES = ['proposed', 'agreed', 'in-progress', 'done'] as const satisfies readonly Status[];

/**
 * The form to record a decision, or to correct one (the old words are kept
 * in its history). Fields for votes and for who decides appear with the
 * choice that needs them, by CSS alone, so nothing typed is lost by switching.
 */
export function renderDecisionForm(view: DecisionLogView, existing: Decision | null): TemplateResult {
  const details: Partial<DecisionDetails> = existing ?? { decidedOn: view.today, board: { shown: false, fields: [] } };
  const how = details.how ?? null;
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const read = readDecisionForm(view, event.currentTarget as HTMLFormElement);
    if (!read) return;
    const at = new Date().toISOString();
    if (existing) {
      if (
        !view.dispatch(
          { type: 'correct', id: existing.id, details: read.details, at },
          { announce: view.t('announce.corrected') },
        )
      )
        return;
    } else {
      const decision: Decision = {
        id: view.newId(),
        ...read.details,
        recordedAt: at,
        history: [{ type: 'status', status: read.status, on: read.details.decidedOn, note: '', at }],
      };
      if (
        !view.dispatch(
          { type: 'record', decision },
          { announce: view.t('announce.recorded', { title: decision.title }) },
        )
      )
        return;
      view.setUi({ open: decision.id });
    }
    view.setUi({ form: null });
    view.focusAfterRender('#decision-heading');
  };
  const cancel = () => {
    view.setUi({ form: null });
    view.focusAfterRender(existing ? '#decision-heading' : '#record');
  };
  /** A labelled one-line field, or a text area when it has rows, with its hint and error. */
  const field = (spec: FieldSpec) => {
    const hints = spec.hint ? [`${spec.id}-hint`] : [];
    return html`<div class="field">
      <label for=${spec.id}>${view.t(spec.label)}</label>
      ${spec.hint ? html`<p class="hint" id="${spec.id}-hint">${view.t(spec.hint)}</p>` : nothing}
      ${fieldError(view, spec.id)}
      ${spec.rows ? textArea(view, { ...spec, rows: spec.rows, hints }) : textInput(view, { ...spec, hints })}
    </div>`;
  };
  const votes = how?.votes;
  const count = (name: 'for' | 'against' | 'abstained', label: string) => html`<div class="date-part">
    <label for="f-votes-${name}">${label}</label>
    <input
      id="f-votes-${name}"
      name="votes-${name}"
      class="size-4"
      type="text"
      inputmode="numeric"
      maxlength="7"
      autocomplete="off"
      .value=${votes ? String(votes[name]) : ''}
      aria-invalid=${view.fieldErrors['f-votes'] ? 'true' : 'false'}
      aria-describedby=${view.fieldErrors['f-votes'] ? 'f-votes-error' : nothing}
    />
  </div>`;

  return html`<section class="decision-form no-print" aria-labelledby="form-heading">
    <${view.headings.section} class="h-section" id="form-heading" tabindex="-1">
      ${existing ? view.t('form.correctHeading', { title: existing.title }) : view.t('form.recordHeading')}
    </${view.headings.section}>
    ${existing ? html`<p class="hint">${view.t('form.correctHint')}</p>` : nothing} ${renderFormSummary(view, 'decision')}
    <form novalidate @submit=${submit}>
      ${field({ id: 'f-title', name: 'title', label: 'form.title', hint: 'form.titleHint', maxlength: LIMITS.title, value: details.title })}
      ${dayFields(view, {
        id: 'f-decided',
        legend: view.t('form.decidedOn'),
        hint: view.t('form.dayHint'),
        value: details.decidedOn ?? null,
      })}
      ${field({ id: 'f-what', name: 'what', label: 'form.what', maxlength: LIMITS.text, rows: 4, value: details.what })}
      ${field({ id: 'f-why', name: 'why', label: 'form.why', maxlength: LIMITS.text, rows: 3, value: details.why })}
      <fieldset class="method" aria-describedby=${view.fieldErrors['f-method'] ? 'f-method-error' : nothing}>
        <legend>${view.t('form.how')}</legend>
        ${fieldError(view, 'f-method')}
        ${radioChoices({
          id: 'f-method',
          name: 'method',
          options: METHODS.map((method) => [method, view.t(`method.${method}`)] as const),
          checked: how?.method ?? null,
        })}
        <div class="if-vote">
          ${fieldError(view, 'f-votes')}
          <div class="row date">
            ${count('for', view.t('form.votesFor'))} ${count('against', view.t('form.votesAgainst'))}
            ${count('abstained', view.t('form.votesAbstained'))}
          </div>
        </div>
        <div class="if-delegated">
          ${field({
            id: 'f-delegated',
            name: 'delegated-to',
            label: 'form.delegatedTo',
            maxlength: LIMITS.who,
            value: how?.method === 'delegated' ? how.who : '',
          })}
        </div>
        <div class="if-not-ours">
          ${field({
            id: 'f-who-decides',
            name: 'who-decides',
            label: 'form.whoDecides',
            hint: 'form.whoDecidesHint',
            maxlength: LIMITS.who,
            value: how?.method === 'not-ours' ? how.who : '',
          })}
        </div>
      </fieldset>
      ${field({ id: 'f-people', name: 'people', label: 'form.people', hint: 'form.peopleHint', maxlength: 2500, value: details.people?.join(', ') })}
      ${field({
        id: 'f-you-said',
        name: 'you-said',
        label: 'form.youSaid',
        hint: 'form.youSaidHint',
        maxlength: LIMITS.youSaid * (LIMITS.youSaidText + 1),
        rows: 3,
        value: details.youSaid?.join('\n'),
      })}
      ${field({ id: 'f-tags', name: 'tags', label: 'form.tags', hint: 'form.tagsHint', maxlength: 600, value: details.tags?.join(', ') })}
      ${dayFields(view, {
        id: 'f-review',
        legend: view.t('form.reviewOn'),
        hint: view.t('form.dayHint'),
        value: details.reviewOn ?? null,
      })}
      ${
        existing
          ? nothing
          : html`<fieldset>
            <legend>${view.t('form.status')}</legend>
            ${radioChoices({
              id: 'f-status',
              name: 'status',
              options: STARTING_STATUSES.map((status) => [status, view.t(`status.${status}`)] as const),
              checked: 'agreed',
            })}
          </fieldset>`
      }
      <fieldset class="board-choice">
        <legend>${view.t('form.board')}</legend>
        ${checkboxField({
          id: 'f-board',
          name: 'board-shown',
          label: view.t('form.boardShown'),
          hint: view.t('form.boardHint'),
          checked: details.board?.shown ?? false,
        })}
        <div class="board-fields">
          ${BOARD_FIELDS.map((boardField) =>
            checkboxField({
              id: `f-board-${boardField}`,
              name: 'board-field',
              value: boardField,
              label: view.t(`board.${boardField}`),
              checked: details.board?.fields.includes(boardField) ?? false,
            }),
          )}
        </div>
      </fieldset>
      <div class="row">
        <button type="submit" class="primary">${view.t(existing ? 'form.saveCorrection' : 'form.save')}</button>
        <button type="button" @click=${cancel}>${view.t('form.cancel')}</button>
      </div>
    </form>
  </section>`;
}
