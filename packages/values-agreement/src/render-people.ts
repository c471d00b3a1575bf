import {
  checkboxField,
  fieldError,
  formErrorSummary,
  hasOwn,
  isUnkeyable,
  PARTICIPANT_LIMITS,
  refuseField,
  requiredFromForm,
  textInput,
} from '@coproduce/core';
import { nothing, type TemplateResult } from 'lit';
import { html } from 'lit/static-html.js';
import { renderTurn } from './render-answers.js';
import type { ValuesAgreementView } from './view.js';

const NEW_PERSON = 'person-new';

/**
 * The people taking part: who has answered how much, a turn for each person
 * to answer everything, adding and removing names, and private answering.
 */
export function renderPeople(view: ValuesAgreementView): TemplateResult {
  const total = view.doc.items.length;
  const setPrivate = (on: boolean) => {
    view.setUi({ entry: null, turn: null });
    view.dispatch({ type: 'set-private', on });
  };
  return html`
    <section class="people-section no-print" part="people" aria-labelledby="people-heading">
      <${view.headings.section} class="h-section" id="people-heading">${view.t('people.heading')}</${view.headings.section}>
      <p class="hint" id="people-hint">${view.t('people.hint')}</p>
      ${view.people.length
        ? html`<ul class="people" aria-labelledby="people-heading">
            ${view.people.map((person, index) => renderPerson(view, person, index, total))}
          </ul>`
        : html`<p class="empty">${view.t('people.empty')}</p>`}
      ${renderAddPerson(view)}
      ${checkboxField({
        id: 'private',
        label: view.t('people.private'),
        hint: view.t('people.privateHint'),
        checked: view.doc.privateAnswers,
        change: setPrivate,
      })}
    </section>
  `;
}

function renderPerson(view: ValuesAgreementView, person: string, index: number, total: number) {
  const answered = view.doc.items.filter((item) => hasOwn(item.responses, person)).length;
  const fromPage = view.pagePeople.includes(person);
  const startTurn = () => {
    view.setUi({ turn: person, entry: null });
    view.focusAfterRender(`#turn-${index}-panel input[type="radio"]`);
  };
  const remove = () => {
    if (view.ui.turn === person) view.setUi({ turn: null });
    view.dispatch({ type: 'remove-participant', name: person }, { announce: view.t('status.personRemoved', { name: person }) });
    view.focusAfterRender(`#${NEW_PERSON}`);
  };
  const hiddenName = html`<span class="visually-hidden"> ${person}</span>`;
  return html`<li class="person">
    <span class="person-name">${person}</span>
    <span class="person-answer">${view.t('people.progress', { count: answered, total })}</span>
    <span class="row">
      ${total
        ? html`<button type="button" class="small" id="turn-${index}" aria-expanded=${view.ui.turn === person} @click=${startTurn}>
            ${view.t('people.turn', { name: person })}
          </button>`
        : nothing}
      ${fromPage
        ? nothing
        : html`<button type="button" class="small" @click=${remove}>${view.t('action.remove')}${hiddenName}</button>`}
    </span>
    ${view.ui.turn === person ? renderTurn(view, person, index) : nothing}
  </li>`;
}

function renderAddPerson(view: ValuesAgreementView): TemplateResult {
  const add = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const name = requiredFromForm(view, form, 'name', NEW_PERSON, 'error.emptyName');
    if (name === null) return;
    const refuse = (key: 'error.nameTaken' | 'error.peopleFull' | 'error.nameUnusable') => refuseField(view, form, NEW_PERSON, key);
    if (view.people.some((person) => person.toLocaleLowerCase() === name.toLocaleLowerCase())) return refuse('error.nameTaken');
    if (isUnkeyable(name)) return refuse('error.nameUnusable');
    // The field's maxlength keeps a name within the limit.
    if (view.people.length >= PARTICIPANT_LIMITS.count) return refuse('error.peopleFull');
    if (view.dispatch({ type: 'add-participant', name }, { announce: view.t('status.personAdded', { name }) })) {
      form.reset();
      view.focusAfterRender(`#${NEW_PERSON}`);
    }
  };
  return html`
    <form class="add-item" id="add-person" novalidate @submit=${add}>
      ${formErrorSummary(view, 'add-person', [NEW_PERSON])}
      <label for=${NEW_PERSON}>${view.t('people.add')}</label>
      ${fieldError(view, NEW_PERSON)}
      <div class="row">
        ${textInput(view, { id: NEW_PERSON, name: 'name', maxlength: PARTICIPANT_LIMITS.name, hints: ['people-hint'] })}
        <button type="submit">${view.t('people.addButton')}</button>
      </div>
    </form>
  `;
}
