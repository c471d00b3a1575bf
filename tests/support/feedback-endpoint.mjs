// A real HTTP endpoint for <feedback-form>'s tests, served by the test
// runner's own server at /feedback-endpoint/<browser>. Tests tell it how to
// behave (executeServerCommand('feedback-endpoint', { mode })) and read what
// it received: 'ok' answers 201, 'down' drops the connection with no reply,
// 'slow' answers 201 after `delayMs`, 'error' answers 500, 'refuse' answers
// 400, 'busy' answers 503 with `Retry-After: <retryAfter>` seconds, 'conflict'
// answers 409 with the same header (a repeat that arrived while the first copy
// is still being processed, as an idempotent server may say).
// Like the server the README asks for, it de-duplicates on Idempotency-Key:
// `stored` holds one copy per key (the first), and a repeat is answered 201
// without being stored again; `received` still lists every copy taken.
// Each browser has its own, since the browsers run their tests at once; a
// `lane` gives a browser a second endpoint of its own
// (/feedback-endpoint/<browser>/<lane>), to be slow while the first is not.
const endpoints = new Map();
const fresh = () => ({
  mode: 'ok',
  delayMs: 0,
  retryAfter: '1',
  received: [],
  stored: new Map(),
  attempts: 0,
  attemptTimes: [],
  keys: [],
});
const endpointFor = (key) => {
  if (!endpoints.has(key)) endpoints.set(key, fresh());
  return endpoints.get(key);
};

function readBody(req) {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}

/** Koa middleware for the test runner's `middleware` list. */
export async function feedbackEndpoint(ctx, next) {
  const match = /^\/feedback-endpoint\/([\w-]+(?:\/[\w-]+)?)$/.exec(ctx.path);
  if (!match) return next();
  const state = endpointFor(match[1]);
  if (ctx.method !== 'POST') {
    ctx.status = 405;
    return;
  }
  state.attempts++;
  state.attemptTimes.push(Date.now());
  // Every try, whatever becomes of it: the key a server would de-duplicate on.
  state.keys.push(ctx.get('idempotency-key') || null);
  const body = await readBody(ctx.req);
  // A slow reply can land after a test has reset the endpoint: it is logged where it began.
  const { mode, delayMs, received, stored, retryAfter } = state;
  if (mode === 'down') {
    ctx.req.socket.destroy();
    ctx.respond = false;
    return;
  }
  if (mode === 'slow') await new Promise((resolve) => setTimeout(resolve, delayMs));
  if (mode === 'error') {
    ctx.status = 500;
    ctx.body = { error: 'broken' };
    return;
  }
  if (mode === 'busy' || mode === 'conflict') {
    ctx.status = mode === 'busy' ? 503 : 409;
    ctx.set('Retry-After', retryAfter);
    ctx.body = { error: 'busy' };
    return;
  }
  if (mode === 'refuse') {
    ctx.status = 400;
    ctx.body = { error: 'not accepted' };
    return;
  }
  const copy = { body: JSON.parse(body), contentType: ctx.get('content-type') };
  received.push(copy);
  const key = ctx.get('idempotency-key');
  if (!key || !stored.has(key)) stored.set(key || `no key ${received.length}`, copy);
  ctx.status = 201;
  ctx.body = { ok: true };
}

/**
 * The server command: `{ lane?, mode?, delayMs?, retryAfter?, reset? }` changes this browser's
 * endpoint (or its `lane`); every call returns its path and what it has received.
 */
export function feedbackEndpointPlugin() {
  return {
    name: 'feedback-endpoint',
    executeCommand({ command, payload, session }) {
      if (command !== 'feedback-endpoint') return undefined;
      const browser = String(session.browser.name)
        .toLowerCase()
        .replace(/[^\w-]/g, '-');
      const key = payload?.lane ? `${browser}/${String(payload.lane).replace(/[^\w-]/g, '-')}` : browser;
      const state = endpointFor(key);
      if (payload?.reset) Object.assign(state, fresh());
      if (payload?.mode) state.mode = payload.mode;
      if (payload?.delayMs !== undefined) state.delayMs = payload.delayMs;
      if (payload?.retryAfter !== undefined) state.retryAfter = String(payload.retryAfter);
      const { mode, attempts, attemptTimes, keys, received } = state;
      const stored = [...state.stored.values()];
      return { path: `/feedback-endpoint/${key}`, mode, attempts, attemptTimes, keys, received, stored };
    },
  };
}
