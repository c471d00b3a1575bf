import { onDemand, pictured, textFromForm } from '@coproduce/core';
import { nothing, type TemplateResult } from 'lit';
import { html } from 'lit/static-html.js';
import { LIMITS, type Mark } from './schema.js';
import type { MarkScorerView } from './view.js';

/** The look back across rounds, fetched the first time a session has one to look back on. */
const reflection = onDemand(() => import('./render-reflection.js'));

/**
 * Rounds: a dated snapshot of the agreed scores, taken again later so the
 * group can look back. The reflection shows each mark's scores across rounds
 * as a chart and, with the same figures, as a table; then what moved most.
 */
export function renderRounds(view: MarkScorerView, marks: readonly Mark[]): TemplateResult {
  const rounds = view.doc.rounds;
  const save = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const label = textFromForm(form, 'label') || view.t('rounds.defaultLabel', { number: rounds.length + 1 });
    if (
      view.dispatch(
        { type: 'save-round', id: view.newId(), label, at: new Date().toISOString() },
        { announce: view.t('status.roundSaved', { label }) },
      )
    ) {
      form.reset();
    }
  };
  return html`
    <section class="rounds" part="rounds" aria-labelledby="rounds-heading">
      <${view.headings.section} class="h-section" id="rounds-heading">${pictured(view, 'calendar', view.t('rounds.heading'))}</${view.headings.section}>
      <p class="hint" id="rounds-hint">${view.t('rounds.hint')}</p>
      <p class="hint not-targets">${view.t('scores.notTargets')}</p>
      ${
        view.readonly
          ? nothing
          : html`<form class="no-print" novalidate @submit=${save}>
        <div class="field">
          <label for="round-label">${view.t('rounds.labelLabel')}</label>
          <p class="hint" id="round-label-hint">
            ${view.t('rounds.labelHint', { label: view.t('rounds.defaultLabel', { number: rounds.length + 1 }) })}
          </p>
          <input
            id="round-label"
            name="label"
            type="text"
            maxlength=${LIMITS.roundLabel}
            autocomplete="off"
            aria-describedby="round-label-hint"
          />
        </div>
        <button type="submit" class="primary">${view.t('rounds.save')}</button>
      </form>`
      }
      ${rounds.length ? (reflection.get(view)?.renderReflection(view, rounds, marks) ?? nothing) : html`<p class="empty">${view.t('rounds.empty')}</p>`}
    </section>
  `;
}
