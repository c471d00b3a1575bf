import { expect, fixture } from '@open-wc/testing';
import { ContextProvider } from '@lit/context';
import { useFakeTimers, type SinonFakeTimers } from 'sinon';
import * as Y from 'yjs';
import '../support/setup.js';
import { MemoryStorageAdapter, type ProjectContextValue } from '../../packages/core/src/index.js';
import { projectContext } from '../../packages/core/src/context.js';
import type { LiveSession, SessionRole, SharedDocumentHandle } from '../../packages/core/src/sync/session.js';
import { applyToShared, readShared, seedShared } from '../../packages/core/src/sync/shared-doc.js';
import type { Json } from '../../packages/core/src/sync/patches.js';
import type { IcebreakerPicker } from '../../packages/icebreaker-picker/src/index.js';
import { $, $$, html, recordEvents, text, waitFor } from '../support/helpers.js';
import { recordTurns } from './support.js';

/** The server's clock is an hour ahead of this page's: the countdown must follow the server's. */
const HOUR = 60 * 60 * 1000;
const FORMAT = 'coproduce/icebreaker-turns';

let clock: SinonFakeTimers;
beforeEach(() => {
  // The clock the timer reads and the interval it ticks on; Lit and waitFor keep real time.
  clock = useFakeTimers({ now: Date.UTC(2026, 10, 30, 17), toFake: ['setInterval', 'clearInterval', 'Date'] });
});
afterEach(() => clock.restore());

const serverNow = () => Date.now() + HOUR;
/** Changes written by "the facilitator's screen": anything but the picker's own origin. */
const FACILITATOR = Symbol('facilitator');

/**
 * A live session whose server is one Y.Doc this test writes to as the
 * facilitator would, and whose clock (`now()`) is an hour ahead of the page's.
 */
function fakeSession(role: SessionRole, doc = new Y.Doc()) {
  const joined: string[] = [];
  const session: LiveSession = {
    role,
    name: role === 'participant' ? 'Ana' : null,
    status: { state: 'connected', people: 2 },
    join: async (key) => {
      joined.push(key);
      const handle: SharedDocumentHandle = {
        doc,
        synced: Promise.resolve(),
        mayFill: role === 'facilitator',
        origin: {},
        lost: new Promise<string>(() => undefined),
        leave: () => undefined,
      };
      return handle;
    },
    watch: () => () => undefined,
    now: serverNow,
  };
  return { session, doc, joined };
}

/** A picker inside a project (a ContextProvider, as <coproduction-project> provides it) with this session. */
async function inSession(session: LiveSession, attributes = '') {
  const box = await fixture<HTMLDivElement>(html`<div></div>`);
  const value: ProjectContextValue = { project: 'p', locale: null, storage: new MemoryStorageAdapter(), session };
  new ContextProvider(box, { context: projectContext, initialValue: value });
  box.innerHTML = `<icebreaker-picker minutes="60" group-size="4" pick="looking-forward" ${attributes}></icebreaker-picker>`;
  const element = box.querySelector('icebreaker-picker') as IcebreakerPicker;
  await element.updateComplete;
  return element;
}

const turns = (index: number, leftMs: number, since: number | null) => ({
  groupSize: 4,
  secondsEach: 30,
  index,
  leftMs,
  since,
});
const seed = (doc: Y.Doc, data: object) => seedShared(doc, FORMAT, 1, data as Json, FACILITATOR);
const set = (doc: Y.Doc, path: string[], from: Json, to: Json) =>
  applyToShared(doc, [{ kind: 'set', path, from, to }], FACILITATOR);

const announced = (element: IcebreakerPicker) => text($(element, '.root > [role="status"]')).replace(/\u00a0/g, '');
const countdown = (element: IcebreakerPicker) => text(element.shadowRoot!.querySelector('.countdown .digits')) || null;
const whose = (element: IcebreakerPicker) => text(element.shadowRoot!.querySelector('.whose'));

async function pass(element: IcebreakerPicker, ms: number) {
  clock.tick(ms);
  await element.updateComplete;
}

describe('<icebreaker-picker> turns in a live session', () => {
  it('a participant follows the facilitator’s turns on the server’s clock, read-only, and hears each turn', async () => {
    const { session, doc, joined } = fakeSession('participant');
    // The facilitator started person 1's 30 seconds five seconds ago, by the server's clock.
    seed(doc, { turns: turns(0, 30_000, serverNow() - 5000), finished: false, icebreaker: 'three-in-common' });
    const element = await inSession(session);
    const started = recordTurns(element);
    await waitFor(() => countdown(element) !== null);
    expect(joined).to.deep.equal(['icebreaker-turns']);
    expect(countdown(element), 'the seconds the server’s clock gives, not an hour off').to.equal('0:25');
    expect(whose(element)).to.equal('Person 1 of 4');
    // The facilitator's icebreaker, not the one this page's own `pick` asked for.
    expect(text($(element, '#pick-title'))).to.equal('Three things in common');
    expect(element.picked?.id).to.equal('three-in-common');
    expect(announced(element)).to.equal('Person 1 of 4: 25 seconds.');
    // Nothing to run the turns or change the icebreaker by.
    for (const id of ['turns-start', 'turns-pause', 'turns-more', 'turns-next', 'turns-stop', 'another', 'minutes'])
      expect(element.shadowRoot!.getElementById(id), id).to.equal(null);
    expect($$(element, '.turns button')).to.have.length(0);

    await pass(element, 15_000);
    expect(countdown(element)).to.equal('0:10');
    expect(announced(element)).to.equal('10 seconds left.');

    // The facilitator moves on to person 2, just now by the server's clock.
    set(doc, ['turns'], turns(0, 30_000, serverNow() - 20_000), turns(1, 30_000, serverNow()));
    await waitFor(() => whose(element) === 'Person 2 of 4');
    await element.updateComplete;
    expect(countdown(element)).to.equal('0:30');
    expect(announced(element)).to.equal('Person 2 of 4: 30 seconds.');
    expect(started).to.deep.equal([
      ['started', 0, 25],
      ['ended', 0, 'next'],
      ['started', 1, 30],
    ]);

    await pass(element, 30_000);
    expect(countdown(element)).to.equal('0:00');
    expect(announced(element)).to.equal('Time is up for person 2.');
    expect(text($(element, '.turns .state'))).to.equal(
      'Time’s up. The person leading the meeting moves on when the speaker has finished.',
    );

    // The last person's turn ends: everyone has had one.
    set(doc, ['turns'], turns(1, 30_000, null), null);
    set(doc, ['finished'], false, true);
    await waitFor(() => text(element.shadowRoot!.querySelector('.turns .state')) === 'Everyone has had a turn.');
    expect(element.shadowRoot!.getElementById('turns-again')).to.equal(null);
  });

  it('a participant hears a pause and more time as the facilitator gives them', async () => {
    const { session, doc } = fakeSession('participant');
    seed(doc, { turns: turns(0, 30_000, serverNow()), finished: false, icebreaker: 'looking-forward' });
    const element = await inSession(session);
    await waitFor(() => countdown(element) === '0:30');
    await pass(element, 10_000);
    set(doc, ['turns'], turns(0, 30_000, serverNow() - 10_000), turns(0, 20_000, null));
    await waitFor(() => announced(element) === 'Paused.');
    await pass(element, 5000);
    expect(countdown(element), 'a paused clock stands still').to.equal('0:20');
    set(doc, ['turns'], turns(0, 20_000, null), turns(0, 50_000, serverNow()));
    await waitFor(() => countdown(element) === '0:50');
    expect(announced(element)).to.equal('30 seconds more. 50 seconds left.');
  });

  it('a participant’s screen that learns the server’s time after the turns arrived counts right from then on', async () => {
    const { session, doc } = fakeSession('participant');
    // The server's clock is an hour behind this page's, and the session does not know it yet.
    let offset = 0;
    session.now = () => Date.now() + offset;
    seed(doc, { turns: turns(0, 30_000, Date.now() - HOUR - 5000), finished: false, icebreaker: 'looking-forward' });
    const element = await inSession(session);
    await waitFor(() => countdown(element) === '0:00');
    offset = -HOUR;
    await pass(element, 250);
    expect(countdown(element)).to.equal('0:25');
    await pass(element, 15_000);
    expect(announced(element)).to.equal('10 seconds left.');
  });

  it('before the facilitator starts anything, a participant is told what will happen', async () => {
    const { session } = fakeSession('participant');
    const element = await inSession(session);
    await element.updateComplete;
    expect(element.picked).to.equal(null);
    expect(text($(element, '.empty'))).to.equal(
      'The icebreaker will show here when the person leading the meeting picks one.',
    );
    expect(element.shadowRoot!.getElementById('turns-start')).to.equal(null);
  });

  it('refuses a turns document that does not fit, with icebreaker-picker-error, and keeps the last good one', async () => {
    const { session, doc } = fakeSession('participant');
    seed(doc, { turns: turns(0, 30_000, serverNow()), finished: false, icebreaker: 'looking-forward' });
    const element = await inSession(session);
    const errors = recordEvents(element, 'icebreaker-picker-error');
    await waitFor(() => whose(element) === 'Person 1 of 4');
    // Person 9 of a group of 4.
    set(doc, ['turns', 'index'], 0, 8);
    await waitFor(() => errors.length > 0);
    expect(errors[0]!.detail.code).to.equal('invalid-data');
    await element.updateComplete;
    expect(whose(element)).to.equal('Person 1 of 4');
    expect(countdown(element)).to.equal('0:30');
    expect(text($(element, '#problems'))).to.contain('didn’t fit');
    // A good change afterwards is shown again.
    set(doc, ['turns', 'index'], 8, 2);
    await waitFor(() => whose(element) === 'Person 3 of 4');
  });

  it('is accessible as a participant sees it', async () => {
    const { session, doc } = fakeSession('participant');
    seed(doc, { turns: turns(0, 30_000, serverNow()), finished: false, icebreaker: 'looking-forward' });
    const element = await inSession(session);
    await waitFor(() => countdown(element) === '0:30');
    await expect(element).to.be.accessible();
  });

  it('a facilitator’s picker opened again takes up the turns where the shared document has them', async () => {
    const { session, doc } = fakeSession('facilitator');
    seed(doc, { turns: turns(2, 30_000, serverNow() - 10_000), finished: false, icebreaker: 'three-in-common' });
    const element = await inSession(session);
    await waitFor(() => whose(element) === 'Person 3 of 4');
    await element.updateComplete;
    expect(element.picked?.id).to.equal('three-in-common');
    expect(countdown(element)).to.equal('0:20');
    $(element, '#turns-next').click();
    const shared = () => (readShared(doc)!.data as { turns: ReturnType<typeof turns> | null }).turns;
    await waitFor(() => shared()?.index === 3);
    expect(shared()).to.deep.equal(turns(3, 30_000, serverNow()));
  });

  it('the facilitator’s picker fills the empty document and writes its turns on the server’s clock', async () => {
    const { session, doc, joined } = fakeSession('facilitator');
    const element = await inSession(session, 'storage-key="turns-a"');
    await waitFor(() => readShared(doc) !== undefined);
    expect(joined).to.deep.equal(['turns-a']);
    expect(readShared(doc)).to.deep.equal({
      format: FORMAT,
      version: 1,
      data: { turns: null, finished: false, icebreaker: 'looking-forward' },
    });
    $(element, '#turns-start').click();
    await element.updateComplete;
    const shared = () => (readShared(doc)!.data as { turns: ReturnType<typeof turns> | null }).turns;
    await waitFor(() => shared() !== null);
    expect(shared()).to.deep.equal(turns(0, 30_000, serverNow()));
    expect(countdown(element)).to.equal('0:30');
    await pass(element, 4000);
    expect(countdown(element)).to.equal('0:26');
    $(element, '#turns-next').click();
    await waitFor(() => shared()?.index === 1);
    expect(shared()).to.deep.equal(turns(1, 30_000, serverNow()));
  });
});
