import {
  Announcer,
  CoproduceElement,
  elementView,
  inLanguage,
  jsonChecked,
  onDemand,
  pictured,
  SOURCE_MESSAGES,
  SourceLoadController,
  type LiveSession,
  type Locale,
  type Localised,
  type SharedDocumentHandle,
} from '@coproduce/core';
import { nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { html } from 'lit/static-html.js';
import { builtInIcebreakers } from './built-ins.js';
import { inEasyWords } from './easy-read-words.js';
import { anotherSeed, fitting, newSeed, secondsEach, showing, type Choice, type Meeting } from './fit.js';
import './events.js';
import { keepChecked } from './host-lists.js';
import { icebreakerPickerCatalogues, type IcebreakerPickerKey } from './i18n/catalogues.js';
import { icebreakerPickerEasyRead, type IcebreakerPickerEasyKey } from './i18n/easy-read.js';
import { icebreakerPickerStyles } from './icebreaker-picker.styles.js';
import { checkList, mergeLists, type CheckedList } from './library.js';
import { MEETING_DEFAULTS, MEETING_PROPERTIES, readMeeting, sameMeeting } from './meeting.js';
import { renderBrowse } from './render-browse.js';
import { renderMeeting } from './render-meeting.js';
import { renderPick } from './render-pick.js';
import { renderTurns } from './render-turns.js';
import { seedSchema, type Icebreaker, type Setting } from './schema.js';
import type { SharedTurns } from './shared-turns.js';
import { TurnsController } from './turns.js';
import type { TurnsDocument } from './turns-schema.js';
import type { IcebreakerPickerView } from './view.js';

/**
 * The turns in a live session's shared document need Yjs: that part comes in
 * its own chunk, fetched only by a picker inside a project with a live session.
 */
const sharedTurnsPart = onDemand(() => import('./shared-turns.js'));

/** The shared document's key when the picker has no `storage-key`. */
const TURNS_KEY = 'icebreaker-turns';

/** Where the turns are shared now: the session and the key joined. */
interface Sharing {
  session: LiveSession;
  key: string;
  stop(): void;
}

/**
 * Suggests a short, safe icebreaker that fits the meeting: its length, the
 * size of the group, where it happens, cameras off, people who would rather
 * not speak, and what is to hand. The whole icebreaker stays within a share
 * of the meeting (10% unless changed), with equal time for each person.
 * Personal topics are left out unless the host allows them. Every suggestion
 * says aloud that anyone can pass. An optional turn timer gives everyone the
 * same time. In a live session the facilitator's picker shares the icebreaker
 * and the turns, on the server's clock; participants' pickers follow them, read-only.
 *
 * @summary Pick a short, safe, opt-out-friendly icebreaker that fits the meeting.
 * @tagname icebreaker-picker
 *
 * @event {CustomEvent<IcebreakerPickedDetail>} icebreaker-picked - An icebreaker was suggested or chosen. `detail: { icebreaker, seed }`; `seed` is null when it was chosen by id.
 * @event {CustomEvent<IcebreakerPickerChangeDetail>} icebreaker-picker-change - The person changed an answer about the meeting (a number once they leave its field or press Enter). `detail: { meeting }`. Not sent when the page sets a property.
 * @event {CustomEvent<IcebreakerTurnStartedDetail>} icebreaker-turn-started - A turn began. `detail: { turnIndex, seconds }`, `turnIndex` from 0.
 * @event {CustomEvent<IcebreakerTurnEndedDetail>} icebreaker-turn-ended - A turn ended. `detail: { turnIndex, reason }`: `next` ("Next person") or `stopped` (the turns were stopped, or the icebreaker or group size changed). Time running out ends no turn.
 * @event {CustomEvent<CoproduceErrorDetail>} icebreaker-picker-error - An attribute, the `icebreakers` given or `src` could not be used, or a live session's turns did not fit (the last good ones stay); the rest still works. `detail: { message, code, cause }`.
 *
 * @csspart base - The element's outer box.
 * @csspart meeting - The questions about the meeting.
 * @csspart icebreaker - The icebreaker on show.
 * @csspart browse - The list of every icebreaker that fits.
 * @csspart turns - The turn timer.
 */
export class IcebreakerPicker extends CoproduceElement<
  IcebreakerPickerKey | IcebreakerPickerEasyKey,
  'icebreaker-picker'
> {
  static override styles = [...CoproduceElement.styles, icebreakerPickerStyles];

  /** @internal */
  static override catalogues = icebreakerPickerCatalogues;

  /** @internal */
  static override easyReadCatalogues = icebreakerPickerEasyRead;

  static override properties: PropertyDeclarations = {
    minutes: {},
    groupSize: { attribute: 'group-size' },
    setting: {},
    budgetPercent: { attribute: 'budget-percent' },
    camerasOff: { type: Boolean, attribute: 'cameras-off' },
    someNotSpeaking: { type: Boolean, attribute: 'some-not-speaking' },
    materials: { type: Boolean },
    allowPersonal: { type: Boolean, attribute: 'allow-personal' },
    hideBuiltIn: { type: Boolean, attribute: 'hide-built-in' },
    hideCountdown: { type: Boolean, attribute: 'hide-countdown', reflect: true },
    seed: {},
    pick: {},
    src: {},
    storageKey: { attribute: 'storage-key' },
  };

  /** Length of the meeting in minutes, 5 to 600. Default 60. */
  declare minutes: number | string | undefined;
  /** How many people take part, everyone included, 2 to 200. Default 8. */
  declare groupSize: number | string | undefined;
  /** `in-person` (default), `online` or `hybrid`. */
  declare setting: Setting | undefined;
  /** The most of the meeting the icebreaker may take, in percent, 1 to 50. Default 10. */
  declare budgetPercent: number | string | undefined;
  /** Some people will have cameras off: online icebreakers that need a camera offer their no-camera way, or are left out. */
  declare camerasOff: boolean;
  /** Some people would rather not speak: only icebreakers that need no speaking, or have a way without, are suggested. */
  declare someNotSpeaking: boolean;
  /** Paper, pens or pictures are to hand; without it, icebreakers that need them are left out. */
  declare materials: boolean;
  /** Also suggest check-ins about feelings and icebreakers that ask something personal. Off unless the host turns it on. */
  declare allowPersonal: boolean;
  /** Offers only the host's own icebreakers (`icebreakers`, `src`), none of the built-in ones. */
  declare hideBuiltIn: boolean;
  /** Turns run without the seconds counting down on screen (some people find a countdown stressful); people can show it again. */
  declare hideCountdown: boolean;
  /** Picks the same icebreaker on any screen with the same meeting. Set afresh by "Suggest another". */
  declare seed: string | undefined;
  /** The id of an icebreaker to show, if it suits the meeting. */
  declare pick: string | undefined;
  /** The address of more icebreakers (JSON: a list, or `{ "icebreakers": [...] }`), each checked. */
  declare src: string | undefined;
  /**
   * In a live session (inside a `<coproduction-project>` with a server), the
   * shared document the turns are kept in: `icebreaker-turns` unless set. Two
   * pickers in one room need a key each.
   */
  declare storageKey: string | undefined;

  private meetingInUse: Meeting = {
    ...MEETING_DEFAULTS,
    camerasOff: false,
    someNotSpeaking: false,
    materials: false,
    allowPersonal: false,
  };
  /** The host's icebreakers that passed their check, and the check not yet reported (reported as the next update starts). */
  private hostList: readonly Icebreaker[] = [];
  private hostCheck: { checked: CheckedList | null } | null = null;
  private sourceList: readonly Icebreaker[] = [];
  private library: readonly Icebreaker[] = [];
  private libraryStale = true;
  private builtIns: readonly Icebreaker[] = [];
  private candidates: readonly Icebreaker[] = [];
  private choice: Choice = { kind: 'seed' };
  private choiceChanged = false;
  private current: Icebreaker | null = null;
  /** The seed in use: the `seed` given, if it can be used, else a random one. */
  private activeSeed = newSeed();
  /** What the last `icebreaker-picked` told the host, so it is sent once per change. */
  private told: { id: string; seed: string | null } | null = null;
  /** Set by "Suggest another": the next pick is announced. */
  private announceOnPick = false;
  /** The meeting before the person's answers the host has not heard of yet; `tellMeeting` once they are committed. */
  private meetingBefore: Meeting | null = null;
  private tellMeeting = false;
  /** The live session's turns document, once joined: the facilitator's picker writes it, every picker follows it. */
  private sharing: Sharing | null = null;
  private sharedTurns: SharedTurns | null = null;
  /** The icebreaker the shared document names, as last read or written. */
  private sharedIcebreaker: string | null = null;

  private readonly announcer = new Announcer(this);
  private readonly source = new SourceLoadController<CheckedList, IcebreakerPickerKey | IcebreakerPickerEasyKey>(this, {
    problems: this.problems,
    messages: SOURCE_MESSAGES,
    parse: jsonChecked((value) => {
      const checked = checkList(value);
      return checked
        ? { ok: true as const, data: checked }
        : { ok: false as const, cause: new Error('Not a list of icebreakers') };
    }),
    apply: (checked) => {
      // Nothing loaded (no address, or it failed): nothing of it is kept, so nothing is named as left out.
      if (!checked) this.problems.clear('src-entries');
      this.sourceList = checked ? keepChecked(this.problems, 'src-entries', checked, this) : [];
      this.libraryStale = true;
      this.requestUpdate();
    },
  });
  private readonly turns = new TurnsController(this, {
    announcer: this.announcer,
    focus: this.refocus,
    t: (key, params) => this.t(key, params),
    duration: (seconds) => this.duration(seconds),
    // In a live session, the server's clock: every screen counts down the same seconds.
    now: () => this.project?.session?.now() ?? Date.now(),
  });
  private readonly view = this.createView();

  constructor() {
    super('icebreaker-picker');
    this.camerasOff = false;
    this.someNotSpeaking = false;
    this.materials = false;
    this.allowPersonal = false;
    this.hideBuiltIn = false;
    // What a host's list or file left out is theirs to fix, but the person may put the message away.
    this.problems.allowDismissing('icebreakers');
    this.problems.allowDismissing('src-entries');
    this.problems.allowDismissing('shared');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.connectShared();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.disconnectShared();
  }

  /** The host's own icebreakers, added to the built-in ones (replacing any with the same id). Each is checked; refused ones are named in the problem shown. */
  get icebreakers(): readonly Icebreaker[] {
    return structuredClone(this.hostList) as Icebreaker[];
  }

  set icebreakers(value: unknown) {
    if (value === undefined) return;
    const checked = checkList(value);
    this.hostList = checked?.icebreakers ?? [];
    // Reported in the update, not here: a listener added just after setting still hears of it.
    this.hostCheck = { checked };
    this.libraryStale = true;
    this.requestUpdate();
  }

  /** The icebreaker on show (a copy), or null when nothing fits the meeting. */
  get picked(): Icebreaker | null {
    return this.current ? structuredClone(this.current) : null;
  }

  /** The meeting in use (a copy): each answer as the page or the person gave it, or its default where none can be used. */
  get meeting(): Meeting {
    return { ...this.meetingInUse };
  }

  // ——— Keeping the suggestion up to date ———

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src')) void this.source.load(this.src);
    if (!this.hasUpdated || changed.has('project' as keyof IcebreakerPicker) || changed.has('storageKey'))
      this.connectShared();
    if (this.hostCheck) {
      keepChecked(this.problems, 'icebreakers', this.hostCheck.checked, this);
      this.hostCheck = null;
    }
    if (changed.has('seed')) {
      if (this.seed !== undefined)
        this.activeSeed = this.problems.readChoice('seed', seedSchema(), this.seed, newSeed(), 'error.seed');
      if (this.choice.kind !== 'chosen' && this.pick === undefined) this.choice = { kind: 'seed' };
    }
    if (changed.has('pick')) this.choice = this.pick ? { kind: 'pick' } : { kind: 'seed' };
    // The built-ins are a new list once another language's words have loaded (see built-ins.ts).
    const builtIns = builtInIcebreakers();
    const libraryChanged = this.libraryStale || changed.has('hideBuiltIn') || builtIns !== this.builtIns;
    this.libraryStale = false;
    this.builtIns = builtIns;
    if (libraryChanged) this.library = mergeLists(this.hideBuiltIn ? [] : builtIns, this.hostList, this.sourceList);
    const meetingChanged = !this.hasUpdated || MEETING_PROPERTIES.some((name) => changed.has(name));
    if (meetingChanged) {
      this.meetingInUse = readMeeting(this, this.problems);
      // Turns are for the group as it was: a new size means new turns.
      const { turns, following } = this.turns.shown;
      if (turns && !following && turns.groupSize !== this.meetingInUse.groupSize) this.turns.stop();
    }
    // The timer asks for a render every second: the pick is worked out again only when something it depends on changed.
    if (libraryChanged || meetingChanged) this.candidates = fitting(this.library, this.meetingInUse);
    if (libraryChanged || meetingChanged || this.choiceChanged || changed.has('seed') || changed.has('pick'))
      this.resolveCurrent();
    this.choiceChanged = false;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const events: (() => void)[] = [];
    if (this.tellMeeting) {
      const before = this.meetingBefore!;
      this.tellMeeting = false;
      this.meetingBefore = null;
      const meeting = this.meeting;
      if (!sameMeeting(before, meeting)) events.push(() => this.emit('icebreaker-picker-change', { meeting }));
    }
    const current = this.current;
    const seed = this.choice.kind === 'seed' && !this.turns.following ? this.activeSeed : null;
    if (current && (current.id !== this.told?.id || seed !== this.told.seed)) {
      this.told = { id: current.id, seed };
      const icebreaker = structuredClone(current) as Icebreaker;
      events.push(() => this.emit('icebreaker-picked', { icebreaker, seed }));
    } else if (!current) {
      this.told = null;
    }
    // After the update, not inside it: a listener that changes the element starts a fresh update.
    if (events.length) {
      queueMicrotask(() => {
        for (const send of events) send();
      });
    }
    if (this.sharedTurns && !this.turns.following) {
      this.sharedTurns.publish(this.turnsDocument());
      this.sharedIcebreaker = current?.id ?? null;
    }
  }

  // ——— The turns in a live session ———

  /** What the shared document holds of this picker. */
  private turnsDocument(): TurnsDocument {
    const { turns, finished } = this.turns.shown;
    return { turns, finished, icebreaker: this.current?.id ?? null };
  }

  /** Joins the live session's turns document, or leaves it, to match the project's session and `storage-key`. */
  private connectShared(): void {
    const session = this.project?.session;
    const key = this.storageKey || TURNS_KEY;
    if (this.sharing?.session === session && this.sharing?.key === key) return;
    this.disconnectShared();
    // A participant's picker shows the facilitator's turns, and has no controls of its own.
    this.turns.following = session?.role === 'participant';
    if (!session) return;
    let stopped = false;
    let handle: SharedDocumentHandle | undefined;
    let shared: SharedTurns | undefined;
    Promise.all([session.join(key), sharedTurnsPart.fetch()]).then(
      ([joined, part]) => {
        if (stopped) return joined.leave();
        handle = joined;
        shared = part.shareTurns(joined, {
          current: () => this.turnsDocument(),
          adopt: (turns) => this.adoptTurns(turns),
          refuse: (cause) => this.problems.set('shared', { code: 'invalid-data', key: 'error.sharedRefused' }, cause),
        });
        this.sharedTurns = shared;
      },
      // The project's status line says what went wrong; the picker works on this screen meanwhile.
      () => undefined,
    );
    this.sharing = {
      session,
      key,
      stop() {
        stopped = true;
        shared?.leave();
        handle?.leave();
      },
    };
  }

  private disconnectShared(): void {
    this.sharing?.stop();
    this.sharing = null;
    this.sharedTurns = null;
  }

  /** A valid turns document from the session: its icebreaker shown, its turns followed. */
  private adoptTurns(shared: TurnsDocument): void {
    this.problems.clear('shared');
    this.sharedIcebreaker = shared.icebreaker;
    if (this.turns.following) this.choiceChanged = true;
    // A facilitator back after a reload (or in another tab) takes up the turns where they are.
    else if (shared.icebreaker && shared.icebreaker !== this.current?.id)
      this.choose({ kind: 'chosen', id: shared.icebreaker });
    this.turns.follow(shared.turns, shared.finished);
    this.requestUpdate();
  }

  /** Works out the icebreaker on show, says when it changed by itself, and names a `pick` that cannot be shown. */
  private resolveCurrent(): void {
    const previous = this.current;
    if (this.turns.following) {
      // The facilitator's icebreaker, from every one this page knows, whatever the meeting here.
      const id = this.sharedIcebreaker;
      this.current = id === null ? null : (this.library.find((icebreaker) => icebreaker.id === id) ?? null);
      this.problems.clear('pick');
      if (previous && this.current && previous.id !== this.current.id)
        this.announcer.say(
          this.t('announce.replaced', {
            old: this.titleOf(previous).value,
            title: this.titleOf(this.current).value,
          }),
        );
      return;
    }
    const { icebreaker: next, pickProblem } = showing(
      this.choice,
      this.pick,
      this.library,
      this.candidates,
      this.activeSeed,
    );
    // A `pick` may be on its way from `src`: it is judged once that has loaded.
    if (!pickProblem) this.problems.clear('pick');
    else if (!this.source.loading) {
      const key = pickProblem === 'unknown' ? 'error.pick' : 'error.pickUnsuited';
      const cause = new Error(`pick="${this.pick}"`);
      if (this.problems.get('pick')?.key !== key)
        this.problems.set('pick', { code: 'invalid-attribute', key, params: { value: this.pick! } }, cause);
    }
    this.current = next;
    if (previous?.id === next?.id) return;
    // Turns were for the icebreaker that was on show (not when it is the one a live session's turns are for).
    const sharedOnes = this.sharedTurns !== null && next?.id === this.sharedIcebreaker;
    if ((this.turns.shown.turns || this.turns.shown.finished) && !sharedOnes) this.turns.stop();
    if (this.announceOnPick && next) {
      this.announcer.say(this.t('announce.suggested', { title: this.titleOf(next).value }));
    } else if (previous && next && this.hasUpdated) {
      this.announcer.say(
        this.t('announce.replaced', { old: this.titleOf(previous).value, title: this.titleOf(next).value }),
      );
    }
    this.announceOnPick = false;
  }

  // ——— What the person does ———

  /** The person's answers about the meeting: each is the property of the same name. */
  private setMeeting(patch: Partial<Meeting>, { commit = true } = {}): void {
    this.meetingBefore ??= this.meetingInUse;
    Object.assign(this, patch);
    if (commit) this.commitMeeting();
  }

  private commitMeeting(): void {
    if (!this.meetingBefore) return;
    this.tellMeeting = true;
    this.requestUpdate();
  }

  private choose(choice: Choice): void {
    this.choice = choice;
    this.choiceChanged = true;
    this.requestUpdate();
  }

  private suggestAnother(): void {
    this.seed = anotherSeed(this.current, this.candidates);
    this.choose({ kind: 'seed' });
    this.announceOnPick = true;
  }

  // ——— What the templates read and do ———

  private text<T>(value: Localised<T>): { value: T; lang: Locale | null } {
    return inLanguage(value, this.resolvedLocale);
  }

  /** An icebreaker's title in the reader's language; in Easy Read, a built-in one's Easy Read title where it has one. */
  private titleOf(icebreaker: Icebreaker): { value: string; lang: Locale | null } {
    return this.text((this.inEasyRead ? inEasyWords(icebreaker) : icebreaker).title);
  }

  private duration(seconds: number): string {
    const minutes = Math.floor(seconds / 60);
    const rest = seconds % 60;
    const inMinutes = this.t('duration.minutes', { count: minutes });
    const inSeconds = this.t('duration.seconds', { count: rest });
    if (minutes === 0) return inSeconds;
    return rest === 0 ? inMinutes : this.t('duration.both', { minutes: inMinutes, seconds: inSeconds });
  }

  /** What the templates may read and do, and nothing else of the element. */
  private createView(): IcebreakerPickerView {
    const element = this;
    const { turns } = this;
    return elementView(
      this,
      { problems: this.problems, focus: this.refocus, announcer: this.announcer },
      {
        get meeting() {
          // A participant's screen counts the group the facilitator's turns are for.
          const { shown } = turns;
          return shown.following && shown.turns
            ? { ...element.meetingInUse, groupSize: shown.turns.groupSize }
            : element.meetingInUse;
        },
        get candidates() {
          return element.candidates;
        },
        get library() {
          return element.library;
        },
        get current() {
          return element.current;
        },
        get choice() {
          return element.choice;
        },
        get hideCountdown() {
          return element.hideCountdown;
        },
        timer: turns.shown,
        text: <T>(value: Localised<T>) => this.text(value),
        titleOf: (icebreaker: Icebreaker) => this.titleOf(icebreaker),
        duration: (seconds: number) => this.duration(seconds),
        setMeeting: (patch: Partial<Meeting>, options?: { commit?: boolean }) => this.setMeeting(patch, options),
        commitMeeting: () => this.commitMeeting(),
        suggestAnother: () => this.suggestAnother(),
        choose: (id: string) => {
          this.choose({ kind: 'chosen', id });
          this.refocus.after('#pick-title');
        },
        startTurns: () => {
          if (this.current) turns.start(this.meetingInUse.groupSize, secondsEach(this.current));
        },
        nextTurn: () => turns.next(),
        togglePause: () => turns.togglePause(),
        addTime: () => turns.addTime(),
        setCountdownHidden: (hidden: boolean) => {
          this.hideCountdown = hidden;
        },
        stopTurns: () => {
          turns.stop();
          this.refocus.after('#turns-start');
        },
      },
    );
  }

  protected override render() {
    const { view } = this;
    const { title } = this.headings;
    return html`<div class="root" part="base" lang=${this.resolvedLocale}>
      <${title} class="h-title" id="title" tabindex="-1">${pictured(view, 'icebreaker', this.t('title'))}</${title}>
      <p class="intro">${this.t('intro')}</p>
      ${this.problems.render()} ${this.announcer.render()}
      ${
        this.turns.following
          ? // A participant in a live session: the facilitator's icebreaker and turns, read-only.
            html`${renderPick(view)} ${renderTurns(view)}`
          : html`${renderMeeting(view)}
            ${this.source.loading ? html`<p class="empty" role="status">${this.t('loading')}</p>` : nothing} ${renderPick(view)}
            ${this.current ? html`${renderTurns(view)} ${renderBrowse(view)}` : nothing}`
      }
    </div>`;
  }
}
