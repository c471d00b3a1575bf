import { keepAside, localStorageAdapter, validate, type StorageAdapter } from '@coproduce/core';
import * as z from 'zod/mini';
import { submissionSchema, type Submission } from './schema.js';

/** A submission waiting to be sent, or refused and kept. */
export interface QueuedSubmission {
  id: string;
  action: string;
  submission: Submission;
  attempts: number;
  /** When to try again (ms since 1970). */
  nextAttemptAt: number;
  queuedAt: string;
  /** How long the next try waits for an answer; longer after a try that got none. Missing: the element's own. */
  timeoutMs?: number;
  /** Being tried by an open page until `until` (ms since 1970): other pages and forms leave it alone. */
  lease?: Lease;
  /** Set when the server refused it (4xx): kept, never sent again. */
  refused?: { status: number; at: string };
}

/** Which page is trying a submission, and until when at most. */
export interface Lease {
  page: string;
  until: number;
}

/** Where queued submissions live: see `openOutbox`. */
interface OutboxStore {
  list(): Promise<QueuedSubmission[]>;
  /** One submission as stored now, or undefined if it is not there (or is damaged). */
  get(id: string): Promise<QueuedSubmission | undefined>;
  put(entry: QueuedSubmission): Promise<void>;
  remove(id: string): Promise<void>;
}

const DB_NAME = 'coproduce-feedback';
const STORE = 'outbox';
const LOCAL_KEY = 'coproduce:feedback-outbox';

const entrySchema = () =>
  z.object({
    id: z.string(),
    action: z.string(),
    submission: submissionSchema(),
    attempts: z.int(),
    nextAttemptAt: z.number(),
    queuedAt: z.string(),
    timeoutMs: z.optional(z.number().check(z.gt(0))),
    lease: z.optional(z.object({ page: z.string(), until: z.number() })),
    refused: z.optional(z.object({ status: z.int(), at: z.string() })),
  });

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

class IndexedDbStore implements OutboxStore {
  constructor(private readonly db: IDBDatabase) {}

  private store(mode: IDBTransactionMode) {
    return this.db.transaction(STORE, mode).objectStore(STORE);
  }

  async list(): Promise<QueuedSubmission[]> {
    const entries = await request(this.store('readonly').getAll());
    // Anything damaged (another version of the library, say) is left where it is, not sent.
    return entries.filter((entry) => validate(entrySchema(), entry).success) as QueuedSubmission[];
  }

  async get(id: string): Promise<QueuedSubmission | undefined> {
    const entry: unknown = await request(this.store('readonly').get(id));
    return validate(entrySchema(), entry).success ? (entry as QueuedSubmission) : undefined;
  }

  async put(entry: QueuedSubmission): Promise<void> {
    await request(this.store('readwrite').put(entry));
  }

  async remove(id: string): Promise<void> {
    await request(this.store('readwrite').delete(id));
  }
}

/** The outbox as one list under one key of a storage adapter. */
class AdapterStore implements OutboxStore {
  constructor(private readonly adapter: StorageAdapter) {}

  private read(): QueuedSubmission[] {
    const raw = this.adapter.getItem(LOCAL_KEY);
    if (raw === null) return [];
    try {
      const parsed = validate(z.array(entrySchema()), JSON.parse(raw));
      if (parsed.success) return parsed.data as QueuedSubmission[];
    } catch {
      // Not JSON: kept aside below.
    }
    // Damaged: kept aside, never deleted, and the outbox starts again.
    keepAside(this.adapter, LOCAL_KEY, raw);
    return [];
  }

  private write(entries: QueuedSubmission[]): void {
    this.adapter.setItem(LOCAL_KEY, JSON.stringify(entries));
  }

  async list(): Promise<QueuedSubmission[]> {
    return this.read();
  }

  async get(id: string): Promise<QueuedSubmission | undefined> {
    return this.read().find((entry) => entry.id === id);
  }

  async put(entry: QueuedSubmission): Promise<void> {
    this.write([...this.read().filter((each) => each.id !== entry.id), entry]);
  }

  async remove(id: string): Promise<void> {
    this.write(this.read().filter((each) => each.id !== id));
  }
}

let opened = new WeakMap<StorageAdapter, Promise<OutboxStore>>();

/**
 * A store that is forgotten when it fails, so the next use opens it afresh:
 * a connection the browser closed, or storage refused now and allowed later.
 * The failure still reaches the caller, which decides what it means.
 */
function forgettingOnFailure(adapter: StorageAdapter, store: OutboxStore): OutboxStore {
  const guard =
    <A extends unknown[], R>(operation: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      try {
        return await operation(...args);
      } catch (error) {
        opened.delete(adapter);
        throw error;
      }
    };
  return {
    list: guard(() => store.list()),
    get: guard((id: string) => store.get(id)),
    put: guard((entry: QueuedSubmission) => store.put(entry)),
    remove: guard((id: string) => store.remove(id)),
  };
}

/**
 * The outbox for an element whose project keeps things in `adapter`.
 *
 * With the browser's own storage (no project, or a project keeping things
 * in this browser), IndexedDB if it opens: unlike the synchronous key/value
 * adapter it can be written by several tabs at once without one rewriting
 * the whole list over another's, and it holds more. Where IndexedDB is
 * refused (some private modes, old browsers), the list goes through the
 * adapter instead. A project with an adapter of its own (`storage="memory"`,
 * or the host's) keeps the outbox there, as it keeps everything else: a
 * page that promised to keep nothing past its life keeps no outbox either.
 * Cross-tab order comes from Web Locks (locks.ts) either way.
 * Where the browser refuses everything (sandboxed frames, blocked site data)
 * every operation throws.
 */
export function openOutbox(adapter: StorageAdapter = localStorageAdapter): Promise<OutboxStore> {
  let store = opened.get(adapter);
  if (store) return store;
  store = new Promise<OutboxStore>((resolve) => {
    const fallBack = () => resolve(forgettingOnFailure(adapter, new AdapterStore(adapter)));
    if (adapter !== localStorageAdapter) return fallBack();
    try {
      const open = indexedDB.open(DB_NAME, 1);
      open.onupgradeneeded = () => open.result.createObjectStore(STORE, { keyPath: 'id' });
      open.onsuccess = () => resolve(forgettingOnFailure(adapter, new IndexedDbStore(open.result)));
      open.onerror = fallBack;
      open.onblocked = fallBack;
    } catch {
      fallBack();
    }
  });
  opened.set(adapter, store);
  return store;
}

/** The longest wait between tries. */
export const MAX_RETRY_MS = 60 * 60 * 1000;

/**
 * Wait before the next try: 1×, 2×, 4×… the base, each up to half as long
 * again at random, so browsers that failed together do not all try again
 * together; never more than an hour.
 */
export function retryDelay(attempts: number, baseMs: number, random: () => number = Math.random): number {
  const doubled = baseMs * 2 ** Math.max(0, attempts - 1);
  return Math.min(Math.floor(doubled * (1 + random() / 2)), MAX_RETRY_MS);
}

/** Forgets every opened outbox, so the next use opens it again. @internal */
export function forgetOutbox(): void {
  opened = new WeakMap();
}
