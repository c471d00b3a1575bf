// A module the network fails to deliver, once: the test runner's own server
// answers 503 to the next request for a path, as a dropped connection or a
// busy server would, then serves it again as usual. For parts an element
// fetches on demand: the test sees the element say so, and try again.
// Only the browser that asked (matched by its user agent) is refused, since
// the browsers run their tests at once; a path is matched with .js or .ts
// (the test runner serves the TypeScript a module is written in).
const armed = new Map();
/** One browser's requests for one path, `.ts` or `.js` alike (held-requests.mjs matches requests the same way). */
export const keyOf = (userAgent, path) => `${userAgent}\n${path.replace(/\.ts$/, '.js')}`;

/** Koa middleware for the test runner's `middleware` list. */
export async function unreachableOnce(ctx, next) {
  const key = keyOf(ctx.get('user-agent'), ctx.path);
  const left = armed.get(key) ?? 0;
  if (left <= 0) return next();
  armed.set(key, left - 1);
  // Written here, past Koa: the test runner marks every file's answer cacheable for a year on its way out, and a
  // refusal kept in the browser's cache would refuse the module to every later test file.
  ctx.respond = false;
  ctx.res.writeHead(503, { 'cache-control': 'no-store', 'content-length': '0' });
  ctx.res.end();
}

/**
 * The server command `unreachable-once`: `{ path, userAgent, times? }` refuses
 * the next request (or `times` requests) from that browser for `path`, and
 * stops the test page using the browser's cache, where an earlier test file
 * left a copy (the test runner lets files be cached for a year), so the
 * request reaches the server; `{ restore: true }` turns the cache back on.
 * Returns how many refusals are still to come.
 */
export function unreachableOncePlugin() {
  return {
    name: 'unreachable-once',
    async executeCommand({ command, payload, session }) {
      if (command !== 'unreachable-once') return undefined;
      const page = session.browser.getPage(session.id);
      if (payload?.restore) {
        await page.setCacheEnabled(true);
        return 0;
      }
      await page.setCacheEnabled(false);
      const key = keyOf(String(payload.userAgent), String(payload.path));
      armed.set(key, Number(payload.times ?? 1));
      return armed.get(key);
    },
  };
}
