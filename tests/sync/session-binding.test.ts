import { expect, fixture } from '@open-wc/testing';
import '../support/setup.js';
import { ContextProvider } from '@lit/context';
import * as Y from 'yjs';
import { html, settle, waitFor } from '../support/helpers.js';
import { MemoryStorageAdapter, type ProjectContextValue } from '../../packages/core/src/index.js';
import { projectContext } from '../../packages/core/src/context.js';
import type { LiveSession, SessionRole, SharedDocumentHandle } from '../../packages/core/src/sync/session.js';
import { readShared } from '../../packages/core/src/sync/shared-doc.js';
import type { MarkScorer } from '../../packages/mark-scorer/src/index.js';
import type { MarkScorerAction } from '../../packages/mark-scorer/src/model.js';

/**
 * The binding as a live session uses it, with the server played by one
 * Y.Doc per storage key in this page: each device's document sends its
 * updates there and gets everyone else's back, as the Hocuspocus provider does.
 */
class FakeServer {
  readonly docs = new Map<string, Y.Doc>();

  session(role: SessionRole): LiveSession {
    return {
      role,
      name: null,
      status: { state: 'connected', people: 2 },
      join: async (key) => this.join(key, role),
      watch: () => () => undefined,
      now: () => Date.now(),
    };
  }

  private join(key: string, role: SessionRole): SharedDocumentHandle {
    const server = this.docs.get(key) ?? new Y.Doc();
    this.docs.set(key, server);
    const doc = new Y.Doc();
    const origin = {};
    const fromServer = Symbol('server');
    const toServer = Symbol('device');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(server), fromServer);
    const up = (update: Uint8Array, from: unknown) => {
      if (from !== fromServer) Y.applyUpdate(server, update, toServer);
    };
    const down = (update: Uint8Array, from: unknown) => {
      if (from !== toServer) Y.applyUpdate(doc, update, fromServer);
    };
    doc.on('update', up);
    server.on('update', down);
    return {
      doc,
      synced: Promise.resolve(),
      mayFill: role === 'facilitator',
      origin,
      lost: new Promise<string>(() => undefined),
      leave() {
        server.off('update', down);
        doc.destroy();
      },
    };
  }
}

/** One device: its own storage, inside a project that has a live session. */
async function device(session: LiveSession): Promise<MarkScorer> {
  const box = await fixture<HTMLDivElement>(html`<div></div>`);
  const value: ProjectContextValue = { project: 'p', locale: null, storage: new MemoryStorageAdapter(), session };
  new ContextProvider(box, { context: projectContext, initialValue: value });
  const element = document.createElement('mark-scorer') as MarkScorer;
  element.setAttribute('mode', 'individual');
  element.setAttribute('participants', 'Ana, Ben');
  element.setAttribute('storage-key', 'marks');
  box.append(element);
  await settle(element);
  return element;
}

const act = (element: MarkScorer, action: MarkScorerAction) =>
  (element as unknown as { document: { dispatch(action: MarkScorerAction): boolean } }).document.dispatch(action);
const individual = (element: MarkScorer) =>
  (element as unknown as { document: { doc: MarkScorer['data'] } }).document.doc.marks.find(
    (mark) => mark.id === 'listening',
  )!.individual;

describe('an element in a live session', () => {
  let channels = 0;
  const RealChannel = window.BroadcastChannel;
  beforeEach(() => {
    channels = 0;
    window.BroadcastChannel = class extends RealChannel {
      constructor(name: string) {
        super(name);
        channels++;
      }
    };
  });
  afterEach(() => {
    window.BroadcastChannel = RealChannel;
  });

  it('shares only the public view: private scores stay on each device until Reveal, then every device publishes its own', async () => {
    const server = new FakeServer();
    const facilitator = await device(server.session('facilitator'));
    const participant = await device(server.session('participant'));
    const shared = () => readShared(server.docs.get('marks')!);
    const onServer = () =>
      (shared()!.data as { marks: { id: string; individual: object; agreed?: number }[] }).marks.find(
        (mark) => mark.id === 'listening',
      )!;
    await waitFor(() => shared() !== undefined);
    // The facilitator's document seeded the room; the participant adopted it.
    act(facilitator, { type: 'set-agreed', markId: 'icebreakers', score: 6 });
    await waitFor(() => participant.data.marks.find((mark) => mark.id === 'icebreakers')!.agreed === 6);

    act(participant, { type: 'set-individual', markId: 'listening', participant: 'Ana', score: 3 });
    act(facilitator, { type: 'set-individual', markId: 'listening', participant: 'Ben', score: 7 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(onServer().individual, 'nothing private reaches the server').to.deep.equal({});
    expect(individual(facilitator)).to.deep.equal({ Ben: 7 });
    expect(individual(participant)).to.deep.equal({ Ana: 3 });

    act(facilitator, { type: 'reveal', markId: 'listening' });
    await waitFor(() => Object.keys(onServer().individual).length === 2);
    expect(onServer().individual).to.deep.equal({ Ana: 3, Ben: 7 });
    await waitFor(() => Object.keys(individual(facilitator)).length === 2);
    expect(individual(participant)).to.deep.equal({ Ana: 3, Ben: 7 });
    expect(facilitator.data.marks.find((mark) => mark.id === 'listening')!.individual).to.deep.equal({
      Ana: 3,
      Ben: 7,
    });
    expect(channels, 'each tab joins the session; the tab channel is not used').to.equal(0);
  });
});

/**
 * One browser's storage seen from two tabs: a save in one tells the other's
 * watchers, as the `storage` event does between real tabs.
 */
class TwoTabsStorage extends MemoryStorageAdapter {
  private readonly watchers = new Set<{ key: string; tab: TwoTabsStorage; onChange: () => void }>();
  tab(): MemoryStorageAdapter {
    const shared = this;
    const tab: MemoryStorageAdapter = Object.assign(Object.create(shared) as MemoryStorageAdapter, {
      setItem(key: string, value: string) {
        shared.setItem(key, value);
        for (const watcher of shared.watchers) if (watcher.key === key && watcher.tab !== tab) watcher.onChange();
      },
      watch(key: string, onChange: () => void) {
        const watcher = { key, tab: tab as TwoTabsStorage, onChange };
        shared.watchers.add(watcher);
        return () => shared.watchers.delete(watcher);
      },
    });
    return tab;
  }
}

describe('two tabs of one device in a live session', () => {
  it('keep each other’s private scores in storage, and both publish them on Reveal', async () => {
    const server = new FakeServer();
    const storage = new TwoTabsStorage();
    const tab = async (session: LiveSession, adapter: MemoryStorageAdapter) => {
      const box = await fixture<HTMLDivElement>(html`<div></div>`);
      const value: ProjectContextValue = { project: 'p', locale: null, storage: adapter, session };
      new ContextProvider(box, { context: projectContext, initialValue: value });
      const element = document.createElement('mark-scorer') as MarkScorer;
      element.setAttribute('mode', 'individual');
      element.setAttribute('participants', 'Ana, Ben');
      element.setAttribute('storage-key', 'marks');
      box.append(element);
      await settle(element);
      return element;
    };
    const facilitator = await device(server.session('facilitator'));
    await waitFor(() => server.docs.get('marks') !== undefined && readShared(server.docs.get('marks')!) !== undefined);
    const first = await tab(server.session('participant'), storage.tab());
    const second = await tab(server.session('participant'), storage.tab());
    await new Promise((resolve) => setTimeout(resolve, 50));

    act(first, { type: 'set-individual', markId: 'listening', participant: 'Ana', score: 3 });
    await settle(first);
    // The second tab changes something else and saves: Ana's private score must survive that save.
    act(second, { type: 'set-notes', markId: 'icebreakers', notes: 'From the second tab' });
    await settle(second);
    const stored = JSON.parse(storage.getItem('coproduce:p:marks')!);
    expect(stored.data.marks.find((mark: { id: string }) => mark.id === 'listening').individual).to.deep.equal({
      Ana: 3,
    });
    expect(individual(second)).to.deep.equal({ Ana: 3 });

    act(facilitator, { type: 'reveal', markId: 'listening' });
    await waitFor(() => Object.keys(individual(facilitator)).length === 1);
    expect(individual(facilitator)).to.deep.equal({ Ana: 3 });
  });
});
