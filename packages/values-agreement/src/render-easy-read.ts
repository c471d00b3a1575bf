import { picture, type PictureName } from '@coproduce/core';
import type { TemplateResult } from 'lit';
import { html } from 'lit/static-html.js';
import type { ItemStatus } from './model.js';
import { ANSWERS, type Answer } from './schema.js';
import type { ValuesAgreementView } from './view.js';

/** The picture beside each answer, wherever the answer is shown in Easy Read. */
export const ANSWER_PICTURES: Readonly<Record<Answer, PictureName>> = {
  agree: 'agree',
  concern: 'concern',
  'not-yet': 'not-yet',
  pass: 'pass',
};

/**
 * Easy Read only, near the top: the 4 answers, each with its picture, its
 * words and what it means, so consent is explained before anyone answers.
 */
export function renderAnswerKey(view: ValuesAgreementView): TemplateResult {
  return html`<section class="answer-key no-print" aria-labelledby="answer-key-heading">
    <${view.headings.section} class="h-section" id="answer-key-heading">${view.t('easy.answers.heading')}</${view.headings.section}>
    <ul class="explained-list">
      ${ANSWERS.map(
        (answer) => html`<li class="explained">
          ${picture(ANSWER_PICTURES[answer])}
          <div class="explained-words">
            <p><strong>${view.t(`answer.${answer}`)}</strong></p>
            <p>${view.t(`easy.answers.${answer}`)}</p>
          </div>
        </li>`,
      )}
    </ul>
  </section>`;
}

/** The picture beside where an item stands, as its closed card says it (see stateText). */
export function statePicture(view: ValuesAgreementView, status: ItemStatus): PictureName {
  if (!view.people.length) return 'people';
  if (!view.answersVisible) return 'private';
  if (status.state === 'agreed') return 'agree';
  if (status.state === 'blocked') return 'not-yet';
  return status.unanswered.length ? 'clock' : 'pass';
}
