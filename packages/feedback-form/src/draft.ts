import { keepAside, validate, type StorageAdapter } from '@coproduce/core';
import { draftSchema, type Draft } from './schema.js';

const PROBE_KEY = 'coproduce:feedback-draft:can-keep';
let keeps = new WeakMap<StorageAdapter, boolean>();

/** Forgets whether storage works, so tests can refuse it and ask again. */
export function forgetCanKeep(): void {
  keeps = new WeakMap();
}

export type DraftLoad = { draft: Draft | null } | { unreadable: true; cause: unknown };

/**
 * The person's unsent answers, kept through the project's storage adapter
 * (this browser's localStorage unless a <coproduction-project> gives
 * another) so a reload or a closed tab loses nothing. Damaged copies are
 * kept aside, never deleted. Storage a browser refuses (private modes,
 * blocked cookies) just means no draft.
 */
export const drafts = {
  load(adapter: StorageAdapter, key: string): DraftLoad {
    let raw: string | null;
    try {
      raw = adapter.getItem(key);
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
    if (keepAside(adapter, key, raw)) drafts.clear(adapter, key);
    return { unreadable: true, cause };
  },

  save(adapter: StorageAdapter, key: string, draft: Draft): void {
    try {
      adapter.setItem(key, JSON.stringify(draft));
    } catch {
      // Best effort: the answers are still on screen.
    }
  },

  /** True when the adapter keeps anything: tried once per page and adapter, with a key of its own. */
  canKeep(adapter: StorageAdapter): boolean {
    let known = keeps.get(adapter);
    if (known === undefined) {
      try {
        adapter.setItem(PROBE_KEY, '1');
        adapter.removeItem(PROBE_KEY);
        known = true;
      } catch {
        known = false;
      }
      keeps.set(adapter, known);
    }
    return known;
  },

  clear(adapter: StorageAdapter, key: string): void {
    try {
      adapter.removeItem(key);
    } catch {
      // Nothing was kept.
    }
  },
};

/** What the browser keeps for a host form to restore: the answers. */
export const formState = (draft: Draft): string => JSON.stringify({ draft });

/** The answers in a state the browser restored, if it is one `formState` made; else null. */
export function restoredDraft(state: string): Draft | null {
  try {
    const restored = validate(draftSchema(), (JSON.parse(state) as { draft?: unknown }).draft);
    return restored.success ? restored.data : null;
  } catch {
    // Not ours to read: the draft in storage is used instead.
    return null;
  }
}
