import type { Submission } from './schema.js';

/** Why a submission waits in the outbox. */
export type QueueReason = 'offline' | 'network' | 'timeout' | 'server';

export type DeliveryResult =
  | { kind: 'sent' }
  | { kind: 'retry'; reason: QueueReason; cause: unknown }
  | { kind: 'refused'; status: number; cause: unknown };

/**
 * POSTs one submission as JSON. 2xx: sent. 4xx: refused, and not tried again
 * (except 408 and 429, which ask us to wait). 5xx, no network or no reply in
 * time: tried again later.
 */
export async function deliver(action: string, submission: Submission, timeoutMs: number): Promise<DeliveryResult> {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) {
    return { kind: 'retry', reason: 'offline', cause: new Error('The browser is offline') };
  }
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(action, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(submission),
      signal: controller.signal,
      credentials: 'same-origin',
    });
    const cause = new Error(`${response.status} ${response.statusText}`.trim());
    if (response.ok) return { kind: 'sent' };
    if (response.status >= 400 && response.status < 500 && response.status !== 408 && response.status !== 429) {
      return { kind: 'refused', status: response.status, cause };
    }
    return { kind: 'retry', reason: 'server', cause };
  } catch (cause) {
    return { kind: 'retry', reason: controller.signal.aborted ? 'timeout' : 'network', cause };
  } finally {
    clearTimeout(timer);
  }
}
