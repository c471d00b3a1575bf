import * as Y from 'yjs';
import { ROOT } from '../../core/src/sync/shared-doc.js';
import type { Rule } from './rules.js';

/**
 * What a room's document may hold at all, whoever writes: the one root map
 * (`coproduce`), and under it only Y.Maps, Y.Arrays and plain scalars. The
 * role rules compare the record as JSON, which cannot see a Y.Map swapped for
 * an equal plain object (every screen would then stop sharing changes), nor
 * anything written beside the record (which no screen reads, but everyone
 * downloads): those are refused here first.
 */
export function shapeBroken(doc: Y.Doc): Rule | null {
  for (const name of doc.share.keys()) if (name !== ROOT) return 'outside-the-record';
  const root = doc.share.get(ROOT);
  if (root === undefined) return null;
  if (!(root instanceof Y.Map)) return 'plain-value-in-record';
  for (const [key, value] of root.entries()) {
    const typed = key === 'data' || key === 'claims';
    if (typed ? !(value instanceof Y.Map) || !sharedTree(value) : !scalar(value)) return 'plain-value-in-record';
  }
  return null;
}

const scalar = (value: unknown) => value === null || (typeof value !== 'object' && typeof value !== 'function');

/** Whether every value under `type` is a Y.Map, a Y.Array or a scalar. */
function sharedTree(type: Y.Map<unknown> | Y.Array<unknown>): boolean {
  const values = type instanceof Y.Map ? [...type.values()] : type.toArray();
  return values.every((value) =>
    value instanceof Y.Map || value instanceof Y.Array ? sharedTree(value) : scalar(value),
  );
}
