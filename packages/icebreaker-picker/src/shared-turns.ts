import type { SharedDocumentHandle } from '@coproduce/core';
import { diff, type Json } from '@coproduce/core/sync/patches';
import { applyToShared, readShared, seedShared } from '@coproduce/core/sync/shared-doc';
import { TURNS_FORMAT, TURNS_VERSION, turnsDocumentSchema, type TurnsDocument } from './turns-schema.js';

/**
 * The turns in a live session's shared document: the part of the picker that
 * needs Yjs, fetched on demand only by a picker inside a project with a live
 * session (see icebreaker-picker.ts), never part of the picker's own file.
 *
 * The facilitator's picker fills an empty document (`handle.mayFill`) and
 * writes each change as patches; every picker reads what arrives from
 * elsewhere, checked before it is shown.
 */
export interface SharedTurnsHost {
  /** What this picker shows now, to put into an empty document. */
  current(): TurnsDocument;
  /** A valid document from elsewhere (or already there on joining). */
  adopt(turns: TurnsDocument): void;
  /** A document from elsewhere that does not fit the format: refused, the last good state kept. */
  refuse(cause: unknown): void;
}

export interface SharedTurns {
  /** The facilitator changed the turns here: what the shared copy lacks is put into it. Nothing for a participant. */
  publish(turns: TurnsDocument): void;
  leave(): void;
}

const json = (value: TurnsDocument) => value as unknown as Json;

/** Reads and checks the shared document: undefined while it is empty. */
function read(
  handle: SharedDocumentHandle,
): { ok: true; data: TurnsDocument } | { ok: false; cause: unknown } | undefined {
  const shared = readShared(handle.doc);
  if (!shared) return undefined;
  if (shared.format !== TURNS_FORMAT || shared.version !== TURNS_VERSION)
    return {
      ok: false,
      cause: new Error(`Expected ${TURNS_FORMAT} ${TURNS_VERSION}, found ${shared.format} ${shared.version}`),
    };
  const checked = turnsDocumentSchema().safeParse(shared.data);
  return checked.success ? { ok: true, data: checked.data } : { ok: false, cause: checked.error };
}

export function shareTurns(handle: SharedDocumentHandle, host: SharedTurnsHost): SharedTurns {
  const { doc, origin, mayFill } = handle;
  /** The shared copy as this picker last wrote or read it. */
  let last: Json | null = null;
  let active = false;
  let left = false;
  let queued = false;

  const fromElsewhere = () => {
    queued = false;
    if (left) return;
    const found = read(handle);
    if (!found) return;
    if (!found.ok) {
      host.refuse(found.cause);
      return;
    }
    last = json(found.data);
    host.adopt(found.data);
  };

  const onUpdate = (_update: Uint8Array, from: unknown) => {
    if (!active || from === origin || queued) return;
    // Once, after the transaction: several updates in a row are read together.
    queued = true;
    queueMicrotask(fromElsewhere);
  };
  doc.on('update', onUpdate);

  void handle.synced.then(() => {
    if (left) return;
    active = true;
    if (readShared(doc)) fromElsewhere();
    else if (mayFill) {
      const data = json(host.current());
      seedShared(doc, TURNS_FORMAT, TURNS_VERSION, data, origin);
      last = data;
    }
  });

  return {
    publish(turns) {
      if (left || !mayFill || last === null) return;
      const patches = diff(last, json(turns));
      if (!patches.length) return;
      applyToShared(doc, patches, origin);
      last = json(turns);
    },
    leave() {
      left = true;
      doc.off('update', onUpdate);
    },
  };
}
