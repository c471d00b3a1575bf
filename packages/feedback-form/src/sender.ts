import { emit, safeUrl } from '@coproduce/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { deliver } from './delivery.js';
import { openOutbox, retryDelay, withOutboxLock, type QueuedSubmission } from './outbox.js';
import type { Submission } from './schema.js';

/** What the sender needs from its element. */
export interface SenderHost extends ReactiveControllerHost, HTMLElement {
  readonly action: string | undefined;
  /** Inside a host form the element sends nothing itself. */
  readonly inForm: boolean;
  /** Milliseconds before a try is repeated; it doubles each time, up to an hour. */
  readonly retryBaseMs: number;
  readonly timeoutMs: number;
  /** The server refused a submission: on its first try (the person is still there) or a later one. */
  refused(status: number, firstTry: boolean, cause: unknown): void;
}

/**
 * How one try went. 'gone': another tab or form had already dealt with it.
 * 'unkept': not sent, and this browser keeps nothing to send it later.
 */
export type Outcome = 'sent' | 'queued' | 'refused' | 'unkept' | 'gone';

/** What became of a new submission, and why when it could not be kept. */
export interface SendResult {
  outcome: Outcome;
  cause?: unknown;
}

/**
 * Sends submissions through the outbox: each is kept before its first try,
 * so a tab closed mid-send loses nothing, and tried again on a growing
 * timer, at once when the browser is back online, and whenever a page with a
 * form for the same address opens. Fires `feedback-sent` and
 * `feedback-queued` on the element.
 */
export class OutboxSender implements ReactiveController {
  private retryTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: SenderHost) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('online', this.backOnline);
    // A page opening is a good time to try again, whatever the wait.
    void this.flush(true);
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.backOnline);
    clearTimeout(this.retryTimer);
  }

  /**
   * Keeps a new submission and makes its first try. Where the browser keeps
   * nothing (sandboxed frames, blocked site data) the outbox is no use: one
   * try, straight away, and 'unkept' if it fails. Never rejects.
   */
  async send(submission: Submission, action: string): Promise<SendResult> {
    const entry: QueuedSubmission = { id: submission.id, action, submission, attempts: 0, nextAttemptAt: 0, queuedAt: submission.createdAt };
    let notKept: unknown = null;
    let outcome: Outcome | null = null;
    try {
      // Kept and first tried under the lock, so a flush elsewhere cannot send it at the same time.
      outcome = await withOutboxLock(async () => {
        try {
          await (await openOutbox()).put(entry);
        } catch (error) {
          notKept = error;
          return null;
        }
        return this.attempt(entry);
      });
    } catch (error) {
      notKept = error;
    }
    if (outcome) {
      void this.scheduleRetry();
      return { outcome };
    }
    return this.tryOnce(entry, notKept);
  }

  /** Sends what is due: on a timer; everything at once when the page opens or the browser is back online. */
  async flush(everything = false): Promise<void> {
    try {
      await withOutboxLock(async () => {
        const now = Date.now();
        for (const entry of await this.waiting()) {
          if (everything || entry.nextAttemptAt <= now) await this.attempt(entry);
        }
      });
    } catch {
      // Storage refused: nothing is kept, so nothing waits to be sent.
    }
    await this.scheduleRetry();
  }

  /** One try with nothing kept: sent, refused, or 'unkept' with both reasons. */
  private async tryOnce(entry: QueuedSubmission, notKept: unknown): Promise<SendResult> {
    const result = await deliver(entry.action, entry.submission, this.host.timeoutMs);
    if (result.kind === 'sent') {
      emit(this.host, 'feedback-sent', { id: entry.id });
      return { outcome: 'sent' };
    }
    if (result.kind === 'refused') {
      this.host.refused(result.status, true, result.cause);
      return { outcome: 'refused' };
    }
    return { outcome: 'unkept', cause: new AggregateError([notKept, result.cause], 'Not sent, and this browser keeps nothing to send later') };
  }

  private readonly backOnline = () => void this.flush(true);

  /** The queued submissions this form sends: those for its `action`, not refused. */
  private async waiting(): Promise<QueuedSubmission[]> {
    const { action, inForm } = this.host;
    // Resolved, so "/api" and "https://site/api" are the same outbox; never an address that is not http(s).
    const address = safeUrl(action);
    if (!address || inForm) return [];
    return (await (await openOutbox()).list()).filter((entry) => !entry.refused && safeUrl(entry.action) === address);
  }

  /** One try, under the outbox lock; the outbox is updated with what happened. */
  private async attempt(queued: QueuedSubmission): Promise<Outcome> {
    const outbox = await openOutbox();
    // As stored now: another tab or form may have sent or tried it meanwhile.
    const entry = await outbox.get(queued.id);
    if (!entry || entry.refused) return 'gone';
    const result = await deliver(entry.action, entry.submission, this.host.timeoutMs);
    if (result.kind === 'sent') {
      await outbox.remove(entry.id);
      emit(this.host, 'feedback-sent', { id: entry.id });
      return 'sent';
    }
    if (result.kind === 'refused') {
      const firstTry = entry.attempts === 0;
      // A first refusal is the person's to see, with their answers still on screen; a later one is kept, marked.
      if (firstTry) await outbox.remove(entry.id);
      else await outbox.put({ ...entry, refused: { status: result.status, at: new Date().toISOString() } });
      this.host.refused(result.status, firstTry, result.cause);
      return 'refused';
    }
    const attempts = entry.attempts + 1;
    await outbox.put({ ...entry, attempts, nextAttemptAt: Date.now() + retryDelay(attempts, this.host.retryBaseMs) });
    if (entry.attempts === 0) emit(this.host, 'feedback-queued', { id: entry.id, reason: result.reason });
    return 'queued';
  }

  private async scheduleRetry(): Promise<void> {
    clearTimeout(this.retryTimer);
    const waiting = await this.waiting().catch(() => []);
    if (!waiting.length || !this.host.isConnected) return;
    const next = Math.min(...waiting.map((entry) => entry.nextAttemptAt));
    this.retryTimer = setTimeout(() => void this.flush(), Math.max(0, next - Date.now()));
  }
}
