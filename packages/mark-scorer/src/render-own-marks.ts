import { fieldError, formErrorSummary, requiredFromForm, textFromForm, textInput } from '@coproduce/core';
import { nothing, type TemplateResult } from 'lit';
import { html } from 'lit/static-html.js';
import { LIMITS, type Mark } from './schema.js';
import { domId, type MarkScorerView } from './view.js';

/** Default marks the group hid: listed so they can be shown again, never lost. */
export function renderHiddenMarks(view: MarkScorerView, hidden: readonly Mark[]): TemplateResult | typeof nothing {
  if (hidden.length === 0 || view.readonly) return nothing;
  return html`
    <details class="hidden-marks no-print" open>
      <summary id="hidden-marks-summary">${view.t('hidden.heading', { count: hidden.length })}</summary>
      <ul>
        ${hidden.map((mark) => {
          const name = view.markName(mark);
          const show = () => {
            const open = new Set(view.ui.open).add(mark.id);
            view.setUi({ open });
            view.dispatch(
              { type: 'set-hidden', markId: mark.id, hidden: false },
              {
                announce: view.t('status.markShown', { mark: name }),
              },
            );
            view.focusAfterRender(`#${domId(mark.id, 'summary')}`);
          };
          return html`<li class="item">
            <span class="item-text">${name}</span>
            <button type="button" class="small" @click=${show}>
              ${view.t('hidden.show')}<span class="visually-hidden"> “${name}”</span>
            </button>
          </li>`;
        })}
      </ul>
    </details>
  `;
}

/** A mark of the group's own, added to the stage on show. */
export function renderAddMark(view: MarkScorerView): TemplateResult | typeof nothing {
  if (view.readonly) return nothing;
  const nameId = 'new-mark-name';
  const add = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const name = requiredFromForm(view, form, 'name', nameId, 'error.emptyMarkName');
    if (name === null) return;
    const id = view.newId();
    const added = view.dispatch(
      { type: 'add-mark', id, stage: view.activeStage, name, description: textFromForm(form, 'description') },
      { announce: view.t('status.markAdded', { mark: name }) },
    );
    if (added) {
      form.reset();
      view.setUi({ open: new Set(view.ui.open).add(id) });
      view.focusAfterRender(`#${domId(id, 'summary')}`);
    }
  };
  return html`
    <section class="add-mark no-print" aria-labelledby="add-mark-heading">
      <${view.headings.section} class="h-section" id="add-mark-heading">${view.t('addMark.heading')}</${view.headings.section}>
      <p class="hint" id="add-mark-hint">${view.t('addMark.hint')}</p>
      <form id="add-mark" novalidate @submit=${add}>
        ${formErrorSummary(view, 'add-mark', [nameId])}
        <div class="field">
          <label for=${nameId}>${view.t('mark.nameLabel')}</label>
          ${fieldError(view, nameId)}
          ${textInput(view, { id: nameId, name: 'name', maxlength: LIMITS.markName, hints: ['add-mark-hint'] })}
        </div>
        <div class="field">
          <label for="new-mark-description">${view.t('mark.descriptionLabel')}</label>
          <textarea id="new-mark-description" name="description" rows="2" maxlength=${LIMITS.markDescription}></textarea>
        </div>
        <button type="submit">${view.t('addMark.submit')}</button>
      </form>
    </section>
  `;
}
