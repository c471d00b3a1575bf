import { nothing, type TemplateResult } from 'lit';
import { html } from 'lit/static-html.js';
import { formErrorSummary } from './error-summary.js';
import { fieldError, refuseField, requiredFromForm, textInput, type FieldHost } from './form-fields.js';
import type { SharedKey } from './i18n/catalogues.js';
import type { MessageParams } from './i18n/message.js';
import { PARTICIPANT_LIMITS } from './participants.js';
import { samePerson, type PeopleAction } from './people.js';
import { pictured, type EasyReadHost } from './pictures/picture.js';
import { isUnkeyable } from './records.js';

/** What the people editor needs from its element. */
export interface PeopleEditorView<Key extends string> extends FieldHost<Key>, EasyReadHost {
  t(key: Key | SharedKey, params?: MessageParams): string;
  focusAfterRender(selector: string): void;
}

export interface PeopleEditorOptions {
  /** Everyone, in order: the page's names, then the group's. */
  people: readonly string[];
  /** The names the page gives: only the page can change or remove them. */
  fromPage: readonly string[];
  absent: readonly string[];
  /** The person whose name is being changed, if any. */
  renaming: string | null;
  setRenaming(name: string | null): void;
  /** Applies a change to the list, announcing it; false if it was refused. */
  act(action: PeopleAction, announce: string): boolean;
  /** What the element says about a person (how far they have got), after their name. */
  status?(person: string, index: number): unknown;
  /** The element's own buttons for a person. */
  actions?(person: string, index: number): unknown;
  /** Anything the element shows under a person (a turn being taken). */
  below?(person: string, index: number): unknown;
  /** The id of the hint the add field is described by. */
  hintId: string;
}

const ADD_FIELD = 'person-new';
const personId = (index: number, part: string) => `person-${index}-${part}`;

type Refusal = 'error.emptyName' | 'error.nameTaken' | 'error.nameUnusable' | 'error.peopleFull';

/** Why a name cannot be used for a new person, or for `current` renamed; null when it can. */
function refusal(people: readonly string[], name: string, current: string | null): Refusal | null {
  if (people.some((person) => person !== current && samePerson(person, name))) return 'error.nameTaken';
  if (isUnkeyable(name)) return 'error.nameUnusable';
  if (current === null && people.length >= PARTICIPANT_LIMITS.count) return 'error.peopleFull';
  return null;
}

/**
 * The people taking part, as every element with people keeps them: each
 * name, "not here today" (absent people neither hold anything up nor
 * count), changing a name or removing someone the group added, and adding a
 * person. Names only, never job titles.
 */
export function renderPeopleEditor<Key extends string>(
  view: PeopleEditorView<Key>,
  options: PeopleEditorOptions,
): TemplateResult {
  const { people } = options;
  return html`${
    people.length
      ? html`<ul class="people people-editor">
          ${people.map((person, index) => renderPerson(view, options, person, index))}
        </ul>`
      : html`<p class="empty">${view.t('people.empty')}</p>`
  }
    ${renderAddPerson(view, options)}`;
}

function renderPerson<Key extends string>(
  view: PeopleEditorView<Key>,
  options: PeopleEditorOptions,
  person: string,
  index: number,
) {
  const fromPage = options.fromPage.includes(person);
  const absent = options.absent.includes(person);
  const hiddenName = html`<span class="visually-hidden"> ${person}</span>`;
  if (options.renaming === person) return renderRename(view, options, person, index);
  const setAbsent = (event: Event) => {
    const away = (event.target as HTMLInputElement).checked;
    options.act(
      { type: 'set-absent', name: person, absent: away },
      view.t(away ? 'status.personAbsent' : 'status.personBack', { name: person }),
    );
  };
  const remove = () => {
    options.act({ type: 'remove-participant', name: person }, view.t('status.personRemoved', { name: person }));
    view.focusAfterRender(`#${ADD_FIELD}`);
  };
  const rename = () => {
    options.setRenaming(person);
    view.focusAfterRender(`#${personId(index, 'name')}`);
  };
  return html`<li class="person ${absent ? 'absent' : ''}">
    <span class="person-name">${person}</span>
    <span class="person-answer">${absent ? view.t('people.absentStatus') : (options.status?.(person, index) ?? nothing)}</span>
    <span class="row">
      <label class="absent-choice" for=${personId(index, 'absent')}>
        <input type="checkbox" id=${personId(index, 'absent')} .checked=${absent} @change=${setAbsent} />
        ${pictured(view, 'not-here', view.t('people.absent'))}${hiddenName}
      </label>
      ${absent ? nothing : (options.actions?.(person, index) ?? nothing)}
      ${
        fromPage
          ? nothing
          : html`<button type="button" class="small" id=${personId(index, 'rename')} @click=${rename}>${view.t('people.rename')}${hiddenName}</button>
            <button type="button" class="small" @click=${remove}>${view.t('action.remove')}${hiddenName}</button>`
      }
    </span>
    ${options.below?.(person, index) ?? nothing}
  </li>`;
}

function renderRename<Key extends string>(
  view: PeopleEditorView<Key>,
  options: PeopleEditorOptions,
  person: string,
  index: number,
) {
  const fieldId = personId(index, 'name');
  const formId = personId(index, 'rename-form');
  const back = () => view.focusAfterRender(`#${personId(index, 'rename')}`);
  const close = () => {
    view.setFieldError(fieldId, null);
    options.setRenaming(null);
    back();
  };
  const save = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const name = requiredFromForm(view, form, 'name', fieldId, 'error.emptyName');
    if (name === null) return;
    if (name === person) return close();
    const refused = refusal(options.people, name, person);
    if (refused) return refuseField(view, form, fieldId, refused);
    if (
      options.act(
        { type: 'rename-participant', from: person, to: name },
        view.t('status.personRenamed', { from: person, to: name }),
      )
    ) {
      view.setFieldError(fieldId, null);
      options.setRenaming(null);
      back();
    }
  };
  return html`<li class="person entering">
    <form id=${formId} novalidate @submit=${save} @keydown=${(event: KeyboardEvent) => event.key === 'Escape' && close()}>
      ${formErrorSummary(view, formId, [fieldId])}
      <label for=${fieldId}>${view.t('people.renameLabel', { name: person })}</label>
      ${fieldError(view, fieldId)}
      <div class="row">
        ${textInput(view, { id: fieldId, name: 'name', maxlength: PARTICIPANT_LIMITS.name, value: person, hints: [options.hintId] })}
        <button type="submit" class="primary">${view.t('people.renameSave')}</button>
        <button type="button" @click=${close}>${view.t('action.cancel')}</button>
      </div>
    </form>
  </li>`;
}

function renderAddPerson<Key extends string>(
  view: PeopleEditorView<Key>,
  options: PeopleEditorOptions,
): TemplateResult {
  const add = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const name = requiredFromForm(view, form, 'name', ADD_FIELD, 'error.emptyName');
    if (name === null) return;
    // The field's maxlength keeps a name within the limit.
    const refused = refusal(options.people, name, null);
    if (refused) return refuseField(view, form, ADD_FIELD, refused);
    if (options.act({ type: 'add-participant', name }, view.t('status.personAdded', { name }))) {
      form.reset();
      view.focusAfterRender(`#${ADD_FIELD}`);
    }
  };
  return html`<form class="add-item" id="add-person" novalidate @submit=${add}>
    ${formErrorSummary(view, 'add-person', [ADD_FIELD])}
    <label for=${ADD_FIELD}>${view.t('people.add')}</label>
    ${fieldError(view, ADD_FIELD)}
    <div class="row">
      ${textInput(view, { id: ADD_FIELD, name: 'name', maxlength: PARTICIPANT_LIMITS.name, hints: [options.hintId] })}
      <button type="submit">${view.t('people.addButton')}</button>
    </div>
  </form>`;
}
