import { keepAside, localStorageAdapter, validate } from '@coproduce/core';
import { draftSchema, type Draft } from './schema.js';

const PROBE_KEY = 'coproduce:feedback-draft:can-keep';
let keeps: boolean | null = null;

/** Forgets whether storage works, so tests can refuse it and ask again. */
export function forgetCanKeep(): void {
  keeps = null;
}

export type DraftLoad = { draft: Draft | null } | { unreadable: true; cause: unknown };

/**
 * The person's unsent answers, kept in this browser so a reload or a closed
 * tab loses nothing. Damaged copies are kept aside, never deleted. Storage a
 * browser refuses (private modes, blocked cookies) just means no draft.
 */
export const drafts = {
  load(key: string): DraftLoad {
    let raw: string | null;
    try {
      raw = localStorageAdapter.getItem(key);
    } catch {
      return { draft: null };
    }
    if (raw === null) return { draft: null };
    let cause: unknown;
    try {
      const parsed = validate(draftSchema(), JSON.parse(raw));
      if (parsed.success) return { draft: parsed.data };
      cause = parsed.error;
    } catch (error) {
      cause = error;
    }
    // Moved aside, so the next draft can be saved; left in place if it could not be copied.
    if (keepAside(localStorageAdapter, key, raw)) drafts.clear(key);
    return { unreadable: true, cause };
  },

  save(key: string, draft: Draft): void {
    try {
      localStorageAdapter.setItem(key, JSON.stringify(draft));
    } catch {
      // Best effort: the answers are still on screen.
    }
  },

  /** True when this browser lets the page keep anything: tried once per page, with a key of its own. */
  canKeep(): boolean {
    if (keeps === null) {
      try {
        localStorageAdapter.setItem(PROBE_KEY, '1');
        localStorageAdapter.removeItem(PROBE_KEY);
        keeps = true;
      } catch {
        keeps = false;
      }
    }
    return keeps;
  },

  clear(key: string): void {
    try {
      localStorageAdapter.removeItem(key);
    } catch {
      // Nothing was kept.
    }
  },
};
