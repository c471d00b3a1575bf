/**
 * The people taking part, as a group keeps them: names the page gives (its
 * `participants` attribute), then names the group adds, each once; and who is
 * not here today, who neither holds anything up nor counts. Pure functions:
 * an element's model calls them, and renames its own records by name.
 */

/** What a document keeps about its people: the names added in the element, and who is not here today. */
export interface PeopleLists {
  participants: readonly string[];
  absent: readonly string[];
}

export type PeopleAction =
  | { type: 'add-participant'; name: string }
  | { type: 'remove-participant'; name: string }
  | { type: 'rename-participant'; from: string; to: string }
  | { type: 'set-absent'; name: string; absent: boolean };

const PEOPLE_ACTIONS: ReadonlySet<string> = new Set([
  'add-participant',
  'remove-participant',
  'rename-participant',
  'set-absent',
]);

/** True for an action on the list of people. */
export function isPeopleAction(action: { type: string }): action is PeopleAction {
  return PEOPLE_ACTIONS.has(action.type);
}

/** Two names for the same person: names are compared without case. */
export const samePerson = (a: string, b: string) => a.toLocaleLowerCase() === b.toLocaleLowerCase();

/** Everyone: the names the page gives, then those added in the element, each once. */
export function everyone(fromPage: readonly string[], added: readonly string[]): string[] {
  return [...fromPage, ...added.filter((name) => !fromPage.some((given) => samePerson(given, name)))];
}

/** Those taking part today: everyone but who is marked not here. */
export function presentPeople(people: readonly string[], absent: readonly string[]): string[] {
  return people.filter((name) => !absent.includes(name));
}

/** The lists after one action. Anything else in the document is the element's to change (its records by name). */
export function applyPeopleAction<Doc extends PeopleLists>(doc: Doc, action: PeopleAction): Doc {
  const { participants, absent } = doc;
  switch (action.type) {
    case 'add-participant':
      return participants.some((name) => samePerson(name, action.name))
        ? doc
        : { ...doc, participants: [...participants, action.name] };
    case 'remove-participant':
      return {
        ...doc,
        participants: participants.filter((name) => name !== action.name),
        absent: absent.filter((name) => name !== action.name),
      };
    case 'rename-participant': {
      const rename = (name: string) => (name === action.from ? action.to : name);
      return { ...doc, participants: participants.map(rename), absent: absent.map(rename) };
    }
    case 'set-absent': {
      const without = absent.filter((name) => name !== action.name);
      return { ...doc, absent: action.absent ? [...without, action.name] : without };
    }
  }
}

/** A record keyed by name, with one key renamed (its value moves; nothing else changes). */
export function renameKey<T>(record: Readonly<Record<string, T>>, from: string, to: string): Record<string, T> {
  if (!Object.hasOwn(record, from)) return { ...record };
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key === from ? to : key, value]));
}
