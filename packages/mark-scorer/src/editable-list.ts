import { fieldError, formErrorSummary, pictured, requiredFromForm, textInput } from '@coproduce/core';
import { nothing, type TemplateResult } from 'lit';
import { html } from 'lit/static-html.js';
import { repeat } from 'lit/directives/repeat.js';
import type { ListKind } from './model.js';
import { LIMITS, type ListItem, type Mark } from './schema.js';
import { domId, type MarkScorerView } from './view.js';

const LIST_KEYS = {
  ladders: {
    picture: 'ladder',
    heading: 'ladders.heading',
    hint: 'ladders.hint',
    add: 'ladders.add',
    addButton: 'ladders.addButton',
    edit: 'ladders.edit',
    empty: 'ladders.empty',
  },
  snakes: {
    picture: 'snake',
    heading: 'snakes.heading',
    hint: 'snakes.hint',
    add: 'snakes.add',
    addButton: 'snakes.addButton',
    edit: 'snakes.edit',
    empty: 'snakes.empty',
  },
} as const;

/** The ladders (what helps) or snakes (what could set us back) of one mark: add, reword, remove. */
export function renderItemList(view: MarkScorerView, mark: Mark, list: ListKind): TemplateResult {
  const keys = LIST_KEYS[list];
  const base = domId(mark.id, list);
  const items = mark[list];
  const newField = `${base}-new`;
  const add = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const text = requiredFromForm(view, form, 'text', newField, 'error.emptyItem');
    if (text === null) return;
    if (
      view.dispatch(
        { type: 'add-item', markId: mark.id, list, id: view.newId(), text },
        {
          announce: view.t('status.itemAdded', { text }),
        },
      )
    ) {
      form.reset();
    }
  };
  return html`
    <div class="list ${list}">
      <${view.headings.sub} class="h-sub" id="${base}-heading">${pictured(view, keys.picture, view.t(keys.heading))}</${view.headings.sub}>
      <p class="hint" id="${base}-hint">${view.t(keys.hint)}</p>
      ${
        items.length
          ? html`<ul aria-labelledby="${base}-heading">
            ${repeat(
              items,
              (item) => item.id,
              (item) => renderItem(view, mark, list, item),
            )}
          </ul>`
          : html`<p class="empty">${view.t(keys.empty)}</p>`
      }
      ${
        view.readonly
          ? nothing
          : html`<form class="add-item no-print" id="${base}-add" novalidate @submit=${add}>
        ${formErrorSummary(view, `${base}-add`, [newField])}
        <label for=${newField}>${view.t(keys.add)}</label>
        ${fieldError(view, newField)}
        <div class="row">
          ${textInput(view, { id: newField, name: 'text', maxlength: LIMITS.listItem, hints: [`${base}-hint`] })}
          <button type="submit">${view.t(keys.addButton)}</button>
        </div>
      </form>`
      }
    </div>
  `;
}

function renderItem(view: MarkScorerView, mark: Mark, list: ListKind, item: ListItem): TemplateResult {
  const editing = view.ui.editingItem;
  const itemId = domId(mark.id, `${list}-${item.id}`);
  if (editing && editing.markId === mark.id && editing.list === list && editing.itemId === item.id) {
    return renderItemEditor(view, mark, list, item, itemId);
  }
  const startEditing = () => {
    view.setUi({ editingItem: { markId: mark.id, list, itemId: item.id } });
    view.focusAfterRender(`#${itemId}-input`);
  };
  const remove = () => {
    const position = mark[list].indexOf(item);
    const next = mark[list][position + 1] ?? mark[list][position - 1];
    view.dispatch(
      { type: 'remove-item', markId: mark.id, list, itemId: item.id },
      {
        announce: view.t('status.itemRemoved', { text: item.text }),
      },
    );
    view.focusAfterRender(next ? `#${domId(mark.id, `${list}-${next.id}`)}-edit` : `#${domId(mark.id, list)}-new`);
  };
  // A participant adds ladders and snakes; rewording or removing them is the facilitator's.
  if (view.readonly || view.participant) return html`<li class="item"><span class="item-text">${item.text}</span></li>`;
  return html`
    <li class="item">
      <span class="item-text">${item.text}</span>
      <span class="row no-print">
        <button type="button" class="small" id="${itemId}-edit" @click=${startEditing}>
          ${view.t('action.change')}<span class="visually-hidden"> “${item.text}”</span>
        </button>
        <button type="button" class="small" @click=${remove}>
          ${view.t('action.remove')}<span class="visually-hidden"> “${item.text}”</span>
        </button>
      </span>
    </li>
  `;
}

function renderItemEditor(
  view: MarkScorerView,
  mark: Mark,
  list: ListKind,
  item: ListItem,
  itemId: string,
): TemplateResult {
  const input = `${itemId}-input`;
  const finish = () => {
    view.setFieldError(input, null);
    view.setUi({ editingItem: null });
    view.focusAfterRender(`#${itemId}-edit`);
  };
  const save = (event: SubmitEvent) => {
    event.preventDefault();
    const text = requiredFromForm(view, event.currentTarget as HTMLFormElement, 'text', input, 'error.emptyItem');
    if (text === null) return;
    if (text !== item.text) {
      view.dispatch(
        { type: 'edit-item', markId: mark.id, list, itemId: item.id, text },
        {
          announce: view.t('status.saved'),
        },
      );
    }
    finish();
  };
  const cancelOnEscape = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      finish();
    }
  };
  return html`
    <li class="item editing">
      <form id="${itemId}-form" novalidate @submit=${save} @keydown=${cancelOnEscape}>
        ${formErrorSummary(view, `${itemId}-form`, [input])}
        <label for=${input}>${view.t(LIST_KEYS[list].edit)}</label>
        ${fieldError(view, input)}
        <div class="row">
          ${textInput(view, { id: input, name: 'text', maxlength: LIMITS.listItem, value: item.text })}
          <button type="submit" class="primary">${view.t('action.save')}</button>
          <button type="button" @click=${finish}>${view.t('action.cancel')}</button>
        </div>
      </form>
    </li>
  `;
}
