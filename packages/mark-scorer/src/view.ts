import type { DocumentView } from '@coproduce/core';
import type { MarkScorerKey } from './i18n/catalogues.js';
import type { MarkScorerEasyKey } from './i18n/easy-read.js';
import type { Stage } from './marks.js';
import type { ListKind, MarkScorerAction } from './model.js';
import type { GuidancePart } from './render-guidance.js';
import type { Mark, MarkScorerDocument, MarkScorerMode } from './schema.js';

/** Interface state that is not part of the document: nothing here is saved. */
export interface UiState {
  /** Marks whose details are open. */
  open: ReadonlySet<string>;
  /** Marks whose “More about this mark” is open. */
  guidance: ReadonlySet<string>;
  /** The ladder or snake being reworded. */
  editingItem: { markId: string; list: ListKind; itemId: string } | null;
  /** The mark whose name and description are being reworded. */
  editingMark: string | null;
  /** The person entering a private score, for which mark, and whether they have chosen one yet this time. */
  privateEntry: { markId: string; participant: string; chosen: boolean } | null;
  /** The person whose name is being changed. */
  renaming: string | null;
  /** In a participant's own view: the mark showing now (the first while null or gone). */
  participantMark: string | null;
}

/** The person whose own phone (or computer) this is, in a live session: see `MarkScorerView.participant`. */
export interface ParticipantSeat {
  /** The name they picked; null until they pick one. */
  readonly name: string | null;
}

/** What the render functions may read and do: core's document view, plus the marks. Never the element. */
export interface MarkScorerView
  extends DocumentView<MarkScorerDocument, MarkScorerAction, MarkScorerKey | MarkScorerEasyKey, UiState> {
  /** Nothing can be changed: every editing control is left out. */
  readonly readonly: boolean;
  readonly activeStage: Stage;
  readonly activeMode: MarkScorerMode;
  /** Everyone scoring privately: the page's names, then the group's own. */
  readonly participantNames: readonly string[];
  /** The names the page's `participants` attribute gives. */
  readonly pagePeople: readonly string[];
  /** Those here today: they are asked to score; anyone not here is not counted as missing. */
  readonly presentNames: readonly string[];
  markName(mark: Mark): string;
  markDescription(mark: Mark): string;
  /** “More about this mark” in the element's language (in Easy Read when on), fetched when first needed. */
  readonly guidance: GuidancePart;
  /**
   * Set when a participant in a live session is using their own device: the
   * element shows their own view (one mark at a time, their own choices),
   * and the shared templates leave out what only the facilitator may do.
   * Null for a facilitator, and with no live session.
   */
  readonly participant: ParticipantSeat | null;
}

/** DOM ids inside the shadow root. Mark ids are [A-Za-z0-9_-], so prefixing makes them valid everywhere. */
export const domId = (markId: string, part: string) => `m-${markId}-${part}`;
