import * as Y from 'yjs';
import { fnv1a } from './hash.js';
import { isObject, mergeMembers, mergeOrder, type Json, type Patch, type Primitive } from './patches.js';

/**
 * One element's document inside a Yjs document: the root map `coproduce`
 * holds `format`, `version` and `data`. Objects are Y.Maps and lists are
 * Y.Arrays, so two people changing different fields, or adding to the same
 * list, both keep their change. Patches from `patches.ts` are applied here;
 * reading gives back plain JSON for the element's schema to check.
 */

export const ROOT = 'coproduce';
/**
 * The Yjs client that writes a seed, from the seed's content: the same data
 * seeded anywhere gives the same Yjs items, so two tabs' seeds merge without
 * doubling; different data gets another client, so two different seeds (two
 * facilitators filling an empty room at once) never share item ids, which
 * Yjs would take for the same items and leave the two copies apart for good.
 */
function seedClient(format: string, version: number, data: Json): number {
  return fnv1a(JSON.stringify([format, version, data])) || 1;
}

export function rootOf(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(ROOT);
}

/** A plain value as Yjs types, for putting into a shared document. */
export function toShared(value: Json): unknown {
  if (Array.isArray(value)) {
    const list = new Y.Array<unknown>();
    list.push(value.map(toShared));
    return list;
  }
  if (isObject(value)) {
    const map = new Y.Map<unknown>();
    for (const [key, item] of Object.entries(value)) if (item !== undefined) map.set(key, toShared(item));
    return map;
  }
  return value;
}

/** What the shared document holds: its format and version, and the data as plain JSON (undefined while empty). */
export function readShared(doc: Y.Doc): { format: string; version: number; data: Json } | undefined {
  const root = rootOf(doc);
  const data = root.get('data');
  const format = root.get('format');
  const version = root.get('version');
  if (!(data instanceof Y.Map) || typeof format !== 'string' || typeof version !== 'number') return undefined;
  return { format, version, data: data.toJSON() as Json };
}

/**
 * Fills an empty shared document with `data`, written as the seed client so
 * that two tabs seeding the same stored copy make identical items.
 */
export function seedShared(doc: Y.Doc, format: string, version: number, data: Json, origin?: unknown): void {
  const seed = new Y.Doc();
  seed.clientID = seedClient(format, version, data);
  seed.transact(() => {
    const root = rootOf(seed);
    root.set('format', format);
    root.set('version', version);
    root.set('data', toShared(data));
  });
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(seed), origin);
  seed.destroy();
}

function indexOfId(list: Y.Array<unknown>, id: string): number {
  let found = -1;
  list.forEach((item, index) => {
    if (found < 0 && item instanceof Y.Map && item.get('id') === id) found = index;
  });
  return found;
}

function step(here: unknown, segment: string): unknown {
  if (here instanceof Y.Map) return here.get(segment);
  if (here instanceof Y.Array) {
    const index = indexOfId(here, segment);
    return index < 0 ? undefined : here.get(index);
  }
  return undefined;
}

function find(data: Y.Map<unknown>, path: readonly string[]): unknown {
  let here: unknown = data;
  for (const segment of path) here = step(here, segment);
  return here;
}

/**
 * Applies patches to the shared data in one transaction. A patch whose place
 * is gone (someone removed the item meanwhile) is left out, as in `applyPatches`.
 */
export function applyToShared(doc: Y.Doc, patches: readonly Patch[], origin?: unknown): void {
  const data = rootOf(doc).get('data');
  if (!(data instanceof Y.Map)) return;
  doc.transact(() => {
    for (const patch of patches) applyOne(data, patch);
  }, origin);
}

function applyOne(data: Y.Map<unknown>, patch: Patch): void {
  if (patch.kind === 'set') {
    const parent = find(data, patch.path.slice(0, -1));
    const key = patch.path[patch.path.length - 1];
    if (!(parent instanceof Y.Map) || key === undefined) return;
    if (patch.to === undefined) parent.delete(key);
    else parent.set(key, toShared(patch.to));
    return;
  }
  const list = find(data, patch.path);
  if (!(list instanceof Y.Array)) return;
  switch (patch.kind) {
    case 'insert': {
      if (indexOfId(list, patch.id) >= 0) return;
      const afterIndex = patch.after === null ? -1 : indexOfId(list, patch.after);
      const at = patch.after !== null && afterIndex < 0 ? list.length : afterIndex + 1;
      list.insert(at, [toShared(patch.value)]);
      return;
    }
    case 'remove': {
      const index = indexOfId(list, patch.id);
      if (index >= 0) list.delete(index, 1);
      return;
    }
    case 'order': {
      // Yjs has no move: items out of place are taken out and put back, in the new order.
      const items = list.toArray();
      const idOf = (item: unknown) => (item instanceof Y.Map ? (item.get('id') as string) : undefined);
      const wanted = mergeOrder(items, idOf, patch.to).map(idOf);
      wanted.forEach((id, index) => {
        if (id === undefined || idOf(list.get(index)) === id) return;
        const from = indexOfId(list, id);
        const copy = toShared((list.get(from) as Y.Map<unknown>).toJSON() as Json);
        list.delete(from, 1);
        list.insert(index, [copy]);
      });
      return;
    }
    case 'members': {
      const current = list.toArray() as Primitive[];
      const next = mergeMembers(current, patch.from, patch.to);
      // Only what changed is touched, so someone else's addition survives.
      let at = 0;
      let j = 0;
      for (let i = 0; i < current.length; ) {
        if (j < next.length && current[i] === next[j]) {
          i++;
          j++;
          at++;
        } else if (j < next.length && !current.slice(i).includes(next[j]!)) {
          list.insert(at++, [next[j++]]);
        } else {
          list.delete(at, 1);
          i++;
        }
      }
      if (j < next.length) list.insert(at, next.slice(j));
      return;
    }
  }
}
