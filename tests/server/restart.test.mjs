// A server killed mid-session (SIGKILL: no chance to write anything) and started
// again loses nothing: every change it accepted is in its SQLite file, and changes
// made while it was down arrive when the phones reconnect.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { startLiveServer } from '../support/live-server.mjs';
import { credentials, deviceKey, join, rootJson, waitFor } from './clients.mjs';
import { MARK_SCORER, markScorerData } from './fixtures.mjs';

const { applyToShared, seedShared } = await import('../../packages/server/dist/index.js');
const markOf = (doc, id) => rootJson(doc).data.marks.find((mark) => mark.id === id);

describe('a server killed and restarted', { timeout: 60_000 }, () => {
  let live;
  const clients = [];
  const folder = mkdtempSync(joinPath(tmpdir(), 'coproduce-kill-'));
  const database = joinPath(folder, 'coproduce.sqlite');
  after(async () => {
    for (const client of clients) client.leave();
    await live?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('loses nothing', async () => {
    // Whole-document writes are put off for a minute, so only what the server writes at once can survive.
    live = await startLiveServer({
      database,
      env: { COPRODUCE_STORE_DEBOUNCE_MS: '60000', COPRODUCE_STORE_MAX_DEBOUNCE_MS: '60000' },
    });
    const name = 'kill-room/mark-scorer';
    const enter = async (token) => {
      const client = await join(live.url, name, token);
      clients.push(client);
      return client;
    };
    const lead = await enter(live.mint('kill-room', 'facilitator'));
    seedShared(lead.doc, MARK_SCORER, 1, markScorerData());
    const sam = await enter(credentials(live.mint('kill-room', 'participant'), 'Sam', deviceKey()));
    const ali = await enter(credentials(live.mint('kill-room', 'participant'), 'Ali', deviceKey()));
    await waitFor(() => rootJson(sam.doc).data && rootJson(ali.doc).data, 'the seed on both phones');
    applyToShared(lead.doc, [{ kind: 'set', path: ['marks', 'listening', 'revealed'], from: false, to: true }]);
    await waitFor(() => markOf(sam.doc, 'listening').revealed, 'the reveal');
    applyToShared(sam.doc, [
      { kind: 'set', path: ['marks', 'listening', 'individual', 'Sam'], from: undefined, to: 8 },
    ]);
    applyToShared(ali.doc, [{ kind: 'set', path: ['marks', 'own-1', 'notes'], from: '', to: 'Step-free entrance' }]);
    await waitFor(
      () => markOf(lead.doc, 'listening').individual.Sam === 8 && markOf(lead.doc, 'own-1').notes,
      'the facilitator to see both changes',
    );
    applyToShared(lead.doc, [{ kind: 'set', path: ['marks', 'listening', 'agreed'], from: null, to: 7 }]);
    await waitFor(
      () => markOf(sam.doc, 'listening').agreed === 7 && markOf(ali.doc, 'listening').agreed === 7,
      'agreed',
    );
    // The facilitator's laptop goes to sleep, so only the phones can bring anything back.
    lead.leave();
    clients.splice(clients.indexOf(lead), 1);
    const seen = rootJson(sam.doc);

    await live.kill();
    assert.equal(
      live.logs().some((line) => line.event === 'stored'),
      false,
      'nothing was written the slow way before the kill',
    );
    // Sam adds a ladder while the server is down: it is kept on the phone.
    applyToShared(sam.doc, [
      {
        kind: 'insert',
        path: ['marks', 'listening', 'ladders'],
        id: 'l9',
        after: null,
        value: { id: 'l9', text: 'Quiet room' },
      },
    ]);
    const syncs = [sam.syncs, ali.syncs];
    await live.restart();
    await waitFor(() => sam.syncs > syncs[0] && ali.syncs > syncs[1], 'both phones to reconnect', 10_000);
    await waitFor(() => markOf(ali.doc, 'listening').ladders.length === 1, 'Ali to see the ladder Sam added offline');

    const late = await enter(live.mint('kill-room', 'facilitator'));
    const expected = structuredClone(seen);
    expected.data.marks.find((mark) => mark.id === 'listening').ladders.push({ id: 'l9', text: 'Quiet room' });
    assert.deepEqual(rootJson(late.doc), expected);
    assert.deepEqual(sam.closed, [], 'Sam’s phone was not refused on reconnecting');
    assert.deepEqual(ali.closed, []);

    // Stopped properly, the server writes the room whole and clears the journal, rows of the killed run included.
    for (const client of clients.splice(0)) client.leave();
    await live.stop();
    const db = new Database(database);
    try {
      assert.equal(db.prepare('SELECT count(*) AS n FROM journal').get().n, 0);
      assert.equal(db.prepare('SELECT count(*) AS n FROM documents').get().n, 1);
    } finally {
      db.close();
    }
  });
});
