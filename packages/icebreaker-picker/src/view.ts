import type { ElementView, Locale, Localised } from '@coproduce/core';
import type { Choice, Meeting } from './fit.js';
import type { IcebreakerPickerKey } from './i18n/catalogues.js';
import type { IcebreakerPickerEasyKey } from './i18n/easy-read.js';
import type { Icebreaker } from './schema.js';
import type { TurnsShown } from './turn-timer.js';

/** What the render functions may read and do: core's element view, plus the meeting, the pick and the turns. Never the element. */
export interface IcebreakerPickerView extends ElementView<IcebreakerPickerKey | IcebreakerPickerEasyKey> {
  readonly meeting: Meeting;
  /** The icebreakers that suit the meeting and fit its time, quickest first. */
  readonly candidates: readonly Icebreaker[];
  /** Every icebreaker on offer, fitting or not. */
  readonly library: readonly Icebreaker[];
  /** The icebreaker on show, or null when nothing fits. */
  readonly current: Icebreaker | null;
  readonly choice: Choice;
  readonly timer: TurnsShown;
  readonly hideCountdown: boolean;
  /** A localised text in the reader's language, or another with its `lang`. */
  text<T>(value: Localised<T>): { value: T; lang: Locale | null };
  /** An icebreaker's title in the reader's language: in Easy Read, a built-in one's Easy Read title where it has one. */
  titleOf(icebreaker: Icebreaker): { value: string; lang: Locale | null };
  /** Seconds in words: "1 minute 30 seconds". */
  duration(seconds: number): string;
  /**
   * The person's answer about the meeting, taken at once so the suggestion
   * follows. `commit: false` while they are still typing: the host hears of
   * it (`icebreaker-picker-change`) when they commit it, with `commitMeeting`.
   */
  setMeeting(patch: Partial<Meeting>, options?: { commit?: boolean }): void;
  /** The person has finished an answer (left the field, pressed Enter): the host hears of any change. */
  commitMeeting(): void;
  suggestAnother(): void;
  choose(id: string): void;
  startTurns(): void;
  nextTurn(): void;
  togglePause(): void;
  /** Thirty more seconds for the person speaking now. */
  addTime(): void;
  setCountdownHidden(hidden: boolean): void;
  stopTurns(): void;
}
