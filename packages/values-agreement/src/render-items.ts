import {
  fieldError,
  formErrorSummary,
  pictured,
  refuseField,
  requiredFromForm,
  textFromForm,
  textInput,
} from '@coproduce/core';
import { nothing, type TemplateResult } from 'lit';
import { html } from 'lit/static-html.js';
import { repeat } from 'lit/directives/repeat.js';
import { renderItemAnswers, renderStatusDetail, stateText } from './render-answers.js';
import { statePicture } from './render-easy-read.js';
import { LIMITS, type AgreementItem, type ItemKind } from './schema.js';
import { domId, type ValuesAgreementView } from './view.js';

const KIND_KEYS = {
  value: {
    picture: 'value',
    heading: 'values.heading',
    hint: 'values.hint',
    empty: 'values.empty',
    add: 'values.add',
    addButton: 'values.addButton',
    label: 'item.valueLabel',
  },
  rule: {
    picture: 'rules',
    heading: 'rules.heading',
    hint: 'rules.hint',
    empty: 'rules.empty',
    add: 'rules.add',
    addButton: 'rules.addButton',
    label: 'item.ruleLabel',
  },
} as const;

/** The values, or the ground rules: their cards in the group's order, and a form to add one (unless read-only). */
export function renderItemSection(view: ValuesAgreementView, kind: ItemKind): TemplateResult {
  const keys = KIND_KEYS[kind];
  const items = view.doc.items.filter((item) => item.kind === kind);
  return html`
    <section class="items no-print" part="${kind}s" aria-labelledby="${kind}-heading">
      <${view.headings.section} class="h-section" id="${kind}-heading" tabindex="-1">${pictured(view, keys.picture, view.t(keys.heading))}</${view.headings.section}>
      <p class="hint">${view.t(keys.hint)}</p>
      ${
        items.length
          ? html`<ol class="cards">
            ${repeat(
              items,
              (item) => item.id,
              (item, index) => renderItemCard(view, item, index, items),
            )}
          </ol>`
          : html`<p class="empty">${view.t(keys.empty)}</p>`
      }
      ${view.editable ? renderAddItem(view, kind) : nothing}
    </section>
  `;
}

/**
 * One value or rule as a native disclosure: its words and where it stands in
 * the summary; inside, what it means, who said what, and its controls (none
 * when read-only). A closed card renders only its summary: an agreement can
 * hold 60 items.
 */
function renderItemCard(view: ValuesAgreementView, item: AgreementItem, index: number, siblings: AgreementItem[]) {
  const status = view.statusOf(item);
  const isOpen = view.ui.open.has(item.id);
  const toggle = (event: Event) => {
    const open = new Set(view.ui.open);
    if ((event.currentTarget as HTMLDetailsElement).open) open.add(item.id);
    else open.delete(item.id);
    view.setUi({ open });
  };
  const shownState = view.answersVisible && view.people.length ? status.state : 'waiting';
  return html`<li>
    <details class="card ${shownState}" part="item" id=${domId(item.id, 'card')} ?open=${isOpen} @toggle=${toggle}>
      <summary id=${domId(item.id, 'summary')}>
        <span class="item-text">${item.text}</span>
        <span class="item-state">${pictured(view, statePicture(view, status), stateText(view, status))}</span>
      </summary>
      ${
        isOpen
          ? html`<div class="card-body">
            ${
              view.editable && view.ui.editing === item.id
                ? renderItemEditor(view, item, status.state === 'agreed' && view.answersVisible)
                : html`${item.meaning ? html`<p class="meaning">${view.t('item.meaning', { meaning: item.meaning })}</p>` : nothing}
                ${renderStatusDetail(view, status)} ${renderItemAnswers(view, item)}
                ${view.editable ? renderItemActions(view, item, index, siblings) : nothing}`
            }
          </div>`
          : nothing
      }
    </details>
  </li>`;
}

function renderItemActions(view: ValuesAgreementView, item: AgreementItem, index: number, siblings: AgreementItem[]) {
  const hiddenText = html`<span class="visually-hidden"> “${item.text}”</span>`;
  const reword = () => {
    view.setUi({ editing: item.id });
    view.focusAfterRender(`#${domId(item.id, 'edit-text')}`);
  };
  const move = (by: -1 | 1) => {
    const position = index + by;
    view.dispatch(
      { type: 'move-item', itemId: item.id, by },
      {
        announce: view.t('status.moved', { text: item.text, position: position + 1 }),
      },
    );
    // Keep focus on the control pressed; at either end it goes, so focus the other.
    const atEnd = position === 0 || position === siblings.length - 1;
    view.focusAfterRender(`#${domId(item.id, atEnd ? (by < 0 ? 'down' : 'up') : by < 0 ? 'up' : 'down')}`);
  };
  const remove = () => {
    view.offerUndo(view.t('status.itemRemoved', { text: item.text }));
    view.dispatch({ type: 'remove-item', itemId: item.id });
  };
  return html`<div class="row no-print">
    <button type="button" class="small" @click=${reword}>${view.t('item.reword')}${hiddenText}</button>
    ${
      index > 0
        ? html`<button type="button" class="small" id=${domId(item.id, 'up')} @click=${() => move(-1)}>
          ${view.t('item.moveUp')}${hiddenText}
        </button>`
        : nothing
    }
    ${
      index < siblings.length - 1
        ? html`<button type="button" class="small" id=${domId(item.id, 'down')} @click=${() => move(1)}>
          ${view.t('item.moveDown')}${hiddenText}
        </button>`
        : nothing
    }
    <button type="button" class="small" @click=${remove}>${view.t('action.remove')}${hiddenText}</button>
  </div>`;
}

/** The words of an item, and for a value what it means in practice; shared by adding and rewording. */
function renderWordingFields(
  view: ValuesAgreementView,
  kind: ItemKind,
  base: string,
  item?: AgreementItem,
  hint?: string,
) {
  const textId = `${base}-text`;
  const meaningId = `${base}-meaning`;
  return html`
    <div class="field">
      <label for=${textId}>${view.t(item ? KIND_KEYS[kind].label : KIND_KEYS[kind].add)}</label>
      ${hint ? html`<p class="hint" id="${textId}-hint">${hint}</p>` : nothing} ${fieldError(view, textId)}
      ${textInput(view, {
        id: textId,
        name: 'text',
        maxlength: LIMITS.itemText,
        value: item?.text ?? '',
        hints: hint ? [`${textId}-hint`] : [],
      })}
    </div>
    ${
      kind === 'value'
        ? html`<div class="field">
          <label for=${meaningId}>${view.t('item.meaningLabel')}</label>
          <textarea id=${meaningId} name="meaning" rows="2" maxlength=${LIMITS.meaning} .value=${item?.meaning ?? ''}></textarea>
        </div>`
        : nothing
    }
  `;
}

function renderItemEditor(view: ValuesAgreementView, item: AgreementItem, agreed: boolean): TemplateResult {
  const base = domId(item.id, 'edit');
  const textId = `${base}-text`;
  const finish = () => {
    view.setFieldError(textId, null);
    view.setUi({ editing: null });
    view.focusAfterRender(`#${domId(item.id, 'summary')}`);
  };
  const save = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const text = requiredFromForm(view, form, 'text', textId, 'error.emptyItem');
    if (text === null) return;
    const meaning = item.kind === 'value' ? textFromForm(form, 'meaning') : '';
    if (text !== item.text || meaning !== item.meaning) {
      const version = view.doc.version;
      view.dispatch({
        type: 'edit-item',
        itemId: item.id,
        text,
        meaning,
        at: new Date().toISOString(),
        people: view.people,
      });
      view.announce(
        view.doc.version > version
          ? view.t('status.newVersion', { version: view.doc.version, text })
          : view.t('status.reworded', { text }),
      );
    }
    finish();
  };
  const hint = agreed ? view.t('item.rewordAgreed', { version: view.doc.version + 1 }) : view.t('item.rewordAsk');
  return html`
    <form
      class="wording"
      id="${base}-form"
      novalidate
      @submit=${save}
      @keydown=${(event: KeyboardEvent) => event.key === 'Escape' && finish()}
    >
      ${formErrorSummary(view, `${base}-form`, [textId])} ${renderWordingFields(view, item.kind, base, item, hint)}
      <div class="row">
        <button type="submit" class="primary">${view.t('action.save')}</button>
        <button type="button" @click=${finish}>${view.t('action.cancel')}</button>
      </div>
    </form>
  `;
}

function renderAddItem(view: ValuesAgreementView, kind: ItemKind): TemplateResult {
  const base = `add-${kind}`;
  const textId = `${base}-text`;
  const add = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const text = requiredFromForm(view, form, 'text', textId, 'error.emptyItem');
    if (text === null) return;
    if (view.doc.items.length >= LIMITS.items) return refuseField(view, form, textId, 'error.tooManyItems');
    const meaning = kind === 'value' ? textFromForm(form, 'meaning') : '';
    const added = view.dispatch(
      { type: 'add-items', items: [{ id: view.newId(), kind, text, meaning }] },
      { announce: view.t('status.itemAdded', { text }) },
    );
    if (added) {
      form.reset();
      view.focusAfterRender(`#${textId}`);
    }
  };
  return html`
    <form class="add-item no-print" id="${base}-form" novalidate @submit=${add}>
      ${formErrorSummary(view, `${base}-form`, [textId])} ${renderWordingFields(view, kind, base)}
      <button type="submit">${view.t(KIND_KEYS[kind].addButton)}</button>
    </form>
  `;
}
