// Addresses for `src` that misbehave, served by the test runner's own server
// at /source-endpoint/<browser>/<kind>: `hang` accepts the request and never
// answers; `huge` streams a JSON list without end (up to 256 MB), with or
// without a Content-Length that says so (`?declared`). Tests read, with
// executeServerCommand('source-endpoint'), how many bytes each huge answer
// had sent when the browser stopped reading, and how many hangs are still open.
// Each browser has its own, since the browsers run their tests at once.
const LIMIT = 256 * 1024 * 1024;
const CHUNK = `${'{"id":"x","text":"padding padding padding padding"},'.repeat(1200)}`;

const states = new Map();
const fresh = () => ({ hangsOpen: 0, hangs: 0, huge: [] });
const stateFor = (key) => {
  if (!states.has(key)) states.set(key, fresh());
  return states.get(key);
};

/** Koa middleware for the test runner's `middleware` list. */
export async function sourceEndpoint(ctx, next) {
  const match = /^\/source-endpoint\/([\w-]+)\/(hang|huge)$/.exec(ctx.path);
  if (!match) return next();
  const state = stateFor(match[1]);
  const { req, res } = ctx;
  // Answered here, not by the server's static files (which would log a 404).
  ctx.status = 200;
  ctx.respond = false;
  if (match[2] === 'hang') {
    state.hangs++;
    state.hangsOpen++;
    req.socket.setTimeout(0);
    await new Promise((resolve) => req.socket.once('close', resolve));
    state.hangsOpen--;
    return;
  }
  const record = { sent: 0, finished: false };
  state.huge.push(record);
  const headers = { 'content-type': 'application/json', 'cache-control': 'no-store' };
  if ('declared' in ctx.query) headers['content-length'] = String(LIMIT);
  res.writeHead(200, headers);
  res.write('[');
  record.sent += 1;
  await new Promise((resolve) => {
    const pump = () => {
      while (record.sent < LIMIT - CHUNK.length) {
        if (res.destroyed) return resolve();
        const more = res.write(CHUNK);
        record.sent += CHUNK.length;
        if (!more) return void res.once('drain', pump);
      }
      record.finished = true;
      res.end('{}]');
      resolve();
    };
    res.once('close', resolve);
    pump();
  });
}

/** The server command: `{ reset? }`; returns this browser's base path and what each address has seen. */
export function sourceEndpointPlugin() {
  return {
    name: 'source-endpoint',
    executeCommand({ command, payload, session }) {
      if (command !== 'source-endpoint') return undefined;
      const key = String(session.browser.name)
        .toLowerCase()
        .replace(/[^\w-]/g, '-');
      const state = stateFor(key);
      if (payload?.reset) Object.assign(state, fresh());
      return {
        base: `/source-endpoint/${key}`,
        hangs: state.hangs,
        hangsOpen: state.hangsOpen,
        huge: state.huge,
        limit: LIMIT,
      };
    },
  };
}
