import type { Message } from './message.js';

/** One language's strings, as an element looks them up. */
export type StringTable = Readonly<Record<string, Message>>;

/**
 * Loads one language's strings: a dynamic `import()`, so a bundler puts
 * them in a chunk of their own that an English page never fetches.
 */
export type LoadStrings<T extends StringTable = StringTable> = () => Promise<T>;

/** Strings that are here already (English), or how to load them. */
export type StringSource = StringTable | LoadStrings;

type State = { table: StringTable } | { pending: Promise<StringTable> } | { failed: unknown };

// Keyed by the loader itself: each element's catalogues make theirs once, so
// every instance of an element (and a subclass that keeps them) shares one load.
const states = new WeakMap<LoadStrings, State>();

/** The strings, if they are here: inline, or loaded before. */
export function stringsNow(source: StringSource): StringTable | undefined {
  if (typeof source !== 'function') return source;
  const state = states.get(source);
  return state && 'table' in state ? state.table : undefined;
}

/** Why the strings could not be loaded, if they could not. A failed load is not tried again. */
export function loadFailure(source: StringSource): { cause: unknown } | undefined {
  if (typeof source !== 'function') return undefined;
  const state = states.get(source);
  return state && 'failed' in state ? { cause: state.failed } : undefined;
}

/**
 * The strings, loaded once however many elements ask. Rejects if they could
 * not be loaded (a network failure, say), and stays failed: the elements show
 * English instead and say so once, rather than asking again at every render.
 */
export function loadStrings(source: StringSource): Promise<StringTable> {
  if (typeof source !== 'function') return Promise.resolve(source);
  const state = states.get(source);
  if (state && 'table' in state) return Promise.resolve(state.table);
  if (state && 'pending' in state) return state.pending;
  if (state) return Promise.reject(state.failed);
  // A loader that throws at once fails like one whose import() is refused.
  const pending = new Promise<StringTable>((resolve) => resolve(source())).then(
    (table) => {
      states.set(source, { table });
      return table;
    },
    (cause: unknown) => {
      states.set(source, { failed: cause });
      throw cause;
    },
  );
  states.set(source, { pending });
  return pending;
}
