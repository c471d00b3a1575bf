import { safeUrl, type StorageAdapter } from '@coproduce/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { deliver, type DeliveryResult, type QueueReason } from './delivery.js';
import { holdPageLock, livePages, PAGE, withOutboxLock } from './locks.js';
import { MAX_RETRY_MS, openOutbox, retryDelay, type QueuedSubmission } from './outbox.js';
import type { Submission } from './schema.js';
import { sentMarks } from './sent-marks.js';

/** What the sender reads from its element, and what it tells it. */
export interface SenderOptions {
  /** Where to send. */
  action(): string | undefined;
  /** Inside a host form the element sends nothing itself. */
  inForm(): boolean;
  /** The project's storage adapter: where the outbox is kept (see `openOutbox`). */
  storage(): StorageAdapter;
  /** Milliseconds before a try is repeated (doubling each time, up to an hour), and how long a first try waits for an answer. */
  timing(): { retryBaseMs: number; timeoutMs: number };
  /** True while the element shows this submission as being sent: the person is there to see what becomes of it. */
  awaiting(id: string): boolean;
  /** The server refused a submission: one the person is waiting for (their answers are on screen), or one kept from before. */
  refused(id: string, status: number, personHere: boolean, cause: unknown): void;
  /** The server took a submission. */
  sent(id: string): void;
  /** A new submission could not be sent on its first try and is kept to send later. */
  queued(id: string, reason: QueueReason): void;
}

/**
 * How one try went. 'gone': another tab or form had already dealt with it.
 * 'unkept': not sent, and this browser keeps nothing to send it later.
 * 'interrupted': cut off by the page going, so nothing is known of it.
 * 'unsent' (only for a resumed submission): neither in the outbox nor
 * marked sent, so the page closed before it was kept: it was never sent.
 */
export type Outcome = 'sent' | 'queued' | 'refused' | 'unkept' | 'gone' | 'interrupted' | 'unsent';

/** What became of a new submission, and why when it could not be kept. */
export interface SendResult {
  outcome: Outcome;
  cause?: unknown;
}

/** A claim outlives its try by this much, so it never runs out while the try is still waiting. */
const LEASE_MARGIN_MS = 5000;
/** After a try with no answer, the next waits twice as long, up to a minute: a slow server is in the end waited for. */
const MAX_TIMEOUT_MS = 60_000;

/** Tells every sender on this page that the outbox changed, so one resuming a submission another form sent learns at once. */
const outboxChanged = new EventTarget();

/** True while another open page (or this one) is trying the entry. */
function isClaimed(entry: QueuedSubmission, now: number, live: ReadonlySet<string> | null): boolean {
  const { lease } = entry;
  if (!lease || lease.until <= now) return false;
  // A page that has closed holds no lock: its claim ends with it. Without Web Locks, only time ends it.
  return lease.page === PAGE || !live || live.has(lease.page);
}

/**
 * Sends submissions through the outbox: each is kept before its first try,
 * so a tab closed mid-send loses nothing, and tried again on a growing
 * timer, at once when the browser is back online, and whenever a page with a
 * form for the same address opens. The cross-tab lock is held only to read
 * and write the outbox: a submission is claimed for this page under it, sent
 * outside it, and what happened is written under it again, so a new Send is
 * never held up by another tab's slow server. Tells the element what each
 * try came to (`sent`, `queued`, `refused`), for its events.
 */
export class OutboxSender implements ReactiveController {
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  /** What each try made from this sender came to, so a resumed submission learns its fate however the race went. */
  private readonly outcomes = new Map<string, Outcome>();
  /** Resumed submissions whose fate is not known yet. */
  private readonly waiters = new Map<string, (outcome: Outcome) => void>();
  /** The flush made as the element connects; until it is done, an untried entry may yet be tried here. */
  private connecting: Promise<void> = Promise.resolve();
  private connected = false;
  /** The page is going: a try cut off by that says nothing about the server. */
  private leaving = false;
  private hidden = false;
  /** The page lock held for each of this sender's claims (see `holdPageLock`). */
  private readonly pageHolds = new Map<string, () => void>();
  /** Tries in flight: only while there are any is `beforeunload` listened to (it can keep a page out of the back/forward cache). */
  private inFlight = 0;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly isConnected: boolean },
    private readonly options: SenderOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('online', this.backOnline);
    window.addEventListener('pagehide', this.pageHidden);
    window.addEventListener('pageshow', this.pageShown);
    outboxChanged.addEventListener('change', this.settleWaiters);
    // A page opening is a good time to try again, whatever the wait.
    this.connected = false;
    this.connecting = this.flush(true).then(() => {
      this.connected = true;
    });
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.backOnline);
    window.removeEventListener('pagehide', this.pageHidden);
    window.removeEventListener('pageshow', this.pageShown);
    outboxChanged.removeEventListener('change', this.settleWaiters);
    clearTimeout(this.retryTimer);
  }

  /**
   * What became of a submission that was being sent when the page closed:
   * 'sent' (from here or elsewhere), 'refused' (on this try: the person's to
   * see), 'queued' (kept to send later), 'unsent' (the page closed before it
   * was kept, so it never went), or 'unkept' if the outbox cannot be read. Known after this page's own first flush, which tries it unless
   * another open page is; then once that page is done.
   */
  resume(id: string): Promise<Outcome> {
    const settled = new Promise<Outcome>((resolve) => this.waiters.set(id, resolve));
    void this.connecting.then(this.settleWaiters);
    return settled;
  }

  /**
   * Keeps a new submission and makes its first try. Where the browser keeps
   * nothing (sandboxed frames, blocked site data) the outbox is no use: one
   * try, straight away, and 'unkept' if it fails. Never rejects.
   */
  async send(submission: Submission, action: string): Promise<SendResult> {
    const entry: QueuedSubmission = {
      id: submission.id,
      action,
      submission,
      attempts: 0,
      nextAttemptAt: 0,
      queuedAt: submission.createdAt,
    };
    let claimed: QueuedSubmission;
    try {
      // Kept already claimed by this page, so no flush elsewhere sends it at the same time.
      claimed = await withOutboxLock(() => this.claim(entry));
    } catch (notKept) {
      return this.tryOnce(entry, notKept);
    }
    const outcome = await this.attempt(claimed);
    void this.scheduleRetry();
    return { outcome };
  }

  /** Sends what is due: on a timer; everything at once when the page opens or the browser is back online. */
  async flush(everything = false): Promise<void> {
    const tried = new Set<string>();
    try {
      for (
        let entry = await this.claimNext(everything, tried);
        entry;
        entry = await this.claimNext(everything, tried)
      ) {
        tried.add(entry.id);
        if ((await this.attempt(entry)) === 'interrupted') break;
      }
    } catch {
      // Storage refused: nothing is kept, so nothing waits to be sent.
    }
    await this.settleWaiters();
    await this.scheduleRetry();
  }

  private readonly backOnline = () => void this.flush(true);

  private readonly pageHidden = () => {
    this.leaving = this.hidden = true;
  };

  /** Firefox cuts off a page's requests as soon as a reload or a new address starts, before pagehide. */
  private readonly beforeUnload = () => {
    this.leaving = true;
    // Still here after all ("stay on this page"): not leaving.
    setTimeout(() => {
      this.leaving = this.hidden;
    }, 5000);
  };

  /** Back from the back/forward cache: what was cut off is tried again, and anything resumed learns its fate. */
  private readonly pageShown = (event: PageTransitionEvent) => {
    if (!event.persisted) return;
    this.leaving = this.hidden = false;
    void this.flush(true);
  };

  /** One try over the network, watching for the page going meanwhile. */
  private async deliverWatched(entry: QueuedSubmission): Promise<DeliveryResult> {
    if (this.inFlight++ === 0) window.addEventListener('beforeunload', this.beforeUnload);
    try {
      return await deliver(entry.action, entry.submission, this.timeoutOf(entry));
    } finally {
      if (--this.inFlight === 0) window.removeEventListener('beforeunload', this.beforeUnload);
    }
  }

  /** The queued submissions this form sends: those for its `action`, not refused. */
  private async waiting(): Promise<QueuedSubmission[]> {
    // Resolved, so "/api" and "https://site/api" are the same outbox; never an address that is not http(s).
    const address = safeUrl(this.options.action());
    if (!address || this.options.inForm()) return [];
    return (await (await this.outbox()).list()).filter((entry) => !entry.refused && safeUrl(entry.action) === address);
  }

  private outbox() {
    return openOutbox(this.options.storage());
  }

  /** How long a try of this entry waits for an answer. */
  private timeoutOf(entry: QueuedSubmission): number {
    return entry.timeoutMs ?? this.options.timing().timeoutMs;
  }

  /** Writes the entry claimed by this page for one try, holding the page lock until the try is written (`attempt`). Under the outbox lock. */
  private async claim(entry: QueuedSubmission): Promise<QueuedSubmission> {
    const letGo = await holdPageLock();
    const claimed = { ...entry, lease: { page: PAGE, until: Date.now() + this.timeoutOf(entry) + LEASE_MARGIN_MS } };
    try {
      await (await this.outbox()).put(claimed);
    } catch (notKept) {
      letGo();
      throw notKept;
    }
    this.pageHolds.set(claimed.id, letGo);
    return claimed;
  }

  /** Claims the next submission due that nobody is trying, or null. */
  private claimNext(everything: boolean, skip: ReadonlySet<string>): Promise<QueuedSubmission | null> {
    return withOutboxLock(async () => {
      const now = Date.now();
      const live = await livePages();
      const waiting = await this.waiting();
      // Sent by a page that went before it could remove it: removed here, never sent again.
      const outbox = await this.outbox();
      for (const entry of waiting) if (this.markedSent(entry.id)) await outbox.remove(entry.id);
      const due = waiting.find(
        (entry) =>
          !skip.has(entry.id) &&
          !this.markedSent(entry.id) &&
          !isClaimed(entry, now, live) &&
          (everything || entry.nextAttemptAt <= now),
      );
      return due ? this.claim(due) : null;
    });
  }

  /** True when a server has said it has this submission (see `sentMarks`). */
  private markedSent(id: string): boolean {
    return sentMarks.has(this.options.storage(), id);
  }

  /** One try of a claimed submission; the page lock its claim took is let go once it is written. */
  private async attempt(claimed: QueuedSubmission): Promise<Outcome> {
    try {
      return await this.tryClaimed(claimed);
    } finally {
      this.pageHolds.get(claimed.id)?.();
      this.pageHolds.delete(claimed.id);
    }
  }

  /** One try of a claimed submission, outside the lock; what happened is written under it. */
  private async tryClaimed(claimed: QueuedSubmission): Promise<Outcome> {
    const result = await this.deliverWatched(claimed);
    // Marked at once, in the same task as the reply: the page may go before the outbox is written.
    if (result.kind === 'sent') sentMarks.mark(this.options.storage(), claimed.id);
    // Cut off by a reload or a closed tab: nothing is written, and the next page takes it over (this page's claim ends with it).
    if (result.kind !== 'sent' && this.leaving) return 'interrupted';
    // A refusal is removed from the outbox only if the person is there to see it, with their answers.
    const personHere = this.options.awaiting(claimed.id);
    let outcome: Outcome;
    try {
      outcome = await withOutboxLock(async () => {
        const written = await this.record(claimed, result, personHere);
        // Remembered before the lock is let go, so a resume never reads a removed entry as sent.
        if (written !== 'gone') this.outcomes.set(claimed.id, written);
        return written;
      });
    } catch {
      // Not written (storage went): tried again when the claim runs out, and the server can ignore a repeat.
      outcome = result.kind === 'sent' ? 'sent' : 'queued';
      this.outcomes.set(claimed.id, outcome);
    }
    if (outcome === 'sent') this.options.sent(claimed.id);
    if (outcome === 'refused' && result.kind === 'refused')
      this.options.refused(claimed.id, result.status, personHere, result.cause);
    if (outcome === 'queued' && result.kind === 'retry' && claimed.attempts === 0)
      this.options.queued(claimed.id, result.reason);
    this.settle(claimed.id);
    outboxChanged.dispatchEvent(new Event('change'));
    return outcome;
  }

  private settle(id: string, outcome = this.outcomes.get(id)): void {
    const waiter = this.waiters.get(id);
    if (!waiter || !outcome) return;
    this.waiters.delete(id);
    waiter(outcome);
  }

  /** Settles resumed submissions whose fate the outbox now shows; those another open page is trying wait. */
  private readonly settleWaiters = async (): Promise<void> => {
    if (!this.connected || !this.waiters.size) return;
    const ids = [...this.waiters.keys()];
    let found: Map<string, Outcome>;
    /** Refused when another form tried it: the person here still needs the reason. */
    const refusedElsewhere = new Map<string, number>();
    try {
      found = await withOutboxLock(async () => {
        const outbox = await this.outbox();
        const now = Date.now();
        const live = await livePages();
        const states = new Map<string, Outcome>();
        for (const id of ids) {
          const known = this.outcomes.get(id);
          const entry = known ? undefined : await outbox.get(id);
          if (entry?.refused) refusedElsewhere.set(id, entry.refused.status);
          // Gone from the outbox: sent if a server said so; otherwise it was never kept, so never sent.
          // (A refusal seen by the person is removed only by a try that told them.)
          const outcome =
            known ??
            (this.markedSent(id)
              ? 'sent'
              : !entry
                ? 'unsent'
                : entry.refused
                  ? 'refused'
                  : isClaimed(entry, now, live)
                    ? null
                    : 'queued');
          if (outcome) states.set(id, outcome);
        }
        return states;
      });
    } catch {
      found = new Map(ids.map((id) => [id, 'unkept']));
    }
    for (const [id, status] of refusedElsewhere)
      this.options.refused(id, status, true, new Error(`Refused (${status}) when sent from another form`));
    for (const [id, outcome] of found) this.settle(id, outcome);
  };

  /** Writes what a try came to. Under the outbox lock. */
  private async record(claimed: QueuedSubmission, result: DeliveryResult, personHere: boolean): Promise<Outcome> {
    const outbox = await this.outbox();
    // As stored now: if this page's claim ran out, another may have taken it over.
    const stored = await outbox.get(claimed.id);
    // Sent by another page's try meanwhile, whatever this one came to.
    if (result.kind === 'sent' || (this.markedSent(claimed.id) && !stored?.refused)) {
      if (stored) await outbox.remove(claimed.id);
      return 'sent';
    }
    if (!stored || stored.refused) return 'gone';
    const { lease: _claim, ...entry } = stored;
    if (result.kind === 'refused') {
      // The person's to see, with their answers still on screen; otherwise kept, marked.
      if (personHere) await outbox.remove(entry.id);
      else await outbox.put({ ...entry, refused: { status: result.status, at: new Date().toISOString() } });
      return 'refused';
    }
    // Another page's claim now: it will write what its own try came to.
    if (stored.lease?.page !== PAGE || stored.lease.until !== claimed.lease?.until) return 'queued';
    const attempts = entry.attempts + 1;
    const base = this.options.timing().retryBaseMs;
    // A busy server's own Retry-After, within reason; otherwise doubling, with jitter.
    const wait =
      result.retryAfterMs === undefined
        ? retryDelay(attempts, base)
        : Math.min(Math.max(result.retryAfterMs, base), MAX_RETRY_MS);
    const tried = this.timeoutOf(claimed);
    const timeoutMs = result.reason === 'timeout' ? Math.min(tried * 2, Math.max(MAX_TIMEOUT_MS, tried)) : tried;
    await outbox.put({ ...entry, attempts, nextAttemptAt: Date.now() + wait, timeoutMs });
    return 'queued';
  }

  /** One try with nothing kept: sent, refused, or 'unkept' with both reasons. */
  private async tryOnce(entry: QueuedSubmission, notKept: unknown): Promise<SendResult> {
    const result = await deliver(entry.action, entry.submission, this.options.timing().timeoutMs);
    if (result.kind === 'sent') {
      sentMarks.mark(this.options.storage(), entry.id);
      this.options.sent(entry.id);
      return { outcome: 'sent' };
    }
    if (result.kind === 'refused') {
      this.options.refused(entry.id, result.status, true, result.cause);
      return { outcome: 'refused' };
    }
    return {
      outcome: 'unkept',
      cause: new AggregateError([notKept, result.cause], 'Not sent, and this browser keeps nothing to send later'),
    };
  }

  /** Wakes when the next submission is due, or when another page's claim on one runs out. */
  private async scheduleRetry(): Promise<void> {
    clearTimeout(this.retryTimer);
    const waiting = await this.waiting().catch(() => []);
    if (!waiting.length || !this.host.isConnected) return;
    const now = Date.now();
    const live = await livePages();
    const next = Math.min(
      ...waiting.map((entry) => Math.max(entry.nextAttemptAt, isClaimed(entry, now, live) ? entry.lease!.until : 0)),
    );
    this.retryTimer = setTimeout(() => void this.flush(), Math.max(0, next - now));
  }
}
