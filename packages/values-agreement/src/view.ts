import type { FieldHost, MessageParams } from '@coproduce/core';
import type { ValuesAgreementKey } from './i18n/catalogues.js';
import type { ValuesAgreementAction } from './model.js';
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
}

/** What the render functions may read and do: the element, seen from its templates. */
export interface ValuesAgreementView extends FieldHost<ValuesAgreementKey> {
  readonly doc: ValuesAgreementDocument;
  readonly ui: UiState;
  /** Everyone taking part: names from the page, then those added here. */
  readonly people: readonly string[];
  /** Names from the page's `participants` attribute, which only the page can remove. */
  readonly pagePeople: readonly string[];
  /** False while answers are private and not yet shown together. */
  readonly answersVisible: boolean;
  t(key: ValuesAgreementKey, params?: MessageParams): string;
  formatDate(iso: string): string;
  /** A calendar day (yyyy-mm-dd), in the element's language. */
  formatDay(day: string): string;
  /** A list of names, joined the way the element's language joins them. */
  list(names: readonly string[]): string;
  dispatch(action: ValuesAgreementAction, options?: { quiet?: boolean; announce?: string }): boolean;
  /** Records one person's answer to one item, and tells the host. */
  respond(item: AgreementItem, person: string, answer: Answer, note: string, typing?: boolean): void;
  setUi(patch: Partial<UiState>): void;
  focusAfterRender(selector: string): void;
  announce(text: string): void;
  offerUndo(message: string): void;
  flushPendingSave(): void;
  newId(): string;
}

/** DOM ids inside the shadow root. Item ids are [A-Za-z0-9_-], so prefixing makes them valid everywhere. */
export const domId = (itemId: string, part: string) => `i-${itemId}-${part}`;
