import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TurnEndReason } from './events.js';

/** Where the turns are: whose turn, how long is left, and whether the clock runs. */
export interface Turns {
  /** How many turns there are: one per person. */
  groupSize: number;
  secondsEach: number;
  /** Whose turn it is, from 0. */
  index: number;
  /** Milliseconds left at `since` (or now, when paused). */
  leftMs: number;
  /** When the clock last started, or null while paused. */
  since: number | null;
}

/** What the templates may read of the timer: nothing they could change it by. */
export interface TurnsShown {
  readonly turns: Turns | null;
  readonly finished: boolean;
  readonly running: boolean;
  readonly remainingSeconds: number;
  /** True while the turns are run from another screen (a live session's facilitator): shown, with no controls. */
  readonly following: boolean;
}

/** What the timer tells the element. */
export type TurnEvent =
  /** A turn began, with this many seconds. */
  | { type: 'started'; index: number; seconds: number }
  /** A whole second passed. */
  | { type: 'tick'; index: number; remainingSeconds: number }
  /** The turn's time ran out; the turn goes on until someone moves on. */
  | { type: 'time-up'; index: number }
  | { type: 'ended'; index: number; reason: TurnEndReason }
  /** Everyone has had a turn. */
  | { type: 'finished' };

export interface TurnTimerOptions {
  /** Hears each turn starting and ending, each second, time up and the end of all the turns. */
  told(event: TurnEvent): void;
  /** The clock `since` is on: in a live session the server's (`session.now()`), so every screen counts the same seconds. Default Date.now(). */
  now?(): number;
}

/** How turns someone else runs changed within one turn, for what the screen reader hears. */
export type FollowedChange = 'paused' | 'resumed' | 'more' | null;

/** How often the clock looks at the time. Only whole seconds are shown, so nothing changes between. */
const TICK_MS = 250;

/**
 * Equal turns for everyone: one countdown per person. When a turn's time is
 * up the clock stops at zero and waits: nobody is cut off mid-sentence, and
 * whoever runs the meeting moves on with "Next person". A pass is the same
 * "Next person", and counts no differently.
 *
 * Time comes from `now` (Date.now() unless given) and setInterval, so tests can fake both.
 */
export class TurnTimer implements ReactiveController, TurnsShown {
  turns: Turns | null = null;
  /** True once everyone has had a turn, until the turns start again. */
  finished = false;
  private interval: ReturnType<typeof setInterval> | undefined;
  private shownSeconds = -1;
  /** Set while the turns are run from another screen (`follow`): this one only shows them, and never pauses them. */
  following = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: TurnTimerOptions,
  ) {
    host.addController(this);
  }

  get running(): boolean {
    return this.turns?.since != null;
  }

  /** Whole seconds left in this turn, rounded up: 0 only when the time is truly up. */
  get remainingSeconds(): number {
    return this.turns ? Math.ceil(this.leftAt(this.turns) / 1000) : 0;
  }

  /**
   * Takes the turns as another screen runs them (a live session's shared
   * document): tells of a new turn, the end of one, time up and the end of all
   * the turns as if they happened here, and counts down on this screen's
   * idea of the shared clock. Gives how the same turn changed, if it did.
   */
  follow(turns: Turns | null, finished: boolean): FollowedChange {
    const before = this.turns;
    const wasFinished = this.finished;
    const beforeLeft = before ? this.leftAt(before) : 0;
    const sameTurn =
      before !== null &&
      turns !== null &&
      before.index === turns.index &&
      before.groupSize === turns.groupSize &&
      before.secondsEach === turns.secondsEach;
    if (before && !sameTurn) {
      const moved = turns ? turns.index === before.index + 1 : finished;
      this.options.told({ type: 'ended', index: before.index, reason: moved ? 'next' : 'stopped' });
    }
    this.turns = turns;
    this.finished = finished && turns === null;
    const shownBefore = this.shownSeconds;
    this.shownSeconds = this.remainingSeconds;
    if (turns?.since != null && (this.following || this.shownSeconds > 0)) this.startClock();
    else this.stopClock();
    this.host.requestUpdate();
    if (turns && !sameTurn) {
      this.options.told({ type: 'started', index: turns.index, seconds: this.shownSeconds });
      return null;
    }
    if (!turns) {
      if (this.finished && !wasFinished) this.options.told({ type: 'finished' });
      return null;
    }
    if (this.shownSeconds === 0) {
      // Time ran out there before it did here: said here as it would have been.
      if (shownBefore > 0) this.options.told({ type: 'time-up', index: turns.index });
      return null;
    }
    const left = this.leftAt(turns);
    const wasRunning = before!.since !== null;
    const running = turns.since !== null;
    // More than a second's drift between two screens: someone gave more time.
    if (left > beforeLeft + 1000) return 'more';
    if (wasRunning && !running) return 'paused';
    return !wasRunning && running ? 'resumed' : null;
  }

  /** Starts the turns from the first person: one each for `groupSize` people, `secondsEach` long. */
  start(groupSize: number, secondsEach: number): void {
    this.stop();
    this.turns = { groupSize, secondsEach, index: 0, leftMs: secondsEach * 1000, since: null };
    this.beginTurn();
  }

  pause(): void {
    if (!this.turns || this.turns.since === null) return;
    this.turns = { ...this.turns, leftMs: this.remainingMs(), since: null };
    this.stopClock();
    this.host.requestUpdate();
  }

  resume(): void {
    if (!this.turns || this.turns.since !== null || this.remainingMs() === 0) return;
    this.turns = { ...this.turns, since: this.now() };
    this.startClock();
    this.host.requestUpdate();
  }

  /**
   * More time for the person speaking now: added to what is left, and the
   * clock carries on (or starts again, once time was up). A paused clock stays paused.
   */
  addTime(seconds: number): void {
    if (!this.turns) return;
    const timeWasUp = this.remainingMs() === 0;
    this.turns = {
      ...this.turns,
      leftMs: this.remainingMs() + seconds * 1000,
      since: this.turns.since === null ? null : this.now(),
    };
    this.shownSeconds = this.remainingSeconds;
    if (timeWasUp) this.turns = { ...this.turns, since: this.now() };
    if (this.turns.since !== null) this.startClock();
    this.host.requestUpdate();
  }

  /** The next person's turn (after a pass, too); after the last, the turns are finished. */
  next(): void {
    if (!this.turns) return;
    const { index, groupSize } = this.turns;
    this.options.told({ type: 'ended', index, reason: 'next' });
    if (index + 1 >= groupSize) {
      this.end();
      this.finished = true;
      this.options.told({ type: 'finished' });
      return;
    }
    this.turns = { ...this.turns, index: this.turns.index + 1, leftMs: this.turns.secondsEach * 1000, since: null };
    this.beginTurn();
  }

  /** Stops the turns; they can start again from the first person. */
  stop(): void {
    if (this.turns) this.options.told({ type: 'ended', index: this.turns.index, reason: 'stopped' });
    this.end();
  }

  hostConnected(): void {
    if (this.following && this.running) this.startClock();
  }

  hostDisconnected(): void {
    // Turns run from another screen go on there; this one only stops looking.
    if (this.following) this.stopClock();
    // A timer nobody can see is paused, not lost.
    else this.pause();
  }

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }

  /** Milliseconds left in `turns` now. */
  private leftAt({ leftMs, since }: Turns): number {
    // A start a little ahead of this screen's clock gives no extra time.
    return Math.min(leftMs, Math.max(0, leftMs - (since === null ? 0 : this.now() - since)));
  }

  private beginTurn(): void {
    this.turns = { ...this.turns!, since: this.now() };
    this.shownSeconds = this.remainingSeconds;
    this.startClock();
    this.host.requestUpdate();
    this.options.told({ type: 'started', index: this.turns.index, seconds: this.shownSeconds });
  }

  private end(): void {
    this.turns = null;
    this.finished = false;
    this.stopClock();
    this.host.requestUpdate();
  }

  private remainingMs(): number {
    return this.leftAt(this.turns!);
  }

  private startClock(): void {
    this.stopClock();
    this.interval = setInterval(() => this.tick(), TICK_MS);
  }

  private stopClock(): void {
    clearInterval(this.interval);
    this.interval = undefined;
  }

  private tick(): void {
    if (!this.turns) return;
    const seconds = this.remainingSeconds;
    if (seconds === this.shownSeconds) return;
    this.shownSeconds = seconds;
    const { index } = this.turns;
    // Turns run from another screen stay as that screen has them: the clock looks on, in case this
    // screen's idea of the shared clock is corrected (it learns the server's time just after connecting).
    if (seconds === 0 && !this.following) {
      this.turns = { ...this.turns, leftMs: 0, since: null };
      this.stopClock();
    }
    this.host.requestUpdate();
    this.options.told({ type: 'tick', index, remainingSeconds: seconds });
    if (seconds === 0) this.options.told({ type: 'time-up', index });
  }
}
