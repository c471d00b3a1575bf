import { localStorageAdapter, type ProjectContextValue, type StorageAdapter } from '@coproduce/core';
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { drafts, type DraftLoad } from './draft.js';
import type { Draft } from './schema.js';

export interface DraftKeeperOptions {
  /** Where the answers are kept, read as each update starts: the element's `storage-key`, `name` and project. */
  place(): { storageKey: string | undefined; name: string | undefined; project: ProjectContextValue | undefined };
  /** The answers to keep now, or null while they are not the person's to change (being sent, or done). */
  toKeep(): Draft | null;
  /** What was found where the answers are kept, read before the first render. */
  loaded(load: DraftLoad): void;
}

/** Nothing answered and nothing typed about a reply: there is nothing to keep. */
function isEmpty(draft: Draft): boolean {
  return Object.keys(draft.answers).length === 0 && !draft.wantsReply && !draft.name && !draft.reply && !draft.consent;
}

/**
 * Keeps the person's unsent answers through the project's storage adapter
 * (localStorage when there is no project): after a short pause in typing,
 * when the page goes and when the element leaves it. Forgets them once they
 * are sent or cleared, or when a host form is submitted with them.
 */
export class DraftKeeper implements ReactiveController {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private adapter: StorageAdapter | null = null;
  private key = '';
  /** The host form's submit that took the answers, until the person changes something. */
  private submitted: Event | null = null;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: DraftKeeperOptions,
  ) {
    host.addController(this);
  }

  /**
   * True when the answers can be kept where they are kept (a browser may
   * refuse storage). Drawn on a server there is no storage to try: the form
   * says what it says in a browser that keeps them, which the browser's own
   * drawing corrects if not.
   */
  get canKeep(): boolean {
    if (isServer) return true;
    return drafts.canKeep(this.adapter ?? this.place().adapter);
  }

  hostConnected(): void {
    window.addEventListener('pagehide', this.saveNow);
  }

  hostDisconnected(): void {
    this.saveNow();
    window.removeEventListener('pagehide', this.saveNow);
  }

  /**
   * Binds to where the answers are kept before each update: the first time,
   * what is kept there is read; after that (a new `storage-key`, a project
   * found late), what is on screen is kept in the new place, never lost.
   */
  hostUpdate(): void {
    const { adapter, key } = this.place();
    if (adapter === this.adapter && key === this.key) return;
    const first = this.adapter === null;
    this.adapter = adapter;
    this.key = key;
    if (first) this.options.loaded(drafts.load(adapter, key));
    else this.saveNow();
  }

  /** The answers changed: kept once typing pauses. */
  changed(): void {
    this.submitted = null;
    clearTimeout(this.timer);
    this.timer = setTimeout(this.saveNow, 300);
  }

  /** Kept at once with the id being sent: reopened mid-send, the page resumes it instead of offering it again. */
  keepSending(draft: Draft, id: string): void {
    this.stopTimer();
    if (this.adapter) drafts.save(this.adapter, this.key, { ...draft, sendingId: id });
  }

  /** Forgets the kept answers. */
  clear(): void {
    this.stopTimer();
    if (this.adapter) drafts.clear(this.adapter, this.key);
  }

  readonly saveNow = (): void => {
    this.stopTimer();
    // Sent with the host form: the page going next (pagehide) must not keep them for the next person.
    if (!this.adapter || (this.submitted && !this.submitted.defaultPrevented)) return;
    const draft = this.options.toKeep();
    if (!draft) return;
    if (isEmpty(draft)) drafts.clear(this.adapter, this.key);
    else drafts.save(this.adapter, this.key, draft);
  };

  /**
   * The host form was submitted with the answers. Once the browser is sending
   * it, the draft has done its job, and `done` is called (it clears the
   * answers, and with them what is kept); a host that cancels the submit to
   * send it itself keeps the draft until it resets the form. Whether it
   * cancelled is known only once every listener has run, and by then the
   * browser has read the form's data.
   */
  formSubmitted(event: Event, done: () => void): void {
    this.submitted = event;
    setTimeout(() => {
      if (!event.defaultPrevented) done();
    });
  }

  private stopTimer(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** One key per page and form name unless the host chose one, inside the project's own keys when there is one. */
  private place(): { adapter: StorageAdapter; key: string } {
    const { storageKey, name, project } = this.options.place();
    const where = `feedback-draft:${storageKey ?? `${location.pathname}#${name ?? 'feedback'}`}`;
    return {
      adapter: project?.storage ?? localStorageAdapter,
      key: project?.project ? `coproduce:${project.project}:${where}` : `coproduce:${where}`,
    };
  }
}
