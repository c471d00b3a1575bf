import { checkboxField, radioChoices } from '@coproduce/core';
import { html, nothing, type TemplateResult } from 'lit';
import { EMPTY_QUERY, type Query } from './find.js';
import { STATUSES, type Status } from './schema.js';
import type { DecisionLogView } from './view.js';

const valueOf = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement).value;

function isEmpty(query: Query): boolean {
  return (Object.keys(EMPTY_QUERY) as (keyof Query)[]).every((key) => key === 'order' || query[key] === EMPTY_QUERY[key]);
}

/** How many decisions stand where: a count for each status, for the current search. */
export function renderCounts(view: DecisionLogView): TemplateResult {
  return html`<section class="counts" part="counts" aria-labelledby="counts-heading">
    <h3 id="counts-heading">${view.t('counts.heading')}</h3>
    <ul>
      ${STATUSES.map(
        (status) => html`<li class="status-${status}">
          ${view.t('counts.item', { status: view.t(`status.${status}`), count: view.found.counts[status] })}
        </li>`,
      )}
    </ul>
  </section>`;
}

/** Search, filters, order and view: every change shows its result at once, and says how many match. */
export function renderFinder(view: DecisionLogView, tags: readonly string[]): TemplateResult {
  const { query } = view.ui;
  const select = (id: string, label: string, value: string, options: [string, string][], change: (value: string) => void) =>
    html`<div class="field">
      <label for=${id}>${label}</label>
      <select id=${id} .value=${value} @change=${(event: Event) => change(valueOf(event))}>
        ${options.map(([optionValue, text]) => html`<option value=${optionValue} ?selected=${optionValue === value}>${text}</option>`)}
      </select>
    </div>`;
  const date = (id: string, label: string, value: string | null, change: (value: string | null) => void) =>
    html`<div class="field">
      <label for=${id}>${label}</label>
      <input id=${id} type="date" .value=${value ?? ''} @change=${(event: Event) => change(valueOf(event) || null)} />
    </div>`;
  const total = view.shown.length;
  const clear = () => {
    view.setQuery({ ...EMPTY_QUERY, order: query.order });
    view.focusAfterRender('#search');
  };
  return html`<section class="finder no-print" part="finder" aria-labelledby="find-heading">
    <h3 id="find-heading">${view.t('find.heading')}</h3>
    <div class="field">
      <label for="search">${view.t('find.search')}</label>
      <p class="hint" id="search-hint">${view.t('find.searchHint')}</p>
      <input
        id="search"
        type="search"
        autocomplete="off"
        aria-describedby="search-hint"
        .value=${query.text}
        @input=${(event: Event) => view.setQuery({ text: valueOf(event) })}
      />
    </div>
    <div class="row filters">
      ${select(
        'filter-status',
        view.t('find.status'),
        query.status ?? '',
        [['', view.t('find.any')], ...STATUSES.map((status): [string, string] => [status, view.t(`status.${status}`)])],
        (value) => view.setQuery({ status: (value || null) as Status | null }),
      )}
      ${tags.length
        ? select(
            'filter-tag',
            view.t('find.tag'),
            query.tag ?? '',
            [['', view.t('find.any')], ...tags.map((tag): [string, string] => [tag, tag])],
            (value) => view.setQuery({ tag: value || null }),
          )
        : nothing}
      ${date('filter-from', view.t('find.from'), query.from, (from) => view.setQuery({ from }))}
      ${date('filter-to', view.t('find.to'), query.to, (to) => view.setQuery({ to }))}
      ${select(
        'filter-order',
        view.t('find.order'),
        query.order,
        [
          ['newest', view.t('find.newest')],
          ['oldest', view.t('find.oldest')],
        ],
        (value) => view.setQuery({ order: value === 'oldest' ? 'oldest' : 'newest' }),
      )}
    </div>
    ${checkboxField({
      id: 'filter-due',
      label: view.t('find.due'),
      checked: query.dueForReview,
      change: (dueForReview) => view.setQuery({ dueForReview }),
    })}
    <fieldset class="view-choice">
      <legend>${view.t('find.view')}</legend>
      ${radioChoices({
        id: 'view',
        name: 'view',
        options: (['list', 'timeline'] as const).map((kind) => [kind, view.t(`find.${kind}`)] as const),
        checked: view.ui.view,
        choose: (kind) => view.setUi({ view: kind }),
      })}
    </fieldset>
    <div class="row">
      <p id="showing" role="status">
        ${view.t('find.showing', { count: view.found.decisions.length, total })}
      </p>
      ${isEmpty(query) ? nothing : html`<button type="button" class="small" @click=${clear}>${view.t('find.clear')}</button>`}
    </div>
  </section>`;
}
