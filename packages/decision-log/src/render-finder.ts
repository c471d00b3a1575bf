import { calendarDay, checkboxField, dayFields, pictured, radioChoices } from '@coproduce/core';
import { nothing, type TemplateResult } from 'lit';
import { html } from 'lit/static-html.js';
import { EMPTY_QUERY, type Query } from './find.js';
import { STATUSES, type Status } from './schema.js';
import { STATUS_PICTURES } from './render-details.js';
import type { DecisionLogView } from './view.js';

const fieldValue = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement).value;

/** True when no search or filter is set (the order is not a filter). */
export function isEmpty(query: Query): boolean {
  return (Object.keys(EMPTY_QUERY) as (keyof Query)[]).every(
    (key) => key === 'order' || query[key] === EMPTY_QUERY[key],
  );
}

/** How many decisions stand where: a count for each status, for the current search. */
export function renderCounts(view: DecisionLogView): TemplateResult {
  return html`<section class="counts" part="counts" aria-labelledby="counts-heading">
    <${view.headings.section} class="h-section" id="counts-heading">${view.t('counts.heading')}</${view.headings.section}>
    <ul>
      ${STATUSES.map(
        (status) => html`<li class="status-${status}">
          ${pictured(view, STATUS_PICTURES[status], view.t('counts.item', { status: view.t(`status.${status}`), count: view.found.counts[status] }))}
        </li>`,
      )}
    </ul>
  </section>`;
}

/**
 * A date to filter by, as day, month and year boxes. It is read when focus
 * leaves the three boxes or Enter is pressed in one, so nothing is judged
 * half typed. An impossible date is named at its field and filters nothing;
 * what was typed stays.
 */
function dateFilter(view: DecisionLogView, end: 'from' | 'to'): TemplateResult {
  const id = `filter-${end}`;
  const apply = (boxes: HTMLElement) => {
    const [day, month, year] = ['day', 'month', 'year'].map((part) =>
      boxes.querySelector<HTMLInputElement>(`#${id}-${part}`)!.value.trim(),
    ) as [string, string, string];
    const empty = !day && !month && !year;
    const date = empty ? null : calendarDay(day, month, year);
    const typed = empty || date ? undefined : `${year}-${month}-${day}`;
    const error = typed === undefined ? undefined : end === 'from' ? 'error.dayFrom' : 'error.dayTo';
    // Only what changed: focus moved away by a render must not start another.
    if (error !== view.fieldErrors[`${id}-day`]) view.setFieldError(`${id}-day`, error ?? null);
    if (typed !== view.ui.typedDays[end]) view.setUi({ typedDays: { ...view.ui.typedDays, [end]: typed } });
    if (date !== view.ui.query[end]) view.setQuery({ [end]: date });
  };
  const left = (event: FocusEvent) => {
    const boxes = event.currentTarget as HTMLElement;
    if (!boxes.contains(event.relatedTarget as Node | null)) apply(boxes);
  };
  const enter = (event: KeyboardEvent) => {
    if (event.key === 'Enter') apply(event.currentTarget as HTMLElement);
  };
  return html`<div class="date-filter" @focusout=${left} @keydown=${enter}>
    ${dayFields(view, {
      id,
      legend: view.t(end === 'from' ? 'find.from' : 'find.to'),
      hint: view.t('form.dayHint'),
      value: view.ui.typedDays[end] ?? view.ui.query[end],
    })}
  </div>`;
}

/** The search box and the filters. */
function renderFilters(view: DecisionLogView, tags: readonly string[]): TemplateResult {
  const { query } = view.ui;
  const select = (
    id: string,
    label: string,
    value: string,
    options: [string, string][],
    change: (value: string) => void,
  ) =>
    html`<div class="field">
      <label for=${id}>${label}</label>
      <select id=${id} .value=${value} @change=${(event: Event) => change(fieldValue(event))}>
        ${options.map(([optionValue, text]) => html`<option value=${optionValue} ?selected=${optionValue === value}>${text}</option>`)}
      </select>
    </div>`;
  return html`<div class="field">
      <label for="search">${view.t('find.search')}</label>
      <p class="hint" id="search-hint">${view.t('find.searchHint')}</p>
      <input
        id="search"
        type="search"
        autocomplete="off"
        aria-describedby="search-hint"
        .value=${query.text}
        @input=${(event: Event) => view.setQuery({ text: fieldValue(event) })}
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
      ${
        tags.length
          ? select(
              'filter-tag',
              view.t('find.tag'),
              query.tag ?? '',
              [['', view.t('find.any')], ...tags.map((tag): [string, string] => [tag, tag])],
              (value) => view.setQuery({ tag: value || null }),
            )
          : nothing
      }
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
    <div class="row dates">${dateFilter(view, 'from')} ${dateFilter(view, 'to')}</div>
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
    </fieldset>`;
}

/**
 * Search, filters, order and view: every change shows its result at once,
 * and says how many match. On the public board they fold away behind
 * "Search and filter", so the decisions come first on a phone; the fold
 * opens by itself while a search or filter is set, until it is closed.
 */
export function renderFinder(view: DecisionLogView, tags: readonly string[]): TemplateResult {
  const { query, typedDays } = view.ui;
  const active = !isEmpty(query) || Boolean(typedDays.from ?? typedDays.to);
  const clear = () => {
    view.setFieldError('filter-from-day', null);
    view.setFieldError('filter-to-day', null);
    view.setUi({ typedDays: {} });
    view.setQuery({ ...EMPTY_QUERY, order: query.order });
    view.focusAfterRender('#search');
  };
  const showing = html`<div class="row">
    <p id="showing" role="status">${view.t('find.showing', { count: view.found.decisions.length, total: view.shown.length })}</p>
    ${active ? html`<button type="button" class="small" @click=${clear}>${view.t('find.clear')}</button>` : nothing}
  </div>`;
  if (!view.board) {
    return html`<section class="finder no-print" part="finder" aria-labelledby="find-heading">
      <${view.headings.section} class="h-section" id="find-heading">${view.t('find.heading')}</${view.headings.section}>
      ${renderFilters(view, tags)} ${showing}
    </section>`;
  }
  const open = view.ui.finderOpen ?? active;
  const toggled = (event: Event) => {
    const now = (event.currentTarget as HTMLDetailsElement).open;
    if (now !== open) view.setUi({ finderOpen: now });
  };
  return html`<section class="finder folded no-print" part="finder" aria-labelledby="find-heading">
    <details ?open=${open} @toggle=${toggled}>
      <summary><span id="find-heading">${view.t('find.fold')}</span></summary>
      <div class="fold-body">${renderFilters(view, tags)}</div>
    </details>
    ${showing}
  </section>`;
}
