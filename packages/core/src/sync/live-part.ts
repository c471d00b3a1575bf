import { onDemand, type OnDemand } from '../on-demand.js';

/** The live session's module: Yjs, the Hocuspocus provider and y-indexeddb. */
export type LiveSessionModule = typeof import('./live-session.js');

/**
 * The live session, in a chunk of its own: fetched only by a page whose
 * `<coproduction-project>` names a `server`, so every other page carries no
 * Yjs and no connection code.
 */
export const liveSessionPart: OnDemand<LiveSessionModule> = onDemand(() => import('./live-session.js'));
