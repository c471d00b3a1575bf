// The server's log: one JSON line per event, and nothing personal in it. A whole
// session with a named participant, notes, ideas, answers and a refused change
// runs; not one of those words, nor the room, a token or a device key, appears
// in anything the server prints.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { startLiveServer } from '../support/live-server.mjs';
import { credentials, deviceKey, join, rootJson, waitFor } from './clients.mjs';
import { MARK_SCORER, markScorerData, VALUES_AGREEMENT, valuesAgreementData } from './fixtures.mjs';

const { applyToShared, seedShared } = await import('../../packages/server/dist/index.js');
const markOf = (doc, id) => rootJson(doc).data.marks.find((mark) => mark.id === id);

describe('the log', { timeout: 60_000 }, () => {
  let live;
  const clients = [];
  after(async () => {
    for (const client of clients) client.leave();
    await live?.stop();
  });

  it('says what happened without names, answers, notes, rooms or tokens', async () => {
    live = await startLiveServer({
      env: { COPRODUCE_STORE_DEBOUNCE_MS: '50', COPRODUCE_STORE_MAX_DEBOUNCE_MS: '100' },
    });
    const room = 'Riverside-Carers-Group';
    const person = 'Zebediah Quartermaine';
    const note = 'Worried about losing my housing benefit';
    const idea = 'Meet at the library on Thursdays';
    const concern = 'Feels rushed to me';
    const key = deviceKey();
    const enter = async (name, token) => {
      const client = await join(live.url, name, token);
      clients.push(client);
      return client;
    };
    const leadToken = live.mint(room, 'facilitator');
    const personToken = live.mint(room, 'participant');
    const lead = await enter(`${room}/mark-scorer`, leadToken);
    seedShared(lead.doc, MARK_SCORER, 1, { ...markScorerData(), participants: [person] });
    const phone = await enter(`${room}/mark-scorer`, credentials(personToken, person, key));
    await waitFor(() => rootJson(phone.doc).data, 'the seed');
    applyToShared(phone.doc, [
      { kind: 'set', path: ['marks', 'listening', 'notes'], from: '', to: note },
      {
        kind: 'insert',
        path: ['ideas'],
        id: 'i1',
        after: null,
        value: { id: 'i1', text: idea, stage: 'review', addedAt: '2026-11-30T10:00:00.000Z' },
      },
    ]);
    await waitFor(() => markOf(lead.doc, 'listening').notes === note, 'the note');
    // A refused change: a score in someone else's name.
    applyToShared(phone.doc, [
      { kind: 'set', path: ['marks', 'listening', 'individual', 'Ali'], from: undefined, to: 2 },
    ]);
    await waitFor(() => phone.closed.length > 0, 'the refusal');

    const values = await enter(`${room}/values`, leadToken);
    seedShared(values.doc, VALUES_AGREEMENT, 1, {
      ...valuesAgreementData({ privateAnswers: false }),
      participants: [person],
    });
    const answering = await enter(`${room}/values`, credentials(personToken, person, key));
    await waitFor(() => rootJson(answering.doc).data, 'the agreement');
    const response = { answer: 'concern', note: concern, at: '2026-11-30T10:00:00.000Z' };
    applyToShared(answering.doc, [
      { kind: 'set', path: ['items', 'kindness', 'responses', person], from: undefined, to: response },
    ]);
    await waitFor(() => rootJson(values.doc).data.items[0].responses[person], 'the answer');
    // A refused token names no room either.
    await enter(`${room}/values`, live.mint('Another-Room', 'participant'));
    await waitFor(() => live.logs().some((line) => line.event === 'stored'), 'a store');
    for (const client of clients.splice(0)) client.leave();
    await live.stop();

    const output = live.output();
    const lines = output.trim().split('\n');
    for (const line of lines) assert.doesNotThrow(() => JSON.parse(line), `not a JSON line: ${line}`);
    const events = new Set(live.logs().map((line) => line.event));
    for (const event of [
      'started',
      'connection-opened',
      'connection-closed',
      'change-refused',
      'token-refused',
      'stored',
      'stopped',
    ]) {
      assert.ok(events.has(event), `no ${event} line`);
    }
    const refusal = live.logs().find((line) => line.event === 'change-refused');
    assert.deepEqual(Object.keys(refusal).sort(), ['event', 'role', 'room', 'rule', 'time']);
    assert.equal(refusal.rule, 'own-name-only');
    const secrets = [person, 'Zebediah', 'Quartermaine', note, idea, concern, room, 'Riverside', 'Another-Room', 'Ali'];
    secrets.push(leadToken, personToken, key, leadToken.split('.')[2], live.secret, live.adminKey);
    secrets.push(rootJson(lead.doc).claims?.[person] ?? 'no claim');
    for (const text of secrets) assert.equal(output.includes(text), false, `the log holds "${text}"`);
  });
});
