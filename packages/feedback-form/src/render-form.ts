import { formErrorSummary, pictured } from '@coproduce/core';
import { html } from 'lit/static-html.js';
import type { TemplateResult } from 'lit';
import { fieldsInOrder } from './answers.js';
import { renderContact, renderQuestion, type QuestionsView } from './render-questions.js';

/** What the form around the questions reads and does. */
export interface FormView extends QuestionsView {
  /** The questions from `src` are still loading. */
  readonly loading: boolean;
  /** In a host form: no form, send button or hidden field of its own. */
  readonly inForm: boolean;
  /** Nothing can be changed or sent: disabled, or being sent. */
  readonly locked: boolean;
  readonly sending: boolean;
  /** Where the answers are kept lets the page keep them (a browser may refuse). */
  readonly canKeepAnswers: boolean;
  send(event: Event): void;
  clearAnswers(): void;
}

/** The id of the form (or, in a host form, of the box round the questions); its error summary is `#feedback-errors`. */
export const FORM_ID = 'feedback';

/**
 * The questions with their title, the problems to put right (core's error
 * summary, linking to each field), the send button (with the hidden field
 * only programs fill in), and the note that answers are kept, with "Clear my
 * answers".
 */
export function renderForm(view: FormView): TemplateResult {
  const fields = html`<fieldset ?disabled=${view.locked} class="questions">
    ${view.loading ? html`<p class="empty" role="status">${view.t('loading')}</p>` : view.questions.map((question) => renderQuestion(view, question))}
    ${renderContact(view)}
  </fieldset>`;
  const body = view.inForm
    ? html`<div part="form" id=${FORM_ID}>${fields}</div>`
    : html`<form part="form" id=${FORM_ID} novalidate @submit=${(event: Event) => view.send(event)}>
        ${fields}
        <div class="trap" aria-hidden="true">
          <label for="website">${view.t('honeypot')}</label>
          <input id="website" name="website" type="text" tabindex="-1" autocomplete="off" />
        </div>
        <button type="submit" class="primary" ?disabled=${view.locked} aria-describedby="draft-kept">
          ${view.t(view.sending ? 'sending' : 'send')}
        </button>
      </form>`;
  const h = view.headings;
  // Where the browser keeps nothing, saying the answers are kept would not be true.
  return html`<${h.title} class="h-title" id="title" tabindex="-1">${pictured(view, 'feedback', view.t('title'))}</${h.title}>
    <p class="intro">${view.t('intro')}</p>
    ${formErrorSummary(view, FORM_ID, fieldsInOrder(view.questions))} ${body}
    <p class="hint" id="draft-kept">
      ${view.t(view.canKeepAnswers ? 'draft.kept' : 'draft.notKept')}
      <button type="button" class="link" id="clear" @click=${() => view.clearAnswers()}>${view.t('draft.clear')}</button>
    </p>`;
}
