import type { CoproduceErrorDetail } from '@coproduce/core';
import type { Meeting } from './fit.js';
import type { Icebreaker } from './schema.js';

export interface IcebreakerPickedDetail {
  icebreaker: Icebreaker;
  /** The seed that picked it (the same seed and meeting pick it again anywhere), or null when it was chosen by id. */
  seed: string | null;
}

export interface IcebreakerPickerChangeDetail {
  /** The meeting as the person has now answered it: the values the meeting's properties hold. */
  meeting: Meeting;
}

export interface IcebreakerTurnStartedDetail {
  /** Whose turn it is, from 0. */
  turnIndex: number;
  /** The seconds this turn has. */
  seconds: number;
}

/**
 * Why a turn ended: `next`, "Next person" was pressed (after a pass, too);
 * `stopped`, the turns were stopped ("Stop the turns", or the icebreaker on
 * show or the group size changed). Time running out ends no turn: the clock
 * waits at zero until someone moves on.
 */
export type TurnEndReason = 'next' | 'stopped';

export interface IcebreakerTurnEndedDetail {
  /** Whose turn it was, from 0. */
  turnIndex: number;
  reason: TurnEndReason;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'icebreaker-picked': CustomEvent<IcebreakerPickedDetail>;
    'icebreaker-picker-change': CustomEvent<IcebreakerPickerChangeDetail>;
    'icebreaker-turn-started': CustomEvent<IcebreakerTurnStartedDetail>;
    'icebreaker-turn-ended': CustomEvent<IcebreakerTurnEndedDetail>;
    'icebreaker-picker-error': CustomEvent<CoproduceErrorDetail>;
  }
}
