import type { StorageAdapter } from '@coproduce/core';

const PREFIX = 'coproduce:feedback-sent:';
/** A mark outlives the outbox entry and the kept answers it speaks for by far: those go within seconds of it. */
const KEEP_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * Which submissions a server has said it has, one small key each (just the
 * id and when), written synchronously the moment a 2xx reply arrives: before
 * the outbox entry is removed, which takes a wait for the lock and for
 * IndexedDB. A page that goes in between leaves the entry behind; with the
 * mark, the next page removes it instead of sending it again, and a page
 * reopened mid-send tells "sent" from "never kept, so never sent". Kept
 * through the same storage adapter as the outbox (this browser's
 * localStorage by default), so a project that keeps nothing past the page
 * keeps no marks either. Storage refused means no marks: the outbox, and the
 * server's Idempotency-Key, are still there.
 */
export const sentMarks = {
  mark(adapter: StorageAdapter, id: string, now = Date.now()): void {
    try {
      adapter.setItem(PREFIX + id, String(now));
    } catch {
      return;
    }
    sentMarks.prune(adapter, now);
  },

  has(adapter: StorageAdapter, id: string): boolean {
    try {
      return adapter.getItem(PREFIX + id) !== null;
    } catch {
      return false;
    }
  },

  /** Forgets marks older than a month (and any not written by `mark`). */
  prune(adapter: StorageAdapter, now = Date.now()): void {
    try {
      for (const key of adapter.keys(PREFIX)) {
        const at = Number(adapter.getItem(key));
        if (!(at > now - KEEP_MS)) adapter.removeItem(key);
      }
    } catch {
      // Pruned next time.
    }
  },
};
