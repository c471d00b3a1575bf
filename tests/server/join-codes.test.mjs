// Short join links: POST /participant-token gives a short code with the
// participant token, and GET /join/<code> gives the token back while it
// lasts: from any server sharing the SQLite file, at a limited rate per
// address, and never into the log.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { startLiveServer } from '../support/live-server.mjs';
import { join } from './clients.mjs';

// Eight characters, no 0/O or 1/I/L, shown as two groups of four.
const CODE = /^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/;
const claimsOf = (token) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());

async function makeLink(server, facilitatorToken) {
  const response = await fetch(`${server.httpUrl}/participant-token`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${facilitatorToken}` },
  });
  assert.equal(response.status, 200);
  return response.json();
}

const lookUp = (server, code, headers = {}) =>
  fetch(`${server.httpUrl}/join/${encodeURIComponent(code)}`, {
    headers: { Origin: 'https://example.org', ...headers },
  });

describe('join codes', { timeout: 60_000 }, () => {
  let live;
  let other;
  const clients = [];
  before(async () => {
    live = await startLiveServer();
  });
  after(async () => {
    for (const client of clients) client.leave();
    await other?.stop();
    await live?.stop();
  });

  async function opens(server, documentName, token) {
    const client = await join(server.url, documentName, token);
    clients.push(client);
    return client.refused === null;
  }

  it('a code opens its room as a participant, however it is typed', async () => {
    const facilitatorToken = live.mint('room-j', 'facilitator', 3);
    const { token, code, expiresAt } = await makeLink(live, facilitatorToken);
    assert.match(code, CODE);
    assert.equal(expiresAt, claimsOf(facilitatorToken).exp * 1000);

    const response = await lookUp(live, code);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('access-control-allow-origin'), '*', 'browsers call it');
    const found = await response.json();
    assert.deepEqual([found.token, found.room], [token, 'room-j']);
    assert.equal(claimsOf(found.token).role, 'participant');
    assert.equal(await opens(live, 'room-j/mark-scorer', found.token), true);
    assert.equal(await opens(live, 'room-k/mark-scorer', found.token), false);

    // Typed from a projector: any case, with or without the dash.
    for (const typed of [code.toLowerCase(), code.replace('-', ''), ` ${code.toLowerCase().replace('-', '')}`]) {
      const again = await lookUp(live, typed);
      assert.equal(again.status, 200, typed);
      assert.equal((await again.json()).token, token);
    }
    const preflight = await fetch(`${live.httpUrl}/join/${code}`, { method: 'OPTIONS' });
    assert.equal(preflight.status, 204);
  });

  it('the same facilitator token always gives the same code; a new token a new one', async () => {
    const first = live.mint('room-l', 'facilitator', 3);
    const a = await makeLink(live, first);
    const b = await makeLink(live, first);
    assert.equal(b.code, a.code, 'every screen shows the same link');
    const c = await makeLink(live, live.mint('room-l', 'facilitator', 4));
    assert.notEqual(c.code, a.code);
    assert.notEqual(c.token, a.token);
  });

  it('works on another server sharing the SQLite file', async () => {
    const facilitatorToken = live.mint('room-m', 'facilitator', 3);
    const { token, code } = await makeLink(live, facilitatorToken);
    other = await startLiveServer({ database: live.database, secret: live.secret });
    const response = await lookUp(other, code);
    assert.equal(response.status, 200);
    assert.equal((await response.json()).token, token);
    assert.equal(await opens(other, 'room-m/values', token), true);
    // …and asked there for a link with the same facilitator token, gives the same code.
    assert.equal((await makeLink(other, facilitatorToken)).code, code);
  });

  it('an unknown or expired code is 404, and expired codes are removed', async () => {
    for (const unknown of ['ABCD-EFGH', 'abcdefgh', 'OOOO-0000', 'short', 'v1.e30.e30', '%E0%A4%A']) {
      const response = await lookUp(live, unknown);
      assert.equal(response.status, 404, unknown);
      assert.equal(response.headers.get('access-control-allow-origin'), '*');
    }
    // A facilitator token that lasts two seconds: its code lasts as long.
    const short = live.mint('room-n', 'facilitator', 2 / 3600);
    const { token, code } = await makeLink(live, short);
    assert.equal((await lookUp(live, code)).status, 200);
    await new Promise((resolve) => setTimeout(resolve, (claimsOf(short).exp + 1) * 1000 - Date.now()));
    assert.equal((await lookUp(live, code)).status, 404);

    const db = new Database(live.database, { readonly: true });
    try {
      const before = db.prepare('SELECT count(*) AS n FROM join_codes WHERE token = ?').get(token).n;
      // Removed by the lookup that found it expired; and rows nobody looks up go when a new link is made.
      assert.equal(before, 0);
    } finally {
      db.close();
    }
    const forgotten = live.mint('room-o', 'facilitator', 2 / 3600);
    const unused = await makeLink(live, forgotten);
    await new Promise((resolve) => setTimeout(resolve, (claimsOf(forgotten).exp + 1) * 1000 - Date.now()));
    await makeLink(live, live.mint('room-o', 'facilitator', 1));
    const check = new Database(live.database, { readonly: true });
    try {
      assert.equal(check.prepare('SELECT count(*) AS n FROM join_codes WHERE token = ?').get(unused.token).n, 0);
      assert.equal(check.prepare('SELECT count(*) AS n FROM join_codes WHERE expires <= ?').get(Date.now()).n, 0);
      assert.ok(check.prepare('SELECT count(*) AS n FROM join_codes').get().n > 0);
    } finally {
      check.close();
    }
  });

  it('guessing is rate-limited per address', async () => {
    const limited = await startLiveServer({ env: { COPRODUCE_JOIN_LOOKUPS_PER_MINUTE: '5' } });
    try {
      const { code } = await makeLink(limited, limited.mint('room-p', 'facilitator', 3));
      // The server is behind a proxy on the same machine: the proxy says who asks.
      const from = (address) => ({ 'X-Forwarded-For': address });
      const statuses = [];
      for (let i = 0; i < 8; i += 1)
        statuses.push((await lookUp(limited, `2345-678${i + 2}`, from('203.0.113.7'))).status);
      assert.deepEqual(statuses, [404, 404, 404, 404, 404, 429, 429, 429]);
      // Once limited, even the right code waits: guessing faster gets nowhere.
      const refused = await lookUp(limited, code, from('203.0.113.7'));
      assert.equal(refused.status, 429);
      assert.ok(Number(refused.headers.get('retry-after')) >= 1);
      assert.equal(refused.headers.get('access-control-allow-origin'), '*');
      // Someone else is not held up.
      assert.equal((await lookUp(limited, code, from('203.0.113.8'))).status, 200);
      assert.ok(
        limited.logs().some((line) => line.event === 'rate-limited' && line.limit === 'join-lookups-per-minute'),
      );
    } finally {
      await limited.stop();
    }
  });

  it('the log holds no code and no token', async () => {
    const facilitatorToken = live.mint('Riverside-Carers', 'facilitator', 3);
    const { token, code } = await makeLink(live, facilitatorToken);
    assert.equal((await lookUp(live, code)).status, 200);
    assert.equal((await lookUp(live, code.toLowerCase())).status, 200);
    const output = live.output();
    assert.ok(live.logs().some((line) => line.event === 'join-code' && line.found === true));
    for (const secret of [
      code,
      code.replace('-', ''),
      code.toLowerCase(),
      token,
      facilitatorToken,
      'Riverside-Carers',
    ]) {
      assert.ok(!output.includes(secret), `the log must not hold ${secret}`);
    }
    for (const part of token.split('.').slice(1)) assert.ok(!output.includes(part));
  });
});
