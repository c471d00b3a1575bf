/**
 * Where documents are kept. Synchronous on purpose: elements restore their data
 * before the first render, so nothing flickers. A host can supply its own
 * adapter (for example one backed by its server and an in-memory cache) through
 * <coproduction-project>'s `storage` property.
 */
export interface StorageAdapter {
  getItem(key: string): string | null;
  /** Throws a DOMException named QuotaExceededError when full. */
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  /** Lists keys that start with `prefix`. */
  keys(prefix: string): string[];
  /** Calls back when another tab or window changes `key`. Returns a function that stops watching. */
  watch?(key: string, onChange: () => void): () => void;
}

/** Keeps data for the life of the page only. */
export class MemoryStorageAdapter implements StorageAdapter {
  private readonly items = new Map<string, string>();

  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }

  removeItem(key: string): void {
    this.items.delete(key);
  }

  keys(prefix: string): string[] {
    return [...this.items.keys()].filter((key) => key.startsWith(prefix));
  }
}

/**
 * The browser's localStorage. Reading `window.localStorage` itself can throw
 * (blocked cookies, sandboxed frames), so it is looked up on each use and the
 * error is left for the caller to report.
 */
export class LocalStorageAdapter implements StorageAdapter {
  private get area(): Storage {
    return window.localStorage;
  }

  getItem(key: string): string | null {
    return this.area.getItem(key);
  }

  setItem(key: string, value: string): void {
    this.area.setItem(key, value);
  }

  removeItem(key: string): void {
    this.area.removeItem(key);
  }

  keys(prefix: string): string[] {
    const area = this.area;
    const found: string[] = [];
    for (let index = 0; index < area.length; index++) {
      const key = area.key(index);
      if (key?.startsWith(prefix)) found.push(key);
    }
    return found;
  }

  watch(key: string, onChange: () => void): () => void {
    const listener = (event: StorageEvent) => {
      if (event.key === key || event.key === null) onChange();
    };
    window.addEventListener('storage', listener);
    return () => window.removeEventListener('storage', listener);
  }
}

/** One shared instance: the adapter used when an element has a storage-key and no project supplies one. */
export const localStorageAdapter: StorageAdapter = new LocalStorageAdapter();

/** The storage key for an element: namespaced by project when it has one. */
export function storageKeyFor(storageKey: string, project: string | null | undefined): string {
  return project ? `coproduce:${project}:${storageKey}` : `coproduce:${storageKey}`;
}
