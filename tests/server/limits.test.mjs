// Limits: the largest a shared document may grow, messages a second per
// connection, open connections per address.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import WebSocket from 'ws';
import { startLiveServer } from '../support/live-server.mjs';
import { credentials, deviceKey, join, rootJson, waitFor } from './clients.mjs';
import { MARK_SCORER, markScorerData } from './fixtures.mjs';

const { applyToShared, seedShared } = await import('../../packages/server/dist/index.js');
const markOf = (doc, id) => rootJson(doc).data.marks.find((mark) => mark.id === id);

describe('limits', { timeout: 60_000 }, () => {
  const servers = [];
  const clients = [];
  after(async () => {
    for (const client of clients) client.leave();
    for (const server of servers) await server.stop();
  });
  async function start(env) {
    const live = await startLiveServer({ env });
    servers.push(live);
    return live;
  }
  async function enter(live, name, token) {
    const client = await join(live.url, name, token);
    clients.push(client);
    return client;
  }

  it('refuses a change that makes a document larger than the limit', async () => {
    const live = await start({ COPRODUCE_MAX_DOCUMENT_BYTES: '20000' });
    const lead = await enter(live, 'big/mark-scorer', live.mint('big', 'facilitator'));
    seedShared(lead.doc, MARK_SCORER, 1, markScorerData());
    const sam = await enter(live, 'big/mark-scorer', credentials(live.mint('big', 'participant'), 'Sam', deviceKey()));
    await waitFor(() => rootJson(sam.doc).data, 'the seed');
    applyToShared(sam.doc, [{ kind: 'set', path: ['marks', 'listening', 'notes'], from: '', to: 'x'.repeat(5000) }]);
    await waitFor(() => markOf(lead.doc, 'listening').notes.length === 5000, 'a note within the limit');
    applyToShared(sam.doc, [{ kind: 'set', path: ['marks', 'own-1', 'notes'], from: '', to: 'y'.repeat(30000) }]);
    await waitFor(() => sam.closed.length > 0, 'the refusal');
    assert.deepEqual(sam.closed, ['document-too-large']);
    assert.equal(markOf(lead.doc, 'own-1').notes, '');
    // The facilitator is held to it too.
    applyToShared(lead.doc, [{ kind: 'set', path: ['marks', 'own-1', 'notes'], from: '', to: 'z'.repeat(30000) }]);
    await waitFor(() => lead.closed.length > 0, 'the refusal');
    assert.deepEqual(lead.closed, ['document-too-large']);
    const late = await enter(live, 'big/mark-scorer', live.mint('big', 'facilitator'));
    assert.equal(markOf(late.doc, 'own-1').notes, '');
    assert.ok(live.logs().some((line) => line.event === 'change-refused' && line.rule === 'document-too-large'));
  });

  it('closes a connection that sends too many messages, and lets a steady one be', async () => {
    const live = await start({ COPRODUCE_MESSAGES_PER_SECOND: '10' });
    const lead = await enter(live, 'busy/mark-scorer', live.mint('busy', 'facilitator'));
    seedShared(lead.doc, MARK_SCORER, 1, markScorerData());
    const steady = await enter(
      live,
      'busy/mark-scorer',
      credentials(live.mint('busy', 'participant'), 'Ali', deviceKey()),
    );
    const flood = await enter(
      live,
      'busy/mark-scorer',
      credentials(live.mint('busy', 'participant'), 'Sam', deviceKey()),
    );
    await waitFor(() => rootJson(flood.doc).data && rootJson(steady.doc).data, 'the seed');
    // A participant may only add to the notes: each change adds a word, as someone typing would.
    let typed = 'typing';
    for (let i = 0; i < 60; i++) {
      typed += ` ${i}`;
      applyToShared(flood.doc, [{ kind: 'set', path: ['marks', 'listening', 'notes'], from: undefined, to: typed }]);
    }
    await waitFor(() => flood.closed.length > 0, 'the flood to be stopped');
    assert.deepEqual(flood.closed, ['rate-limited']);
    assert.notEqual(markOf(lead.doc, 'listening').notes, typed, 'the flood did not all get through');
    let steadily = 'steady';
    for (let i = 0; i < 8; i++) {
      steadily += ` ${i}`;
      applyToShared(steady.doc, [{ kind: 'set', path: ['marks', 'own-1', 'notes'], from: undefined, to: steadily }]);
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    await waitFor(() => markOf(lead.doc, 'own-1').notes === steadily, 'the steady changes');
    assert.deepEqual(steady.closed, []);
    assert.ok(live.logs().some((line) => line.event === 'rate-limited' && line.limit === 'messages-per-second'));
  });

  it('passes on only a small presence for each device', async () => {
    const live = await start({});
    const lead = await enter(live, 'here/mark-scorer', live.mint('here', 'facilitator'));
    const sam = await enter(
      live,
      'here/mark-scorer',
      credentials(live.mint('here', 'participant'), 'Sam', deviceKey()),
    );
    const jo = await enter(live, 'here/mark-scorer', credentials(live.mint('here', 'participant'), 'Jo', deviceKey()));
    sam.provider.setAwarenessField('role', 'participant');
    jo.provider.setAwarenessField('junk', 'x'.repeat(100_000));
    await waitFor(() => lead.provider.awareness.getStates().has(sam.doc.clientID), 'Sam’s presence');
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(lead.provider.awareness.getStates().has(jo.doc.clientID), false, 'a 100 KB presence went through');
  });

  it('refuses connections from one address beyond the limit, counting the address a local proxy gives', async () => {
    const live = await start({ COPRODUCE_CONNECTIONS_PER_ADDRESS: '2' });
    const open = (headers = {}) =>
      new Promise((resolve) => {
        const socket = new WebSocket(live.url, { headers });
        socket.once('open', () => resolve({ socket, status: 101 }));
        socket.once('unexpected-response', (_request, response) => resolve({ socket, status: response.statusCode }));
        socket.once('error', () => resolve({ socket, status: 0 }));
      });
    const first = await open();
    const second = await open();
    const third = await open();
    assert.deepEqual([first.status, second.status, third.status], [101, 101, 429]);
    // Behind nginx on this machine, each phone is counted by the address nginx forwards.
    const phone = await open({ 'X-Forwarded-For': '203.0.113.7' });
    assert.equal(phone.status, 101);
    // A closed connection frees its place.
    first.socket.close();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const again = await open();
    assert.equal(again.status, 101);
    for (const { socket } of [second, third, phone, again]) socket.terminate();
    assert.ok(live.logs().some((line) => line.event === 'rate-limited' && line.limit === 'connections-per-address'));
  });
});
