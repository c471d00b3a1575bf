import type * as z from 'zod/mini';
import { describeIssues, validate } from '../schema.js';
import type { StorageAdapter } from './adapter.js';

/**
 * How one kind of document is stored: a named, versioned envelope around data
 * that a zod schema validates. `migrations[n]` turns version n data into n + 1.
 */
export interface DocumentFormat<T> {
  format: string;
  version: number;
  schema: z.ZodMiniType<T>;
  migrations?: Record<number, (data: unknown) => unknown>;
}

/** What is written to storage and to exported files. */
export interface DocumentEnvelope<T> {
  format: string;
  version: number;
  savedAt: string;
  data: T;
}

export type UnreadableReason = 'not-json' | 'wrong-format' | 'newer-version' | 'invalid';

export type ParseResult<T> =
  | { ok: true; data: T; migratedFrom: number | null }
  | { ok: false; reason: UnreadableReason; cause: unknown };

/**
 * Reads a document from text or an already-parsed value: an envelope of this
 * format (migrated up to the current version), or bare data of the current version.
 */
export function parseDocument<T>(input: unknown, format: DocumentFormat<T>): ParseResult<T> {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (cause) {
      return { ok: false, reason: 'not-json', cause };
    }
  }
  let data: unknown = value;
  let version = format.version;
  if (isEnvelope(value)) {
    if (value.format !== format.format) {
      return {
        ok: false,
        reason: 'wrong-format',
        cause: new Error(`Expected ${format.format}, found ${value.format}`),
      };
    }
    if (value.version > format.version) {
      return {
        ok: false,
        reason: 'newer-version',
        cause: new Error(`Saved by format version ${value.version}; this copy reads up to ${format.version}`),
      };
    }
    data = value.data;
    version = value.version;
  }
  const startVersion = version;
  try {
    while (version < format.version) {
      const migrate = format.migrations?.[version];
      if (!migrate) throw new Error(`No migration from format version ${version}`);
      data = migrate(data);
      version++;
    }
  } catch (cause) {
    return { ok: false, reason: 'invalid', cause };
  }
  const checked = validate(format.schema, data);
  if (!checked.success) {
    return { ok: false, reason: 'invalid', cause: new Error(describeIssues(checked.error), { cause: checked.error }) };
  }
  return { ok: true, data: checked.data, migratedFrom: startVersion === format.version ? null : startVersion };
}

function isEnvelope(value: unknown): value is DocumentEnvelope<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { format?: unknown }).format === 'string' &&
    typeof (value as { version?: unknown }).version === 'number' &&
    'data' in value
  );
}

export function toEnvelope<T>(data: T, format: DocumentFormat<T>, now = new Date()): DocumentEnvelope<T> {
  return { format: format.format, version: format.version, savedAt: now.toISOString(), data };
}

export type LoadResult<T> =
  | { status: 'empty' }
  | { status: 'loaded'; data: T; migratedFrom: number | null }
  /** Present but unreadable: the raw text was copied to `backupKey` (null if even that failed). */
  | { status: 'unreadable'; reason: UnreadableReason; backupKey: string | null; cause: unknown }
  | { status: 'unavailable'; cause: unknown };

/**
 * Loads the document under `key`. Unreadable data is never deleted: it is
 * copied aside under `<key>:unreadable:<time>` so that someone can recover it,
 * except data from a newer version, which is left where it is, untouched.
 */
export function loadDocument<T>(adapter: StorageAdapter, key: string, format: DocumentFormat<T>): LoadResult<T> {
  let raw: string | null;
  try {
    raw = adapter.getItem(key);
  } catch (cause) {
    return { status: 'unavailable', cause };
  }
  if (raw === null) return { status: 'empty' };
  const parsed = parseDocument(raw, format);
  if (parsed.ok) return { status: 'loaded', data: parsed.data, migratedFrom: parsed.migratedFrom };
  if (parsed.reason === 'newer-version') {
    return { status: 'unreadable', reason: parsed.reason, backupKey: key, cause: parsed.cause };
  }
  return { status: 'unreadable', reason: parsed.reason, backupKey: keepAside(adapter, key, raw), cause: parsed.cause };
}

/** Copies unreadable text to a backup key; returns the key, or null if it could not be written. */
export function keepAside(adapter: StorageAdapter, key: string, raw: string, now = new Date()): string | null {
  const existing = adapter.keys(`${key}:unreadable:`);
  for (const backupKey of existing) {
    // The same damaged text seen again (another tab, a reload) is kept once.
    if (adapter.getItem(backupKey) === raw) return backupKey;
  }
  const backupKey = `${key}:unreadable:${now.toISOString()}`;
  try {
    adapter.setItem(backupKey, raw);
    return backupKey;
  } catch {
    return null;
  }
}

export type SaveResult = { ok: true } | { ok: false; reason: 'full' | 'unavailable'; cause: unknown };

export function saveDocument<T>(adapter: StorageAdapter, key: string, data: T, format: DocumentFormat<T>): SaveResult {
  try {
    adapter.setItem(key, JSON.stringify(toEnvelope(data, format)));
    return { ok: true };
  } catch (cause) {
    return { ok: false, reason: isQuotaError(cause) ? 'full' : 'unavailable', cause };
  }
}

function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error.code === 22)
  );
}
