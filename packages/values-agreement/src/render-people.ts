import { checkboxField, hasOwn, renderPeopleEditor } from '@coproduce/core';
import { nothing, type TemplateResult } from 'lit';
import { html } from 'lit/static-html.js';
import { renderTurn } from './render-answers.js';
import type { ValuesAgreementView } from './view.js';

/**
 * The people taking part: who has answered how much, a turn for each person
 * to answer everything, adding, renaming and removing names, who is not here
 * today, and private answering.
 */
export function renderPeople(view: ValuesAgreementView): TemplateResult {
  const total = view.doc.items.length;
  const setPrivate = (on: boolean) => {
    view.setUi({ entry: null, turn: null });
    view.dispatch({ type: 'set-private', on });
  };
  const startTurn = (person: string, index: number) => {
    view.setUi({ turn: person, entry: null });
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
          if ((action.type === 'remove-participant' || action.type === 'set-absent') && view.ui.turn === action.name) view.setUi({ turn: null });
          return view.dispatch(action, { announce });
        },
        status: (person) => {
          const answered = view.doc.items.filter((item) => hasOwn(item.responses, person)).length;
          return view.t('people.progress', { count: answered, total });
        },
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
