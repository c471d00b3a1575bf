import type { MessageParams, SharedKey } from '@coproduce/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { FeedbackFormKey } from './i18n/catalogues.js';

interface Strings {
  t(key: FeedbackFormKey | SharedKey, params?: MessageParams): string;
}

/**
 * The GOV.UK error summary: every problem, each a link that takes the person
 * to its field. It takes focus when shown (its id is `error-summary`).
 */
export function renderSummary(
  view: Strings,
  items: readonly { focus: string; message: string }[],
  goTo: (fieldId: string) => void,
): TemplateResult | typeof nothing {
  if (!items.length) return nothing;
  const go = (event: Event, target: string) => {
    event.preventDefault();
    goTo(target);
  };
  return html`<div class="problem" id="error-summary" part="summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
    <h3 id="error-summary-title">${view.t('error.heading')}</h3>
    <ul>
      ${items.map((item) => html`<li><a href="#${item.focus}" @click=${(event: Event) => go(event, item.focus)}>${item.message}</a></li>`)}
    </ul>
  </div>`;
}

/** Thanks: sent, or kept in the browser to send later; with the "you said, we did" link when there is one. */
export function renderDone(view: Strings, done: { queued: boolean; href: string | undefined; again: () => void }): TemplateResult {
  const reason = navigator.onLine === false ? 'queued.offline' : 'queued.server';
  return html`<div class="done" part="done">
    <h2 id="done-heading" tabindex="-1">${view.t(done.queued ? 'queued.heading' : 'sent.heading')}</h2>
    <p>${view.t(done.queued ? reason : 'sent.body')}</p>
    ${done.href ? html`<p><a href=${done.href}>${view.t('sent.loop')}</a></p>` : nothing}
    <button type="button" id="again" @click=${done.again}>${view.t('sent.again')}</button>
  </div>`;
}
