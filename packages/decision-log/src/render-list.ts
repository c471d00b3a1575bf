import { onDemand, pictured } from '@coproduce/core';
import { nothing, type TemplateResult } from 'lit';
import { html } from 'lit/static-html.js';
import { repeat } from 'lit/directives/repeat.js';
import { timeline, type TimelineRow } from './find.js';
import { isDueForReview, latestOutcome } from './model.js';
import { metaLines, renderDetails, renderOutcome, RESULT_PICTURES } from './render-details.js';
import type { Decision } from './schema.js';
import type { DecisionLogView } from './view.js';

/**
 * Up to this many rows (or cards on the public board, each about twice a
 * row's work to draw), every one is in the page, so screen readers, heading
 * navigation and Find in page see them all; a longer list draws only those
 * near the screen. Measured: bench/README.md, "Every row in the page".
 */
export const VIRTUALISE_ABOVE = { rows: 500, cards: 250 } as const;

/**
 * The virtualizer, fetched when a list first gets long enough to need it.
 * Until it arrives a long list shows a screenful of its first rows, so there
 * is something to read at once; no more, since they are all drawn again when
 * it comes (drawing 500 to replace them made a 10,000-decision log slower to
 * be ready through the loader than in one file). If it cannot be fetched,
 * the list shows as many rows as a short list has, and says the rest are missing.
 */
const virtualList = onDemand(() => import('./virtual-list.js'));

/** Rows drawn while the virtualizer is on its way: more than a tall screen holds. */
const WHILE_FETCHING = 30;

/** How many of a long list's rows to draw without the virtualizer, `above` being the most a list draws in full. */
const drawnWithout = (above: number) => (virtualList.failed ? above : Math.min(above, WHILE_FETCHING));

/**
 * Where a row is in the whole list, said only when the list draws the rows
 * near the screen; with every row in the page, the browser counts them.
 */
type Place = { index: number; total: number } | null;

const setSize = (place: Place) => place?.total ?? nothing;
const posInSet = (place: Place) => (place ? place.index + 1 : nothing);

/** One decision in the list: its title opens it. */
function renderRow(view: DecisionLogView, decision: Decision, place: Place): TemplateResult {
  const outcome = latestOutcome(decision);
  return html`<div class="entry" role="listitem" aria-setsize=${setSize(place)} aria-posinset=${posInSet(place)}>
    <${view.headings.section} class="h-section entry-title">
      <button
        type="button"
        class="link"
        id="open-${decision.id}"
        data-decision=${decision.id}
        @click=${() => view.openDecision(decision.id)}
      >
        ${decision.title}
      </button>
    </${view.headings.section}>
    ${metaLines(view, decision, [
      ...(outcome
        ? [
            html`<span>${pictured(view, RESULT_PICTURES[outcome.result], view.t(outcome.result === 'did' ? 'row.did' : 'row.couldNot'))}</span>`,
          ]
        : []),
      ...(isDueForReview(decision, view.today) ? [html`<strong class="due">${view.t('row.due')}</strong>`] : []),
    ])}
    ${view.inEasyRead ? html`<p class="what">${pictured(view, 'decision', decision.what)}</p>` : nothing}
    ${decision.tags.length ? html`<ul class="tags">${decision.tags.map((tag) => html`<li>${tag}</li>`)}</ul>` : nothing}
  </div>`;
}

/** One decision on the public board: everything its public copy holds, with nothing to change. */
function renderCard(view: DecisionLogView, decision: Decision, place: Place): TemplateResult {
  return html`<div class="entry card" part="entry" role="listitem" aria-setsize=${setSize(place)} aria-posinset=${posInSet(place)}>
    <${view.headings.section} class="h-section entry-title">${decision.title}</${view.headings.section}>
    ${metaLines(view, decision)}
    ${renderOutcome(view, decision)} ${renderDetails(view, decision)}
  </div>`;
}

function renderTimelineRow(view: DecisionLogView, row: TimelineRow, place: Place): TemplateResult {
  if (row.kind === 'month') {
    const [year, month] = row.month.split('-');
    const name = view.t('date.months').split(',')[Number(month) - 1]!;
    return html`<div class="month" role="listitem" aria-setsize=${setSize(place)} aria-posinset=${posInSet(place)}>
      <${view.headings.section} class="h-section">${view.t('timeline.month', { month: name, year: year! })}</${view.headings.section}>
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
  return html`<div class="entry moment" role="listitem" aria-setsize=${setSize(place)} aria-posinset=${posInSet(place)}>
    <p><span class="when">${view.formatDay(change.on)}</span> ${title}: ${what}</p>
    ${change.type === 'status' && change.note ? html`<p class="note">${change.note}</p>` : nothing}
    ${change.type === 'outcome' ? html`<p class="note">${change.text}</p>` : nothing}
  </div>`;
}

/**
 * Said under the first rows when the virtualizer could not be fetched: the
 * list is not all there, and pressing the button asks for it again.
 */
function notAllShown(view: DecisionLogView, shown: number, total: number): TemplateResult | typeof nothing {
  if (!virtualList.failed) return nothing;
  return html`<div class="not-all-shown no-print" role="status">
    <p>${view.t('log.notAllShown', { shown, total })}</p>
    <button type="button" @click=${() => view.withPart(virtualList, () => undefined)}>${view.t('log.showAll')}</button>
  </div>`;
}

/** The list's box: focusable when it draws only the rows near the screen, so Tab reaches rows not yet drawn. */
function listBox(className: string, part: string | undefined, virtual: boolean, rows: unknown): TemplateResult {
  return virtual
    ? html`<div class="${className} virtual" role="list" part=${part ?? nothing} tabindex="0" aria-labelledby="showing">${rows}</div>`
    : html`<div class=${className} role="list" part=${part ?? nothing} aria-labelledby="showing">${rows}</div>`;
}

/**
 * The found decisions, as a list or a timeline. Up to `view.virtualiseAbove`
 * rows or cards, every one is in the page; a longer list draws only those
 * near the screen, each saying where it is in the whole list. Printing draws
 * every decision found, in full.
 */
export function renderFound(view: DecisionLogView, printing: boolean): TemplateResult {
  const { decisions } = view.found;
  const { order } = view.ui.query;
  if (view.ui.view === 'timeline') {
    const rows = timeline(decisions, order);
    const key = (row: TimelineRow) => (row.kind === 'month' ? row.month : row.change);
    if (printing || rows.length <= view.virtualiseAbove.rows) {
      return listBox(
        'found timeline',
        undefined,
        false,
        repeat(rows, key, (row) => renderTimelineRow(view, row, null)),
      );
    }
    const virtual = virtualList.get(view);
    if (!virtual) {
      const first = rows.slice(0, drawnWithout(view.virtualiseAbove.rows));
      return html`${listBox(
        'found timeline',
        undefined,
        false,
        repeat(first, key, (row, index) => renderTimelineRow(view, row, { index, total: rows.length })),
      )}${notAllShown(view, first.length, rows.length)}`;
    }
    const renderItem = (row: TimelineRow, index: number) => renderTimelineRow(view, row, { index, total: rows.length });
    return listBox('found timeline', undefined, true, virtual.virtualRows(rows, renderItem, key));
  }
  const key = (decision: Decision) => decision.id;
  if (printing)
    return listBox(
      'found',
      'list',
      false,
      repeat(decisions, key, (decision) => renderCard(view, decision, null)),
    );
  const draw = view.board ? renderCard : renderRow;
  const above = view.board ? view.virtualiseAbove.cards : view.virtualiseAbove.rows;
  if (decisions.length > above) {
    const renderItem = (decision: Decision, index: number) => draw(view, decision, { index, total: decisions.length });
    const virtual = virtualList.get(view);
    if (!virtual) {
      const first = decisions.slice(0, drawnWithout(above));
      return html`${listBox('found', 'list', false, repeat(first, key, renderItem))}${notAllShown(
        view,
        first.length,
        decisions.length,
      )}`;
    }
    return listBox('found', 'list', true, virtual.virtualRows(decisions, renderItem, key));
  }
  return listBox(
    'found',
    'list',
    false,
    repeat(decisions, key, (decision) => draw(view, decision, null)),
  );
}

/**
 * Focuses the button that opens a decision in the list (`index` is its place
 * there, or -1), or `fallback` if it is not in the list. A list that draws
 * only the rows near the screen is first scrolled to the row by its
 * virtualizer, which says when it has drawn a range of rows (`rangeChanged`):
 * the button takes focus once a range holds it.
 */
export function focusDecisionRow(root: ParentNode, id: string, index: number, fallback: string): void {
  const button = () => root.querySelector<HTMLElement>(`.found button[data-decision="${id}"]`);
  const focus = () => (button() ?? root.querySelector<HTMLElement>(fallback))?.focus();
  const list = root.querySelector('.found.virtual');
  const virtual = virtualList.loaded;
  if (!list || !virtual || index < 0 || button() || !virtual.scrollToRow(list, index, focus)) focus();
}
