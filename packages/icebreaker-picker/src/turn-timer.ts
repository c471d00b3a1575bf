import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where the turns are: whose turn, how long is left, and whether the clock runs. */
export interface Turns {
  people: number;
  secondsEach: number;
  /** Whose turn it is, from 0. */
  index: number;
  /** Milliseconds left at `since` (or now, when paused). */
  leftMs: number;
  /** When the clock last started, or null while paused. */
  since: number | null;
}

/** What the timer tells the element: a turn began, a whole second passed, time ran out, or everyone has had a turn. */
export type TurnEvent =
  | { type: 'turn'; index: number; remainingSeconds: number }
  | { type: 'tick'; index: number; remainingSeconds: number }
  | { type: 'time-up'; index: number }
  | { type: 'finished' };

/** How often the clock looks at the time. Only whole seconds are shown, so nothing changes between. */
const TICK_MS = 250;

/**
 * Equal turns for everyone: one countdown per person. When a turn's time is
 * up the clock stops at zero and waits: nobody is cut off mid-sentence, and
 * whoever runs the meeting moves on with "Next person". A pass is the same
 * "Next person", and counts no differently.
 *
 * Time comes from Date.now() and setInterval, so tests can fake both.
 */
export class TurnTimer implements ReactiveController {
  turns: Turns | null = null;
  /** True once everyone has had a turn, until the turns start again. */
  finished = false;
  private interval: ReturnType<typeof setInterval> | undefined;
  private shownSeconds = -1;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly listener: (event: TurnEvent) => void,
  ) {
    host.addController(this);
  }

  get running(): boolean {
    return this.turns?.since != null;
  }

  /** Whole seconds left in this turn, rounded up: 0 only when the time is truly up. */
  get remainingSeconds(): number {
    if (!this.turns) return 0;
    const { leftMs, since } = this.turns;
    return Math.max(0, Math.ceil((leftMs - (since === null ? 0 : Date.now() - since)) / 1000));
  }

  start(people: number, secondsEach: number): void {
    this.finished = false;
    this.turns = { people, secondsEach, index: 0, leftMs: secondsEach * 1000, since: null };
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
    this.turns = { ...this.turns, since: Date.now() };
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
    this.turns = { ...this.turns, leftMs: this.remainingMs() + seconds * 1000, since: this.turns.since === null ? null : Date.now() };
    this.shownSeconds = this.remainingSeconds;
    if (timeWasUp) this.turns = { ...this.turns, since: Date.now() };
    if (this.turns.since !== null) this.startClock();
    this.host.requestUpdate();
  }

  /** The next person's turn (after a pass, too); after the last, the turns are finished. */
  next(): void {
    if (!this.turns) return;
    if (this.turns.index + 1 >= this.turns.people) {
      this.stop();
      this.finished = true;
      this.listener({ type: 'finished' });
      return;
    }
    this.turns = { ...this.turns, index: this.turns.index + 1, leftMs: this.turns.secondsEach * 1000, since: null };
    this.beginTurn();
  }

  /** Stops the turns; they can start again from the first person. */
  stop(): void {
    this.turns = null;
    this.finished = false;
    this.stopClock();
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    // A timer nobody can see is paused, not lost.
    this.pause();
  }

  private beginTurn(): void {
    this.turns = { ...this.turns!, since: Date.now() };
    this.shownSeconds = this.remainingSeconds;
    this.startClock();
    this.host.requestUpdate();
    this.listener({ type: 'turn', index: this.turns.index, remainingSeconds: this.shownSeconds });
  }

  private remainingMs(): number {
    const { leftMs, since } = this.turns!;
    return Math.max(0, leftMs - (since === null ? 0 : Date.now() - since));
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
    if (seconds === 0) {
      this.turns = { ...this.turns, leftMs: 0, since: null };
      this.stopClock();
    }
    this.host.requestUpdate();
    this.listener({ type: 'tick', index, remainingSeconds: seconds });
    if (seconds === 0) this.listener({ type: 'time-up', index });
  }
}
