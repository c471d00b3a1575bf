import {
  baseStyles,
  emit,
  localStorageAdapter,
  MemoryStorageAdapter,
  onDemand,
  onLangChange,
  projectContext,
  themeTokens,
  VERSION,
  type CoproduceErrorDetail,
  type LiveSession,
  type Locale,
  type ProjectContextValue,
  type StorageAdapter,
} from '@coproduce/core';
import { ContextProvider } from '@lit/context';
import { adoptStyles, css, html, LitElement, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { CoproductionProjectKey } from './i18n/catalogues.js';
import type { JoinCodeLink, ProjectSession } from './live.js';
import type { LiveView } from './live-view.js';

declare global {
  interface GlobalEventHandlersEventMap {
    /** An attribute of the live session (`server`, `room`, `token`) is not one it can use: the elements work on this device only. */
    'coproduction-project-error': CustomEvent<CoproduceErrorDetail>;
  }
}

/**
 * The live session's side of the project (the session the elements inside
 * join, what the project shows of it, and its words), fetched only when it
 * has a `server`: without one it is a few hundred bytes.
 */
const livePart = onDemand(() => import('./live-view.js'));
type LiveModule = typeof import('./live-view.js');

type Problem = { key: CoproductionProjectKey; cause: unknown };

/**
 * Optional wrapper that shares a project id, a language, a place to save and
 * Easy Read with every coproduce element inside it. Elements work without it.
 *
 * With `server`, `room` and `token` it also opens a live session: every
 * element inside shares its document with the others in the room, through
 * the organisation's server. A line says whether it is connected and how
 * many people are here; a facilitator gets a link and a QR code so people
 * can join on their own phones, and someone who opens that link picks
 * their name first.
 *
 * @summary Shares project id, language, storage, Easy Read and a live session with the elements inside it.
 * @tagname coproduction-project
 *
 * @slot - The coproduce elements (and anything else) that belong to this project.
 * @csspart status - The line that says how the live session is going.
 * @csspart join - "Join on your own phone": the link and QR code (facilitators only).
 * @csspart qr - The QR code of the join link.
 * @csspart who - "Who are you?": a participant picks their name.
 * @csspart problem - Why the live session could not start.
 * @event {CustomEvent<CoproduceErrorDetail>} coproduction-project-error - `server`, `room` or `token` cannot be used; the elements work on this device only.
 */
export class CoproductionProject extends LitElement {
  /** The coproduce version that defined this element: a second copy on the page names it in its warning. */
  static version: string = VERSION;

  static override styles = [
    themeTokens,
    baseStyles,
    css`
      :host {
        display: block;
      }
      :host([hidden]) {
        display: none;
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    project: { type: String, reflect: true },
    locale: { type: String, reflect: true },
    storage: { type: String },
    easyRead: { type: Boolean, attribute: 'easy-read', reflect: true },
    server: { type: String, reflect: true },
    room: { type: String, reflect: true },
    token: { type: String },
    joinPage: { type: String, attribute: 'join-page' },
    problem: { state: true },
  };

  /** Project id: namespaces every saved key (`coproduce:<project>:<storage-key>`, and in a live session `coproduce:<project>:<room>:<storage-key>`), so projects and rooms never mix. */
  declare project: string | undefined;
  /** Language for the elements inside (`en` or `cy`) unless they set their own. Also sets `lang` for screen readers. */
  declare locale: Locale | undefined;
  /**
   * Where the elements inside save: `local` (default), this browser's local
   * storage; `memory`, nothing outlives the page; or, as a property, a storage
   * adapter of your own (for example one that also sends to your server).
   * One property for both, since React and Vue set `storage="memory"` on the
   * property, not the attribute.
   */
  declare storage: 'local' | 'memory' | StorageAdapter | undefined;
  /** Easy Read for every element inside: short sentences, everyday words and pictures. */
  declare easyRead: boolean;
  /**
   * The organisation's coproduce server (`wss://…`): with `room` and `token`,
   * everyone in the room takes part in one live session, each on their own device.
   */
  declare server: string | undefined;
  /** The room: 1 to 64 letters, digits, `-` or `_`. Taken from the token when not set. */
  declare room: string | undefined;
  /**
   * A signed token from the host's backend (facilitator or participant). A
   * participant's join link (`#join=K7RM-Q2XD` in the page address, a short
   * code the server gives the token for, or `#join=<token>`) is used
   * instead, and taken out of the address bar once it works.
   */
  declare token: string | undefined;
  /**
   * The page a join link opens (default: this one). Set it when this page is
   * the facilitator's alone, with their token in its HTML: a participant who
   * opened this page could read that token.
   */
  declare joinPage: string | undefined;

  declare private problem: Problem | null;

  private memory: MemoryStorageAdapter | null = null;
  private live: ProjectSession | null = null;
  private sessionKey = '';
  private stopWatching: (() => void) | null = null;
  private stopWatchingLang: (() => void) | null = null;
  private view: LiveView | null = null;
  /** A join link's short code, while the server is asked which token it stands for. */
  private joinCode: JoinCodeLink | null = null;
  private askAgain: ReturnType<typeof setTimeout> | undefined;
  /** The problem last reported in a `coproduction-project-error` event. */
  private reported: CoproductionProjectKey | null = null;
  /** Parts on their way (the view, the QR code): `updateComplete` waits for them. */
  private readonly awaited = new Set<Promise<unknown>>();
  private readonly provider = new ContextProvider(this, {
    context: projectContext,
    initialValue: this.contextValue(),
  });

  constructor() {
    super();
    this.problem = null;
  }

  /** The live session the elements inside share, while `server`, `room` and `token` make one. */
  get session(): LiveSession | null {
    return this.live;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopWatchingLang = onLangChange(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatchingLang?.();
    this.stopWatchingLang = null;
    // Moved out of the page: the connection closes (what is on the device stays); put back, it opens again.
    this.stopAskingAgain();
    this.endSession();
    this.provider.setValue(this.contextValue());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('locale')) {
      // Screen readers pronounce the inside in the right language.
      if (this.locale) this.setAttribute('lang', this.locale);
    }
    const live = this.isConnected && this.server ? livePart.get(this) : undefined;
    if (live && !this.view) {
      this.view = new live.LiveView(this);
      adoptStyles(this.renderRoot as ShadowRoot, [
        ...(this.constructor as typeof LitElement).elementStyles,
        live.liveStyles,
      ]);
    }
    this.configureSession(live);
    this.provider.setValue(this.contextValue());
    this.view?.follow(this.live, this.joinCode?.state);
    this.report();
  }

  private contextValue(): ProjectContextValue {
    // In a live session each room keeps its own copy on the device (`coproduce:<project>:<room>:<key>`),
    // so one group's record and private answers never seed or join another room opened on the same page.
    const room = this.live?.settings.room;
    const project = this.project || null;
    return {
      project: room ? (project ? `${project}:${room}` : room) : project,
      locale: this.locale || null,
      storage: this.resolveStorage(),
      easyRead: this.easyRead === true,
      ...(this.live ? { session: this.live } : {}),
    };
  }

  private resolveStorage(): StorageAdapter {
    if (this.storage && typeof this.storage === 'object') return this.storage;
    if (this.storage === 'memory') {
      this.memory ??= new MemoryStorageAdapter();
      return this.memory;
    }
    return localStorageAdapter;
  }

  /** Starts, keeps or ends the live session to match `server`, `room` and `token` (once its part is here). */
  private configureSession(live: LiveModule | undefined): void {
    if (!this.isConnected || !this.server) {
      this.joinCode = null;
      this.stopAskingAgain();
      this.endSession();
      this.setProblem(null);
      return;
    }
    if (!live) return;
    const settings = live.sessionSettings({ server: this.server, room: this.room, token: this.token });
    this.joinCode = 'link' in settings ? settings.link : null;
    if ('link' in settings) {
      this.endSession();
      this.setProblem(null);
      this.followJoinCode(live, settings.link);
      return;
    }
    this.stopAskingAgain();
    if ('problem' in settings) {
      this.endSession();
      this.setProblem(settings.problem);
      return;
    }
    this.setProblem(null);
    const key = JSON.stringify(settings);
    if (key === this.sessionKey && this.live) return;
    this.endSession();
    const session = new live.ProjectSession(settings);
    this.live = session;
    this.sessionKey = key;
    // A refused join link is of no more use on this device.
    this.stopWatching = session.watch((status) => {
      if (status.state === 'refused' && settings.role === 'participant') live.forgetJoinToken(settings.room);
    });
  }

  /** Asks which token a join link's code stands for; when the server cannot be reached, again a little later. */
  private followJoinCode(live: LiveModule, link: JoinCodeLink): void {
    if (link.state === 'asking') this.awaiting(live.lookUpJoinCode(link));
    if (link.state !== 'offline' || this.askAgain !== undefined) return;
    this.askAgain = setTimeout(() => {
      this.askAgain = undefined;
      live.askAgain(link.code);
      this.requestUpdate();
    }, 5000);
  }

  private stopAskingAgain(): void {
    clearTimeout(this.askAgain);
    this.askAgain = undefined;
  }

  private endSession(): void {
    this.stopWatching?.();
    this.stopWatching = null;
    this.live?.stop();
    this.live = null;
    this.sessionKey = '';
  }

  private setProblem(problem: Problem | null): void {
    if (this.problem?.key === problem?.key) return;
    this.problem = problem;
    if (!problem) this.reported = null;
  }

  /** A problem is reported once, in the words shown, as soon as they are here. */
  private report(): void {
    const problem = this.problem;
    if (!problem || !this.view || this.reported === problem.key) return;
    this.reported = problem.key;
    const detail: CoproduceErrorDetail = {
      message: this.view.t(problem.key),
      code: 'invalid-attribute',
      cause: problem.cause,
    };
    emit(this, 'coproduction-project-error', detail);
  }

  /** A project with a live session shows words: its language (and Easy Read's) is loaded before it renders them. */
  // biome-ignore lint/suspicious/noConfusingVoidType: Lit's own signature, whose result this passes on.
  protected override scheduleUpdate(): void | Promise<unknown> {
    const loading = this.server ? this.view?.wordsToLoad() : null;
    if (!loading) return super.scheduleUpdate();
    return loading.then(() => this.scheduleUpdate());
  }

  /** A part on its way (the live session's view, the QR code): drawn again when it arrives. @internal */
  awaiting(part: Promise<unknown>): void {
    if (this.awaited.has(part)) return;
    this.awaited.add(part);
    const arrived = () => {
      this.awaited.delete(part);
      this.requestUpdate();
    };
    part.then(arrived, arrived);
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.awaited.size > 0) {
      await Promise.allSettled([...this.awaited]);
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override render() {
    const view = this.server ? this.view : null;
    // Until a join link's code is known to open a room, nothing but the status: then "Who are you?" first.
    const waiting = this.joinCode !== null && this.joinCode.state !== 'unknown';
    const asking = !this.problem && (waiting || (view?.askingName ?? false));
    return html`${view ? view.render(this.problem?.key ?? null) : nothing}<slot ?hidden=${asking}></slot>`;
  }
}
