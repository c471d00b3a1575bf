import type { Submission } from './schema.js';

/** Why a submission waits in the outbox. */
export type QueueReason = 'offline' | 'network' | 'timeout' | 'server';

export type DeliveryResult =
  | { kind: 'sent' }
  /** `retryAfterMs`: how long a busy server (409, 429, 503) asked us to wait, when it said. */
  | { kind: 'retry'; reason: QueueReason; cause: unknown; retryAfterMs?: number }
  | { kind: 'refused'; status: number; cause: unknown };

/** A Retry-After header in milliseconds from `now`: whole seconds, or an HTTP date; null when missing or not understood. */
export function retryAfterMs(value: string | null, now = Date.now()): number | null {
  const text = value?.trim() ?? '';
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // A date needs letters ("Wed, 21 Oct 2015 07:28:00 GMT"): a bare "-5" is not one.
  const at = /[a-z]/i.test(text) ? Date.parse(text) : Number.NaN;
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/**
 * POSTs one submission as JSON, with its id as the Idempotency-Key, so a
 * server that got an earlier try (one that timed out here, say) can ignore
 * the repeat. 2xx: sent. 4xx: refused, and not tried again, except 408,
 * 429 and 409 (a server de-duplicating on the key says 409 to a repeat that
 * came while it is still working on an earlier copy), which ask us to wait.
 * 5xx, no network or no reply in time: tried again later.
 */
const WAIT_STATUSES = new Set([408, 409, 429]);
/** Replies whose Retry-After is honoured. */
const RETRY_AFTER_STATUSES = new Set([409, 429, 503]);

export async function deliver(action: string, submission: Submission, timeoutMs: number): Promise<DeliveryResult> {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) {
    return { kind: 'retry', reason: 'offline', cause: new Error('The browser is offline') };
  }
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(action, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Idempotency-Key': submission.id },
      body: JSON.stringify(submission),
      signal: controller.signal,
      credentials: 'same-origin',
    });
    const cause = new Error(`${response.status} ${response.statusText}`.trim());
    if (response.ok) return { kind: 'sent' };
    if (response.status >= 400 && response.status < 500 && !WAIT_STATUSES.has(response.status)) {
      return { kind: 'refused', status: response.status, cause };
    }
    const wait = RETRY_AFTER_STATUSES.has(response.status) ? retryAfterMs(response.headers.get('Retry-After')) : null;
    return wait === null
      ? { kind: 'retry', reason: 'server', cause }
      : { kind: 'retry', reason: 'server', cause, retryAfterMs: wait };
  } catch (cause) {
    return { kind: 'retry', reason: controller.signal.aborted ? 'timeout' : 'network', cause };
  } finally {
    clearTimeout(timer);
  }
}
