import type { DocumentView } from '@coproduce/core';
import type { Found, Query } from './find.js';
import type { DecisionLogKey } from './i18n/catalogues.js';
import type { DecisionLogAction } from './model.js';
import type { Decision, DecisionLogDocument } from './schema.js';

/** The forms that can refuse a save: recording or correcting a decision, and adding a status or an outcome to one. */
export type SummaryForm = 'decision' | 'status' | 'outcome';

/** Interface state that is not part of the document: nothing here is saved. */
export interface UiState {
  query: Query;
  view: 'list' | 'timeline';
  /** The decision shown in full. */
  open: string | null;
  /** Recording a new decision, or correcting one. */
  form: { kind: 'record' } | { kind: 'correct'; id: string } | null;
  /** The board's "Search and filter": as the person left it, or null to open it while a filter is set. */
  finderOpen: boolean | null;
  /** A date filter typed as it was (year-month-day) while it is not a real date, so nothing typed is lost. */
  typedDays: { from?: string | undefined; to?: string | undefined };
  /** The problems of the last save a form refused, in page order, listed at its top. */
  summary: { form: SummaryForm; problems: readonly { field: string; target: string }[] } | null;
}

/**
 * What the render functions may read and do: core's document view, plus
 * finding and showing decisions. Never the element.
 */
export interface DecisionLogView extends DocumentView<DecisionLogDocument, DecisionLogAction, DecisionLogKey, UiState> {
  /** Whether decisions may be recorded, updated or corrected: not when `readonly`, on the public board, or from `src`. */
  readonly editable: boolean;
  /** The public "you said, we did" board (`public`). */
  readonly board: boolean;
  /** The decisions on show: the whole log, or on the board its public copy. */
  readonly shown: readonly Decision[];
  /** The decisions that match the search and filters, and the counts per status. */
  readonly found: Found;
  /** The shadow root, where links in an error summary find their fields. */
  readonly renderRoot: ParentNode;
  /** Lists of more rows (or board cards) than this draw only those near the screen. */
  readonly virtualiseAbove: { readonly rows: number; readonly cards: number };
  /** Today, yyyy-mm-dd, for "due for review". */
  readonly today: string;
  setQuery(patch: Partial<Query>): void;
  /** Shows one decision in full, or (null) goes back to the list with focus on the decision left. */
  openDecision(id: string | null): void;
}

/** DOM ids inside the shadow root. Decision ids are [A-Za-z0-9_-], so prefixing makes them valid everywhere. */
export const domId = (decisionId: string, part: string) => `d-${decisionId}-${part}`;
