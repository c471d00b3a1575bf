import type { FieldHost, Locale, Localised, MessageParams, SharedKey } from '@coproduce/core';
import type { Choice, Meeting } from './fit.js';
import type { IcebreakerPickerKey } from './i18n/catalogues.js';
import type { Icebreaker } from './schema.js';
import type { TurnTimer } from './turn-timer.js';

/** What the render functions may read and do: the element, seen from its templates. */
export interface IcebreakerPickerView extends FieldHost<IcebreakerPickerKey> {
  t(key: IcebreakerPickerKey | SharedKey, params?: MessageParams): string;
  /** True while the element shows Easy Read. */
  readonly inEasyRead: boolean;
  readonly meeting: Meeting;
  /** The icebreakers that suit the meeting and fit its time, quickest first. */
  readonly candidates: readonly Icebreaker[];
  /** Every icebreaker on offer, fitting or not. */
  readonly library: readonly Icebreaker[];
  /** The icebreaker on show, or null when nothing fits. */
  readonly current: Icebreaker | null;
  readonly choice: Choice;
  readonly timer: TurnTimer;
  /** A localised text in the reader's language, or another with its `lang`. */
  text<T>(value: Localised<T>): { value: T; lang: Locale | null };
  /** Seconds in words: "1 minute 30 seconds". */
  duration(seconds: number): string;
  setMeeting(patch: Partial<Meeting>): void;
  suggestAnother(): void;
  choose(id: string): void;
  startTurns(): void;
  nextTurn(): void;
  togglePause(): void;
  /** Thirty more seconds for the person speaking now. */
  addTime(): void;
  readonly hideCountdown: boolean;
  setCountdownHidden(hidden: boolean): void;
  stopTurns(): void;
}
