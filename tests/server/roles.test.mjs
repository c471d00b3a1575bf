// Roles, enforced by the server whatever a client sends: a facilitator seeds and
// runs the session, participants change only their own answers and add their own
// notes, ideas and ladders/snakes, and a refused change reaches nobody.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startLiveServer } from '../support/live-server.mjs';
import { credentials, deviceKey, join, rootJson, waitFor } from './clients.mjs';
import {
  MARK_SCORER,
  markScorerData,
  VALUES_AGREEMENT,
  valuesAgreementData,
  DECISION_LOG,
  decisionLogData,
} from './fixtures.mjs';

const { applyToShared, seedShared } = await import('../../packages/server/dist/index.js');

const markOf = (doc, id) => rootJson(doc).data.marks.find((mark) => mark.id === id);

describe('roles on the server', { timeout: 60_000 }, () => {
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

  async function facilitator(documentName) {
    const client = await join(live.url, documentName, live.mint(documentName.split('/')[0], 'facilitator'));
    clients.push(client);
    return client;
  }
  async function participant(documentName, name, key = deviceKey()) {
    const token = live.mint(documentName.split('/')[0], 'participant');
    const client = await join(live.url, documentName, credentials(token, name, key));
    clients.push(client);
    return client;
  }
  /** A room with a seeded mark-scorer, its facilitator and Sam and Ali on their phones. */
  async function markScorerRoom() {
    const name = `room-${++n}/mark-scorer`;
    const lead = await facilitator(name);
    seedShared(lead.doc, MARK_SCORER, 1, markScorerData());
    const sam = await participant(name, 'Sam');
    const ali = await participant(name, 'Ali');
    await waitFor(() => rootJson(sam.doc).data && rootJson(ali.doc).data, 'both participants to see the seed');
    return { name, lead, sam, ali };
  }

  it('lets a facilitator seed a document that two participants then see', async () => {
    const { sam, ali, lead } = await markScorerRoom();
    assert.deepEqual(rootJson(sam.doc).data, markScorerData());
    assert.deepEqual(rootJson(ali.doc), rootJson(lead.doc));
  });

  it('carries scores and answers both ways', async () => {
    const { lead, sam, ali } = await markScorerRoom();
    // The facilitator reveals; Sam publishes a score and says they have answered.
    applyToShared(lead.doc, [{ kind: 'set', path: ['marks', 'listening', 'revealed'], from: false, to: true }]);
    await waitFor(() => markOf(sam.doc, 'listening').revealed, 'Sam to see the reveal');
    applyToShared(sam.doc, [
      { kind: 'set', path: ['marks', 'listening', 'individual', 'Sam'], from: undefined, to: 7 },
      { kind: 'members', path: ['marks', 'listening', 'answered'], from: [], to: ['Sam'] },
    ]);
    await waitFor(() => markOf(lead.doc, 'listening').individual.Sam === 7, 'the facilitator to see Sam’s score');
    await waitFor(() => markOf(ali.doc, 'listening').answered.includes('Sam'), 'Ali to see that Sam answered');
    // Back the other way: the group's agreed score.
    applyToShared(lead.doc, [{ kind: 'set', path: ['marks', 'listening', 'agreed'], from: null, to: 6 }]);
    await waitFor(() => markOf(sam.doc, 'listening').agreed === 6, 'Sam to see the agreed score');
    // Notes, a ladder and an idea from participants.
    applyToShared(ali.doc, [
      { kind: 'set', path: ['marks', 'own-1', 'notes'], from: '', to: 'Bus routes matter' },
      {
        kind: 'insert',
        path: ['marks', 'own-1', 'ladders'],
        id: 'l1',
        after: null,
        value: { id: 'l1', text: 'Paid travel' },
      },
      {
        kind: 'insert',
        path: ['ideas'],
        id: 'i1',
        after: null,
        value: { id: 'i1', text: 'Celebrate', stage: 'review', addedAt: '2026-11-30T10:00:00.000Z' },
      },
    ]);
    await waitFor(() => rootJson(lead.doc).data.ideas.length === 1, 'the facilitator to see Ali’s idea');
    assert.equal(markOf(lead.doc, 'own-1').notes, 'Bus routes matter');
    assert.equal(markOf(lead.doc, 'own-1').ladders[0].text, 'Paid travel');
    assert.deepEqual(sam.closed, []);
    assert.deepEqual(ali.closed, []);
  });

  /**
   * A hand-written participant client makes one change; the server must close its
   * connection with `rule`, and the facilitator (and anyone joining later) must never
   * see it, even after a later allowed change from Ali has arrived.
   */
  async function refused(room, makeChange, rule, { who = 'Sam', key } = {}) {
    const cheat = await participant(room.name, who, key);
    const before = rootJson(room.lead.doc);
    makeChange(cheat.doc);
    await waitFor(() => cheat.closed.length > 0, `the server to refuse (${rule})`);
    assert.deepEqual(cheat.closed, [rule]);
    // Ali adds to the notes (a participant may only add to them).
    const marker = `${markOf(room.ali.doc, 'listening').notes} after ${rule}`;
    applyToShared(room.ali.doc, [{ kind: 'set', path: ['marks', 'listening', 'notes'], from: undefined, to: marker }]);
    await waitFor(() => markOf(room.lead.doc, 'listening').notes === marker, 'Ali’s later note');
    const now = rootJson(room.lead.doc);
    now.data.marks.find((mark) => mark.id === 'listening').notes = before.data.marks.find(
      (m) => m.id === 'listening',
    ).notes;
    assert.deepEqual(now.data, before.data, 'the refused change reached the facilitator');
    const late = await facilitator(room.name);
    assert.deepEqual(rootJson(late.doc), rootJson(room.lead.doc));
  }

  it('refuses a participant who reveals', async () => {
    const room = await markScorerRoom();
    await refused(
      room,
      (doc) => applyToShared(doc, [{ kind: 'set', path: ['marks', 'listening', 'revealed'], from: false, to: true }]),
      'facilitators-only',
    );
  });

  it('refuses a private score before the reveal, and a score in another name after it', async () => {
    const room = await markScorerRoom();
    await refused(
      room,
      (doc) =>
        applyToShared(doc, [
          { kind: 'set', path: ['marks', 'listening', 'individual', 'Sam'], from: undefined, to: 3 },
        ]),
      'not-revealed-yet',
    );
    applyToShared(room.lead.doc, [{ kind: 'set', path: ['marks', 'listening', 'revealed'], from: false, to: true }]);
    await refused(
      room,
      (doc) =>
        applyToShared(doc, [
          { kind: 'set', path: ['marks', 'listening', 'individual', 'Ali'], from: undefined, to: 1 },
        ]),
      'own-name-only',
    );
  });

  it('refuses a participant who renames a mark or sets the agreed score', async () => {
    const room = await markScorerRoom();
    await refused(
      room,
      (doc) => applyToShared(doc, [{ kind: 'set', path: ['marks', 'own-1', 'name'], from: undefined, to: 'Renamed' }]),
      'facilitators-only',
    );
    await refused(
      room,
      (doc) => applyToShared(doc, [{ kind: 'set', path: ['marks', 'listening', 'agreed'], from: null, to: 10 }]),
      'facilitators-only',
    );
  });

  it('refuses writes to claims, from a participant and from a facilitator', async () => {
    const room = await markScorerRoom();
    const writeClaim = (doc) => {
      doc.transact(() => {
        const root = doc.getMap('coproduce');
        const claims = root.get('claims');
        if (claims) claims.set('Ali', 'f'.repeat(64));
        else root.set('claims', new root.constructor());
      });
    };
    await refused(room, writeClaim, 'claims-are-the-servers');
    const lead = await facilitator(room.name);
    writeClaim(lead.doc);
    await waitFor(() => lead.closed.length > 0, 'the server to refuse the facilitator’s claim');
    assert.deepEqual(lead.closed, ['claims-are-the-servers']);
  });

  it('keeps a name for the device that claimed it', async () => {
    const room = await markScorerRoom();
    // Sam's first change claims the name for Sam's device.
    applyToShared(room.sam.doc, [{ kind: 'set', path: ['marks', 'listening', 'notes'], from: '', to: 'first' }]);
    await waitFor(() => rootJson(room.lead.doc).claims?.Sam, 'the server to claim Sam for Sam’s device');
    assert.match(rootJson(room.lead.doc).claims.Sam, /^[0-9a-f]{64}$/);
    // Another device calling itself Sam is refused.
    await refused(
      room,
      (doc) => applyToShared(doc, [{ kind: 'set', path: ['marks', 'own-1', 'notes'], from: '', to: 'impostor' }]),
      'name-held-by-another-device',
    );
  });

  it('refuses a participant who seeds an empty document, and one with no name', async () => {
    const name = `room-${++n}/mark-scorer`;
    const lead = await facilitator(name);
    const sam = await participant(name, 'Sam');
    seedShared(sam.doc, MARK_SCORER, 1, markScorerData());
    await waitFor(() => sam.closed.length > 0, 'the server to refuse the seed');
    assert.deepEqual(sam.closed, ['not-started-by-a-facilitator']);
    assert.equal(rootJson(lead.doc).data, undefined);

    seedShared(lead.doc, MARK_SCORER, 1, markScorerData());
    const nameless = await join(live.url, name, credentials(live.mint(name.split('/')[0], 'participant')));
    clients.push(nameless);
    await waitFor(() => rootJson(nameless.doc).data, 'the seed');
    applyToShared(nameless.doc, [
      { kind: 'members', path: ['participants'], from: ['Sam', 'Ali'], to: ['Sam', 'Ali', 'Jo'] },
    ]);
    await waitFor(() => nameless.closed.length > 0, 'the server to refuse a nameless change');
    assert.deepEqual(nameless.closed, ['pick-a-name-first']);
  });

  it('refuses what the elements could not show: a ladder too long, an idea for no stage, a bad seed', async () => {
    const room = await markScorerRoom();
    await refused(
      room,
      (doc) =>
        applyToShared(doc, [
          {
            kind: 'insert',
            path: ['marks', 'listening', 'snakes'],
            id: 's1',
            after: null,
            value: { id: 's1', text: 'x'.repeat(301) },
          },
        ]),
      'not-a-valid-record',
    );
    await refused(
      room,
      (doc) =>
        applyToShared(doc, [
          {
            kind: 'insert',
            path: ['ideas'],
            id: 'i1',
            after: null,
            value: { id: 'i1', text: 'Hi', stage: 'nowhere', addedAt: 'x' },
          },
        ]),
      'not-a-valid-record',
    );
    const name = `room-${++n}/mark-scorer`;
    const lead = await facilitator(name);
    seedShared(lead.doc, MARK_SCORER, 1, { ...markScorerData(), marks: [{ id: 'no-such-preset', preset: true }] });
    await waitFor(() => lead.closed.length > 0, 'the refusal');
    assert.deepEqual(lead.closed, ['not-a-valid-record']);
  });

  it('refuses a change that depends on one the server never had', async () => {
    const room = await markScorerRoom();
    const cheat = await participant(room.name, 'Sam');
    // The first change is made as if it came from the server, so the provider never sends it.
    applyToShared(
      cheat.doc,
      [{ kind: 'set', path: ['marks', 'listening', 'notes'], from: '', to: 'hidden' }],
      cheat.provider,
    );
    applyToShared(cheat.doc, [{ kind: 'set', path: ['marks', 'own-1', 'notes'], from: '', to: 'sent' }]);
    await waitFor(() => cheat.closed.length > 0, 'the refusal');
    assert.deepEqual(cheat.closed, ['incomplete-change']);
    assert.equal(markOf(room.lead.doc, 'own-1').notes, '');
  });

  it('lets a participant add their own name to the group, and no other', async () => {
    const room = await markScorerRoom();
    const jo = await participant(room.name, 'Jo');
    applyToShared(jo.doc, [
      { kind: 'members', path: ['participants'], from: ['Sam', 'Ali'], to: ['Sam', 'Ali', 'Jo'] },
    ]);
    await waitFor(() => rootJson(room.lead.doc).data.participants.includes('Jo'), 'Jo in the list');
    await refused(
      room,
      (doc) =>
        applyToShared(doc, [
          { kind: 'members', path: ['participants'], from: ['Sam', 'Ali', 'Jo'], to: ['Sam', 'Jo'] },
        ]),
      'own-name-only',
    );
  });

  it('takes a name a participant picks after joining, sent as a new token', async () => {
    const room = await markScorerRoom();
    const token = live.mint(room.name.split('/')[0], 'participant');
    const jo = await join(live.url, room.name, credentials(token));
    clients.push(jo);
    jo.provider.configuration.token = credentials(token, 'Jo', deviceKey());
    await jo.provider.sendToken();
    applyToShared(jo.doc, [
      { kind: 'members', path: ['participants'], from: ['Sam', 'Ali'], to: ['Sam', 'Ali', 'Jo'] },
    ]);
    await waitFor(() => rootJson(room.lead.doc).data.participants.includes('Jo'), 'Jo in the list');
    assert.deepEqual(jo.closed, []);
    // A token for another room is not taken that way.
    const other = await participant(room.name, 'Kim');
    other.provider.configuration.token = credentials(live.mint('elsewhere', 'participant'), 'Kim', deviceKey());
    await other.provider.sendToken();
    await waitFor(() => other.closed.length > 0, 'the server to turn the token down');
    assert.deepEqual(other.closed, ['token-for-another-room']);
  });

  it('keeps values-agreement answers closed until the reveal when they are private', async () => {
    const name = `room-${++n}/values`;
    const lead = await facilitator(name);
    seedShared(lead.doc, VALUES_AGREEMENT, 1, valuesAgreementData());
    const sam = await participant(name, 'Sam');
    await waitFor(() => rootJson(sam.doc).data, 'the seed');
    const answer = { answer: 'agree', note: '', at: '2026-11-30T10:00:00.000Z' };
    applyToShared(sam.doc, [
      { kind: 'set', path: ['items', 'kindness', 'responses', 'Sam'], from: undefined, to: answer },
    ]);
    await waitFor(() => sam.closed.length > 0, 'the server to refuse an unrevealed answer');
    assert.deepEqual(sam.closed, ['not-revealed-yet']);

    applyToShared(lead.doc, [{ kind: 'set', path: ['revealed'], from: false, to: true }]);
    const again = await participant(name, 'Sam', undefined);
    await waitFor(() => rootJson(again.doc).data.revealed, 'the reveal');
    applyToShared(again.doc, [
      { kind: 'set', path: ['items', 'kindness', 'responses', 'Sam'], from: undefined, to: answer },
      { kind: 'set', path: ['items', 'kindness', 'answered'], from: undefined, to: ['Sam'] },
    ]);
    await waitFor(() => rootJson(lead.doc).data.items[0].responses.Sam, 'the facilitator to see Sam’s answer');
    assert.deepEqual(again.closed, []);
    // An answer in another name is refused even after the reveal.
    const cheat = await participant(name, 'Sam');
    applyToShared(cheat.doc, [
      { kind: 'set', path: ['items', 'kindness', 'responses', 'Ali'], from: undefined, to: answer },
    ]);
    await waitFor(() => cheat.closed.length > 0, 'the refusal');
    assert.deepEqual(cheat.closed, ['own-name-only']);
  });

  it('leaves a decision log to facilitators', async () => {
    const name = `room-${++n}/decisions`;
    const lead = await facilitator(name);
    seedShared(lead.doc, DECISION_LOG, 1, decisionLogData());
    const sam = await participant(name, 'Sam');
    await waitFor(() => rootJson(sam.doc).data, 'the seed');
    applyToShared(sam.doc, [
      { kind: 'insert', path: ['decisions'], id: 'd1', after: null, value: { id: 'd1', title: 'We decided' } },
    ]);
    await waitFor(() => sam.closed.length > 0, 'the refusal');
    assert.deepEqual(sam.closed, ['facilitators-only']);
    assert.deepEqual(rootJson(lead.doc).data.decisions, []);
  });

  it('refuses what the record’s JSON cannot show: writing beside the record, or a map or list swapped for a plain copy', async () => {
    const room = await markScorerRoom();
    // Beside the record: no screen reads it, but everyone would download it, past any size limit.
    await refused(room, (doc) => doc.getMap('junk').set('x', 'a'.repeat(1000)), 'outside-the-record');
    // The record's data as a plain object equal to it: every screen would stop sharing changes.
    await refused(
      room,
      (doc) => doc.getMap('coproduce').set('data', doc.getMap('coproduce').get('data').toJSON()),
      'plain-value-in-record',
    );
    // The name claims as a plain object, which would let the next writer replace everyone's claim.
    await refused(
      room,
      (doc) => doc.getMap('coproduce').set('claims', doc.getMap('coproduce').get('claims')?.toJSON() ?? {}),
      'plain-value-in-record',
    );
    // A list inside a mark, as a plain array.
    await refused(
      room,
      (doc) => {
        const mark = doc.getMap('coproduce').get('data').get('marks').get(0);
        mark.set('answered', mark.get('answered').toJSON());
      },
      'plain-value-in-record',
    );
    assert.ok(rootJson(room.lead.doc).data.marks.every((mark) => Array.isArray(mark.answered)));
  });

  it('lets a participant add to a mark’s notes, never reword or remove what is there', async () => {
    const room = await markScorerRoom();
    applyToShared(room.sam.doc, [
      { kind: 'set', path: ['marks', 'listening', 'notes'], from: '', to: 'Sam: more buses' },
    ]);
    await waitFor(() => markOf(room.lead.doc, 'listening').notes === 'Sam: more buses', 'Sam’s note');
    await refused(
      room,
      (doc) =>
        applyToShared(doc, [
          { kind: 'set', path: ['marks', 'listening', 'notes'], from: 'Sam: more buses', to: 'Fewer buses' },
        ]),
      'facilitators-only',
      { who: 'Bea' },
    );
    assert.match(markOf(room.lead.doc, 'listening').notes, /^Sam: more buses/);
  });
});
