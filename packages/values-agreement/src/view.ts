import type { DocumentView } from '@coproduce/core';
import type { ValuesAgreementKey } from './i18n/catalogues.js';
import type { ValuesAgreementEasyKey } from './i18n/easy-read.js';
import type { ItemStatus, ValuesAgreementAction } from './model.js';
import type { AgreementItem, Answer, ValuesAgreementDocument } from './schema.js';

/** Interface state that is not part of the document: nothing here is saved. */
export interface UiState {
  /** Items whose cards are open. */
  open: ReadonlySet<string>;
  /** The item being reworded. */
  editing: string | null;
  /** One person answering one item. */
  entry: { itemId: string; person: string } | null;
  /** One person answering every item in turn. */
  turn: string | null;
  /** The person whose name is being changed. */
  renaming: string | null;
  /**
   * Items answered in the entry or turn open now. While answers are private,
   * only these show the answer chosen: an earlier one is never shown, even to
   * whoever opens it again.
   */
  chosen: ReadonlySet<string>;
  /** In a participant's own view: the item showing now (the first while null or gone). */
  participantItem: string | null;
}

/** The person whose own phone (or computer) this is, in a live session: see `ValuesAgreementView.participant`. */
export interface ParticipantSeat {
  /** The name they picked; null until they pick one. */
  readonly name: string | null;
}

/**
 * Opening or closing an entry or a turn starts afresh, with nothing chosen in
 * it yet: `view.setUi(answering({ entry: null }))`.
 */
export function answering(patch: Partial<Pick<UiState, 'entry' | 'turn'>>): Partial<UiState> {
  return { ...patch, chosen: new Set() };
}

/** What the render functions may read and do: core's document view, plus the people and their answers. Never the element. */
export interface ValuesAgreementView
  extends DocumentView<
    ValuesAgreementDocument,
    ValuesAgreementAction,
    ValuesAgreementKey | ValuesAgreementEasyKey,
    UiState
  > {
  /** Everyone taking part: names from the page, then those added here. */
  readonly people: readonly string[];
  /** Names from the page's `participants` attribute, which only the page can remove. */
  readonly pagePeople: readonly string[];
  /** False while answers are private and not yet shown together. */
  readonly answersVisible: boolean;
  /** Where an item stands with the people taking part now, worked out once per change. */
  statusOf(item: AgreementItem): ItemStatus;
  /** Records one person's answer to one item, and tells the host (once the note is left, while typing). */
  respond(item: AgreementItem, person: string, answer: Answer, note: string, typing?: boolean): void;
  /**
   * Set when a participant in a live session is using their own device: the
   * element shows their own view (one item at a time, their own answers),
   * and the shared templates leave out what only the facilitator may do.
   * Null for a facilitator, and with no live session.
   */
  readonly participant: ParticipantSeat | null;
}

/** DOM ids inside the shadow root. Item ids are [A-Za-z0-9_-], so prefixing makes them valid everywhere. */
export const domId = (itemId: string, part: string) => `i-${itemId}-${part}`;
