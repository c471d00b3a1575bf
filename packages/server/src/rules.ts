import { diff, isObject, type Json, type Patch, type Primitive } from '../../core/src/sync/patches.js';

/**
 * Who may change what in a shared document, checked on the server for every
 * incoming change, whatever the client. `before` and `after` are the root map
 * (`{format, version, data, claims}`) as plain JSON, before and after the
 * change. A refusal names the rule broken, never a person or what they wrote,
 * so it can be logged.
 */

export type Rule =
  | 'claims-are-the-servers'
  | 'not-started-by-a-facilitator'
  | 'facilitators-only'
  | 'own-name-only'
  | 'not-revealed-yet'
  | 'pick-a-name-first'
  | 'name-held-by-another-device'
  | 'document-too-large'
  /** Something written beside the record, which no screen reads but everyone would download. */
  | 'outside-the-record'
  /** A map or list of the record swapped for a plain value: every screen would stop sharing changes. */
  | 'plain-value-in-record'
  | 'not-a-valid-record'
  | 'incomplete-change'
  | 'unreadable-change'
  | 'rate-limited';

export interface Writer {
  role: 'facilitator' | 'participant';
  name: string | null;
}

export const MARK_SCORER = 'coproduce/mark-scorer';
export const VALUES_AGREEMENT = 'coproduce/values-agreement';
export const DECISION_LOG = 'coproduce/decision-log';
/** An icebreaker picker's turns: the facilitator's to run, everyone's to read. */
export const ICEBREAKER_TURNS = 'coproduce/icebreaker-turns';

function seeded(root: Json): root is { format: string; data: { [key: string]: Json } } & { [key: string]: Json } {
  return isObject(root) && typeof root.format === 'string' && isObject(root.data);
}

/** What was added to and taken from a list of plain values, counting repeats. */
function changes(from: readonly Primitive[], to: readonly Primitive[]): { added: Primitive[]; removed: Primitive[] } {
  const removed: Primitive[] = [];
  const rest = to.slice();
  for (const value of from) {
    const at = rest.indexOf(value);
    if (at >= 0) rest.splice(at, 1);
    else removed.push(value);
  }
  return { added: rest, removed };
}

function primitives(value: Json | undefined): Primitive[] | undefined {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((item) => item === null || typeof item !== 'object')) return undefined;
  return value as Primitive[];
}

/** A change to a list of names: only `name`, added (and, when `mayRemove`, taken out). */
function ownNameInList(patch: Patch, name: string, mayRemove: boolean): boolean {
  let from: Primitive[] | undefined;
  let to: Primitive[] | undefined;
  if (patch.kind === 'members') {
    from = patch.from;
    to = patch.to;
  } else if (patch.kind === 'set') {
    from = primitives(patch.from);
    to = primitives(patch.to);
  }
  if (!from || !to) return false;
  const { added, removed } = changes(from, to);
  return (
    added.every((value) => value === name) &&
    (mayRemove ? removed.every((value) => value === name) : removed.length === 0)
  );
}

function isRevealedMark(data: Json, markId: string): boolean {
  if (!isObject(data) || !Array.isArray(data.marks)) return false;
  const mark = data.marks.find((item) => isObject(item) && item.id === markId);
  return isObject(mark) && mark.revealed === true;
}

/** Whether a participant named `name` may make this one patch to a mark-scorer document. */
function markScorerAllows(patch: Patch, data: Json, name: string): Rule | null {
  const [, list, id, field, key, ...deeper] = patch.path;
  if (list === 'participants' && patch.path.length === 2) {
    return ownNameInList(patch, name, false) ? null : 'own-name-only';
  }
  if (list === 'ideas' && patch.path.length === 2) return patch.kind === 'insert' ? null : 'facilitators-only';
  if (list !== 'marks' || id === undefined) return 'facilitators-only';
  if (field === 'individual' && key !== undefined && deeper.length === 0 && patch.kind === 'set') {
    if (key !== name) return 'own-name-only';
    return isRevealedMark(data, id) ? null : 'not-revealed-yet';
  }
  if (field === 'answered' && key === undefined) return ownNameInList(patch, name, true) ? null : 'own-name-only';
  if ((field === 'ladders' || field === 'snakes') && key === undefined && patch.kind === 'insert') return null;
  if (field === 'notes' && key === undefined && patch.kind === 'set') {
    // A participant adds to the group's notes; rewording or removing what is there is the facilitator's.
    const from = typeof patch.from === 'string' ? patch.from : '';
    return typeof patch.to === 'string' && patch.to.startsWith(from) ? null : 'facilitators-only';
  }
  return 'facilitators-only';
}

/** Whether a participant named `name` may make this one patch to a values-agreement document. */
function valuesAgreementAllows(patch: Patch, data: Json, name: string): Rule | null {
  const [, list, id, field, key] = patch.path;
  if (list === 'participants' && patch.path.length === 2) {
    return ownNameInList(patch, name, false) ? null : 'own-name-only';
  }
  if (list !== 'items' || id === undefined) return 'facilitators-only';
  if (field === 'responses' && key !== undefined) {
    if (key !== name) return 'own-name-only';
    const open = isObject(data) && (data.privateAnswers === false || data.revealed === true);
    return open ? null : 'not-revealed-yet';
  }
  if (field === 'answered' && key === undefined) return ownNameInList(patch, name, true) ? null : 'own-name-only';
  return 'facilitators-only';
}

/**
 * The rule a change from `writer` breaks (null when it may be made), and the
 * change as patches. Device claims on names are checked by the caller, which
 * knows the key.
 */
export function ruleBroken(before: Json, after: Json, writer: Writer): { rule: Rule | null; patches: Patch[] } {
  const patches = diff(before, after);
  const refuse = (rule: Rule | null) => ({ rule, patches });
  if (patches.length === 0) return refuse(null);
  if (patches.some((patch) => patch.path[0] === 'claims')) return refuse('claims-are-the-servers');
  if (writer.role === 'facilitator') return refuse(null);
  if (!seeded(before)) return refuse('not-started-by-a-facilitator');
  if (writer.name === null) return refuse('pick-a-name-first');
  for (const patch of patches) {
    if (patch.path[0] !== 'data') return refuse('facilitators-only');
    let rule: Rule | null;
    switch (before.format) {
      case MARK_SCORER:
        rule = markScorerAllows(patch, before.data, writer.name);
        break;
      case VALUES_AGREEMENT:
        rule = valuesAgreementAllows(patch, before.data, writer.name);
        break;
      // ICEBREAKER_TURNS among them: turns are run from the facilitator's screen, a participant's only follows them.
      default:
        rule = 'facilitators-only';
    }
    if (rule) return refuse(rule);
  }
  return refuse(null);
}
