import type { TemplateResult } from 'lit';
import { html } from 'lit/static-html.js';
import type { MarkScorerView } from './view.js';

/** Research in Practice, whose "The mark of co-production" the Process marks come from. */
export const RESEARCH_IN_PRACTICE = 'https://www.researchinpractice.org.uk/';

/**
 * Where the marks come from, said where they are shown: the Process marks
 * credit Research in Practice's "The mark of co-production", with a link;
 * the other stages' marks are our own suggestions, and say so.
 */
export function renderSource(view: MarkScorerView): TemplateResult {
  if (view.activeStage !== 'process') return html`<p class="source">${view.t('source.ours')}</p>`;
  return html`<p class="source">
    ${view.t('source.rip')}
    <a href=${RESEARCH_IN_PRACTICE} target="_blank" rel="noopener noreferrer">${view.t('source.ripLink')}</a>
  </p>`;
}

/** The ongoing-review questions, for every meeting at every stage, not only at the Review. */
export function renderEveryMeeting(view: MarkScorerView): TemplateResult {
  return html`<aside class="every-meeting no-print" aria-labelledby="every-meeting-heading">
    <${view.headings.section} class="h-section" id="every-meeting-heading">${view.t('everyMeeting.heading')}</${view.headings.section}>
    <ul>
      ${view
        .t('everyMeeting.questions')
        .split('|')
        .map((question) => html`<li>${question}</li>`)}
    </ul>
  </aside>`;
}

/** Near the downloads: scores are the group's own reflection, never a target. */
export function renderScoresNote(view: MarkScorerView): TemplateResult {
  return html`<p class="hint not-targets">${view.t('scores.notTargets')}</p>`;
}
