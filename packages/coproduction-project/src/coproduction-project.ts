import {
  baseStyles,
  emit,
  FALLBACK_LOCALE,
  formatMessage,
  inheritedLang,
  loadFailure,
  loadStrings,
  localStorageAdapter,
  MemoryStorageAdapter,
  normaliseLocale,
  onDemand,
  onLangChange,
  participantNameSchema,
  projectContext,
  stringsNow,
  themeTokens,
  validate,
  VERSION,
  type CoproduceErrorDetail,
  type LiveSession,
  type Locale,
  type MessageParams,
  type ProjectContextValue,
  type SessionStatus,
  type StorageAdapter,
} from '@coproduce/core';
import { ContextProvider } from '@lit/context';
import { css, html, LitElement, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import {
  coproductionProjectCatalogues,
  coproductionProjectEasyRead,
  type CoproductionProjectKey,
} from './i18n/catalogues.js';
import {
  expired,
  forgetJoinToken,
  ProjectSession,
  readToken,
  roomSchema,
  serverSchema,
  storedJoinToken,
  takeJoinToken,
  tokenSchema,
  type SessionSettings,
} from './live.js';

declare global {
  interface GlobalEventHandlersEventMap {
    /** An attribute of the live session (`server`, `room`, `token`) is not one it can use: the elements work on this device only. */
    'coproduction-project-error': CustomEvent<CoproduceErrorDetail>;
  }
}

/** The QR code of the join link: only a facilitator's screen draws one. */
const qrPart = onDemand(() => import('./qr-code.js'));

/** A token in this page's address (`#join=…`), read once for every project on the page. */
let pageJoinToken: string | null | undefined;

type Problem = { key: CoproductionProjectKey; cause: unknown };
type JoinLink = { state: 'idle' | 'loading' | 'failed' } | { state: 'ready'; link: string };

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
 * @fires coproduction-project-error - `server`, `room` or `token` cannot be used; the elements work on this device only.
 */
export class CoproductionProject extends LitElement {
  static version = VERSION;

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
      .live {
        margin-block-end: var(--_gap, 1em);
      }
      .status {
        font-weight: 600;
        margin: 0;
      }
      .status[data-state='offline'],
      .status[data-state='refused'] {
        border-inline-start: 4px solid var(--_error, #b00020);
        padding-inline-start: 0.5em;
      }
      .join,
      .who {
        margin-block-start: 0.75em;
      }
      .join summary {
        cursor: pointer;
        font-weight: 600;
        min-height: 2.75em;
        display: flex;
        align-items: center;
      }
      .link-row {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em;
        align-items: center;
      }
      .link-row input {
        flex: 1 1 16em;
        min-height: 2.75em;
        font: inherit;
        padding: 0.25em 0.5em;
        border: 2px solid var(--_border);
        border-radius: var(--_radius);
        color: inherit;
        background: var(--_bg);
      }
      .qr {
        display: block;
        width: min(16em, 100%);
        height: auto;
        margin-block-start: 0.75em;
        forced-color-adjust: none;
      }
      .names {
        display: grid;
        gap: 0.5em;
        margin-block: 0.75em;
      }
      .names label {
        display: flex;
        align-items: center;
        gap: 0.75em;
        min-height: 3em;
        padding: 0.5em 0.75em;
        border: 2px solid var(--_border);
        border-radius: var(--_radius);
        font-size: 1.125em;
        font-weight: 600;
        cursor: pointer;
      }
      .names label:has(input:checked) {
        border-color: var(--_accent);
        box-shadow: inset 0 0 0 2px var(--_accent);
      }
      .names input {
        width: 1.25em;
        height: 1.25em;
        margin: 0;
        accent-color: var(--_accent);
      }
      .who .field input {
        display: block;
        min-height: 2.75em;
        width: 100%;
        max-width: 24em;
        font: inherit;
        padding: 0.25em 0.5em;
        border: 2px solid var(--_border);
        border-radius: var(--_radius);
        color: inherit;
        background: var(--_bg);
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    project: { type: String, reflect: true },
    locale: { type: String, reflect: true },
    storageType: { type: String, attribute: 'storage' },
    storage: { attribute: false },
    easyRead: { type: Boolean, attribute: 'easy-read', reflect: true },
    server: { type: String, reflect: true },
    room: { type: String, reflect: true },
    token: { type: String },
    liveStatus: { state: true },
    names: { state: true },
    problem: { state: true },
    joinLink: { state: true },
    copied: { state: true },
    picked: { state: true },
    nameMissing: { state: true },
  };

  /** Project id: namespaces every saved key (`coproduce:<project>:<storage-key>`), so projects never mix. */
  declare project: string | undefined;
  /** Language for the elements inside (`en` or `cy`) unless they set their own. Also sets `lang` for screen readers. */
  declare locale: string | undefined;
  /** `local` (default): this browser's local storage. `memory`: nothing outlives the page. */
  declare storageType: 'local' | 'memory' | undefined;
  /** A storage adapter of your own (for example one that also sends to your server). Overrides `storage`. */
  declare storage: StorageAdapter | undefined;
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
   * participant's join link (`#join=<token>` in the page address) is used
   * instead, and taken out of the address bar once read.
   */
  declare token: string | undefined;

  declare private liveStatus: SessionStatus | null;
  declare private names: readonly string[];
  declare private problem: Problem | null;
  declare private joinLink: JoinLink;
  declare private copied: 'yes' | 'failed' | null;
  /** The name chosen in "Who are you?" before it is sent: a name, '' for "my name is not here", null for none. */
  declare private picked: string | null;
  declare private nameMissing: boolean;

  private memory: MemoryStorageAdapter | null = null;
  private live: ProjectSession | null = null;
  private sessionKey = '';
  private stopWatching: Array<() => void> = [];
  private stopWatchingLang: (() => void) | null = null;
  private readonly provider = new ContextProvider(this, {
    context: projectContext,
    initialValue: this.contextValue(),
  });

  constructor() {
    super();
    this.liveStatus = null;
    this.names = [];
    this.problem = null;
    this.joinLink = { state: 'idle' };
    this.copied = null;
    this.picked = null;
    this.nameMissing = false;
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
    this.endSession();
    this.provider.setValue(this.contextValue());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('locale')) {
      // Screen readers pronounce the inside in the right language.
      if (this.locale) this.setAttribute('lang', this.locale);
    }
    this.configureSession();
    this.provider.setValue(this.contextValue());
  }

  private contextValue(): ProjectContextValue {
    return {
      project: this.project || null,
      locale: this.locale || null,
      storage: this.resolveStorage(),
      easyRead: this.easyRead === true,
      ...(this.live ? { session: this.live } : {}),
    };
  }

  private resolveStorage(): StorageAdapter {
    if (this.storage) return this.storage;
    if (this.storageType === 'memory') {
      this.memory ??= new MemoryStorageAdapter();
      return this.memory;
    }
    return localStorageAdapter;
  }

  /** Starts, keeps or ends the live session to match `server`, `room` and `token`. */
  private configureSession(): void {
    if (!this.isConnected || !this.server) {
      this.endSession();
      this.setProblem(null);
      return;
    }
    const settings = this.sessionSettings();
    if ('problem' in settings) {
      this.endSession();
      this.setProblem(settings.problem);
      return;
    }
    this.setProblem(null);
    const key = JSON.stringify(settings);
    if (key === this.sessionKey && this.live) return;
    this.endSession();
    const session = new ProjectSession(settings);
    this.live = session;
    this.sessionKey = key;
    this.liveStatus = session.status;
    this.names = session.names;
    this.joinLink = { state: 'idle' };
    this.stopWatching = [
      session.watch((status) => {
        this.liveStatus = status;
        // A refused join link is of no more use on this device.
        if (status.state === 'refused' && settings.role === 'participant') forgetJoinToken(settings.room);
      }),
      session.watchNames((names) => (this.names = names)),
    ];
  }

  private sessionSettings(): SessionSettings | { problem: Problem } {
    const server = validate(serverSchema(), this.server);
    if (!server.success) return { problem: { key: 'error.server', cause: server.error } };
    if (this.room !== undefined && this.room !== null) {
      const room = validate(roomSchema(), this.room);
      if (!room.success) return { problem: { key: 'error.room', cause: room.error } };
    }
    pageJoinToken ??= takeJoinToken();
    const fromLink = pageJoinToken ? readToken(pageJoinToken) : undefined;
    const linkFits = fromLink && (!this.room || fromLink.room === this.room);
    const token = (linkFits ? pageJoinToken : null) ?? this.token ?? (this.room ? storedJoinToken(this.room) : null);
    const checked = validate(tokenSchema(), token);
    const payload = checked.success ? readToken(checked.data) : undefined;
    if (!checked.success || !payload)
      return { problem: { key: 'error.token', cause: checked.success ? 'unreadable token payload' : checked.error } };
    return {
      server: server.data,
      room: this.room || payload.room,
      token: checked.data,
      role: payload.role,
      ...(expired(payload) ? { refused: 'expired' } : {}),
    };
  }

  private endSession(): void {
    for (const stop of this.stopWatching) stop();
    this.stopWatching = [];
    this.live?.stop();
    this.live = null;
    this.sessionKey = '';
    this.liveStatus = null;
  }

  private setProblem(problem: Problem | null): void {
    if (this.problem?.key === problem?.key) return;
    this.problem = problem;
    if (!problem) return;
    const detail: CoproduceErrorDetail = {
      message: this.t(problem.key),
      code: 'invalid-attribute',
      cause: problem.cause,
    };
    emit(this, 'coproduction-project-error', detail);
  }

  // Words: the project is not a CoproduceElement (its `project` is the project's id), so it looks them up itself.

  private get wantedLocale(): Locale {
    return normaliseLocale(this.locale) ?? normaliseLocale(inheritedLang(this)) ?? FALLBACK_LOCALE;
  }

  private get resolvedLocale(): Locale {
    return loadFailure(coproductionProjectCatalogues[this.wantedLocale]) ? FALLBACK_LOCALE : this.wantedLocale;
  }

  private t(key: CoproductionProjectKey, params?: MessageParams): string {
    const locale = this.resolvedLocale;
    const message =
      (this.easyRead ? stringsNow(coproductionProjectEasyRead[locale])?.[key] : undefined) ??
      stringsNow(coproductionProjectCatalogues[locale])?.[key] ??
      coproductionProjectCatalogues.en[key];
    return formatMessage(locale, message, params);
  }

  /** A project with a live session shows words: its language (and Easy Read's) is loaded before it renders them. */
  // biome-ignore lint/suspicious/noConfusingVoidType: Lit's own signature, whose result this passes on.
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (!this.server) return super.scheduleUpdate();
    const plain = coproductionProjectCatalogues[this.wantedLocale];
    const easy = this.easyRead ? coproductionProjectEasyRead[this.resolvedLocale] : null;
    const loading = [plain, easy]
      .filter((source) => source && !stringsNow(source) && !loadFailure(source))
      .map((source) => loadStrings(source!).catch(() => undefined));
    if (!loading.length) return super.scheduleUpdate();
    return Promise.all(loading).then(() => this.scheduleUpdate());
  }

  protected override render() {
    const asking = this.askingName;
    return html`${this.server ? this.renderLive(asking) : nothing}<slot ?hidden=${asking}></slot>`;
  }

  /** A participant who has not picked their name yet picks it before anything else. */
  private get askingName(): boolean {
    return (
      this.live?.role === 'participant' &&
      this.live.name === null &&
      this.liveStatus?.state !== 'refused' &&
      this.problem === null
    );
  }

  private renderLive(asking: boolean) {
    const lang = this.resolvedLocale;
    if (this.problem)
      return html`<div class="root live" lang=${lang}>
        <p class="problem" part="problem" role="alert">${this.t(this.problem.key)}</p>
      </div>`;
    const session = this.live;
    const status = this.liveStatus ?? { state: 'connecting' };
    return html`<div class="root live" lang=${lang}>
      <p class="status" part="status" role="status" data-state=${status.state}>${this.statusText(status)}</p>
      ${session?.role === 'participant' && session.name ? html`<p>${this.t('who.as', { name: session.name })}</p>` : nothing}
      ${asking ? this.renderWho() : nothing}
      ${session?.role === 'facilitator' && status.state !== 'refused' ? this.renderJoin() : nothing}
    </div>`;
  }

  private statusText(status: SessionStatus): string {
    switch (status.state) {
      case 'connected':
        return this.t('status.connected', { count: status.people });
      case 'offline':
        return this.t('status.offline');
      case 'reconnecting':
        return this.t('status.reconnecting');
      case 'refused':
        return this.t('status.refused');
      default:
        return this.t('status.connecting');
    }
  }

  // Join on your own phone (facilitators)

  private renderJoin() {
    const link = this.joinLink;
    if (link.state === 'idle') queueMicrotask(() => this.fetchJoinLink());
    let body: unknown;
    if (link.state === 'ready') {
      const qr = qrPart.get(this);
      body = html`<div class="link-row">
          <label for="join-link">${this.t('join.link')}</label>
          <input id="join-link" type="text" readonly .value=${link.link} @focus=${selectAll} />
          <button type="button" class="primary" @click=${() => this.copyLink(link.link)}>${this.t('join.copy')}</button>
        </div>
        <p role="status" class="copied">
          ${this.copied === 'yes' ? this.t('join.copied') : this.copied === 'failed' ? this.t('join.copyFailed') : ''}
        </p>
        ${qr ? qr.qrCode(link.link, this.t('join.qr')) : nothing}`;
    } else if (link.state === 'failed') {
      body = html`<p class="problem">${this.t('join.failed')}</p>
        <button type="button" @click=${() => this.fetchJoinLink()}>${this.t('join.tryAgain')}</button>`;
    } else {
      body = html`<p>${this.t('join.loading')}</p>`;
    }
    return html`<details class="join" part="join" open>
      <summary>${this.t('join.heading')}</summary>
      <p>${this.t('join.intro')}</p>
      ${body}
    </details>`;
  }

  /** `awaiting` for the QR code's part: drawn again when it arrives. @internal */
  awaiting(part: Promise<unknown>): void {
    const again = () => this.requestUpdate();
    part.then(again, again);
  }

  /** A participant token for this room, from the server, with the facilitator's own token as proof. */
  private async fetchJoinLink(): Promise<void> {
    const session = this.live;
    if (session?.role !== 'facilitator' || this.joinLink.state === 'loading') return;
    this.joinLink = { state: 'loading' };
    try {
      const address = new URL(session.settings.server);
      address.protocol = address.protocol === 'wss:' ? 'https:' : 'http:';
      address.pathname = `${address.pathname.replace(/\/$/, '')}/participant-token`;
      const response = await fetch(address, {
        method: 'POST',
        headers: { Authorization: `Bearer ${session.settings.token}` },
      });
      const body = (await response.json()) as { token?: unknown };
      const token = validate(tokenSchema(), body.token);
      if (!response.ok || !token.success) throw new Error(`participant-token: ${response.status}`);
      if (this.live !== session) return;
      const here = globalThis.location;
      this.joinLink = { state: 'ready', link: `${here.origin}${here.pathname}${here.search}#join=${token.data}` };
    } catch {
      if (this.live === session) this.joinLink = { state: 'failed' };
    }
  }

  private async copyLink(link: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(link);
      this.copied = 'yes';
    } catch {
      this.copied = 'failed';
      this.renderRoot.querySelector<HTMLInputElement>('#join-link')?.select();
    }
  }

  // Who are you? (participants)

  private renderWho() {
    const names = this.names;
    const other = this.picked === '' || names.length === 0;
    const error = this.nameMissing ? 'who-missing' : '';
    return html`<form class="who" part="who" novalidate @submit=${this.submitName}>
      <fieldset aria-describedby="who-hint ${error}">
        <legend><h2 class="h-section">${this.t('who.heading')}</h2></legend>
        <p class="hint" id="who-hint">${this.t('who.hint')}</p>
        ${this.nameMissing ? html`<p class="field-error" id="who-missing">${this.t('who.missing')}</p>` : nothing}
        ${
          names.length
            ? html`<div class="names">
              ${names.map(
                (name) => html`<label
                  ><input
                    type="radio"
                    name="who"
                    .value=${name}
                    .checked=${this.picked === name}
                    @change=${() => this.pick(name)}
                  />${name}</label
                >`,
              )}
              <label
                ><input type="radio" name="who" value="" .checked=${this.picked === ''} @change=${() => this.pick('')} />${this.t(
                  'who.other',
                )}</label
              >
            </div>`
            : nothing
        }
        ${
          other
            ? html`<div class="field">
              <label for="who-name">${this.t('who.otherName')}</label>
              <input id="who-name" type="text" autocomplete="name" maxlength="60" aria-invalid=${this.nameMissing ? 'true' : 'false'} />
            </div>`
            : nothing
        }
        <button type="submit" class="primary">${this.t('who.submit')}</button>
      </fieldset>
    </form>`;
  }

  private pick(name: string): void {
    this.picked = name;
    this.nameMissing = false;
  }

  private submitName(event: SubmitEvent): void {
    event.preventDefault();
    const written = this.renderRoot.querySelector<HTMLInputElement>('#who-name')?.value ?? '';
    const wanted = this.picked || (this.picked === '' || this.names.length === 0 ? written : '');
    const name = validate(participantNameSchema(), wanted);
    if (!name.success) {
      this.nameMissing = true;
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>('#who-name, .names input')?.focus(),
      );
      return;
    }
    this.live?.chooseName(name.data);
    this.nameMissing = false;
    this.requestUpdate();
  }
}

function selectAll(event: FocusEvent): void {
  (event.target as HTMLInputElement).select();
}
