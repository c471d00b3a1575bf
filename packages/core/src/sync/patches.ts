/**
 * Small patches between two versions of a document: what changed, where, from
 * what, to what. The pure models still make every change; a patch only says
 * what one change did, so that two tabs (or devices) can merge field by field,
 * Undo can take back just one person's change, and a server can check who may
 * change what. No DOM and no Yjs here: the live-session chunk applies the same
 * patches to a shared Yjs document.
 *
 * A path names object keys, and list items by their `id`, never by position,
 * so a patch still means the same thing after someone else adds to the list.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Primitive = null | boolean | number | string;
export type JsonObject = { [key: string]: Json };
export type KeyedItem = JsonObject & { id: string };

export type Patch =
  /** An object's field set, added (`from` undefined) or removed (`to` undefined); also a whole list without ids. */
  | { kind: 'set'; path: string[]; from: Json | undefined; to: Json | undefined }
  /** An item put into a list of items with ids, after the item `after` (null: first). */
  | { kind: 'insert'; path: string[]; id: string; after: string | null; value: KeyedItem }
  /** An item taken out of a list of items with ids; `after` is where it was, so Undo can put it back. */
  | { kind: 'remove'; path: string[]; id: string; after: string | null; value: KeyedItem }
  /** The same items of a list in another order. */
  | { kind: 'order'; path: string[]; from: string[]; to: string[] }
  /** A list of plain values (names, tags) with some added or taken out. */
  | { kind: 'members'; path: string[]; from: Primitive[]; to: Primitive[] };

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isKeyedItem(value: unknown): value is KeyedItem {
  return isObject(value) && typeof value.id === 'string';
}

function isPrimitive(value: unknown): value is Primitive {
  return value === null || (typeof value !== 'object' && typeof value !== 'undefined');
}

/** A list is keyed when every item has a string id, none twice; an empty list takes the other side's kind. */
export function isKeyedList(list: readonly unknown[]): list is KeyedItem[] {
  if (!list.every(isKeyedItem)) return false;
  return new Set(list.map((item) => item.id)).size === list.length;
}

export function sameJson(a: Json | undefined, b: Json | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a === null || b === null) return false;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((item, index) => sameJson(item, b[index]));
  }
  if (isObject(a)) {
    if (!isObject(b)) return false;
    const keys = Object.keys(a).filter((key) => a[key] !== undefined);
    const otherKeys = Object.keys(b).filter((key) => b[key] !== undefined);
    return keys.length === otherKeys.length && keys.every((key) => sameJson(a[key], b[key]));
  }
  return false;
}

/** The patches that turn `before` into `after`, deepest first within each object. */
export function diff(before: Json, after: Json, path: string[] = []): Patch[] {
  const patches: Patch[] = [];
  diffInto(patches, before, after, path);
  return patches;
}

function diffInto(patches: Patch[], before: Json | undefined, after: Json | undefined, path: string[]): void {
  if (sameJson(before, after)) return;
  if (isObject(before) && isObject(after)) {
    for (const key of Object.keys(before)) {
      if (before[key] !== undefined && after[key] === undefined) {
        patches.push({ kind: 'set', path: [...path, key], from: before[key], to: undefined });
      }
    }
    for (const key of Object.keys(after)) {
      if (after[key] === undefined) continue;
      diffInto(patches, before[key], after[key], [...path, key]);
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const keyed = isKeyedList(before) && isKeyedList(after) && (before.length > 0 || after.length > 0);
    if (keyed) {
      diffKeyedList(patches, before as KeyedItem[], after as KeyedItem[], path);
      return;
    }
    if (before.every(isPrimitive) && after.every(isPrimitive)) {
      patches.push({ kind: 'members', path, from: before, to: after });
      return;
    }
  }
  patches.push({ kind: 'set', path, from: before, to: after });
}

function diffKeyedList(patches: Patch[], before: KeyedItem[], after: KeyedItem[], path: string[]): void {
  const beforeById = new Map(before.map((item) => [item.id, item]));
  const afterIds = new Set(after.map((item) => item.id));
  before.forEach((item, index) => {
    const after = index === 0 ? null : before[index - 1]!.id;
    if (!afterIds.has(item.id)) patches.push({ kind: 'remove', path, id: item.id, after, value: item });
  });
  let previous: string | null = null;
  for (const item of after) {
    const old = beforeById.get(item.id);
    if (old) diffInto(patches, old, item, [...path, item.id]);
    else patches.push({ kind: 'insert', path, id: item.id, after: previous, value: item });
    previous = item.id;
  }
  const keptBefore = before.filter((item) => afterIds.has(item.id)).map((item) => item.id);
  const keptAfter = after.filter((item) => beforeById.has(item.id)).map((item) => item.id);
  if (keptBefore.some((id, index) => keptAfter[index] !== id)) {
    patches.push({ kind: 'order', path, from: keptBefore, to: keptAfter });
  }
}

/** The value at a path (undefined when any step is missing). */
export function valueAt(doc: Json | undefined, path: readonly string[]): Json | undefined {
  let here: Json | undefined = doc;
  for (const segment of path) {
    if (Array.isArray(here)) here = here.find((item) => isKeyedItem(item) && item.id === segment);
    else if (isObject(here)) here = here[segment];
    else return undefined;
  }
  return here;
}

/** A copy of `doc` with the value at `path` changed; unchanged when the path no longer leads anywhere. */
function updateAt(doc: Json, path: readonly string[], change: (value: Json | undefined) => Json | undefined): Json {
  if (path.length === 0) return change(doc) ?? doc;
  const [segment, ...rest] = path as [string, ...string[]];
  if (Array.isArray(doc)) {
    const index = doc.findIndex((item) => isKeyedItem(item) && item.id === segment);
    if (index < 0) return doc;
    const copy = doc.slice();
    copy[index] = updateAt(doc[index]!, rest, change);
    return copy;
  }
  if (!isObject(doc)) return doc;
  if (rest.length === 0) {
    const next = change(doc[segment]);
    const { [segment]: _old, ...others } = doc;
    return next === undefined ? others : { ...others, [segment]: next };
  }
  if (doc[segment] === undefined) return doc;
  return { ...doc, [segment]: updateAt(doc[segment], rest, change) };
}

/** Plain values of `current` with `from → to`'s additions and removals made, others' kept. */
export function mergeMembers(
  current: readonly Primitive[],
  from: readonly Primitive[],
  to: readonly Primitive[],
): Primitive[] {
  const result = current.slice();
  const remaining = to.slice();
  for (const value of from) {
    const index = remaining.indexOf(value);
    if (index >= 0) remaining.splice(index, 1);
    else {
      const at = result.indexOf(value);
      if (at >= 0) result.splice(at, 1);
    }
  }
  // `remaining` now holds what was added; each goes after the value it followed.
  for (const value of remaining) {
    const before = to
      .slice(0, to.indexOf(value))
      .reverse()
      .find((other) => result.includes(other));
    result.splice(before === undefined ? 0 : result.indexOf(before) + 1, 0, value);
  }
  return result;
}

/** Moves the ids of `to` into that order among the items that are still there, leaving others in place. */
export function mergeOrder<T>(items: readonly T[], idOf: (item: T) => string | undefined, to: readonly string[]): T[] {
  const wanted = to.filter((id) => items.some((item) => idOf(item) === id));
  const slots = items.map((item, index) => (wanted.includes(idOf(item) ?? '') ? index : -1)).filter((i) => i >= 0);
  const result = items.slice();
  slots.forEach((slot, n) => {
    result[slot] = items.find((item) => idOf(item) === wanted[n])!;
  });
  return result;
}

/**
 * Applies patches to a plain document, as far as they still fit: a patch
 * whose place is gone (its item was removed meanwhile) is left out.
 */
export function applyPatches(doc: Json, patches: readonly Patch[]): Json {
  let result = doc;
  for (const patch of patches) result = applyPatch(result, patch);
  return result;
}

function applyPatch(doc: Json, patch: Patch): Json {
  switch (patch.kind) {
    case 'set':
      return updateAt(doc, patch.path, () => patch.to);
    case 'insert':
      return updateAt(doc, patch.path, (list) => {
        if (!Array.isArray(list) || list.some((item) => isKeyedItem(item) && item.id === patch.id)) return list;
        const afterIndex =
          patch.after === null ? -1 : list.findIndex((item) => isKeyedItem(item) && item.id === patch.after);
        const at = patch.after !== null && afterIndex < 0 ? list.length : afterIndex + 1;
        return [...list.slice(0, at), patch.value, ...list.slice(at)];
      });
    case 'remove':
      return updateAt(doc, patch.path, (list) =>
        Array.isArray(list) ? list.filter((item) => !(isKeyedItem(item) && item.id === patch.id)) : list,
      );
    case 'order':
      return updateAt(doc, patch.path, (list) =>
        Array.isArray(list) ? mergeOrder(list, (item) => (isKeyedItem(item) ? item.id : undefined), patch.to) : list,
      );
    case 'members':
      return updateAt(doc, patch.path, (list) =>
        Array.isArray(list) && list.every(isPrimitive) ? mergeMembers(list, patch.from, patch.to) : list,
      );
  }
}

/** The patch that takes `patch` back. */
export function inverse(patch: Patch): Patch {
  switch (patch.kind) {
    case 'set':
      return { ...patch, from: patch.to, to: patch.from };
    case 'insert':
      return { kind: 'remove', path: patch.path, id: patch.id, after: patch.after, value: patch.value };
    case 'remove':
      return { kind: 'insert', path: patch.path, id: patch.id, after: patch.after, value: patch.value };
    case 'order':
      return { ...patch, from: patch.to, to: patch.from };
    case 'members':
      return { ...patch, from: patch.to, to: patch.from };
  }
}

/** Whether what `patch` made is still there in `doc`, untouched by anyone since. */
export function stillAsMade(doc: Json, patch: Patch): boolean {
  switch (patch.kind) {
    case 'set':
      return sameJson(valueAt(doc, patch.path), patch.to);
    case 'insert':
      return sameJson(valueAt(doc, [...patch.path, patch.id]), patch.value);
    case 'remove':
      return valueAt(doc, [...patch.path, patch.id]) === undefined;
    case 'order':
    case 'members':
      return Array.isArray(valueAt(doc, patch.path));
  }
}

/**
 * Takes back one person's change (`patches`, in the order they were made)
 * from a document others may have changed since. What someone else changed
 * since is left as they made it, and returned as `changedSince`.
 */
export function takeBack(doc: Json, patches: readonly Patch[]): { doc: Json; changedSince: Patch[] } {
  const changedSince: Patch[] = [];
  let result = doc;
  for (const patch of patches.slice().reverse()) {
    if (!stillAsMade(result, patch)) {
      changedSince.push(patch);
      continue;
    }
    result = applyPatch(result, inverse(patch));
  }
  return { doc: result, changedSince };
}

/** A field both this copy and another changed, each to something else: shown to the person, not settled for them. */
export interface Conflict {
  path: string[];
  /** What it was before either change. */
  base: Json | undefined;
  mine: Json | undefined;
  theirs: Json | undefined;
}

/**
 * Merges my changes since `base` into `theirs` (a newer copy from elsewhere).
 * My changes are kept where they fit; where they changed the same field to
 * something else, mine stays (nobody's typing is replaced under them) and
 * the field is returned as a conflict.
 */
export function mergeChanges(base: Json, mine: Json, theirs: Json): { doc: Json; conflicts: Conflict[] } {
  const patches = diff(base, mine);
  const conflicts: Conflict[] = [];
  for (const patch of patches) {
    if (patch.kind !== 'set') continue;
    const now = valueAt(theirs, patch.path);
    if (!sameJson(now, patch.from) && !sameJson(now, patch.to)) {
      conflicts.push({ path: patch.path, base: patch.from, mine: patch.to, theirs: now });
    }
  }
  return { doc: applyPatches(theirs, patches), conflicts };
}
