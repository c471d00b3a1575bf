import { pictured, type Headings } from '@coproduce/core';
import { html } from 'lit/static-html.js';
import type { TemplateResult } from 'lit';
import { drafts } from './draft.js';
import { renderContact, renderQuestion, type QuestionsView } from './render-questions.js';

/** What the form around the questions reads and does. */
export interface FormView extends QuestionsView {
  /** The questions from `src` are still loading. */
  readonly loading: boolean;
  /** In a host form: no form, send button or hidden field of its own. */
  readonly inForm: boolean;
  readonly headings: Headings;
}

/**
 * The questions with their title, the problems to put right, the send
 * button (with the hidden field only programs fill in), and the note that
 * answers are kept, with "Clear my answers".
 */
export function renderForm(
  view: FormView,
  form: { locked: boolean; sending: boolean; summary: unknown; send: (event: Event) => void; clear: () => void },
): TemplateResult {
  const fields = html`<fieldset ?disabled=${form.locked} class="questions">
    ${view.loading ? html`<p class="empty" role="status">${view.t('loading')}</p>` : view.questions.map((question) => renderQuestion(view, question))}
    ${renderContact(view)}
  </fieldset>`;
  const body = view.inForm
    ? html`<div part="form">${fields}</div>`
    : html`<form part="form" novalidate @submit=${form.send}>
        ${fields}
        <div class="trap" aria-hidden="true">
          <label for="website">${view.t('honeypot')}</label>
          <input id="website" name="website" type="text" tabindex="-1" autocomplete="off" />
        </div>
        <button type="submit" class="primary" ?disabled=${form.locked} aria-describedby="draft-kept">
          ${view.t(form.sending ? 'sending' : 'send')}
        </button>
      </form>`;
  const h = view.headings;
  // Where the browser keeps nothing, saying the answers are kept would not be true.
  return html`<${h.title} class="h-title" id="title" tabindex="-1">${pictured(view, 'feedback', view.t('title'))}</${h.title}>
    <p class="intro">${view.t('intro')}</p>
    ${form.summary} ${body}
    <p class="hint" id="draft-kept">
      ${view.t(drafts.canKeep() ? 'draft.kept' : 'draft.notKept')}
      <button type="button" class="link" id="clear" @click=${form.clear}>${view.t('draft.clear')}</button>
    </p>`;
}
