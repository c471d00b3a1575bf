import {
  safeUrl,
  type Announcer,
  type FocusController,
  type ProblemsController,
  type StorageAdapter,
} from '@coproduce/core';
import type { ReactiveControllerHost } from 'lit';
import { submissionId } from './answers.js';
import type { QueueReason } from './delivery.js';
import type { DraftKeeper } from './draft-keeper.js';
import type { FieldProblems } from './field-problems.js';
import type { FeedbackFormKey } from './i18n/catalogues.js';
import type { Draft, Submission } from './schema.js';
import { OutboxSender, type Outcome } from './sender.js';

/**
 * Where the person is: writing, sending, done, or done with the feedback kept
 * to send later; or back on a page closed mid-send, waiting to hear of it.
 */
export type Stage = 'writing' | 'sending' | 'resuming' | 'sent' | 'queued';

export interface SendingOptions {
  problems: ProblemsController<FeedbackFormKey>;
  focus: FocusController;
  announcer: Announcer;
  drafts: DraftKeeper;
  fieldProblems: FieldProblems;
  t(key: FeedbackFormKey): string;
  action(): string | undefined;
  /** Inside a host form the element sends nothing itself. */
  inForm(): boolean;
  /** The project's storage adapter, where the outbox is kept. */
  storage(): StorageAdapter;
  /** How soon after the form appears a send is believed, how long tries wait, and for an answer. */
  timing(): { minimumMs: number; retryBaseMs: number; timeoutMs: number };
  draft(): Draft;
  /** The answers as a submission with this id, timed from `startedAt`. */
  submission(id: string, startedAt: number): Submission;
  /** Tells the host a submission is about to go; false if it cancelled (it sends it itself). */
  sending(submission: Submission): boolean;
  sent(id: string): void;
  queued(id: string, reason: QueueReason): void;
}

/** An address attribute must be http(s) or relative: anything else (`javascript:`…) is reported, never linked to or posted to. */
export function checkAddress(
  problems: ProblemsController<FeedbackFormKey>,
  attribute: string,
  value: string | undefined,
  key: FeedbackFormKey,
): void {
  if (!value || safeUrl(value)) problems.clear(attribute);
  else problems.set(attribute, { code: 'invalid-attribute', key }, new Error(`Not an http(s) address: ${value}`));
}

/**
 * A submission's life: checked, sent through the outbox (or only announced,
 * without `action`), settled as sent, kept, refused or not kept, and
 * followed after a reload in the middle of it. Each submission has one id,
 * the same on every try, so a server can ignore a repeat; changed after a
 * refusal, it is a new one.
 */
export class Sending {
  private current: Stage = 'writing';
  /** The id of the submission being written: one per submission, so a server can spot a repeat. */
  private pendingId: string | null = null;
  /** The id of a submission tried but not kept: changed, it becomes a new one. */
  private triedId: string | null = null;
  private triedTooFast = false;
  private startedAt = Date.now();
  private readonly sender: OutboxSender;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: SendingOptions,
  ) {
    this.sender = new OutboxSender(host, {
      action: options.action,
      inForm: options.inForm,
      storage: options.storage,
      timing: options.timing,
      awaiting: (id) => (this.stage === 'sending' || this.stage === 'resuming') && this.pendingId === id,
      refused: (_id, _status, personHere, cause) => this.refused(personHere, cause),
      sent: options.sent,
      queued: options.queued,
    });
  }

  get stage(): Stage {
    return this.current;
  }

  /** The id the answers would go under now, if they have one yet. */
  get id(): string | null {
    return this.pendingId;
  }

  /** The answers as they would be sent now (giving them an id if they have none). */
  submission(): Submission {
    this.pendingId ??= submissionId();
    return this.options.submission(this.pendingId, this.startedAt);
  }

  /** The person changed the answers: a send refused for coming too soon, or not kept, is forgotten. */
  changed(): void {
    this.triedTooFast = false;
    if (this.pendingId && this.pendingId === this.triedId) this.pendingId = null;
  }

  /** The answers were cleared: the next ones are a new submission. */
  forget(): void {
    this.pendingId = null;
  }

  /** A new `action`: checked, and anything kept for it sent. */
  actionChanged(started: boolean): void {
    checkAddress(this.options.problems, 'action', this.options.action(), 'error.action');
    if (started) void this.sender.flush(true);
  }

  async send(): Promise<void> {
    const { problems, focus, fieldProblems, drafts } = this.options;
    const action = this.options.action();
    if (this.stage === 'sending' || this.options.inForm() || !fieldProblems.showAll()) return;
    if (Date.now() - this.startedAt < this.options.timing().minimumMs && !this.triedTooFast) {
      this.triedTooFast = true;
      problems.set(
        'fast',
        { code: 'sent-too-soon', key: 'error.tooFast' },
        new Error('Sent within seconds of the form appearing'),
      );
      return focus.after('#problems');
    }
    if (action && !safeUrl(action)) {
      checkAddress(problems, 'action', action, 'error.action');
      return focus.after('#problems');
    }
    for (const source of ['fast', 'refused', 'unkept']) problems.clear(source);
    const submission = this.submission();
    if (!this.options.sending(structuredClone(submission)) || !action) return this.finish('sent');
    this.setStage('sending');
    drafts.keepSending(this.options.draft(), submission.id);
    // Kept as the whole address, so a page elsewhere on the site that sends it later posts to the same place.
    const { outcome, cause } = await this.sender.send(submission, safeUrl(action) ?? action);
    this.settled(outcome, cause, true);
  }

  /**
   * Closed or reloaded mid-send: the outbox has it, so it is never offered to
   * send again, only followed. If the page closed before it was kept (not in
   * the outbox, and no server said it has it), it never went: the answers
   * come back, under the same id.
   */
  async resume(id: string): Promise<void> {
    this.setStage('resuming');
    this.pendingId = id;
    this.settled(await this.sender.resume(id), null, false);
  }

  /** Back to an empty form after thanks, timed afresh. */
  again(): void {
    this.setStage('writing');
    this.startedAt = Date.now();
  }

  /** Where the person goes once a send is settled. `pressed`: they pressed Send just now, so focus follows; otherwise it is announced. */
  private settled(outcome: Outcome, cause: unknown, pressed: boolean): void {
    // The page is going: the draft keeps the id, so the next page (or this one, back from the cache) follows it.
    if (outcome === 'interrupted') {
      void this.resume(this.pendingId!);
      return;
    }
    if (outcome !== 'refused' && outcome !== 'unkept' && outcome !== 'unsent') {
      this.finish(outcome === 'queued' ? 'queued' : 'sent', pressed);
      return;
    }
    this.setStage('writing');
    // Sent again unchanged, it keeps its id, so a server that did get it can ignore the repeat.
    if (outcome !== 'refused') this.triedId = this.pendingId;
    if (outcome === 'unsent') this.options.announcer.say(this.options.t('announce.notSent'));
    if (outcome === 'unkept') {
      this.options.problems.set('unkept', { code: 'storage-unavailable', key: 'error.notKept' }, cause);
      this.options.focus.after('#problems');
    }
    // Kept again as answers to finish, no longer as feedback being sent.
    this.options.drafts.saveNow();
  }

  /** The server refused a submission: the one the person is waiting for, or one kept from before. */
  private refused(personHere: boolean, cause: unknown): void {
    // The status code is for the host, in the event's cause; people see plain words.
    this.options.problems.set(
      'refused',
      { code: 'send-refused', key: personHere ? 'error.refused' : 'error.queuedRefused' },
      cause,
    );
    if (!personHere) return;
    // Changed and sent again, it is a new submission.
    this.pendingId = null;
    this.options.focus.after('#problems');
  }

  private finish(stage: 'sent' | 'queued', pressed = true): void {
    this.setStage(stage);
    this.pendingId = null;
    this.options.drafts.clear();
    if (pressed) this.options.focus.after('#done-heading');
    else this.options.announcer.say(this.options.t(stage === 'sent' ? 'sent.body' : 'queued.heading'));
  }

  private setStage(stage: Stage): void {
    this.current = stage;
    this.host.requestUpdate();
  }
}
