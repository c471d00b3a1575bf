import * as Y from 'yjs';
import { parseDocument, type DocumentFormat } from '../storage/document-store.js';
import { applyPatches, diff, mergeChanges, valueAt, type Conflict, type Json, type Patch } from './patches.js';
import type { SharedDocumentHandle } from './session.js';
import { applyToShared, readShared, seedShared } from './shared-doc.js';
import type { TabDoc } from './tabs.js';

/**
 * An element's document bound to a shared Yjs document: the part of live
 * sessions and of two tabs that needs Yjs, so it is only ever fetched on
 * demand (`onDemand(() => import('./binding.js'))`).
 *
 * The shared document holds `view(doc)`: in a live session the element's
 * public view (private answers not yet revealed stay on this device); between
 * two tabs of one browser the whole document, since both read the same
 * storage anyway.
 */

/** What the binding needs from the element's document (its DocumentController, through DocumentSharing). */
export interface BindingHost<Doc> {
  readonly format: DocumentFormat<Doc>;
  /** The whole document now, private answers and typing included. */
  current(): Doc;
  /** What of the document goes into the shared copy. */
  view(doc: Doc): Doc;
  /**
   * A valid document from elsewhere, merged with this one: shown, saved and
   * reported when it differs. `conflicts`: fields both changed.
   */
  adopt(doc: Doc, conflicts: Conflict[]): void;
  /** A change from elsewhere that does not fit the element's format: refused, the last good state kept. */
  refuse(cause: unknown): void;
  /** Fields with a conflict still open: not put into the shared copy until the person chooses. */
  held(): readonly (readonly string[])[];
}

export interface Binding {
  /** The document changed here (and was saved): what the shared copy lacks is put into it. */
  changed(): void;
  /** What the shared copy holds at `path`, as last read. */
  sharedAt(path: readonly string[]): Json | undefined;
  leave(): void;
}

const json = <Doc>(doc: Doc) => doc as unknown as Json;

/** Whether one path is the other or lies under it. */
function overlaps(a: readonly string[], b: readonly string[]): boolean {
  const length = Math.min(a.length, b.length);
  for (let index = 0; index < length; index++) if (a[index] !== b[index]) return false;
  return true;
}

/**
 * Binds the element's document to `handle.doc`, once `handle.synced`: an
 * empty shared document is seeded with `view(current)` when `handle.mayFill`;
 * otherwise what it holds is adopted (this device's private answers and
 * typing kept). Then local changes go in as patches, and every remote
 * transaction is checked with the element's format before it is merged.
 * `start`: the document this copy's shared one began from, if known.
 */
export function bindShared<Doc>(handle: SharedDocumentHandle, host: BindingHost<Doc>, start?: Doc): Binding {
  const { doc, origin } = handle;
  /** The shared copy as this element last saw it: the base for merging what changed on both sides. */
  let lastShared: Json | null = null;
  let active = false;
  let left = false;
  let queued = false;

  const publish = () => {
    if (left || lastShared === null) return;
    const held = host.held();
    const patches = diff(lastShared, json(host.view(host.current()))).filter(
      (patch) => !held.some((path) => overlaps(patch.path, path)),
    );
    if (!patches.length) return;
    applyToShared(doc, patches, origin);
    lastShared = applyPatches(lastShared, patches);
  };

  const fromElsewhere = () => {
    queued = false;
    if (left) return;
    const shared = readShared(doc);
    if (!shared) return;
    const parsed = parseDocument(shared, host.format);
    if (!parsed.ok) {
      host.refuse(parsed.cause);
      return;
    }
    const theirs = json(parsed.data);
    const current = host.current();
    // The first time: what this copy changed since `start` (the stored copy a tab seeded from) is its own;
    // without it, only what it has beyond the shared view (its private answers).
    const base = lastShared ?? json(host.view(start ?? current));
    const { doc: merged, conflicts } = mergeChanges(base, json(current), theirs);
    lastShared = theirs;
    host.adopt(merged as unknown as Doc, conflicts);
    // Anything the view now shows that the shared copy lacks (answers revealed while away) goes in.
    publish();
  };

  const onUpdate = (_update: Uint8Array, from: unknown) => {
    if (!active || from === origin || queued) return;
    // After the transaction, once: several updates in a row are read together.
    queued = true;
    queueMicrotask(fromElsewhere);
  };
  doc.on('update', onUpdate);

  void handle.synced.then(() => {
    if (left) return;
    active = true;
    const shared = readShared(doc);
    if (shared) {
      fromElsewhere();
    } else if (handle.mayFill) {
      const data = json(host.view(host.current()));
      seedShared(doc, host.format.format, host.format.version, data, origin);
      lastShared = data;
    }
    // Otherwise: empty, and not this device's to fill; the first remote change is adopted.
  });

  return {
    changed: publish,
    sharedAt: (path) => (lastShared === null ? undefined : valueAt(lastShared, path)),
    leave() {
      left = true;
      doc.off('update', onUpdate);
    },
  };
}

/** Updates that came from another tab. */
const FROM_TAB = Symbol('another tab');

/**
 * A tab's shared document (see `tabs.ts`): seeded from the stored copy
 * (`seed`, already read and checked by the element), or empty until another
 * tab's state arrives. Its own updates go to `send`.
 */
export function tabDoc<Doc>(
  format: DocumentFormat<Doc>,
  seed: Doc | null,
  send: (update: Uint8Array) => void,
): TabDoc & { handle: SharedDocumentHandle } {
  const doc = new Y.Doc();
  const origin = {};
  let arrived!: () => void;
  const synced = new Promise<void>((resolve) => {
    arrived = resolve;
  });
  if (seed !== null) {
    seedShared(doc, format.format, format.version, json(seed), origin);
    arrived();
  }
  const onUpdate = (update: Uint8Array, from: unknown) => {
    if (from !== FROM_TAB) send(update);
  };
  doc.on('update', onUpdate);
  const handle: SharedDocumentHandle = {
    doc,
    synced,
    mayFill: false,
    origin,
    lost: new Promise<string>(() => undefined),
    leave: () => doc.destroy(),
  };
  return {
    handle,
    state: () => Y.encodeStateAsUpdate(doc),
    receive(update) {
      Y.applyUpdate(doc, update, FROM_TAB);
      if (readShared(doc)) arrived();
    },
    close: () => doc.destroy(),
  };
}

export type { Conflict, Patch };
