// A module the network is slow to deliver: the test runner's own server holds
// requests for a path until the test lets them go, as a slow connection
// would. For parts an element fetches on demand, so a test can act while one
// is on its way. Only the browser that asked (matched by its user agent) is
// held, since the browsers run their tests at once; a path is matched with
// .js or .ts (the test runner serves the TypeScript a module is written in).
import { keyOf } from './unreachable-once.mjs';

const holds = new Map();

/** Koa middleware for the test runner's `middleware` list. */
export async function heldRequests(ctx, next) {
  const hold = holds.get(keyOf(ctx.get('user-agent'), ctx.path));
  if (!hold) return next();
  hold.waiting++;
  await hold.released;
  return next();
}

/**
 * The server command `held-requests`: `{ action: 'hold', path, userAgent }`
 * holds that browser's requests for `path` (and stops the test page using the
 * browser's cache, where an earlier test file may have left a copy);
 * `{ action: 'waiting', … }` says how many requests are held now;
 * `{ action: 'release', … }` lets them go and turns the cache back on.
 */
export function heldRequestsPlugin() {
  return {
    name: 'held-requests',
    async executeCommand({ command, payload, session }) {
      if (command !== 'held-requests') return undefined;
      const page = session.browser.getPage(session.id);
      const key = keyOf(String(payload.userAgent), String(payload.path));
      const hold = holds.get(key);
      switch (payload.action) {
        case 'hold': {
          await page.setCacheEnabled(false);
          let release;
          const released = new Promise((resolve) => {
            release = resolve;
          });
          holds.set(key, { waiting: 0, released, release });
          return 0;
        }
        case 'waiting':
          return hold?.waiting ?? 0;
        case 'release':
          holds.delete(key);
          hold?.release();
          await page.setCacheEnabled(true);
          return hold?.waiting ?? 0;
        default:
          throw new Error(`held-requests: unknown action ${payload.action}`);
      }
    },
    serverStop() {
      for (const hold of holds.values()) hold.release();
      holds.clear();
    },
  };
}
