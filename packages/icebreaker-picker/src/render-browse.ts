import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { secondsEach } from './fit.js';
import { icebreakerNotes } from './render-pick.js';
import type { IcebreakerPickerView } from './view.js';

/** Every icebreaker that fits, quickest first, each with "Choose". Closed until asked for. */
export function renderBrowse(view: IcebreakerPickerView): TemplateResult {
  const { candidates, current } = view;
  return html`<details class="browse no-print" part="browse">
    <summary>${view.t('browse.summary', { count: candidates.length })}</summary>
    <ul class="fits">
      ${candidates.map((icebreaker) => {
        const title = view.titleOf(icebreaker);
        const about = [
          view.t('browse.each', { each: view.duration(secondsEach(icebreaker)) }),
          ...icebreakerNotes(view, icebreaker),
        ].join(' · ');
        return html`<li class="item">
          <span class="fit">
            <span class="fit-title" lang=${ifDefined(title.lang ?? undefined)}>${title.value}</span>
            <span class="hint">${about}</span>
          </span>
          ${
            icebreaker.id === current?.id
              ? html`<span class="hint">${view.t('browse.shown')}</span>`
              : html`<button type="button" class="small" data-choose=${icebreaker.id} @click=${() => view.choose(icebreaker.id)}>
                ${view.t('browse.choose')}<span class="visually-hidden">: ${title.value}</span>
              </button>`
          }
        </li>`;
      })}
    </ul>
  </details>`;
}
