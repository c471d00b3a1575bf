import { checkboxField, pictured } from '@coproduce/core';
import { nothing, type TemplateResult } from 'lit';
import { html } from 'lit/static-html.js';
import { secondsEach } from './fit.js';
import type { IcebreakerPickerView } from './view.js';

/** m:ss, the way a clock shows it in every language we ship. */
const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

/**
 * The turn timer: whose turn, a countdown, and a bar that empties (a native
 * progress bar: no inline style, which a strict Content Security Policy refuses). Only
 * announcements speak (turn, ten seconds left, time up); the countdown is a
 * timer, which screen readers do not read out every second. Nothing flashes,
 * and no button moves while the turns run: at time up "Pause" stays in its
 * place, unable to act, so a finger already on its way presses what it aimed for.
 * The countdown can be hidden, for people it puts under pressure.
 */
export function renderTurns(view: IcebreakerPickerView): TemplateResult {
  const { timer, meeting } = view;
  const turns = timer.turns;
  // A participant's screen follows the facilitator's turns (a live session): the same, with no controls.
  const { following } = timer;
  const each = turns?.secondsEach ?? (view.current ? secondsEach(view.current) : null);
  let body: TemplateResult;
  if (turns) {
    const left = timer.remainingSeconds;
    const timeUp = left === 0;
    const shown = !view.hideCountdown;
    body = html`<p class="whose" id="turns-whose">${view.t('timer.person', { number: turns.index + 1, people: turns.groupSize })}</p>
      ${
        shown
          ? html`<p class="countdown" role="timer" aria-labelledby="turns-left-label turns-whose">
              <span id="turns-left-label" class="visually-hidden">${view.t('timer.left')}</span>
              <span class="digits">${clock(left)}</span>
            </p>
            <progress class="bar" aria-hidden="true" max=${Math.max(turns.secondsEach, left)} .value=${left}></progress>`
          : nothing
      }
      ${following ? nothing : renderControls(view, timeUp)}
      ${
        timeUp
          ? html`<p class="state">${view.t(following ? 'timer.timeUpLed' : 'timer.timeUp')}</p>`
          : timer.running
            ? nothing
            : html`<p class="state">${view.t('timer.paused')}</p>`
      }
      ${following ? nothing : html`<p class="hint" id="turns-next-hint">${view.t('timer.nextHint')}</p>`}`;
  } else if (timer.finished) {
    body = html`<p class="state">${view.t('timer.finished')}</p>
      ${following ? nothing : html`<button type="button" id="turns-again" @click=${() => view.startTurns()}>${view.t('timer.again')}</button>`}`;
  } else if (following) {
    body = html`<p class="state">${view.t('timer.waiting')}</p>`;
  } else {
    body = html`<button type="button" id="turns-start" @click=${() => view.startTurns()}>${view.t('timer.start')}</button>`;
  }
  return html`<section class="turns no-print" part="turns" aria-labelledby="turns-heading">
    <${view.headings.section} class="h-section" id="turns-heading">${pictured(view, 'clock', view.t('timer.heading'))}</${view.headings.section}>
    ${each === null ? nothing : html`<p>${view.t('timer.intro', { each: view.duration(each), count: turns?.groupSize ?? meeting.groupSize })}</p>`}
    ${body}
    ${checkboxField({
      id: 'turns-countdown',
      label: view.t('timer.showCountdown'),
      hint: view.t('timer.showCountdownHint'),
      checked: !view.hideCountdown,
      change: (show) => view.setCountdownHidden(!show),
    })}
  </section>`;
}

/** Pause, +30 seconds, Next person and Stop: for whoever runs the turns. */
function renderControls(view: IcebreakerPickerView, timeUp: boolean): TemplateResult {
  const { timer } = view;
  return html`<div class="row">
        <button type="button" id="turns-pause" ?disabled=${timeUp} @click=${() => view.togglePause()}>
          ${view.t(timer.running || timeUp ? 'timer.pause' : 'timer.resume')}
        </button>
        <button type="button" id="turns-more" @click=${() => view.addTime()}>${view.t('timer.more')}</button>
        <button type="button" id="turns-next" class="primary" aria-describedby="turns-next-hint" @click=${() => view.nextTurn()}>
          ${view.t('timer.next')}
        </button>
        <button type="button" id="turns-stop" @click=${() => view.stopTurns()}>${view.t('timer.stop')}</button>
      </div>`;
}
