import { ContextRoot, createContext } from '@lit/context';
import type { StorageAdapter } from './storage/adapter.js';
import type { LiveSession } from './sync/session.js';

/** What <coproduction-project> shares with the elements inside it. */
export interface ProjectContextValue {
  /** Namespaces storage keys, so two projects on one page never share data. */
  project: string | null;
  /** The project's language, used when an element has no `locale` of its own. */
  locale: string | null;
  storage: StorageAdapter;
  /** Easy Read for every element inside (`easy-read` on the project). Absent from an older copy of the library: off. */
  easyRead?: boolean;
  /** A live session (`server` and `room` on the project): elements inside share their documents through it. */
  session?: LiveSession;
}

/** Symbol.for, so that two copies of this library on one page still find each other. */
export const projectContext = createContext<ProjectContextValue>(Symbol.for('coproduce.project'));

const rootAttached = Symbol.for('coproduce.contextRoot');

/**
 * An element may upgrade before <coproduction-project> is defined (separate
 * scripts, any order). A ContextRoot on the document replays such early
 * requests once a provider appears. Attached once per page.
 */
export function attachContextRoot(): void {
  const doc = globalThis.document as (Document & { [rootAttached]?: boolean }) | undefined;
  if (!doc || doc[rootAttached]) return;
  doc[rootAttached] = true;
  new ContextRoot().attach(doc.documentElement);
}
