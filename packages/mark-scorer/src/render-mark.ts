import { fieldError, formErrorSummary, requiredFromForm, textFromForm, textInput } from '@coproduce/core';
import { nothing, type TemplateResult } from 'lit';
import { html } from 'lit/static-html.js';
import { renderItemList } from './editable-list.js';
import { hasAnswered } from './model.js';
import { renderGuidance } from './render-guidance.js';
import { renderAgreedScore, renderIndividualScoring, renderSpread } from './render-scoring.js';
import { LIMITS, type Mark } from './schema.js';
import { domId, type MarkScorerView } from './view.js';

/** What the closed card says about a mark's score, so the list can be scanned. */
export function scoreSummary(view: MarkScorerView, mark: Mark): string {
  if (mark.agreed === 'pass') return view.t('summary.passed');
  if (typeof mark.agreed === 'number') return view.t('summary.agreed', { score: mark.agreed });
  if (view.activeMode === 'individual' && !mark.revealed) {
    const answered = view.presentNames.filter((person) => hasAnswered(mark, person)).length;
    return view.t('individual.progress', { count: answered, total: view.presentNames.length });
  }
  return view.t('summary.notYet');
}

/**
 * One mark as a native disclosure: the name and score status in the summary;
 * inside, what it means, notes, ladders, snakes and the score.
 */
export function renderMark(view: MarkScorerView, mark: Mark, printing: boolean): TemplateResult {
  const name = view.markName(mark);
  const toggle = (event: Event) => {
    // Printing opens every card; that is not the group choosing to open them.
    if (printing) return;
    const open = new Set(view.ui.open);
    if ((event.currentTarget as HTMLDetailsElement).open) open.add(mark.id);
    else open.delete(mark.id);
    view.setUi({ open });
  };
  const isOpen = printing || view.ui.open.has(mark.id);
  // A closed card renders only its summary: a session has 13 or more marks, and
  // their bodies are most of the DOM. Opening (or printing) renders the body.
  return html`
    <details class="mark" part="mark" id=${domId(mark.id, 'card')} ?open=${isOpen} @toggle=${toggle}>
      <summary id=${domId(mark.id, 'summary')}>
        <span class="mark-name">${name}</span>
        <span class="mark-status">${scoreSummary(view, mark)}</span>
      </summary>
      ${isOpen ? renderMarkBody(view, mark, name, printing) : nothing}
    </details>
  `;
}

function renderMarkBody(view: MarkScorerView, mark: Mark, name: string, printing: boolean): TemplateResult {
  const description = view.markDescription(mark);
  return html`
    <div class="mark-body">
      <${view.headings.section} class="h-section visually-hidden">${name}</${view.headings.section}>
      ${
        view.ui.editingMark === mark.id
          ? renderWordingEditor(view, mark, name, description)
          : description
            ? html`<p class="description">${description}</p>`
            : nothing
      }
      ${mark.preset ? renderGuidance(view, mark, printing) : nothing}
      ${view.readonly ? renderNotes(view, mark) : renderNotesField(view, mark)}
      <div class="lists">
        ${renderItemList(view, mark, 'ladders')} ${renderItemList(view, mark, 'snakes')}
      </div>
      ${
        view.readonly
          ? renderScoreRead(view, mark)
          : view.activeMode === 'individual'
            ? renderIndividualScoring(view, mark, name)
            : renderAgreedScore(view, mark, name)
      }
      <p class="print-only">${scoreSummary(view, mark)}</p>
      ${view.readonly ? nothing : renderMarkActions(view, mark, name)}
    </div>
  `;
}

/** The group's notes on a mark, to read. */
function renderNotes(view: MarkScorerView, mark: Mark): TemplateResult | typeof nothing {
  if (!mark.notes) return nothing;
  return html`<${view.headings.sub} class="h-sub">${view.t('notes.label')}</${view.headings.sub}>
    <p class="notes-read">${mark.notes}</p>`;
}

/** A mark's score, to read: the spread once revealed, and where the group stands. */
function renderScoreRead(view: MarkScorerView, mark: Mark): TemplateResult {
  return html`${view.activeMode === 'individual' && mark.revealed ? renderSpread(view, mark) : nothing}
    <p class="score-read no-print">${scoreSummary(view, mark)}</p>`;
}

function renderMarkActions(view: MarkScorerView, mark: Mark, name: string): TemplateResult {
  const reword = () => {
    view.setUi({ editingMark: mark.id });
    view.focusAfterRender(`#${domId(mark.id, 'name')}`);
  };
  const restore = () =>
    view.dispatch({ type: 'restore-wording', markId: mark.id }, { announce: view.t('status.wordingRestored') });
  const hide = () => {
    view.dispatch(
      { type: 'set-hidden', markId: mark.id, hidden: true },
      {
        announce: view.t('status.markHidden', { mark: name }),
      },
    );
    view.focusAfterRender('#hidden-marks-summary');
  };
  const remove = () => {
    view.offerUndo(view.t('status.markRemoved', { mark: name }));
    view.dispatch({ type: 'remove-mark', markId: mark.id });
  };
  const hiddenName = html`<span class="visually-hidden"> “${name}”</span>`;
  return html`
    <div class="row mark-actions no-print">
      ${
        view.ui.editingMark === mark.id
          ? nothing
          : html`<button type="button" class="small" @click=${reword}>${view.t('mark.reword')}${hiddenName}</button>`
      }
      ${
        mark.preset && mark.name !== undefined
          ? html`<button type="button" class="small" @click=${restore}>${view.t('mark.restore')}${hiddenName}</button>`
          : nothing
      }
      ${
        mark.preset
          ? html`<button type="button" class="small" @click=${hide}>${view.t('mark.hide')}${hiddenName}</button>`
          : html`<button type="button" class="small" @click=${remove}>${view.t('mark.remove')}${hiddenName}</button>`
      }
    </div>
  `;
}

function renderWordingEditor(view: MarkScorerView, mark: Mark, name: string, description: string): TemplateResult {
  const nameId = domId(mark.id, 'name');
  const descriptionId = domId(mark.id, 'description');
  const close = () => {
    view.setFieldError(nameId, null);
    view.setUi({ editingMark: null });
    view.focusAfterRender(`#${domId(mark.id, 'summary')}`);
  };
  const save = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const newName = requiredFromForm(view, form, 'name', nameId, 'error.emptyMarkName');
    if (newName === null) return;
    const newDescription = textFromForm(form, 'description');
    if (newName !== name || newDescription !== description) {
      view.dispatch(
        { type: 'edit-mark', markId: mark.id, name: newName, description: newDescription },
        { announce: view.t('status.saved') },
      );
    }
    close();
  };
  return html`
    <form
      class="wording"
      id=${domId(mark.id, 'wording')}
      novalidate
      @submit=${save}
      @keydown=${(event: KeyboardEvent) => event.key === 'Escape' && close()}
    >
      ${formErrorSummary(view, domId(mark.id, 'wording'), [nameId])}
      <div class="field">
        <label for=${nameId}>${view.t('mark.nameLabel')}</label>
        ${fieldError(view, nameId)}
        ${textInput(view, { id: nameId, name: 'name', maxlength: LIMITS.markName, value: name })}
      </div>
      <div class="field">
        <label for=${descriptionId}>${view.t('mark.descriptionLabel')}</label>
        <textarea id=${descriptionId} name="description" rows="2" maxlength=${LIMITS.markDescription} .value=${description}></textarea>
      </div>
      <div class="row">
        <button type="submit" class="primary">${view.t('action.save')}</button>
        <button type="button" @click=${close}>${view.t('action.cancel')}</button>
      </div>
    </form>
  `;
}

/** The group's notes on a mark, to write: saved as people type, after a pause, and at once on leaving the field. */
export function renderNotesField(view: MarkScorerView, mark: Mark): TemplateResult {
  const notesId = domId(mark.id, 'notes');
  return html`<div class="field">
    <label for=${notesId}>${view.t('notes.label')}</label>
    <p class="hint" id="${notesId}-hint">${view.t('notes.hint')}</p>
    <textarea
      id=${notesId}
      rows="3"
      maxlength=${LIMITS.notes}
      aria-describedby="${notesId}-hint"
      .value=${mark.notes}
      @input=${(event: Event) =>
        view.dispatch(
          { type: 'set-notes', markId: mark.id, notes: (event.target as HTMLTextAreaElement).value },
          { quiet: true },
        )}
      @change=${() => view.flushPendingSave()}
    ></textarea>
    <p class="print-only notes-print">${mark.notes}</p>
  </div>`;
}
