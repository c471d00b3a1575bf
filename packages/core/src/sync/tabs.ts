/**
 * Two tabs (or two elements) on one storage key, told apart by a
 * BroadcastChannel named by the full storage key. No Yjs here: a tab alone
 * only listens, and fetches the shared-document part (`binding.ts`, with
 * Yjs) only once another tab says hello.
 *
 * How two tabs start sharing:
 * - A tab opening says `hello`.
 * - A tab that already shares answers with the whole shared state.
 * - A tab alone saves what it has, answers `seed` with a hash of the stored
 *   copy, and seeds its shared document from that copy.
 * - The newcomer seeds from its own stored copy when the hash matches (the
 *   same JSON seeded twice makes the same Yjs items, so the two merge);
 *   otherwise it asks for the state and adopts it. Two tabs never seed from
 *   different copies.
 * - Two tabs opening at once both answer each other's hello; if they seeded
 *   from different copies, the newer one starts again from the older one's state.
 * Afterwards each change travels as a Yjs update. Storage keeps the same JSON
 * envelope as ever, so older copies of the library still read it.
 */

import { fnv1a } from './hash.js';

/** A tab's shared document, made by the on-demand part. */
export interface TabDoc {
  /** The whole shared state, for a tab that just opened. */
  state(): Uint8Array;
  /** An update (or the whole state) from another tab. */
  receive(update: Uint8Array): void;
  close(): void;
}

export interface TabChannelOptions {
  /** Saves what is waiting to be saved (a tab alone about to seed). */
  save(): void;
  /** The stored copy's text, as saved (null: nothing saved). */
  storedText(): string | null;
  /** Whether stored text is a copy this element can read (a seed must be). */
  readable(text: string): boolean;
  /**
   * Makes the shared document: seeded from `seed` (the stored copy's text);
   * without one, seeded from the document as it is here when `own` (a tab
   * alone whose stored copy cannot be read), or else empty until another
   * tab's state arrives. `send` carries its own updates to the other tabs.
   * `arrived()` hands over (once) the other tabs' updates that came while the
   * shared part was on its way: they go into the shared document before this
   * tab's own changes are merged, so those come after them, not beside them.
   */
  share(
    seed: string | null,
    send: (update: Uint8Array) => void,
    own: boolean,
    arrived: () => Uint8Array[],
  ): Promise<TabDoc>;
}

type TabMessage =
  | { type: 'hello'; from: string }
  | { type: 'seed'; from: string; to: string; hash: string }
  | { type: 'want-state'; from: string; to: string }
  | { type: 'state'; from: string; to: string; update: Uint8Array }
  | { type: 'update'; from: string; update: Uint8Array };

/** Orders tabs by when they opened, so two that open at once agree which is older. */
function newTabId(): string {
  const random = Math.random().toString(36).slice(2, 10);
  return `${Date.now().toString(36).padStart(10, '0')}-${random}`;
}

/** A short hash of the stored copy (FNV-1a, 53 bits): enough to tell two copies apart. */
export function hashText(text: string | null): string {
  if (text === null) return 'none';
  return `${fnv1a(text).toString(36)}.${fnv1a(text, 0x01000193, 0x5bd1e995).toString(36)}.${text.length}`;
}

/** Whether this browser has BroadcastChannel (every current one does). */
export function tabsSupported(): boolean {
  return typeof BroadcastChannel === 'function';
}

export class TabChannel {
  readonly id = newTabId();
  private readonly channel: BroadcastChannel;
  private doc: Promise<TabDoc> | null = null;
  private ready: TabDoc | null = null;
  private seedHash: string | null = null;
  /** Updates that came before the shared document was made. */
  private early: Uint8Array[] = [];
  private closed = false;

  constructor(
    key: string,
    private readonly options: TabChannelOptions,
  ) {
    this.channel = new BroadcastChannel(key);
    this.channel.onmessage = (event: MessageEvent<TabMessage>) => this.receive(event.data);
    this.post({ type: 'hello', from: this.id });
  }

  /** Whether this tab shares its document with another. */
  get sharing(): boolean {
    return this.doc !== null;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.channel.close();
    this.ready?.close();
    void this.doc?.then((doc) => doc.close()).catch(() => undefined);
  }

  private post(message: TabMessage): void {
    if (!this.closed) this.channel.postMessage(message);
  }

  private start(seed: string | null, own = false): void {
    if (this.doc) return;
    const send = (update: Uint8Array) => this.post({ type: 'update', from: this.id, update });
    const arrived = () => (this.doc === made ? this.early.splice(0) : []);
    const made: Promise<TabDoc> = this.options.share(seed, send, own, arrived).then((doc) => {
      // Closed, or started again from another tab's state meanwhile.
      if (this.closed || this.doc !== made) {
        doc.close();
        return doc;
      }
      this.ready = doc;
      for (const update of this.early.splice(0)) doc.receive(update);
      return doc;
    });
    this.doc = made;
    // A failed fetch (offline) leaves this tab as it was, alone: the next hello tries again.
    made.catch(() => {
      if (this.doc !== made) return;
      this.doc = null;
      this.seedHash = null;
    });
  }

  /** Drops this tab's shared document and asks `to` for its state instead. */
  private startAgainFrom(to: string): void {
    const old = this.doc;
    this.doc = null;
    this.ready = null;
    this.seedHash = null;
    this.early = [];
    void old?.then((doc) => doc.close()).catch(() => undefined);
    this.start(null);
    this.post({ type: 'want-state', from: this.id, to });
  }

  private whenReady(use: (doc: TabDoc) => void): void {
    void this.doc?.then((doc) => {
      if (!this.closed) use(doc);
    });
  }

  private receive(message: TabMessage): void {
    if (this.closed || message.from === this.id) return;
    if ('to' in message && message.to !== this.id) return;
    switch (message.type) {
      case 'hello': {
        if (this.doc) {
          const to = message.from;
          this.whenReady((doc) => this.post({ type: 'state', from: this.id, to, update: doc.state() }));
          return;
        }
        this.options.save();
        const text = this.options.storedText();
        const seed = text !== null && this.options.readable(text) ? text : null;
        this.seedHash = hashText(seed);
        this.post({ type: 'seed', from: this.id, to: message.from, hash: this.seedHash });
        this.start(seed, true);
        return;
      }
      case 'seed': {
        if (this.doc) {
          // Two tabs that opened at once each seeded, and answered the other. From the same copy, the seeds
          // are the same; from different copies, the newer tab starts again from the older one's state.
          if (message.hash === this.seedHash && message.hash !== 'none') return;
          if (this.id > message.from) this.startAgainFrom(message.from);
          return;
        }
        const text = this.options.storedText();
        const same = message.hash !== 'none' && text !== null && hashText(text) === message.hash;
        if (same && this.options.readable(text)) {
          this.seedHash = message.hash;
          this.start(text);
        } else {
          this.start(null);
          this.post({ type: 'want-state', from: this.id, to: message.from });
        }
        return;
      }
      case 'want-state': {
        const to = message.from;
        this.whenReady((doc) => this.post({ type: 'state', from: this.id, to, update: doc.state() }));
        return;
      }
      case 'state':
      case 'update': {
        if (message.type === 'state' && !this.doc) this.start(null);
        if (this.ready) this.ready.receive(message.update);
        else if (this.doc) this.early.push(message.update);
        return;
      }
    }
  }
}
