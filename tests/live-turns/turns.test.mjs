// <icebreaker-picker>'s turns on the real coproduce-server, with hand-written Node
// clients: the facilitator's turn reaches a participant, a participant cannot change
// the turns whatever their client sends, a turns document that does not fit the
// picker's schema is refused, and GET /time gives the server's clock.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startLiveServer } from '../support/live-server.mjs';
import { credentials, deviceKey, join, rootJson, waitFor } from '../server/clients.mjs';

const { applyToShared, isValidRecord, seedShared } = await import('../../packages/server/dist/index.js');

const TURNS = 'coproduce/icebreaker-turns';
const turns = (index, since) => ({ groupSize: 4, secondsEach: 30, index, leftMs: 30_000, since });

describe('icebreaker turns on the server', { timeout: 60_000 }, () => {
  let live;
  const clients = [];
  let n = 0;
  before(async () => {
    live = await startLiveServer();
  });
  after(async () => {
    for (const client of clients) client.leave();
    await live?.stop();
  });

  async function room() {
    const name = `turns-${++n}/icebreaker-turns`;
    const roomName = name.split('/')[0];
    const lead = await join(live.url, name, live.mint(roomName, 'facilitator'));
    clients.push(lead);
    seedShared(lead.doc, TURNS, 1, { turns: null, finished: false, icebreaker: 'looking-forward' });
    const token = live.mint(roomName, 'participant');
    const sam = await join(live.url, name, credentials(token, 'Sam', deviceKey()));
    clients.push(sam);
    await waitFor(() => rootJson(sam.doc).data, 'Sam to see the seed');
    return { lead, sam };
  }

  it('knows the turns format, checked with the picker’s own schema', () => {
    assert.equal(isValidRecord(TURNS, 1, { turns: turns(0, 1), finished: false, icebreaker: 'a' }), true);
    assert.equal(isValidRecord(TURNS, 1, { turns: turns(4, 1), finished: false, icebreaker: 'a' }), false);
  });

  it('carries the facilitator’s turns to a participant', async () => {
    const { lead, sam } = await room();
    const since = Date.now();
    applyToShared(lead.doc, [{ kind: 'set', path: ['turns'], from: null, to: turns(0, since) }]);
    await waitFor(() => rootJson(sam.doc).data.turns, 'Sam to see the first turn');
    assert.deepEqual(rootJson(sam.doc).data.turns, turns(0, since));
    applyToShared(lead.doc, [{ kind: 'set', path: ['turns', 'index'], from: 0, to: 1 }]);
    await waitFor(() => rootJson(sam.doc).data.turns.index === 1, 'Sam to see the next turn');
    assert.deepEqual(lead.closed, []);
    assert.deepEqual(sam.closed, []);
  });

  it('refuses a participant’s change to the turns, which reaches nobody', async () => {
    const { lead, sam } = await room();
    applyToShared(lead.doc, [{ kind: 'set', path: ['turns'], from: null, to: turns(0, Date.now()) }]);
    await waitFor(() => rootJson(sam.doc).data.turns, 'Sam to see the first turn');
    // A modified client moves everyone on to the next person.
    applyToShared(sam.doc, [{ kind: 'set', path: ['turns', 'index'], from: 0, to: 1 }]);
    await waitFor(() => sam.closed.length > 0, 'the server to refuse Sam’s change');
    assert.deepEqual(sam.closed, ['facilitators-only']);
    // Someone joining now sees the turns as the facilitator left them.
    const later = await join(
      live.url,
      lead.provider.configuration.name,
      live.mint(lead.provider.configuration.name.split('/')[0], 'participant'),
    );
    clients.push(later);
    await waitFor(() => rootJson(later.doc).data?.turns, 'a later participant to see the turns');
    assert.equal(rootJson(later.doc).data.turns.index, 0);
    assert.equal(rootJson(lead.doc).data.turns.index, 0);
  });

  it('refuses turns that do not fit the picker’s schema, even from a facilitator', async () => {
    const { lead } = await room();
    applyToShared(lead.doc, [{ kind: 'set', path: ['turns'], from: null, to: turns(9, Date.now()) }]);
    await waitFor(() => lead.closed.length > 0, 'the server to refuse person 10 of 4');
    assert.deepEqual(lead.closed, ['not-a-valid-record']);
  });

  it('gives the server’s clock at GET /time, for every screen to count turns on', async () => {
    const before = Date.now();
    const response = await fetch(`${live.httpUrl}/time`);
    const { now } = await response.json();
    assert.equal(response.status, 200);
    assert.ok(now >= before && now <= Date.now(), `${now} is the server's time now`);
  });
});
