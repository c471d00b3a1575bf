import {
  emit,
  type Announcer,
  type FocusController,
  type MessageParams,
  type RenderedHost,
  type SharedKey,
} from '@coproduce/core';
import type { ReactiveController } from 'lit';
import type { IcebreakerPickerKey } from './i18n/catalogues.js';
import { TurnTimer, type TurnEvent, type Turns, type TurnsShown } from './turn-timer.js';

/** What "+30 seconds" gives the person speaking. */
const EXTRA_SECONDS = 30;

export interface TurnsOptions {
  announcer: Announcer;
  focus: FocusController;
  t(key: IcebreakerPickerKey | SharedKey, params?: MessageParams): string;
  /** Seconds in words, in the element's language. */
  duration(seconds: number): string;
  /** The clock turns are counted on (see `TurnTimerOptions.now`). */
  now?(): number;
}

/**
 * The turns as the element runs them: the timer, what screen readers hear of
 * it (each turn, ten seconds left, time up, the end), where focus goes, and
 * `icebreaker-turn-started` / `icebreaker-turn-ended`, sent after the update
 * that shows the turn.
 */
export class TurnsController implements ReactiveController {
  private readonly timer: TurnTimer;
  private untold: (() => void)[] = [];

  constructor(
    private readonly host: RenderedHost & EventTarget,
    private readonly options: TurnsOptions,
  ) {
    host.addController(this);
    this.timer = new TurnTimer(host, { told: (event) => this.told(event), now: () => options.now?.() ?? Date.now() });
  }

  /** Whether the turns are run from another screen (a live session's facilitator): this one shows them and has no controls. */
  get following(): boolean {
    return this.timer.following;
  }

  set following(following: boolean) {
    this.timer.following = following;
  }

  /**
   * The turns as the shared document has them now: a new turn, ten seconds
   * left, time up, a pause, more time and the end are said here as they are
   * on the screen that runs them.
   */
  follow(turns: Turns | null, finished: boolean): void {
    const { announcer, t, duration } = this.options;
    const change = this.timer.follow(turns, finished);
    if (change === 'paused') announcer.say(t('announce.paused'));
    else if (change === 'resumed') announcer.say(t('announce.resumed'));
    else if (change === 'more')
      announcer.say(
        t('announce.moreTime', { time: duration(EXTRA_SECONDS), left: duration(this.timer.remainingSeconds) }),
      );
  }

  /** What the templates show of the turns. */
  get shown(): TurnsShown {
    return this.timer;
  }

  /** From the first person: `groupSize` turns of `secondsEach` each. */
  start(groupSize: number, secondsEach: number): void {
    this.timer.start(groupSize, secondsEach);
    this.options.focus.after('#turns-pause');
  }

  next(): void {
    this.timer.next();
  }

  /** Stops the turns, or clears "everyone has had a turn", so they can start again. */
  stop(): void {
    this.timer.stop();
  }

  togglePause(): void {
    const { announcer, t } = this.options;
    if (this.timer.running) {
      this.timer.pause();
      announcer.say(t('announce.paused'));
    } else {
      this.timer.resume();
      announcer.say(t('announce.resumed'));
    }
  }

  /** Thirty more seconds for the person speaking now. */
  addTime(): void {
    const { announcer, t, duration } = this.options;
    this.timer.addTime(EXTRA_SECONDS);
    announcer.say(
      t('announce.moreTime', { time: duration(EXTRA_SECONDS), left: duration(this.timer.remainingSeconds) }),
    );
  }

  hostUpdated(): void {
    if (!this.untold.length) return;
    const untold = this.untold;
    this.untold = [];
    // After the update, not inside it: a listener that changes the element starts a fresh update.
    queueMicrotask(() => {
      for (const send of untold) send();
    });
  }

  private told(event: TurnEvent): void {
    const { announcer, focus, t, duration } = this.options;
    switch (event.type) {
      case 'started': {
        const { index, seconds } = event;
        this.untold.push(() => emit(this.host, 'icebreaker-turn-started', { turnIndex: index, seconds }));
        announcer.say(
          t('announce.turn', { number: index + 1, people: this.timer.turns!.groupSize, time: duration(seconds) }),
        );
        return;
      }
      case 'ended': {
        const { index, reason } = event;
        this.untold.push(() => emit(this.host, 'icebreaker-turn-ended', { turnIndex: index, reason }));
        return;
      }
      case 'tick':
        if (event.remainingSeconds === 10 && this.timer.turns!.secondsEach >= 30) announcer.say(t('announce.tenLeft'));
        return;
      case 'time-up':
        announcer.say(t('announce.timeUp', { number: event.index + 1 }));
        // "Pause" can do nothing once time is up; keep the keyboard where it can act.
        if (!this.following && (this.host.renderRoot.getRootNode() as ShadowRoot).activeElement?.id === 'turns-pause')
          focus.after('#turns-next');
        return;
      case 'finished':
        announcer.say(t('timer.finished'));
        if (!this.following) focus.after('#turns-again');
    }
  }
}
