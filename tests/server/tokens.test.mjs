// Access: signed, expiring tokens per room and role, from the CLI and two HTTP
// endpoints; a token opens its own room only.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { SERVER_COMMAND, startLiveServer } from '../support/live-server.mjs';
import { credentials, deviceKey, join } from './clients.mjs';

const run = promisify(execFile);

function tamper(token) {
  const [v, payload, signature] = token.split('.');
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
  const forged = Buffer.from(JSON.stringify({ ...claims, role: 'facilitator' })).toString('base64url');
  return [v, forged, signature].join('.');
}

describe('tokens', { timeout: 60_000 }, () => {
  let live;
  const clients = [];
  before(async () => {
    live = await startLiveServer();
  });
  after(async () => {
    for (const client of clients) client.leave();
    await live?.stop();
  });

  async function opens(documentName, token) {
    const client = await join(live.url, documentName, token);
    clients.push(client);
    return client.refused === null;
  }

  it('opens its own room, and no other', async () => {
    const token = live.mint('room-a', 'participant');
    assert.equal(await opens('room-a/mark-scorer', token), true);
    assert.equal(await opens('room-b/mark-scorer', token), false);
    // A room whose name starts with the same letters is another room.
    assert.equal(await opens('room-ab/mark-scorer', token), false);
    assert.equal(await opens('room-a', token), false);
    assert.equal(await opens('room-a/values', credentials(token, 'Sam', deviceKey())), true);
  });

  it('refuses a tampered, an expired, a badly signed and a missing token', async () => {
    assert.equal(await opens('room-a/x', tamper(live.mint('room-a', 'participant'))), false);
    assert.equal(await opens('room-a/x', live.mint('room-a', 'facilitator', -1)), false);
    const other = live.mint('room-a', 'facilitator').replace(/\.[^.]+$/, '.AAAA');
    assert.equal(await opens('room-a/x', other), false);
    assert.equal(await opens('room-a/x', ''), false);
    assert.equal(await opens('room-a/x', credentials('v1.e30.e30', 'Sam', deviceKey())), false);
  });

  it('are printed by the CLI', async () => {
    const { stdout } = await run(
      process.execPath,
      [SERVER_COMMAND, 'token', '--room', 'room-c', '--role', 'facilitator'],
      {
        env: { ...process.env, COPRODUCE_SECRET: live.secret },
      },
    );
    const token = stdout.trim();
    assert.match(token, /^v1\.[\w-]+\.[\w-]+$/);
    assert.equal(await opens('room-c/mark-scorer', token), true);
    assert.equal(await opens('room-d/mark-scorer', token), false);
    const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
    assert.equal(claims.role, 'facilitator');
    assert.ok(Math.abs(claims.exp - (Date.now() / 1000 + 12 * 3600)) < 60, 'lasts 12 hours by default');

    await assert.rejects(
      run(process.execPath, [SERVER_COMMAND, 'token', '--room', 'room-c', '--role', 'boss'], {
        env: { ...process.env, COPRODUCE_SECRET: live.secret },
      }),
      /--role facilitator or --role participant/,
    );
    await assert.rejects(
      run(process.execPath, [SERVER_COMMAND, 'token', '--room', 'room-c', '--role', 'participant'], {
        env: { ...process.env, COPRODUCE_SECRET: '' },
      }),
      /COPRODUCE_SECRET/,
    );
  });

  it('are made by POST /tokens for a backend holding the admin key', async () => {
    const ask = (authorization, body) =>
      fetch(`${live.httpUrl}/tokens`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...(authorization ? { Authorization: authorization } : {}) },
        body: JSON.stringify(body),
      });
    const good = await ask(`Bearer ${live.adminKey}`, { room: 'room-e', role: 'participant', hours: 2 });
    assert.equal(good.status, 200);
    assert.equal(good.headers.get('access-control-allow-origin'), null, 'no CORS: backends only');
    const { token, expiresAt } = await good.json();
    assert.ok(Math.abs(expiresAt - (Date.now() + 2 * 3600_000)) < 60_000);
    assert.equal(await opens('room-e/values', token), true);
    assert.equal(await opens('room-f/values', token), false);

    assert.equal((await ask(null, { room: 'room-e', role: 'participant' })).status, 401);
    assert.equal((await ask(`Bearer ${live.adminKey}x`, { room: 'room-e', role: 'participant' })).status, 401);
    assert.equal((await ask(`Bearer ${live.secret}`, { room: 'room-e', role: 'participant' })).status, 401);
    assert.equal((await ask(`Bearer ${live.adminKey}`, { room: 'no spaces', role: 'participant' })).status, 400);
    assert.equal((await ask(`Bearer ${live.adminKey}`, { room: 'room-e', role: 'boss' })).status, 400);
    assert.equal(
      (await ask(`Bearer ${live.adminKey}`, { room: 'room-e', role: 'participant', hours: 9999 })).status,
      400,
    );
  });

  it('are made by POST /participant-token for a facilitator’s join link, from a browser', async () => {
    const ask = (token) =>
      fetch(`${live.httpUrl}/participant-token`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, Origin: 'https://intranet.example.gov.uk' },
      });
    const facilitatorToken = live.mint('room-g', 'facilitator', 3);
    const response = await ask(facilitatorToken);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    const { token, expiresAt } = await response.json();
    const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
    assert.deepEqual([claims.room, claims.role], ['room-g', 'participant']);
    assert.equal(expiresAt, JSON.parse(Buffer.from(facilitatorToken.split('.')[1], 'base64url').toString()).exp * 1000);
    assert.equal(await opens('room-g/mark-scorer', token), true);
    assert.equal(await opens('room-h/mark-scorer', token), false);

    assert.equal((await ask(live.mint('room-g', 'participant'))).status, 401, 'a participant cannot make links');
    assert.equal((await ask(tamper(live.mint('room-g', 'participant')))).status, 401);
    assert.equal((await ask(live.mint('room-g', 'facilitator', -1))).status, 401);
    const preflight = await fetch(`${live.httpUrl}/participant-token`, { method: 'OPTIONS' });
    assert.equal(preflight.status, 204);
    assert.match(preflight.headers.get('access-control-allow-headers'), /Authorization/);
  });

  it('is off without an admin key, and GET /time and /health answer', async () => {
    const bare = await startLiveServer({ env: { COPRODUCE_ADMIN_KEY: '' } });
    try {
      const response = await fetch(`${bare.httpUrl}/tokens`, {
        method: 'POST',
        headers: { Authorization: 'Bearer ' },
        body: '{"room":"a","role":"facilitator"}',
      });
      assert.equal(response.status, 404);
      const before = Date.now();
      const time = await fetch(`${bare.httpUrl}/time`);
      assert.equal(time.headers.get('access-control-allow-origin'), '*');
      const { now } = await time.json();
      assert.ok(now >= before - 1000 && now <= Date.now() + 1000);
      assert.deepEqual(await (await fetch(`${bare.httpUrl}/health`)).json(), { ok: true });
    } finally {
      await bare.stop();
    }
  });
});
