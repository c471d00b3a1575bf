import { pictured, type ElementView } from '@coproduce/core';
import { nothing, type TemplateResult } from 'lit';
import { html } from 'lit/static-html.js';
import type { FeedbackFormKey } from './i18n/catalogues.js';

/** What the messages after sending read and do. */
export interface StatusView extends ElementView<FeedbackFormKey> {
  /** Kept in the browser to send later, rather than sent. */
  readonly queued: boolean;
  /** The "you said, we did" address, when it is one that can be linked to. */
  readonly youSaidWeDid: string | null;
  /** Starts a new, empty form. */
  again(): void;
}

/** Sent before the page closed, and not yet known to have arrived: nothing to press, so nothing is sent twice. */
export function renderResuming(view: StatusView): TemplateResult {
  return html`<div class="done resuming" part="done">
    <${view.headings.title} class="h-title" id="done-heading" tabindex="-1">${pictured(view, 'clock', view.t('resuming.heading'))}</${view.headings.title}>
    <p>${view.t('resuming.body')}</p>
  </div>`;
}

/** Thanks: sent, or kept in the browser to send later; with the "you said, we did" link when there is one. */
export function renderDone(view: StatusView): TemplateResult {
  const reason = navigator.onLine === false ? 'queued.offline' : 'queued.server';
  const h = view.headings.title;
  return html`<div class="done" part="done">
    <${h} class="h-title" id="done-heading" tabindex="-1">${pictured(view, 'done', view.t(view.queued ? 'queued.heading' : 'sent.heading'))}</${h}>
    <p>${view.t(view.queued ? reason : 'sent.body')}</p>
    ${view.youSaidWeDid ? html`<p><a href=${view.youSaidWeDid}>${view.t('sent.loop')}</a></p>` : nothing}
    <button type="button" id="again" @click=${() => view.again()}>${view.t('sent.again')}</button>
  </div>`;
}
