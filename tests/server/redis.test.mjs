// Several servers behind a load balancer: two instances, one redis-server and one
// SQLite file. Participants on different instances see each other, the rules hold
// across them, and the time a change takes to cross is measured.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startLiveServer, startRedis } from '../support/live-server.mjs';
import { credentials, deviceKey, join, rootJson, waitFor } from './clients.mjs';
import { MARK_SCORER, markScorerData } from './fixtures.mjs';

const { applyToShared, seedShared } = await import('../../packages/server/dist/index.js');
const markOf = (doc, id) => rootJson(doc).data.marks.find((mark) => mark.id === id);

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

describe('two instances with Redis', { timeout: 90_000 }, () => {
  let redis;
  let one;
  let two;
  let folder;
  const clients = [];

  before(async () => {
    redis = await startRedis();
    folder = mkdtempSync(joinPath(tmpdir(), 'coproduce-redis-'));
    const database = joinPath(folder, 'shared.sqlite');
    one = await startLiveServer({ redisUrl: redis.url, database });
    two = await startLiveServer({ redisUrl: redis.url, database, secret: one.secret });
  });
  after(async () => {
    for (const client of clients) client.leave();
    await one?.stop();
    await two?.stop();
    await redis?.stop();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  async function enter(live, name, token) {
    const client = await join(live.url, name, token);
    clients.push(client);
    return client;
  }

  it('lets participants on different instances see each other, within the rules', async (t) => {
    const name = 'scaled/mark-scorer';
    const lead = await enter(one, name, one.mint('scaled', 'facilitator'));
    seedShared(lead.doc, MARK_SCORER, 1, markScorerData());
    const samKey = deviceKey();
    const sam = await enter(one, name, credentials(one.mint('scaled', 'participant'), 'Sam', samKey));
    const ali = await enter(two, name, credentials(two.mint('scaled', 'participant'), 'Ali', deviceKey()));
    await waitFor(() => rootJson(ali.doc).data, 'the seed on the other instance');
    assert.deepEqual(rootJson(ali.doc).data, markScorerData());

    applyToShared(sam.doc, [{ kind: 'set', path: ['marks', 'listening', 'notes'], from: '', to: 'From instance one' }]);
    await waitFor(() => markOf(ali.doc, 'listening').notes === 'From instance one', 'Ali (two) to see Sam (one)');
    applyToShared(ali.doc, [{ kind: 'set', path: ['marks', 'own-1', 'notes'], from: '', to: 'From instance two' }]);
    await waitFor(() => markOf(sam.doc, 'own-1').notes === 'From instance two', 'Sam (one) to see Ali (two)');
    await waitFor(() => markOf(lead.doc, 'own-1').notes === 'From instance two', 'the facilitator to see Ali');

    // Sam's name was claimed on instance one; another device calling itself Sam on instance two is refused.
    await waitFor(() => rootJson(ali.doc).claims?.Sam, 'the claim to reach instance two');
    const impostor = await enter(two, name, credentials(two.mint('scaled', 'participant'), 'Sam', deviceKey()));
    applyToShared(impostor.doc, [
      { kind: 'set', path: ['marks', 'listening', 'notes'], from: '', to: 'From instance one. Not Sam' },
    ]);
    await waitFor(() => impostor.closed.length > 0, 'the refusal on instance two');
    assert.deepEqual(impostor.closed, ['name-held-by-another-device']);
    // The real Sam, on instance two this time, is still Sam.
    const samAgain = await enter(two, name, credentials(two.mint('scaled', 'participant'), 'Sam', samKey));
    const moved = 'From instance one. Sam, moved';
    applyToShared(samAgain.doc, [{ kind: 'set', path: ['marks', 'listening', 'notes'], from: '', to: moved }]);
    await waitFor(() => markOf(lead.doc, 'listening').notes === moved, 'Sam’s change from instance two');
    assert.deepEqual(samAgain.closed, []);

    // How long a participant's change on instance two takes to reach the facilitator on instance one.
    const times = [];
    // Each change adds to the notes (all a participant may do to them).
    let text = markOf(ali.doc, 'own-1').notes;
    for (let i = 0; i < 30; i++) {
      text += ` ${i}`;
      const arrived = new Promise((resolve) => {
        const onUpdate = () => {
          if (markOf(lead.doc, 'own-1').notes === text) {
            lead.doc.off('update', onUpdate);
            resolve(performance.now());
          }
        };
        lead.doc.on('update', onUpdate);
      });
      const sent = performance.now();
      applyToShared(ali.doc, [{ kind: 'set', path: ['marks', 'own-1', 'notes'], from: undefined, to: text }]);
      times.push((await arrived) - sent);
      await new Promise((resolve) => setTimeout(resolve, 40));
    }
    times.sort((a, b) => a - b);
    const median = percentile(times, 50);
    const p95 = percentile(times, 95);
    t.diagnostic(
      `participant (instance two) → facilitator (instance one): median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms`,
    );
    assert.ok(p95 < 1000, `a change took ${p95} ms to cross instances`);
  });

  it('keeps the room when both instances stop, in the one SQLite file', async () => {
    const name = 'kept/mark-scorer';
    const lead = await enter(two, name, two.mint('kept', 'facilitator'));
    seedShared(lead.doc, MARK_SCORER, 1, markScorerData());
    const sam = await enter(one, name, credentials(one.mint('kept', 'participant'), 'Sam', deviceKey()));
    await waitFor(() => rootJson(sam.doc).data, 'the seed');
    applyToShared(sam.doc, [{ kind: 'set', path: ['marks', 'listening', 'notes'], from: '', to: 'Kept' }]);
    await waitFor(() => markOf(lead.doc, 'listening').notes === 'Kept', 'the note');
    await one.kill();
    await two.kill();
    await one.restart();
    const later = await enter(one, name, one.mint('kept', 'facilitator'));
    assert.equal(markOf(later.doc, 'listening').notes, 'Kept');
    await two.restart();
  });

  it('logs only JSON lines on both instances', () => {
    for (const live of [one, two]) {
      for (const line of live.output().trim().split('\n')) assert.doesNotThrow(() => JSON.parse(line), line);
    }
  });
});
