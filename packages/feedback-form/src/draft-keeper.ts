import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { drafts, type DraftLoad } from './draft.js';
import type { Draft } from './schema.js';

/** What the draft keeper needs from its element. */
export interface DraftHost extends ReactiveControllerHost, HTMLElement {
  readonly storageKey: string | undefined;
  readonly name: string | undefined;
  readonly form: HTMLFormElement | null;
  /** The answers to keep now, or null while they are not the person's to change (being sent, or done). */
  draftToKeep(): Draft | null;
}

/** Nothing answered and nothing typed about a reply: there is nothing to keep. */
function isEmpty(draft: Draft): boolean {
  return Object.keys(draft.answers).length === 0 && !draft.wantsReply && !draft.name && !draft.reply && !draft.consent;
}

/**
 * Keeps the person's unsent answers in this browser: after a short pause in
 * typing, when the page goes and when the element leaves it. Forgets them
 * once they are sent or cleared, or when a host form is submitted with them.
 */
export class DraftKeeper implements ReactiveController {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private form: HTMLFormElement | null = null;
  /** The host form's submit that took the answers, until the person changes something. */
  private submitted: Event | null = null;

  constructor(private readonly host: DraftHost) {
    host.addController(this);
  }

  /** One key per page and form name, unless the host chose one. */
  get key(): string {
    const { storageKey, name } = this.host;
    return `coproduce:feedback-draft:${storageKey ?? `${location.pathname}#${name ?? 'feedback'}`}`;
  }

  hostConnected(): void {
    window.addEventListener('pagehide', this.saveNow);
    this.form = this.host.form;
    this.form?.addEventListener('submit', this.hostFormSubmitted);
  }

  hostDisconnected(): void {
    this.saveNow();
    window.removeEventListener('pagehide', this.saveNow);
    this.form?.removeEventListener('submit', this.hostFormSubmitted);
    this.form = null;
  }

  load(): DraftLoad {
    return drafts.load(this.key);
  }

  /** The answers changed: kept once typing pauses. */
  changed(): void {
    this.submitted = null;
    clearTimeout(this.timer);
    this.timer = setTimeout(this.saveNow, 300);
  }

  /** Kept at once with the id being sent: reopened mid-send, the page resumes it instead of offering it again. */
  keepSending(draft: Draft, id: string): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    drafts.save(this.key, { ...draft, sendingId: id });
  }

  /** Forgets the kept answers. */
  clear(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    drafts.clear(this.key);
  }

  readonly saveNow = (): void => {
    clearTimeout(this.timer);
    this.timer = undefined;
    // Sent with the host form: the page going next (pagehide) must not keep them for the next person.
    if (this.submitted && !this.submitted.defaultPrevented) return;
    const draft = this.host.draftToKeep();
    if (!draft) return;
    if (isEmpty(draft)) drafts.clear(this.key);
    else drafts.save(this.key, draft);
  };

  private readonly hostFormSubmitted = (event: Event) => {
    // Once the browser is sending the host form, the draft has done its job. A host that
    // cancels the submit to send it itself keeps the draft until it resets the form.
    // Whether it cancelled is known only once every listener has run.
    this.submitted = event;
    setTimeout(() => {
      if (!event.defaultPrevented) drafts.clear(this.key);
    });
  };
}
