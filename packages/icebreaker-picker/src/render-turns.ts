import { html, nothing, type TemplateResult } from 'lit';
import { secondsEach } from './fit.js';
import type { IcebreakerPickerView } from './view.js';

/** m:ss, the way a clock shows it in every language we ship. */
const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

/**
 * The turn timer: whose turn, a countdown, and a bar that empties (a native
 * progress bar: no inline style, which a strict Content Security Policy refuses). Only
 * announcements speak (turn, ten seconds left, time up); the countdown is a
 * timer, which screen readers do not read out every second. Nothing flashes.
 */
export function renderTurns(view: IcebreakerPickerView): TemplateResult {
  const { timer, meeting } = view;
  const each = secondsEach(view.current!);
  const turns = timer.turns;
  let body: TemplateResult;
  if (turns) {
    const left = timer.remainingSeconds;
    const timeUp = left === 0;
    body = html`<p class="whose" id="turns-whose">${view.t('timer.person', { number: turns.index + 1, people: turns.people })}</p>
      <p class="countdown" role="timer" aria-labelledby="turns-left-label turns-whose">
        <span id="turns-left-label" class="visually-hidden">${view.t('timer.left')}</span>
        <span class="digits">${clock(left)}</span>
      </p>
      <progress class="bar" aria-hidden="true" max=${turns.secondsEach} .value=${left}></progress>
      ${timeUp
        ? html`<p class="state">${view.t('timer.timeUp')}</p>`
        : timer.running
          ? nothing
          : html`<p class="state">${view.t('timer.paused')}</p>`}
      <div class="row">
        ${timeUp
          ? nothing
          : html`<button type="button" id="turns-pause" @click=${() => view.togglePause()}>
              ${view.t(timer.running ? 'timer.pause' : 'timer.resume')}
            </button>`}
        <button type="button" id="turns-next" class="primary" aria-describedby="turns-next-hint" @click=${() => view.nextTurn()}>
          ${view.t('timer.next')}
        </button>
        <button type="button" id="turns-stop" @click=${() => view.stopTurns()}>${view.t('timer.stop')}</button>
      </div>
      <p class="hint" id="turns-next-hint">${view.t('timer.nextHint')}</p>`;
  } else if (timer.finished) {
    body = html`<p class="state">${view.t('timer.finished')}</p>
      <button type="button" id="turns-again" @click=${() => view.startTurns()}>${view.t('timer.again')}</button>`;
  } else {
    body = html`<button type="button" id="turns-start" @click=${() => view.startTurns()}>${view.t('timer.start')}</button>`;
  }
  return html`<section class="turns no-print" part="turns" aria-labelledby="turns-heading">
    <h3 id="turns-heading">${view.t('timer.heading')}</h3>
    <p>${view.t('timer.intro', { each: view.duration(each), count: meeting.people })}</p>
    ${body}
  </section>`;
}
