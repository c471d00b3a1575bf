import { pictured, type Headings, type MessageParams, type SharedKey } from '@coproduce/core';
import { nothing, type TemplateResult } from 'lit';
import { html } from 'lit/static-html.js';
import type { FeedbackFormKey } from './i18n/catalogues.js';

interface Strings {
  t(key: FeedbackFormKey | SharedKey, params?: MessageParams): string;
  readonly headings: Headings;
  /** True while the element shows Easy Read. */
  readonly inEasyRead: boolean;
}

/** Sent before the page closed, and not yet known to have arrived: nothing to press, so nothing is sent twice. */
export function renderResuming(view: Strings): TemplateResult {
  return html`<div class="done resuming" part="done">
    <${view.headings.title} class="h-title" id="done-heading" tabindex="-1">${pictured(view, 'clock', view.t('resuming.heading'))}</${view.headings.title}>
    <p>${view.t('resuming.body')}</p>
  </div>`;
}

/** Thanks: sent, or kept in the browser to send later; with the "you said, we did" link when there is one. */
export function renderDone(view: Strings, done: { queued: boolean; href: string | null; again: () => void }): TemplateResult {
  const reason = navigator.onLine === false ? 'queued.offline' : 'queued.server';
  const h = view.headings.title;
  return html`<div class="done" part="done">
    <${h} class="h-title" id="done-heading" tabindex="-1">${pictured(view, 'done', view.t(done.queued ? 'queued.heading' : 'sent.heading'))}</${h}>
    <p>${view.t(done.queued ? reason : 'sent.body')}</p>
    ${done.href ? html`<p><a href=${done.href}>${view.t('sent.loop')}</a></p>` : nothing}
    <button type="button" id="again" @click=${done.again}>${view.t('sent.again')}</button>
  </div>`;
}
