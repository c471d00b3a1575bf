// A real HTTP endpoint for <feedback-form>'s tests, served by the test
// runner's own server at /feedback-endpoint. Tests tell it how to behave
// (executeServerCommand('feedback-endpoint', { mode })) and read what it
// received: 'ok' answers 201, 'down' drops the connection with no reply,
// 'slow' answers after `delayMs`, 'error' answers 500, 'refuse' answers 400.
const state = { mode: 'ok', delayMs: 0, received: [], attempts: 0 };

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
  if (ctx.path !== '/feedback-endpoint') return next();
  if (ctx.method !== 'POST') {
    ctx.status = 405;
    return;
  }
  state.attempts++;
  const body = await readBody(ctx.req);
  const { mode, delayMs } = state;
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
  if (mode === 'refuse') {
    ctx.status = 400;
    ctx.body = { error: 'not accepted' };
    return;
  }
  state.received.push({ body: JSON.parse(body), contentType: ctx.get('content-type') });
  ctx.status = 201;
  ctx.body = { ok: true };
}

/** The server command: `{ mode?, delayMs?, reset? }` changes it; every call returns what it has received. */
export function feedbackEndpointPlugin() {
  return {
    name: 'feedback-endpoint',
    executeCommand({ command, payload }) {
      if (command !== 'feedback-endpoint') return undefined;
      if (payload?.reset) Object.assign(state, { mode: 'ok', delayMs: 0, received: [], attempts: 0 });
      if (payload?.mode) state.mode = payload.mode;
      if (payload?.delayMs !== undefined) state.delayMs = payload.delayMs;
      return { mode: state.mode, attempts: state.attempts, received: state.received };
    },
  };
}
