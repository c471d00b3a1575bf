import {
  describedBy,
  fieldError,
  formErrorSummary,
  invalid,
  pictured,
  requiredFromForm,
  textFromForm,
} from '@coproduce/core';
import { nothing, type TemplateResult } from 'lit';
import { html } from 'lit/static-html.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { STAGES, type Stage } from './marks.js';
import { LIMITS } from './schema.js';
import type { MarkScorerView } from './view.js';

/**
 * The lake of ideas: notes that belong to another stage, kept for the whole
 * session whichever stage is showing, so nothing said in the room is lost.
 */
export function renderLake(view: MarkScorerView): TemplateResult {
  const fieldId = 'idea-text';
  const add = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const text = requiredFromForm(view, form, 'text', fieldId, 'error.emptyIdea');
    if (text === null) return;
    const stage = textFromForm(form, 'stage') as Stage;
    const added = view.dispatch(
      { type: 'add-idea', id: view.newId(), text, stage, at: new Date().toISOString() },
      { announce: view.t('status.ideaAdded', { stage: view.t(`stage.${stage}`) }) },
    );
    if (added) (form.elements.namedItem('text') as HTMLTextAreaElement).value = '';
  };
  const stagesWithIdeas = STAGES.filter((stage) => view.doc.ideas.some((idea) => idea.stage === stage));
  return html`
    <section class="lake" part="lake" aria-labelledby="lake-heading">
      <${view.headings.section} class="h-section" id="lake-heading">${pictured(view, 'lake', view.t('lake.heading'))}</${view.headings.section}>
      <p class="hint" id="lake-hint">${view.t('lake.hint')}</p>
      ${
        stagesWithIdeas.length
          ? stagesWithIdeas.map((stage) => renderStageIdeas(view, stage))
          : html`<p class="empty">${view.t('lake.empty')}</p>`
      }
      ${
        view.readonly
          ? nothing
          : html`<form class="no-print" id="add-idea" novalidate @submit=${add}>
        ${formErrorSummary(view, 'add-idea', [fieldId])}
        <div class="field">
          <label for=${fieldId}>${view.t('lake.ideaLabel')}</label>
          ${fieldError(view, fieldId)}
          <textarea
            id=${fieldId}
            name="text"
            rows="2"
            maxlength=${LIMITS.idea}
            aria-describedby=${ifDefined(describedBy(view, fieldId, 'lake-hint'))}
            aria-invalid=${invalid(view, fieldId)}
          ></textarea>
        </div>
        <div class="field">
          <label for="idea-stage">${view.t('lake.stageLabel')}</label>
          <!-- ?selected sets the first render; .value follows a later change of stage, even after someone chose another. -->
          <select id="idea-stage" name="stage" .value=${view.activeStage}>
            ${STAGES.map(
              (stage) =>
                html`<option value=${stage} ?selected=${stage === view.activeStage}>${view.t(`stage.${stage}`)}</option>`,
            )}
          </select>
        </div>
        <button type="submit">${view.t('lake.add')}</button>
      </form>`
      }
    </section>
  `;
}

function renderStageIdeas(view: MarkScorerView, stage: Stage): TemplateResult {
  const ideas = view.doc.ideas.filter((idea) => idea.stage === stage);
  const headingId = `ideas-${stage}`;
  return html`
    <${view.headings.sub} class="h-sub" id=${headingId}>${view.t(`stage.${stage}`)}</${view.headings.sub}>
    <ul class="ideas" aria-labelledby=${headingId}>
      ${repeat(
        ideas,
        (idea) => idea.id,
        (idea) => html`<li class="item">
          <span class="item-text">${idea.text}</span>
          <span class="added">${view.formatDate(idea.addedAt)}</span>
          ${
            // A participant adds ideas; removing one is the facilitator's.
            view.readonly || view.participant
              ? nothing
              : html`<button
            type="button"
            class="small no-print"
            @click=${() => {
              view.dispatch(
                { type: 'remove-idea', ideaId: idea.id },
                { announce: view.t('status.itemRemoved', { text: idea.text }) },
              );
              view.focusAfterRender(`#idea-text`);
            }}
          >
            ${view.t('action.remove')}<span class="visually-hidden"> “${idea.text}”</span>
          </button>`
          }
        </li>`,
      )}
    </ul>
  `;
}
