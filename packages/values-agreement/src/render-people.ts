import { checkboxField, renderPeopleEditor } from '@coproduce/core';
import { nothing, type TemplateResult } from 'lit';
import { html } from 'lit/static-html.js';
import { hasAnswered } from './model.js';
import { renderTurn } from './render-answers.js';
import { answering, type ValuesAgreementView } from './view.js';

/** How far a person has got: how many items they have answered. */
const progress = (view: ValuesAgreementView, person: string) =>
  view.t('people.progress', {
    count: view.doc.items.filter((item) => hasAnswered(item, person)).length,
    total: view.doc.items.length,
  });

/**
 * The people taking part: who has answered how much, a turn for each person
 * to answer everything, adding, renaming and removing names, who is not here
 * today, and private answering. Read-only, only who is taking part and how
 * far each has got.
 */
export function renderPeople(view: ValuesAgreementView): TemplateResult {
  if (!view.editable) return renderPeopleList(view);
  const total = view.doc.items.length;
  const setPrivate = (on: boolean) => {
    view.setUi(answering({ entry: null, turn: null }));
    view.dispatch({ type: 'set-private', on });
  };
  const startTurn = (person: string, index: number) => {
    view.setUi(answering({ turn: person, entry: null }));
    view.focusAfterRender(`#turn-${index}-panel input[type="radio"]`);
  };
  return html`
    <section class="people-section no-print" part="people" aria-labelledby="people-heading">
      <${view.headings.section} class="h-section" id="people-heading">${view.t('people.heading')}</${view.headings.section}>
      <p class="hint" id="people-hint">${view.t('people.hint')}</p>
      ${renderPeopleEditor(view, {
        people: view.people,
        fromPage: view.pagePeople,
        absent: view.doc.absent,
        renaming: view.ui.renaming,
        setRenaming: (renaming) => view.setUi({ renaming }),
        act: (action, announce) => {
          if ((action.type === 'remove-participant' || action.type === 'set-absent') && view.ui.turn === action.name) {
            view.setUi(answering({ turn: null }));
          }
          return view.dispatch(action, { announce });
        },
        status: (person) => progress(view, person),
        actions: (person, index) =>
          total
            ? html`<button type="button" class="small" id="turn-${index}" aria-expanded=${view.ui.turn === person} @click=${() => startTurn(person, index)}>
                ${view.t('people.turn', { name: person })}
              </button>`
            : nothing,
        below: (person, index) => (view.ui.turn === person ? renderTurn(view, person, index) : nothing),
        hintId: 'people-hint',
      })}
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

/** The people taking part, to read: each name, and how far they have got or that they are not here today. */
function renderPeopleList(view: ValuesAgreementView): TemplateResult {
  const { people } = view;
  return html`
    <section class="people-section no-print" part="people" aria-labelledby="people-heading">
      <${view.headings.section} class="h-section" id="people-heading">${view.t('people.heading')}</${view.headings.section}>
      ${
        people.length
          ? html`<ul class="people">
            ${people.map((person) => {
              const absent = view.doc.absent.includes(person);
              return html`<li class="person ${absent ? 'absent' : ''}">
                <span class="person-name">${person}</span>
                <span class="person-answer">${absent ? view.t('people.absentStatus') : progress(view, person)}</span>
              </li>`;
            })}
          </ul>`
          : html`<p class="empty">${view.t('people.empty')}</p>`
      }
    </section>
  `;
}
