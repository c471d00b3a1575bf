import { pictured, renderParticipantNav } from '@coproduce/core';
import { nothing, type TemplateResult } from 'lit';
import { html } from 'lit/static-html.js';
import { inShownOrder } from './model.js';
import { renderOverallStatus, renderSummary } from './render-agreement.js';
import { renderAnswerFieldset, renderStatusDetail, stateText } from './render-answers.js';
import { renderAnswerKey, statePicture } from './render-easy-read.js';
import { domId, type ParticipantSeat, type ValuesAgreementView } from './view.js';

/** The heading of the item showing: focus goes there on Previous and Next, so a screen reader reads where they are. */
const HEADING_ID = 'participant-item';

/**
 * A participant's own view, on their own phone, in a live session: one value
 * or ground rule at a time, their own answer to it, and the agreement as it
 * stands. Showing everyone's answers, changing the wording, the people and
 * the files are the facilitator's, and are not in the DOM at all. Answers go
 * through `view.respond`, the same action the full element dispatches.
 */
export function renderParticipantView(view: ValuesAgreementView, seat: ParticipantSeat): TemplateResult {
  const { name } = seat;
  // The project asks "Who are you?"; until then nothing here can be theirs.
  if (name === null) return html`<p class="notice" id="participant-no-name">${view.t('participant.pickName')}</p>`;
  const items = inShownOrder(view.doc.items);
  const top = html`<p class="intro">${view.t('participant.intro', { name })}</p>
    ${view.inEasyRead ? renderAnswerKey(view) : nothing} ${renderOverallStatus(view)}`;
  if (!items.length) return html`${top}<p class="empty">${view.t('participant.noItems')}</p>`;
  const found = items.findIndex((item) => item.id === view.ui.participantItem);
  const index = Math.max(0, found);
  const item = items[index]!;
  const status = view.statusOf(item);
  const go = (to: number) => {
    view.setUi({ participantItem: items[to]!.id });
    view.focusAfterRender(`#${HEADING_ID}`);
  };
  const { section, sub } = view.headings;
  const position = { position: index + 1, total: items.length };
  return html`
    ${top}
    <section class="participant-item" part="item" aria-labelledby=${HEADING_ID}>
      <${section} class="h-section" id=${HEADING_ID} tabindex="-1">
        <span class="position">${view.t(item.kind === 'value' ? 'participant.positionValue' : 'participant.positionRule', position)}</span>
        <span class="participant-item-text">${item.text}</span>
      </${section}>
      ${
        // In Easy Read the answer's own fieldset says what it means, beside the answers.
        item.meaning && !(view.inEasyRead && view.editable)
          ? html`<p class="meaning">${view.t('item.meaning', { meaning: item.meaning })}</p>`
          : nothing
      }
      ${
        view.editable
          ? html`${renderAnswerFieldset(view, item, name, domId(item.id, 'own'))}
            <p class="participant-private">
              ${view.t(view.answersVisible ? 'participant.shown' : 'participant.staysHere')}
            </p>`
          : nothing
      }
      <div class="participant-stands">
        <${sub} class="h-sub">${view.t('participant.standsHeading')}</${sub}>
        <p>${pictured(view, statePicture(view, status), stateText(view, status))}</p>
        ${renderStatusDetail(view, status)}
      </div>
    </section>
    ${renderParticipantNav({
      label: view.t('participant.navLabel'),
      previous: view.t('participant.previous'),
      next: view.t('participant.next'),
      index,
      count: items.length,
      go,
    })}
    ${renderSummary(view)}
  `;
}
