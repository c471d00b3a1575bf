import { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import type { LiveSession, SessionRole, SessionStatus, SharedDocumentHandle } from './session.js';
import { rootOf } from './shared-doc.js';

/**
 * The live session itself: Yjs, the Hocuspocus provider and y-indexeddb, in
 * a chunk of its own that only a page whose `<coproduction-project>` names a
 * `server` fetches (through `liveSessionPart`, see live-part.ts).
 *
 * One WebSocket carries every element's document in the room; each element's
 * document is also kept on the device (IndexedDB), so changes made offline
 * survive a closed tab and reach the server when the connection comes back.
 */

/** Who this device is in the room: kept on the device (see the project), never shown to others except `person`. */
export interface LiveIdentity {
  /** A random id this device shows others in the room, so they count people, not tabs. Never the `key`. */
  readonly person: string;
  /** The name a participant picked from the group's list; null until then (and for a facilitator). */
  readonly name: string | null;
  /** The device key sent with the name: the server ties a name to the first device that writes as it. */
  readonly key: string | null;
}

export interface LiveOptions {
  /** `wss://…` (or `ws://` on a private network). */
  readonly server: string;
  readonly room: string;
  /** The signed token (`v1.<payload>.<signature>`). */
  readonly token: string;
  /** From the token's payload (readable without the secret); the server checks it. */
  readonly role: SessionRole;
  readonly identity: LiveIdentity;
  /** Why the server would refuse this device (an expired link): the session never connects, and says so. */
  readonly refused?: string;
  /** How long to wait before trying again after a dropped connection, doubling up to `maxDelay`. */
  readonly delay?: number;
  readonly maxDelay?: number;
  /** A WebSocket class where the platform has none (Node). */
  readonly WebSocketPolyfill?: unknown;
}

/** What the project shows beside the status: the names the group chose, from the first joined document that has them. */
export type NamesListener = (names: readonly string[]) => void;

interface Joined {
  readonly handle: SharedDocumentHandle;
  readonly provider: HocuspocusProvider;
  readonly local: IndexeddbPersistence;
  uses: number;
}

/** Which copy on the device (IndexedDB) each document uses, when one was set aside; kept over reloads. */
const setAside = new Map<string, number>();
const copyKey = (name: string) => `coproduce:live-copy:${name}`;

function copyNumber(name: string): number {
  try {
    return Number(localStorage.getItem(copyKey(name))) || setAside.get(name) || 0;
  } catch {
    return setAside.get(name) ?? 0;
  }
}

/** The IndexedDB name of the document's copy on this device. */
function deviceCopyName(name: string): string {
  const copy = copyNumber(name);
  return copy ? `coproduce:${name}#${copy}` : `coproduce:${name}`;
}

/** The copy holds a change the server refused: later joins use a new one. */
function setAsideDeviceCopy(name: string): void {
  const next = copyNumber(name) + 1;
  setAside.set(name, next);
  try {
    localStorage.setItem(copyKey(name), String(next));
  } catch {
    // Storage blocked: the new copy lasts as long as the page.
  }
}

/** Opens the session: connects at once, so the status line can say how it is going before any element joins. */
export function openLiveSession(options: LiveOptions): LiveRoom {
  return new LiveRoom(options);
}

export class LiveRoom implements LiveSession {
  readonly role: SessionRole;
  private identity: LiveIdentity;
  private current: SessionStatus = { state: 'connecting' };
  private readonly listeners = new Set<(status: SessionStatus) => void>();
  private readonly nameListeners = new Set<NamesListener>();
  private readonly joined = new Map<string, Joined>();
  private readonly socket: HocuspocusProviderWebsocket;
  private connected = false;
  private closed = false;
  private lastNames: readonly string[] = [];
  /** The server's clock minus this device's, once `GET /time` has answered. */
  private clockOffset = 0;
  private clockAsked = false;

  constructor(private readonly options: LiveOptions) {
    this.role = options.role;
    this.identity = options.identity;
    if (options.refused) this.current = { state: 'refused', reason: options.refused };
    this.socket = new HocuspocusProviderWebsocket({
      url: options.server,
      autoConnect: !options.refused,
      delay: options.delay ?? 1000,
      minDelay: options.delay ?? 1000,
      maxDelay: options.maxDelay ?? 10000,
      ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
    });
    this.socket.on('status', ({ status }: { status: WebSocketStatus }) => this.socketStatus(status));
    globalThis.addEventListener?.('online', this.online);
    globalThis.addEventListener?.('offline', this.offline);
    if (!options.refused && globalThis.navigator?.onLine === false) this.current = { state: 'offline' };
  }

  get name(): string | null {
    return this.identity.name;
  }

  get status(): SessionStatus {
    return this.current;
  }

  watch(listener: (status: SessionStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  now(): number {
    return Date.now() + this.clockOffset;
  }

  /**
   * Asks the server its time (`GET /time` on the http(s) form of its address),
   * once connected: the offset is taken at the middle of the round trip.
   */
  private async askTime(): Promise<void> {
    if (this.clockAsked) return;
    this.clockAsked = true;
    try {
      const address = new URL(this.options.server);
      address.protocol = address.protocol === 'wss:' ? 'https:' : 'http:';
      address.pathname = `${address.pathname.replace(/\/$/, '')}/time`;
      address.search = '';
      const sent = Date.now();
      const response = await fetch(address);
      const { now } = (await response.json()) as { now?: unknown };
      const received = Date.now();
      if (!response.ok || typeof now !== 'number' || !Number.isFinite(now)) throw new Error('no time');
      this.clockOffset = now - (sent + received) / 2;
    } catch {
      // This device's own clock, and another try on the next connection.
      this.clockAsked = false;
    }
  }

  /** The names the group chose: `participants` of the first joined document that has any. */
  get names(): readonly string[] {
    return this.lastNames;
  }

  watchNames(listener: NamesListener): () => void {
    this.nameListeners.add(listener);
    return () => this.nameListeners.delete(listener);
  }

  /**
   * A participant picked their name: every document sends its token again,
   * now with the name and device key, so the server knows who writes.
   */
  identify(identity: LiveIdentity): void {
    this.identity = identity;
    for (const { provider } of this.joined.values()) provider.setAwarenessField('person', identity.person);
    if (this.closed || this.current.state === 'refused' || !this.connected) return;
    // Sent on each document's open connection (the server checks it is for the same room and role); a later connection sends it anyway.
    for (const { provider } of this.joined.values()) void provider.sendToken();
  }

  async join(key: string): Promise<SharedDocumentHandle> {
    const name = `${this.options.room}/${key}`;
    const existing = this.joined.get(name);
    if (existing) {
      existing.uses += 1;
      // Its own origin: two elements on one key each see the other's changes as coming from elsewhere.
      return { ...existing.handle, origin: Object.freeze({ live: name, use: existing.uses }) };
    }
    const doc = new Y.Doc();
    const local = new IndexeddbPersistence(deviceCopyName(name), doc);
    const provider = new HocuspocusProvider({
      websocketProvider: this.socket,
      name,
      document: doc,
      token: () => this.tokenJson(),
    });
    provider.on('authenticationFailed', ({ reason }: { reason: string }) => this.refuse(reason));
    provider.on('awarenessChange', () => this.countPeople());
    provider.setAwarenessField('person', this.identity.person);
    if (!this.closed && this.current.state !== 'refused') provider.attach();
    doc.on('update', () => this.readNames());
    let leave: () => void = () => undefined;
    let lose: (reason: string) => void = () => undefined;
    const handle: SharedDocumentHandle = {
      doc,
      synced: this.whenSynced(local, provider),
      mayFill: this.role === 'facilitator',
      origin: Object.freeze({ live: name }),
      lost: new Promise<string>((resolve) => {
        lose = resolve;
      }),
      leave: () => leave(),
    };
    const entry: Joined = { handle, provider, local, uses: 1 };
    let gone = false;
    const end = () => {
      gone = true;
      if (this.joined.get(name) === entry) this.joined.delete(name);
      provider.destroy();
    };
    leave = () => {
      entry.uses -= 1;
      if (entry.uses > 0 || gone) return;
      end();
      void local.destroy();
      this.countPeople();
      this.readNames();
    };
    provider.on('close', ({ event }: { event?: { reason?: string } }) => {
      // A CloseEvent is the whole connection dropping (it comes back by itself). A plain
      // { code, reason } is the server closing this one document: it refused a change from here.
      if (gone || !event || 'wasClean' in event || !event.reason || event.reason === 'provider_initiated') return;
      // The server has closed this document already. Letting the provider say "close" as it goes would
      // reach the server after the next join's first message, on the same name, and close that one too.
      this.socket.configuration.providerMap.delete(name);
      end();
      this.countPeople();
      // What the server refused would be sent again from the device's copy (IndexedDB), so the element
      // joins afresh from the group's copy. Private answers live in the element's own storage.
      // It is kept aside, not deleted (another tab may have it open); the next join starts a new copy.
      void local.destroy();
      setAsideDeviceCopy(name);
      lose(event.reason);
    });
    this.joined.set(name, entry);
    return handle;
  }

  /** Stops the session: the connection closes, what is on the device stays there. */
  close(): void {
    this.closed = true;
    for (const { provider, local } of this.joined.values()) {
      provider.destroy();
      void local.destroy();
    }
    this.joined.clear();
    globalThis.removeEventListener?.('online', this.online);
    globalThis.removeEventListener?.('offline', this.offline);
    this.socket.destroy();
    this.listeners.clear();
    this.nameListeners.clear();
  }

  private tokenJson(): string {
    const { name, key } = this.identity;
    return JSON.stringify(name && key ? { token: this.options.token, name, key } : { token: this.options.token });
  }

  /** The copy on this device, then the server's, or as soon as it is plain the server cannot be reached. */
  private async whenSynced(local: IndexeddbPersistence, provider: HocuspocusProvider): Promise<void> {
    await local.whenSynced;
    await new Promise<void>((resolve) => {
      const check = () => {
        const unreachable = this.current.state === 'offline' || this.current.state === 'refused';
        if (!provider.isSynced && !unreachable && !this.closed) return;
        provider.off('synced', check);
        stop();
        resolve();
      };
      const stop = this.watch(check);
      provider.on('synced', check);
      check();
    });
  }

  private socketStatus(status: WebSocketStatus): void {
    if (this.current.state === 'refused' || this.closed) return;
    if (status === WebSocketStatus.Connected) {
      this.connected = true;
      void this.askTime();
      this.countPeople(true);
    } else if (status === WebSocketStatus.Disconnected) {
      // Just dropped: trying again. An attempt that failed: offline until one works.
      this.set({ state: this.connected ? 'reconnecting' : 'offline' });
      this.connected = false;
    }
  }

  private readonly online = () => {
    if (this.closed || this.current.state === 'refused' || this.connected) return;
    this.set({ state: 'reconnecting' });
    void this.socket.connect();
  };

  private readonly offline = () => {
    if (this.closed || this.current.state === 'refused') return;
    this.set({ state: 'offline' });
  };

  private refuse(reason: string): void {
    if (this.current.state === 'refused') return;
    this.set({ state: 'refused', reason });
    // Nothing more is sent; what is on the device stays there.
    this.socket.disconnect();
  }

  /** People, not tabs: every device in the room shows its `person`, the same in each of its tabs. */
  private countPeople(force = false): void {
    if (!this.connected || this.current.state === 'refused') return;
    const people = new Set<unknown>([this.identity.person]);
    for (const { provider } of this.joined.values()) {
      for (const state of provider.awareness?.getStates().values() ?? []) {
        if (typeof state.person === 'string') people.add(state.person);
      }
    }
    if (!force && this.current.state === 'connected' && this.current.people === people.size) return;
    this.set({ state: 'connected', people: people.size });
  }

  private readNames(): void {
    let names: string[] = [];
    for (const { handle } of this.joined.values()) {
      const data = rootOf(handle.doc).get('data');
      const participants = data instanceof Y.Map ? data.get('participants') : undefined;
      if (participants instanceof Y.Array && participants.length > 0) {
        names = participants.toArray().filter((name): name is string => typeof name === 'string');
        break;
      }
    }
    if (names.join('\n') === this.lastNames.join('\n')) return;
    this.lastNames = names;
    for (const listener of this.nameListeners) listener(names);
  }

  private set(status: SessionStatus): void {
    const same =
      status.state === this.current.state &&
      (status.state !== 'connected' || this.current.state !== 'connected' || status.people === this.current.people);
    this.current = status;
    if (same && status.state !== 'refused') return;
    for (const listener of [...this.listeners]) listener(status);
  }
}
