import { easyPicture, own, pictured } from '@coproduce/core';
import { nothing, type TemplateResult } from 'lit';
import { html } from 'lit/static-html.js';
import type { ItemStatus } from './model.js';
import { hasAnswered, inShownOrder } from './model.js';
import { ANSWER_PICTURES } from './render-easy-read.js';
import { ANSWERS, LIMITS, type AgreementItem, type Answer } from './schema.js';
import { answering, domId, type ValuesAgreementView } from './view.js';

/** What the closed card says about an item, so the list can be scanned. */
export function stateText(view: ValuesAgreementView, status: ItemStatus): string {
  if (!view.people.length) return view.t('state.noPeople');
  const here = view.people.length - status.absent.length;
  if (!here) return view.t('state.nobodyHere');
  // While answers are private, say only how many have answered: "agreed" would give them away.
  if (!view.answersVisible) return view.t('state.hidden', { count: status.answered.length, total: here });
  if (status.state === 'agreed') return view.t('state.agreed');
  if (status.state === 'blocked') return view.t('state.blocked', { count: status.notYet.length });
  if (status.state === 'waiting') return view.t('state.waiting', { count: status.unanswered.length });
  return view.t('state.unsupported');
}

/** Who said what about an item; while answers are private, only who has answered. */
export function renderStatusDetail(view: ValuesAgreementView, status: ItemStatus): TemplateResult {
  const line = (key: Parameters<ValuesAgreementView['t']>[0], names: readonly string[]) =>
    names.length ? html`<p>${view.t(key, { names: view.list(names) })}</p>` : nothing;
  const notes = (key: 'detail.concerns' | 'detail.notYet', entries: ItemStatus['concerns']) =>
    entries.length
      ? html`<p class="notes-heading">${view.t(key)}</p>
          <ul class="notes">
            ${entries.map(
              ({ name, note }) =>
                html`<li>${view.t('detail.person', { name, note: note || view.t('detail.noNote') })}</li>`,
            )}
          </ul>`
      : nothing;
  if (!view.answersVisible) {
    return html`<div class="detail">
      ${line('detail.answered', status.answered)} ${line('detail.unanswered', status.unanswered)} ${line('detail.absent', status.absent)}
    </div>`;
  }
  return html`<div class="detail">
    ${line('detail.agreedBy', status.agreedBy)} ${notes('detail.concerns', status.concerns)}
    ${notes('detail.notYet', status.notYet)} ${line('detail.passed', status.passed)}
    ${line('detail.unanswered', status.unanswered)} ${line('detail.absent', status.absent)}
  </div>`;
}

const noteOf = (event: Event) => (event.target as HTMLTextAreaElement).value;

/**
 * One person's answer to one item: a native radio group (arrow keys move
 * between the four answers, the legend says who and what), and a note field
 * once the answer is a concern or "not yet".
 */
export function renderAnswerFieldset(
  view: ValuesAgreementView,
  item: AgreementItem,
  person: string,
  id: string,
): TemplateResult {
  // While answers are private, an answer given before is not shown again: changing it means choosing again.
  // On a participant's own phone it is theirs, and shown.
  const given = own(item.responses, person);
  const response = view.answersVisible || view.ui.chosen.has(item.id) || view.participant ? given : undefined;
  const choose = (event: Event) => {
    const target = event.target as HTMLInputElement;
    if (target.type !== 'radio') return;
    view.respond(item, person, target.value as Answer, response?.note ?? '');
  };
  // In Easy Read, what the value means is shown where people answer, not its name alone.
  const meaning = view.inEasyRead && item.meaning ? [`${id}-meaning`] : [];
  const hints = given && !response ? [...meaning, `${id}-hint`, `${id}-hint-2`] : [...meaning, `${id}-hint`];
  const noteKey = response?.answer === 'concern' ? 'answer.concernLabel' : 'answer.notYetLabel';
  const hasNote = response?.answer === 'concern' || response?.answer === 'not-yet';
  return html`
    <fieldset class="answer" aria-describedby=${hints.join(' ')} @change=${choose}>
      <legend>${view.t('answer.legend', { name: person, text: item.text })}</legend>
      ${meaning.length ? html`<p class="meaning" id="${id}-meaning">${view.t('item.meaning', { meaning: item.meaning })}</p>` : nothing}
      <p class="hint" id="${id}-hint">${view.t('answer.hint')}</p>
      ${hints.includes(`${id}-hint-2`) ? html`<p class="hint" id="${id}-hint-2">${view.t('answer.changeHint')}</p>` : nothing}
      <div class="answers">
        ${ANSWERS.map(
          (answer) => html`<label class="choice">
            <input type="radio" name=${id} value=${answer} .checked=${response?.answer === answer} />
            ${easyPicture(view, ANSWER_PICTURES[answer])}<span>${view.t(`answer.${answer}`)}</span>
          </label>`,
        )}
      </div>
      ${
        hasNote
          ? html`<div class="field note">
            <label for="${id}-note">${view.t(noteKey)}</label>
            <textarea
              id="${id}-note"
              rows="2"
              maxlength=${LIMITS.note}
              .value=${response.note}
              @input=${(event: Event) => view.respond(item, person, response.answer, noteOf(event), true)}
              @change=${(event: Event) => view.respond(item, person, response.answer, noteOf(event))}
            ></textarea>
          </div>`
          : nothing
      }
    </fieldset>
  `;
}

/** What a person's answer is, as the list of people says it: the answer itself only when answers are showing. */
export function answerText(view: ValuesAgreementView, item: AgreementItem, person: string): string {
  const response = own(item.responses, person);
  if (!response) return view.t('answer.none');
  return view.answersVisible ? view.t(`answer.${response.answer}`) : view.t('answer.given');
}

/** A person's answer in the list of people: in Easy Read, with its picture once answers are showing. */
function answerShown(view: ValuesAgreementView, item: AgreementItem, person: string) {
  const response = own(item.responses, person);
  const words = answerText(view, item, person);
  return response && view.answersVisible ? pictured(view, ANSWER_PICTURES[response.answer], words) : words;
}

/**
 * Everyone's answer to one item, one person at a time. Before answers are
 * shown together, nobody's answer is in the DOM except the person answering
 * now, so neither sight nor a screen reader can pick one up. Read-only, each
 * answer is shown as it can be seen now, with nothing to change it.
 */
export function renderItemAnswers(view: ValuesAgreementView, item: AgreementItem): TemplateResult {
  const headingId = domId(item.id, 'answers');
  return html`
    <${view.headings.sub} class="h-sub" id=${headingId}>${view.t('answer.heading')}</${view.headings.sub}>
    <ul class="people" aria-labelledby=${headingId}>
      ${view.people.map((person, index) => renderPersonAnswer(view, item, person, index))}
    </ul>
  `;
}

function renderPersonAnswer(view: ValuesAgreementView, item: AgreementItem, person: string, index: number) {
  const buttonId = domId(item.id, `person-${index}`);
  const entry = view.ui.entry;
  if (view.editable && entry && entry.itemId === item.id && entry.person === person) {
    const done = () => {
      view.setUi(answering({ entry: null }));
      if (!view.answersVisible) view.announce(view.t('status.hidden', { name: person }));
      view.focusAfterRender(`#${buttonId}`);
    };
    return html`<li class="person entering">
      ${renderAnswerFieldset(view, item, person, domId(item.id, `answer-${index}`))}
      <button type="button" class="primary" @click=${done}>
        ${view.t(view.answersVisible ? 'answer.done' : 'answer.donePrivate')}
      </button>
    </li>`;
  }
  const open = () => {
    view.setUi(answering({ entry: { itemId: item.id, person }, turn: null }));
    view.focusAfterRender(`input[name="${domId(item.id, `answer-${index}`)}"]`);
  };
  const answered = hasAnswered(item, person);
  const note = view.answersVisible ? own(item.responses, person)?.note : '';
  return html`<li class="person">
    <span class="person-name">${person}</span>
    <span class="person-answer">${answerShown(view, item, person)}${note ? html`: ${note}` : nothing}</span>
    ${
      view.editable
        ? html`<button type="button" class="small no-print" id=${buttonId} @click=${open}>
          ${view.t(answered ? 'answer.change' : 'answer.give', { name: person })}
        </button>`
        : nothing
    }
  </li>`;
}

/** One person answering every item in turn: values first, then ground rules. */
export function renderTurn(view: ValuesAgreementView, person: string, index: number): TemplateResult {
  const done = () => {
    view.setUi(answering({ turn: null }));
    if (!view.answersVisible) view.announce(view.t('status.hidden', { name: person }));
    view.focusAfterRender(`#turn-${index}`);
  };
  return html`<div class="turn" id="turn-${index}-panel">
    ${inShownOrder(view.doc.items).map((item) =>
      renderAnswerFieldset(view, item, person, domId(item.id, `turn-${index}`)),
    )}
    <button type="button" class="primary" id="turn-${index}-done" @click=${done}>
      ${view.t(view.answersVisible ? 'answer.done' : 'answer.donePrivate')}
    </button>
  </div>`;
}
