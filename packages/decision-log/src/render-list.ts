import { flow } from '@lit-labs/virtualizer/layouts/flow.js';
import { virtualize } from '@lit-labs/virtualizer/virtualize.js';
import { html, nothing, type TemplateResult } from 'lit';
import { timeline, type TimelineRow } from './find.js';
import { isDueForReview, latestOutcome } from './model.js';
import { renderDetails, renderOutcome, statusLine } from './render-details.js';
import type { Decision } from './schema.js';
import type { DecisionLogView } from './view.js';

/**
 * Given, not left to the virtualizer's default, which it loads with a dynamic
 * import: a second file, when one file must be enough.
 */
const LAYOUT = flow();

/** The id of the button that opens a decision from the list: focus returns to it. */
const openButtonId = (decision: Decision) => `open-${decision.id}`;

/** One decision in the list: its title opens it. */
function renderRow(view: DecisionLogView, decision: Decision, index: number, total: number): TemplateResult {
  const outcome = latestOutcome(decision);
  return html`<div class="entry" role="listitem" aria-setsize=${total} aria-posinset=${index + 1}>
    <h3 class="entry-title">
      <button
        type="button"
        class="link"
        id=${openButtonId(decision)}
        data-decision=${decision.id}
        @click=${() => view.openDecision(decision.id)}
      >
        ${decision.title}
      </button>
    </h3>
    <p class="meta">
      ${view.t('row.decided', { date: view.formatDay(decision.decidedOn) })} · ${statusLine(view, decision)}
      ${outcome ? html`· <span>${view.t(outcome.result === 'did' ? 'row.did' : 'row.couldNot')}</span>` : nothing}
      ${isDueForReview(decision, view.today) ? html`· <strong class="due">${view.t('row.due')}</strong>` : nothing}
    </p>
    ${decision.tags.length ? html`<ul class="tags">${decision.tags.map((tag) => html`<li>${tag}</li>`)}</ul>` : nothing}
  </div>`;
}

/** One decision on the public board: everything its public copy holds, with nothing to change. */
function renderCard(view: DecisionLogView, decision: Decision, index: number, total: number): TemplateResult {
  return html`<div class="entry card" part="entry" role="listitem" aria-setsize=${total} aria-posinset=${index + 1}>
    <h3 class="entry-title">${decision.title}</h3>
    <p class="meta">${view.t('row.decided', { date: view.formatDay(decision.decidedOn) })} · ${statusLine(view, decision)}</p>
    ${renderOutcome(view, decision)} ${renderDetails(view, decision)}
  </div>`;
}

function renderTimelineRow(view: DecisionLogView, row: TimelineRow, index: number, total: number): TemplateResult {
  if (row.kind === 'month') {
    const [year, month] = row.month.split('-');
    const name = view.t('date.months').split(',')[Number(month) - 1]!;
    return html`<div class="month" role="listitem" aria-setsize=${total} aria-posinset=${index + 1}>
      <h3>${view.t('timeline.month', { month: name, year: year! })}</h3>
    </div>`;
  }
  const { change, decision } = row;
  const what =
    change.type === 'status'
      ? view.t('history.status', { status: view.t(`status.${change.status}`) })
      : view.t(`history.${change.result}`);
  const title = view.board
    ? html`<strong>${decision.title}</strong>`
    : html`<button type="button" class="link" data-decision=${decision.id} @click=${() => view.openDecision(decision.id)}>${decision.title}</button>`;
  return html`<div class="entry moment" role="listitem" aria-setsize=${total} aria-posinset=${index + 1}>
    <p><span class="when">${view.formatDay(change.on)}</span> ${title}: ${what}</p>
    ${change.type === 'status' && change.note ? html`<p class="note">${change.note}</p>` : nothing}
    ${change.type === 'outcome' ? html`<p class="note">${change.text}</p>` : nothing}
  </div>`;
}

/**
 * The found decisions, as a list or a timeline. Only the rows near the screen
 * are in the page (a log can hold 10,000), so each row says where it is in the
 * whole list; when printing, every row is drawn.
 */
export function renderFound(view: DecisionLogView, printing: boolean): TemplateResult {
  const { decisions } = view.found;
  if (view.ui.view === 'timeline') {
    const rows = timeline(decisions, view.ui.query.order);
    const renderItem = (row: TimelineRow, index: number) => renderTimelineRow(view, row, index, rows.length);
    return html`<div class="found timeline" role="list" tabindex="0" aria-labelledby="showing">
      ${printing ? rows.map(renderItem) : virtualize({ items: rows, renderItem, layout: LAYOUT })}
    </div>`;
  }
  // Printing draws every decision in full.
  const draw = view.board || printing ? renderCard : renderRow;
  const renderItem = (decision: Decision, index: number) => draw(view, decision, index, decisions.length);
  // Focusable: rows are drawn only near the screen, so a list below it has none
  // to Tab to; focusing the list scrolls it into view and its rows are drawn.
  return html`<div class="found" role="list" part="list" tabindex="0" aria-labelledby="showing">
    ${printing
      ? decisions.map(renderItem)
      : virtualize({ items: decisions as Decision[], renderItem, keyFunction: (decision) => decision.id, layout: LAYOUT })}
  </div>`;
}
