import {
  FALLBACK_LOCALE,
  formatMessage,
  inheritedLang,
  loadFailure,
  loadStrings,
  normaliseLocale,
  onDemand,
  stringsNow,
  validate,
  type Locale,
  type MessageParams,
  type SessionStatus,
} from '@coproduce/core';
import { css, html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import {
  coproductionProjectCatalogues,
  coproductionProjectEasyRead,
  type CoproductionProjectKey,
} from './i18n/catalogues.js';
import { type JoinCodeLink, nameSchema, type ProjectSession } from './live.js';

export {
  askAgain,
  forgetJoinToken,
  type JoinCodeLink,
  lookUpJoinCode,
  ProjectSession,
  sessionSettings,
} from './live.js';

/**
 * What `<coproduction-project>` shows of a live session: the status line, a
 * facilitator's "Join on your own phone" and a participant's "Who are you?".
 * In a chunk of its own, with its words, fetched only when the project has
 * a `server`: a project without one stays a few hundred bytes.
 */

/** The project, as the view sees it. */
/**
 * The page a join link opens: `join-page` (resolved against this page; only
 * http(s)), or this page. Its own `#…` is dropped: the link's code goes there.
 */
export function joinPageAddress(joinPage: string | undefined): string {
  const here = globalThis.location;
  try {
    const page = new URL(joinPage ?? '', here.href);
    if (joinPage && (page.protocol === 'https:' || page.protocol === 'http:'))
      return `${page.origin}${page.pathname}${page.search}`;
  } catch {
    // Not an address: the link leads to this page.
  }
  return `${here.origin}${here.pathname}${here.search}`;
}

export interface LiveViewHost extends ReactiveControllerHost, HTMLElement {
  readonly locale: string | undefined;
  readonly easyRead: boolean;
  /** Where the join link leads (`join-page`); unset: this page. */
  readonly joinPage: string | undefined;
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** Tells the host a part (the QR code) is on its way: it draws again when it arrives. */
  awaiting(part: Promise<unknown>): void;
}

/** What the view needs of a session (a stand-in will do, as in the Storybook stories). */
export type ViewedSession = Pick<
  ProjectSession,
  'role' | 'name' | 'status' | 'names' | 'watch' | 'watchNames' | 'chooseName' | 'joinCode'
>;

/** What the status line says while a join link's code is asked about: an unknown or expired code "no longer works". */
const PENDING: Record<JoinCodeLink['state'], SessionStatus> = {
  asking: { state: 'connecting' },
  offline: { state: 'offline' },
  unknown: { state: 'refused', reason: 'unknown-join-code' },
};

type JoinLink = { state: 'idle' | 'loading' | 'failed' } | { state: 'ready'; link: string };

/** The QR code of the join link: only a facilitator's screen draws one. */
const qrPart = onDemand(() => import('./qr-code.js'));

export const liveStyles = css`
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
  /* A list item still (not flex), so it keeps the triangle that says it opens and closes. */
  .join summary {
    cursor: pointer;
    font-weight: 600;
    padding-block: 0.625em;
  }
  .link-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  .link-row input,
  .who .field input {
    min-height: 2.75em;
    font: inherit;
    padding: 0.25em 0.5em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    color: inherit;
    background: var(--_bg);
  }
  .link-row input {
    flex: 1 1 16em;
  }
  .who .field input {
    display: block;
    width: 100%;
    max-width: 24em;
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
`;

export class LiveView {
  private session: ViewedSession | null = null;
  private status: SessionStatus = { state: 'connecting' };
  private names: readonly string[] = [];
  private joinLink: JoinLink = { state: 'idle' };
  private copied: 'yes' | 'failed' | null = null;
  /** The name chosen in "Who are you?" before it is sent: a name, '' for "my name is not here", null for none. */
  private picked: string | null = null;
  private nameMissing = false;
  private stopWatching: Array<() => void> = [];

  constructor(private readonly host: LiveViewHost) {}

  /**
   * Follows `session` (or none: a problem with the attributes, no `server`,
   * or a join link's code being asked about, in state `code`).
   */
  follow(session: ViewedSession | null, code?: JoinCodeLink['state']): void {
    const pending = code ? PENDING[code] : undefined;
    if (!session && pending && pending.state !== this.status.state) {
      this.status = pending;
      this.host.requestUpdate();
    }
    if (session === this.session) return;
    for (const stop of this.stopWatching) stop();
    this.session = session;
    this.joinLink = { state: 'idle' };
    this.copied = null;
    this.picked = null;
    this.nameMissing = false;
    this.names = session?.names ?? [];
    this.status = session?.status ?? pending ?? { state: 'connecting' };
    this.stopWatching = session
      ? [
          session.watch((status) => {
            this.status = status;
            this.host.requestUpdate();
          }),
          session.watchNames((names) => {
            this.names = names;
            this.host.requestUpdate();
          }),
        ]
      : [];
  }

  // Words

  private get wantedLocale(): Locale {
    return normaliseLocale(this.host.locale) ?? normaliseLocale(inheritedLang(this.host)) ?? FALLBACK_LOCALE;
  }

  /** The language shown: English if the words of the one asked for could not be loaded. */
  get locale(): Locale {
    return loadFailure(coproductionProjectCatalogues[this.wantedLocale]) ? FALLBACK_LOCALE : this.wantedLocale;
  }

  t(key: CoproductionProjectKey, params?: MessageParams): string {
    const locale = this.locale;
    const message =
      (this.host.easyRead ? stringsNow(coproductionProjectEasyRead[locale])?.[key] : undefined) ??
      stringsNow(coproductionProjectCatalogues[locale])?.[key] ??
      coproductionProjectCatalogues.en[key];
    return formatMessage(locale, message, params);
  }

  /** The words the next render shows, loaded before it (its language; Easy Read's when on), or null when here. */
  wordsToLoad(): Promise<unknown> | null {
    const plain = coproductionProjectCatalogues[this.wantedLocale];
    const easy = this.host.easyRead ? coproductionProjectEasyRead[this.locale] : null;
    const loading = [plain, easy]
      .filter((source) => source && !stringsNow(source) && !loadFailure(source))
      .map((source) => loadStrings(source!).catch(() => undefined));
    return loading.length ? Promise.all(loading) : null;
  }

  // What it shows

  /** A participant who has not picked their name yet picks it before anything else. */
  get askingName(): boolean {
    const session = this.session;
    return session?.role === 'participant' && session.name === null && this.status.state !== 'refused';
  }

  render(problem: CoproductionProjectKey | null): TemplateResult {
    if (problem)
      return html`<div class="root live" lang=${this.locale}>
        <p class="problem" part="problem" role="alert">${this.t(problem)}</p>
      </div>`;
    const session = this.session;
    return html`<div class="root live" lang=${this.locale}>
      <p class="status" part="status" role="status" data-state=${this.status.state}>${this.statusText()}</p>
      ${session?.role === 'participant' && session.name ? html`<p>${this.t('who.as', { name: session.name })}</p>` : nothing}
      ${this.askingName ? this.renderWho() : nothing}
      ${session?.role === 'facilitator' && this.status.state !== 'refused' ? this.renderJoin() : nothing}
    </div>`;
  }

  private statusText(): string {
    const status = this.status;
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

  private renderJoin(): TemplateResult {
    const link = this.joinLink;
    if (link.state === 'idle') queueMicrotask(() => void this.fetchJoinLink());
    let body: unknown;
    if (link.state === 'ready') {
      const qr = qrPart.get(this.host);
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

  /** The join link: this page's address with the short code of a participant token for the room. */
  private async fetchJoinLink(): Promise<void> {
    const session = this.session;
    if (session?.role !== 'facilitator' || this.joinLink.state === 'loading') return;
    this.setJoinLink({ state: 'loading' });
    try {
      const code = await session.joinCode();
      if (this.session !== session) return;
      this.setJoinLink({ state: 'ready', link: `${joinPageAddress(this.host.joinPage)}#join=${code}` });
    } catch {
      if (this.session === session) this.setJoinLink({ state: 'failed' });
    }
  }

  private setJoinLink(link: JoinLink): void {
    this.joinLink = link;
    this.host.requestUpdate();
  }

  private async copyLink(link: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(link);
      this.copied = 'yes';
    } catch {
      this.copied = 'failed';
      this.host.renderRoot.querySelector<HTMLInputElement>('#join-link')?.select();
    }
    this.host.requestUpdate();
  }

  // Who are you? (participants)

  private renderWho(): TemplateResult {
    const names = this.names;
    const other = this.picked === '' || names.length === 0;
    const error = this.nameMissing ? 'who-missing' : '';
    return html`<form class="who" part="who" novalidate @submit=${(event: SubmitEvent) => this.submitName(event)}>
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
    this.host.requestUpdate();
  }

  private submitName(event: SubmitEvent): void {
    event.preventDefault();
    const written = this.host.renderRoot.querySelector<HTMLInputElement>('#who-name')?.value ?? '';
    const wanted = this.picked || (this.picked === '' || this.names.length === 0 ? written : '');
    const name = validate(nameSchema(), wanted);
    if (!name.success) {
      this.nameMissing = true;
      this.host.requestUpdate();
      void this.host.updateComplete.then(() =>
        this.host.renderRoot.querySelector<HTMLElement>('#who-name, .names input')?.focus(),
      );
      return;
    }
    this.session?.chooseName(name.data);
    this.nameMissing = false;
    this.host.requestUpdate();
  }
}

function selectAll(event: FocusEvent): void {
  (event.target as HTMLInputElement).select();
}
