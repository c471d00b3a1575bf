import { pictured, type PictureName } from '@coproduce/core';
import { nothing, type TemplateResult } from 'lit';
import { html } from 'lit/static-html.js';
import { currentStatus, latestOutcome } from './model.js';
import type { Change, Decision, DecisionDetails, Result, Status } from './schema.js';
import type { DecisionLogView } from './view.js';

/** In Easy Read, the picture beside each status wherever it is shown. */
export const STATUS_PICTURES: Readonly<Record<Status, PictureName>> = {
  proposed: 'idea',
  agreed: 'agree',
  'in-progress': 'working',
  done: 'done',
  'not-possible': 'could-not',
};

/** In Easy Read, the picture beside what happened. */
export const RESULT_PICTURES: Readonly<Record<Result, PictureName>> = { did: 'done', 'could-not': 'could-not' };

/** A web address we will link to: http or https only, so no line can become a script link. */
function webAddress(line: string): URL | null {
  if (!/^https?:\/\//i.test(line)) return null;
  try {
    return new URL(line);
  } catch {
    return null;
  }
}

function renderYouSaid(line: string): TemplateResult {
  const url = webAddress(line);
  return url
    ? html`<li><a href=${url.href} rel="noopener noreferrer nofollow">${line}</a></li>`
    : html`<li><q>${line}</q></li>`;
}

function howText(view: DecisionLogView, how: NonNullable<DecisionDetails['how']>): string {
  switch (how.method) {
    case 'vote':
      return view.t('how.vote', {
        for: how.votes?.for ?? 0,
        against: how.votes?.against ?? 0,
        abstained: how.votes?.abstained ?? 0,
      });
    case 'delegated':
      return how.who ? view.t('how.delegated', { who: how.who }) : view.t('how.delegatedUnnamed');
    case 'not-ours':
      return view.t('how.not-ours', { who: how.who });
    default:
      return view.t(`how.${how.method}`);
  }
}

/**
 * What was decided and why, how, who took part, what it answers, tags and
 * review date: each only when it has something to say. The board passes its
 * public copy, whose hidden fields are already empty.
 */
export function renderDetails(view: DecisionLogView, details: DecisionDetails): TemplateResult {
  // In Easy Read each part has its picture beside its name.
  const entry = (
    name: PictureName | null,
    label: string,
    value: TemplateResult | string,
  ) => html`<dt>${name ? pictured(view, name, label) : label}</dt>
    <dd>${value}</dd>`;
  return html`<dl class="details">
    ${
      details.youSaid.length
        ? entry(
            'feedback',
            view.t('decision.youSaid'),
            html`<ul class="you-said">${details.youSaid.map(renderYouSaid)}</ul>`,
          )
        : nothing
    }
    ${entry('decision', view.t('decision.what'), details.what)} ${details.why ? entry('question', view.t('decision.why'), details.why) : nothing}
    ${details.how ? entry(null, view.t('decision.how'), howText(view, details.how)) : nothing}
    ${details.people.length ? entry('people', view.t('decision.people'), view.list(details.people)) : nothing}
    ${details.reviewOn ? entry('calendar', view.t('decision.reviewOn'), view.formatDay(details.reviewOn)) : nothing}
    ${
      details.tags.length
        ? entry(
            null,
            view.t('decision.tags'),
            html`<ul class="tags">${details.tags.map((tag) => html`<li>${tag}</li>`)}</ul>`,
          )
        : nothing
    }
  </dl>`;
}

/** Where a decision stands, and since when: "Agreed since 3 March 2026". */
export function statusLine(view: DecisionLogView, decision: Decision): TemplateResult {
  const status = currentStatus(decision);
  const words = view.t('decision.statusSince', {
    status: view.t(`status.${status.status}`),
    date: view.formatDay(status.on),
  });
  return html`<span class="status status-${status.status}">${pictured(view, STATUS_PICTURES[status.status], words)}</span>`;
}

/**
 * The lines under a decision's title: when it was decided, where it stands,
 * and `more` (what happened, due for review). Plain: one line, its parts
 * between "·". Easy Read: one idea to a line, each a sentence ("We decided
 * this on 10 February 2026." "Now: We did it."), no symbols between them.
 */
export function metaLines(
  view: DecisionLogView,
  decision: Decision,
  more: readonly TemplateResult[] = [],
): TemplateResult {
  const decided = view.t('row.decided', { date: view.formatDay(decision.decidedOn) });
  const parts = [html`${decided}`, statusLine(view, decision), ...more];
  if (view.inEasyRead) return html`${parts.map((part) => html`<p class="meta">${part}</p>`)}`;
  return html`<p class="meta">${parts.map((part, index) => (index ? html` · ${part}` : part))}</p>`;
}

/** What happened, if recorded: "We did: …" or "We couldn't, because: …". */
export function renderOutcome(view: DecisionLogView, decision: Decision): TemplateResult | typeof nothing {
  const outcome = latestOutcome(decision);
  if (!outcome) return nothing;
  const words = view.t(`outcome.${outcome.result}`, { text: outcome.text });
  return html`<p class="outcome outcome-${outcome.result}">${pictured(view, RESULT_PICTURES[outcome.result], words)}</p>`;
}

function renderChange(view: DecisionLogView, change: Change): TemplateResult {
  const when = change.type === 'edited' ? view.formatDate(change.at) : view.formatDay(change.on);
  switch (change.type) {
    case 'status':
      return html`<li>
        <span class="when">${when}</span> ${view.t('history.status', { status: view.t(`status.${change.status}`) })}
        ${change.note ? html`<span class="note">${change.note}</span>` : nothing}
      </li>`;
    case 'outcome':
      return html`<li>
        <span class="when">${when}</span> ${view.t(`history.${change.result}`)} <span class="note">${change.text}</span>
      </li>`;
    case 'edited':
      return html`<li>
        <span class="when">${when}</span> ${view.t('history.edited')}
        <div class="before">
          <p class="before-title">${change.before.title}</p>
          ${renderDetails(view, change.before)}
        </div>
      </li>`;
  }
}

/** Every status, outcome and correction, oldest first, as it was recorded. Nothing here is ever changed. */
export function renderHistory(view: DecisionLogView, decision: Decision): TemplateResult {
  return html`<section class="history" part="history" aria-labelledby="history-heading">
    <${view.headings.sub} class="h-sub" id="history-heading">${view.t('history.heading')}</${view.headings.sub}>
    <p class="hint">${view.t('history.recordedOn', { date: view.formatDate(decision.recordedAt) })}</p>
    <ol>
      ${decision.history.map((change) => renderChange(view, change))}
    </ol>
  </section>`;
}
