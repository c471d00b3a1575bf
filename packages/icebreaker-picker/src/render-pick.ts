import { nothing, type TemplateResult } from 'lit';
import { html } from 'lit/static-html.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { budgetSeconds, quickestOverTime, secondsEach, totalSeconds } from './fit.js';
import type { IcebreakerPickerKey } from './i18n/catalogues.js';
import { pictured, type Localised } from '@coproduce/core';
import { inEasyWords } from './easy-read-words.js';
import type { Icebreaker } from './schema.js';
import type { IcebreakerPickerView } from './view.js';

/** Text from an icebreaker, marked with its language when it is not the reader's. */
function words(view: IcebreakerPickerView, value: Localised<string>): TemplateResult {
  const { value: text, lang } = view.text(value);
  return lang ? html`<span lang=${lang}>${text}</span>` : html`${text}`;
}

/** What the icebreaker is like: its depth, and what it works without or needs. */
export function icebreakerNotes(view: IcebreakerPickerView, icebreaker: Icebreaker): string[] {
  const { needs, variants } = icebreaker;
  const notes: IcebreakerPickerKey[] = [`depth.${icebreaker.depth}`];
  if (!needs.speaking) notes.push('needs.noSpeaking');
  if (view.meeting.setting !== 'in-person' && (!needs.camera || variants?.noCamera)) notes.push('needs.camerasOff');
  if (needs.materials) notes.push('needs.materials');
  return notes.map((key) => view.t(key));
}

function variant(view: IcebreakerPickerView, heading: IcebreakerPickerKey, value: Localised<string> | undefined) {
  if (!value) return nothing;
  return html`<${view.headings.sub} class="h-sub">${view.t(heading)}</${view.headings.sub}>
    <p>${words(view, value)}</p>`;
}

function renderIcebreaker(view: IcebreakerPickerView, chosen: Icebreaker): TemplateResult {
  const { meeting } = view;
  // In Easy Read, a built-in icebreaker's steps and tips are in Easy Read words.
  const icebreaker = view.inEasyRead ? inEasyWords(chosen) : chosen;
  const steps = view.text(icebreaker.steps);
  const title = view.titleOf(chosen);
  // The way that suits this meeting comes first.
  const noCamera = meeting.setting === 'in-person' ? undefined : icebreaker.variants?.noCamera;
  const variants = [
    variant(view, 'pick.noCamera', noCamera),
    variant(view, 'pick.nonVerbal', icebreaker.variants?.nonVerbal),
  ];
  if (meeting.someNotSpeaking && !meeting.camerasOff) variants.reverse();
  return html`<article class="icebreaker" part="icebreaker" aria-labelledby="pick-title">
    <p class="eyebrow">${view.t(view.choice.kind === 'seed' ? 'pick.suggested' : 'pick.chosen')}</p>
    <${view.headings.section} class="h-section" id="pick-title" tabindex="-1" lang=${ifDefined(title.lang ?? undefined)}>${title.value}</${view.headings.section}>
    <p class="time">
      ${pictured(
        view,
        'clock',
        html`${view.t('pick.time', {
          each: view.duration(secondsEach(icebreaker)),
          total: view.duration(totalSeconds(icebreaker, meeting.groupSize)),
          count: meeting.groupSize,
        })}
        ${view.t('pick.budget', { budget: view.duration(budgetSeconds(meeting)) })}`,
      )}
    </p>
    <ul class="notes">
      ${icebreakerNotes(view, icebreaker).map((note) => html`<li>${note}</li>`)}
    </ul>
    <div class="say-first">
      <${view.headings.sub} class="h-sub">${pictured(view, 'feedback', view.t('pick.sayFirst'))}</${view.headings.sub}>
      <p>${pictured(view, 'pass', view.t('pick.optOut'))}</p>
      <p>${pictured(view, 'people', view.t('pick.namesOnly'))}</p>
      ${icebreaker.optOut ? html`<p>${words(view, icebreaker.optOut)}</p>` : nothing}
    </div>
    <${view.headings.sub} class="h-sub">${pictured(view, 'rules', view.t('pick.steps'))}</${view.headings.sub}>
    <ol lang=${ifDefined(steps.lang ?? undefined)}>
      ${steps.value.map((step) => html`<li>${step}</li>`)}
    </ol>
    <${view.headings.sub} class="h-sub">${view.t('pick.prepare')}</${view.headings.sub}>
    <p>${icebreaker.prepare ? words(view, icebreaker.prepare) : view.t('pick.nothingToPrepare')}</p>
    ${variants}
  </article>`;
}

/** Why nothing fits, and what would help: more time, other choices, or no icebreaker today. */
function renderNothingFits(view: IcebreakerPickerView): TemplateResult {
  const { meeting } = view;
  const quickest = quickestOverTime(view.library, meeting);
  const canAllow = quickest && quickest.percentNeeded <= 50;
  return html`<section class="none" part="icebreaker" aria-labelledby="none-heading">
    <${view.headings.section} class="h-section" id="none-heading">${pictured(view, 'question', view.t('none.heading'))}</${view.headings.section}>
    ${
      quickest
        ? html`<p>${view.t('none.time', { budget: view.duration(budgetSeconds(meeting)), count: meeting.groupSize })}</p>
          <p>
            ${view.t('none.quickest', {
              title: view.titleOf(quickest.icebreaker).value,
              total: view.duration(totalSeconds(quickest.icebreaker, meeting.groupSize)),
              percent: quickest.percentNeeded,
            })}
          </p>
          ${
            canAllow
              ? html`<p>
                <button type="button" id="allow" @click=${() => {
                  view.setMeeting({ budgetPercent: quickest.percentNeeded });
                  view.focusAfterRender('#pick-title');
                }}
                >
                  ${
                    // In Easy Read, the time it would allow rather than a percent.
                    view.inEasyRead
                      ? view.t('easy.none.allow', {
                          time: view.duration(budgetSeconds({ ...meeting, budgetPercent: quickest.percentNeeded })),
                        })
                      : view.t('none.allow', { percent: quickest.percentNeeded })
                  }
                </button>
              </p>`
              : nothing
          }`
        : html`<p>${view.t('none.choices')}</p>`
    }
    <p>${view.t('none.skip')}</p>
  </section>`;
}

/** The icebreaker on show with "Suggest another", or why nothing fits. */
export function renderPick(view: IcebreakerPickerView): TemplateResult {
  const { current } = view;
  // A participant in a live session sees the facilitator's icebreaker, once there is one, and nothing to change it by.
  if (view.timer.following)
    return current
      ? renderIcebreaker(view, current)
      : html`<p class="empty" role="status">${view.t('live.waiting')}</p>`;
  if (!current) return renderNothingFits(view);
  const only = view.candidates.length === 1;
  return html`${renderIcebreaker(view, current)}
    <div class="row no-print">
      ${
        only
          ? html`<p class="hint">${view.t('pick.onlyOne')}</p>`
          : html`<button type="button" id="another" class="primary" @click=${() => view.suggestAnother()}>${view.t('pick.another')}</button>`
      }
    </div>`;
}
