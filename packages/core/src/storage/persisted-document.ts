import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ProjectContextValue } from '../context.js';
import { localStorageAdapter, storageKeyFor, type StorageAdapter } from './adapter.js';
import { loadDocument, saveDocument, type DocumentFormat, type UnreadableReason } from './document-store.js';

export type PersistenceProblem =
  | { code: 'unreadable-storage'; reason: UnreadableReason; backupKey: string | null; key: string; cause: unknown }
  | { code: 'storage-full'; key: string; cause: unknown }
  | { code: 'storage-unavailable'; key: string; cause: unknown };

export interface PersistedDocumentOptions<T> {
  format: DocumentFormat<T>;
  /** Stored data was read (first load, or another tab changed it). */
  onLoad(data: T): void;
  onProblem(problem: PersistenceProblem): void;
}

/**
 * Keeps one element's document in storage: restores it when the element's
 * storage key (or project) is known, saves each change, follows other tabs,
 * and never writes over data it could not read.
 */
export class PersistedDocument<T> implements ReactiveController {
  private adapter: StorageAdapter | null = null;
  private key: string | null = null;
  private stopWatching: (() => void) | null = null;
  /** False when saving would overwrite something we could not read or keep aside. */
  private writable = true;
  /**
   * Whether another tab's save is loaded over what is here. Off while the
   * document is shared with the other tabs (their changes arrive merged, so
   * loading their save would replace someone's typing).
   */
  following = true;
  /**
   * While not following: hears what another tab saved (read and checked), so
   * that what only this device holds, private answers in a live session, is
   * not lost between two tabs.
   */
  otherTabSaved: ((data: T) => void) | null = null;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: PersistedDocumentOptions<T>,
  ) {
    host.addController(this);
  }

  /** The full storage key in use, or null when not persisting. */
  get storageKey(): string | null {
    return this.key;
  }

  /**
   * Points at the storage for this key and project. Returns true if the
   * target changed and stored data (if any) was loaded through onLoad.
   * `load: false` binds without reading, when the host's data is to be saved over it.
   */
  bind(
    storageKey: string | null | undefined,
    project: ProjectContextValue | undefined,
    options: { load?: boolean } = {},
  ): boolean {
    const adapter = storageKey ? (project?.storage ?? localStorageAdapter) : null;
    const key = storageKey ? storageKeyFor(storageKey, project?.project) : null;
    if (adapter === this.adapter && key === this.key) return false;
    this.unwatch();
    this.adapter = adapter;
    this.key = key;
    this.writable = true;
    if (!adapter || !key) return false;
    this.watch();
    return options.load === false ? false : this.load();
  }

  /** Reads stored data; returns true if some was loaded. */
  load(): boolean {
    const { adapter, key } = this;
    if (!adapter || !key) return false;
    const result = loadDocument(adapter, key, this.options.format);
    switch (result.status) {
      case 'empty':
        return false;
      case 'loaded':
        this.writable = true;
        this.options.onLoad(result.data);
        return true;
      case 'unreadable':
        // Newer-version data stays where it is; damaged data was copied aside, and
        // only if that copy worked may we write to the key again.
        this.writable = result.reason !== 'newer-version' && result.backupKey !== null;
        this.options.onProblem({
          code: 'unreadable-storage',
          reason: result.reason,
          backupKey: result.backupKey,
          key,
          cause: result.cause,
        });
        return false;
      case 'unavailable':
        this.writable = false;
        this.options.onProblem({ code: 'storage-unavailable', key, cause: result.cause });
        return false;
    }
  }

  /** The stored text as it is (null: nothing stored, or storage unreadable): what a tab seeds a shared copy from. */
  storedText(): string | null {
    const { adapter, key } = this;
    if (!adapter || !key) return null;
    try {
      return adapter.getItem(key);
    } catch {
      return null;
    }
  }

  /** Saves the document; reports a full or unavailable store. Returns true if saved. */
  save(data: T): boolean {
    const { adapter, key } = this;
    if (!adapter || !key || !this.writable) return false;
    const result = saveDocument(adapter, key, data, this.options.format);
    if (result.ok) return true;
    this.options.onProblem({
      code: result.reason === 'full' ? 'storage-full' : 'storage-unavailable',
      key,
      cause: result.cause,
    });
    return false;
  }

  hostConnected(): void {
    this.watch();
  }

  hostDisconnected(): void {
    this.unwatch();
  }

  private watch(): void {
    if (this.stopWatching || !this.adapter?.watch || !this.key) return;
    this.stopWatching = this.adapter.watch(this.key, () => {
      if (this.following) this.load();
      else if (this.otherTabSaved) this.readOtherTab(this.otherTabSaved);
    });
  }

  private readOtherTab(heard: (data: T) => void): void {
    const { adapter, key } = this;
    if (!adapter || !key) return;
    const result = loadDocument(adapter, key, this.options.format);
    if (result.status === 'loaded') heard(result.data);
  }

  private unwatch(): void {
    this.stopWatching?.();
    this.stopWatching = null;
  }
}
