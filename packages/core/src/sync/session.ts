import type * as Y from 'yjs';

/**
 * The contract between where a shared document comes from (another tab on
 * this device, or a live session on the organisation's server) and the
 * element that shows it. Types only: Yjs itself arrives in its own chunk,
 * and only on pages that need it.
 */

/** Who this device is in a live session. */
export type SessionRole = 'facilitator' | 'participant';

/** What the status line says. `offline`: changes are kept on this device and sent on reconnect. */
export type SessionStatus =
  | { state: 'connecting' }
  | { state: 'connected'; people: number }
  | { state: 'offline' }
  | { state: 'reconnecting' }
  /** The server refused this device (a wrong or expired link): nothing is sent. */
  | { state: 'refused'; reason: string };

/** One element's shared document, joined. */
export interface SharedDocumentHandle {
  readonly doc: Y.Doc;
  /**
   * Resolves once the copy kept on this device and (when online) the server's
   * copy have arrived, so an element knows whether the room is empty and it
   * should put its own document in (`mayFill`).
   */
  readonly synced: Promise<void>;
  /** Whether this device may put its document into an empty shared one (the facilitator's, not a participant's). */
  readonly mayFill: boolean;
  /** A Yjs transaction origin this device's own changes use, so Undo and echoes can tell them apart. */
  readonly origin: object;
  /**
   * Resolves with the server's reason if it stops taking this device's
   * changes to the document (it refused one). The handle is then done with:
   * the element joins again and starts from the group's copy. Never resolves
   * where nothing can refuse (another tab).
   */
  readonly lost: Promise<string>;
  leave(): void;
}

/** A live session, shared by `<coproduction-project>` with every element inside it. */
export interface LiveSession {
  readonly role: SessionRole;
  /** The name this person picked from the group's list; null for a facilitator who did not pick one. */
  readonly name: string | null;
  readonly status: SessionStatus;
  /** Joins the shared document for one element's storage key (loads the sync chunk on first use). */
  join(key: string): Promise<SharedDocumentHandle>;
  /** Calls back on every status change; returns a function that stops it. */
  watch(listener: (status: SessionStatus) => void): () => void;
  /**
   * The server's clock as this device best knows it, in ms since 1970 (this
   * device's own clock until the server has said its time): what a turn timer
   * counts from, so every screen shows the same seconds whatever its own clock says.
   */
  now(): number;
}
