import { inLanguage, InteractiveElement, jsonChecked, pictured, type CoproduceErrorDetail, type Locale, type Localised } from '@coproduce/core';
import { nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { html } from 'lit/static-html.js';
import { builtInIcebreakers } from './built-ins.js';
import { anotherSeed, fitting, newSeed, secondsEach, showing, type Choice, type Meeting } from './fit.js';
import { icebreakerPickerCatalogues, type IcebreakerPickerKey } from './i18n/catalogues.js';
import { icebreakerPickerEasyRead } from './i18n/easy-read.js';
import { icebreakerPickerStyles } from './icebreaker-picker.styles.js';
import { checkList, mergeLists, type CheckedList } from './library.js';
import { renderBrowse } from './render-browse.js';
import { renderMeeting } from './render-meeting.js';
import { renderPick } from './render-pick.js';
import { renderTurns } from './render-turns.js';
import {
  budgetPercentSchema,
  meetingMinutesSchema,
  peopleSchema,
  seedSchema,
  settingSchema,
  type Icebreaker,
  type Setting,
} from './schema.js';
import { TurnTimer, type TurnEvent } from './turn-timer.js';
import type { IcebreakerPickerView } from './view.js';

export interface IcebreakerPickedDetail {
  icebreaker: Icebreaker;
  /** The seed that picked it (the same seed and meeting pick it again anywhere), or null when it was chosen by id. */
  seed: string | null;
}

export interface IcebreakerTurnDetail {
  /** Whose turn it is, from 0. */
  index: number;
  /** Whole seconds left in this turn. */
  remainingSeconds: number;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'icebreaker-picked': CustomEvent<IcebreakerPickedDetail>;
    'icebreaker-turn': CustomEvent<IcebreakerTurnDetail>;
    'icebreaker-picker-error': CustomEvent<CoproduceErrorDetail>;
  }
}

/** The properties that describe the meeting: a change to any is read again, once. */
const MEETING_PROPERTIES = [
  'minutes',
  'people',
  'setting',
  'budgetPercent',
  'camerasOff',
  'someNotSpeaking',
  'materials',
  'allowPersonal',
] as const;

/** Besides the meeting and the icebreakers on offer, what decides the pick. */
const PICK_PROPERTIES = ['seed', 'pick', 'choice', 'loading'] as const;

/** What "+30 seconds" gives the person speaking. */
const EXTRA_SECONDS = 30;

/** What the picker assumes when the page says nothing. */
export const MEETING_DEFAULTS = { minutes: 60, people: 8, setting: 'in-person', budgetPercent: 10 } as const;

/**
 * Suggests a short, safe icebreaker that fits the meeting: its length, the
 * number of people, where it happens, cameras off, people who would rather
 * not speak, and what is to hand. The whole icebreaker stays within a share
 * of the meeting (10% unless changed), with equal time for each person.
 * Personal topics are left out unless the host allows them. Every suggestion
 * says aloud that anyone can pass. An optional turn timer gives everyone the
 * same time.
 *
 * @summary Pick a short, safe, opt-out-friendly icebreaker that fits the meeting.
 * @tagname icebreaker-picker
 *
 * @event icebreaker-picked - An icebreaker was suggested or chosen. `detail: { icebreaker, seed }`; `seed` is null when it was chosen by id.
 * @event icebreaker-turn - A turn began, a whole second passed, or time ran out. `detail: { index, remainingSeconds }`, `index` from 0.
 * @event icebreaker-picker-error - An attribute, the `icebreakers` given or `src` could not be used; the rest still works. `detail: { message, cause, code }`.
 *
 * @csspart base - The element's outer box.
 * @csspart meeting - The questions about the meeting.
 * @csspart icebreaker - The icebreaker on show.
 * @csspart browse - The list of every icebreaker that fits.
 * @csspart turns - The turn timer.
 *
 * @cssproperty --coproduce-color-background - Background. Default #ffffff (dark: #1b1b1f).
 * @cssproperty --coproduce-color-surface - Cards and panels. Default #f3f2f1.
 * @cssproperty --coproduce-color-text - Text. Default #0b0c0c.
 * @cssproperty --coproduce-color-text-secondary - Hints. Default #484949.
 * @cssproperty --coproduce-color-border - Borders of fields and cards. Default #6f777b.
 * @cssproperty --coproduce-color-accent - Buttons, links and the time bar. Default #1d70b8.
 * @cssproperty --coproduce-color-on-accent - Text on the accent colour. Default #ffffff.
 * @cssproperty --coproduce-color-focus - Focus outline. Default #0b0c0c.
 * @cssproperty --coproduce-color-focus-halo - Glow around the focus outline. Default #ffdd00.
 * @cssproperty --coproduce-color-error - Problems and field errors. Default #b3261e.
 * @cssproperty --coproduce-font-family - Font. Default: the device's interface font.
 * @cssproperty --coproduce-font-size - Base text size. Default `medium`: the reader's own browser setting.
 * @cssproperty --coproduce-radius - Corner rounding. Default 0.25em.
 * @cssproperty --coproduce-space - Padding around the element. Default 1em.
 */
export class IcebreakerPicker extends InteractiveElement<IcebreakerPickerKey> implements IcebreakerPickerView {
  static override styles = [...InteractiveElement.styles, icebreakerPickerStyles];

  /** @internal */
  static override catalogues = icebreakerPickerCatalogues;

  /** @internal */
  static override easyReadCatalogues = icebreakerPickerEasyRead;

  static override properties: PropertyDeclarations = {
    minutes: {},
    people: {},
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
    /** @internal */ hostList: { state: true, attribute: false },
    /** @internal */ sourceList: { state: true, attribute: false },
    /** @internal */ choice: { state: true, attribute: false },
  };

  /** Length of the meeting in minutes, 5 to 600. Default 60. */
  declare minutes: number | string | undefined;
  /** How many people take part, 2 to 200. Default 8. */
  declare people: number | string | undefined;
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
  /** @internal */
  declare hostList: readonly Icebreaker[];
  /** @internal */
  declare sourceList: readonly Icebreaker[];
  /** @internal */
  declare choice: Choice;

  /** @internal */
  meeting: Meeting = { ...MEETING_DEFAULTS, camerasOff: false, someNotSpeaking: false, materials: false, allowPersonal: false };
  /** @internal */
  library: readonly Icebreaker[] = [];
  /** @internal */
  candidates: readonly Icebreaker[] = [];
  /** @internal */
  current: Icebreaker | null = null;
  /** @internal */
  readonly timer = new TurnTimer(this, (event) => this.turnEvent(event));

  protected override dismissableProblems = ['icebreakers', 'src-entries'];
  /** The seed in use: the `seed` given, if it can be used, else a random one. */
  private activeSeed = newSeed();
  /** What the last `icebreaker-picked` told the host, so it is sent once per change. */
  private told: { id: string; seed: string | null } | null = null;
  /** Set by "Suggest another": the next pick is announced. */
  private announceOnPick = false;

  constructor() {
    super('icebreaker-picker');
    this.camerasOff = false;
    this.someNotSpeaking = false;
    this.materials = false;
    this.allowPersonal = false;
    this.hideBuiltIn = false;
    this.hostList = [];
    this.sourceList = [];
    this.choice = { kind: 'seed' };
  }

  /** The host's own icebreakers, added to the built-in ones (replacing any with the same id). Each is checked; refused ones are named in the problem shown. */
  get icebreakers(): readonly Icebreaker[] {
    return structuredClone(this.hostList) as Icebreaker[];
  }

  set icebreakers(value: unknown) {
    if (value === undefined) return;
    this.hostList = this.checkHostList('icebreakers', value);
  }

  /** The icebreaker on show (a copy), or null when nothing fits the meeting. */
  get picked(): Icebreaker | null {
    return this.current ? structuredClone(this.current) : null;
  }

  // ——— What the templates read and do ———

  /** @internal */
  text<T>(value: Localised<T>): { value: T; lang: Locale | null } {
    return inLanguage(value, this.resolvedLocale);
  }

  /** @internal */
  duration(seconds: number): string {
    const minutes = Math.floor(seconds / 60);
    const rest = seconds % 60;
    const inMinutes = this.t('duration.minutes', { count: minutes });
    const inSeconds = this.t('duration.seconds', { count: rest });
    if (minutes === 0) return inSeconds;
    return rest === 0 ? inMinutes : this.t('duration.both', { minutes: inMinutes, seconds: inSeconds });
  }

  /** The person's answers about the meeting: each is the property of the same name. @internal */
  setMeeting(patch: Partial<Meeting>): void {
    Object.assign(this, patch);
  }

  /** @internal */
  suggestAnother(): void {
    const seed = anotherSeed(this.current, this.candidates);
    this.seed = seed;
    this.choice = { kind: 'seed' };
    this.announceOnPick = true;
  }

  /** @internal */
  choose(id: string): void {
    this.choice = { kind: 'chosen', id };
    this.focusAfterRender('#pick-title');
  }

  /** @internal */
  startTurns(): void {
    if (!this.current) return;
    this.timer.start(this.meeting.people, secondsEach(this.current));
    this.focusAfterRender('#turns-pause');
  }

  /** @internal */
  nextTurn(): void {
    this.timer.next();
  }

  /** @internal */
  togglePause(): void {
    if (this.timer.running) {
      this.timer.pause();
      this.announce(this.t('announce.paused'));
    } else {
      this.timer.resume();
      this.announce(this.t('announce.resumed'));
    }
  }

  /** @internal */
  addTime(): void {
    this.timer.addTime(EXTRA_SECONDS);
    this.announce(this.t('announce.moreTime', { time: this.duration(EXTRA_SECONDS), left: this.duration(this.timer.remainingSeconds) }));
  }

  /** @internal */
  setCountdownHidden(hidden: boolean): void {
    this.hideCountdown = hidden;
  }

  /** @internal */
  stopTurns(): void {
    this.timer.stop();
    this.focusAfterRender('#turns-start');
  }

  // ——— Keeping the suggestion up to date ———

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src')) {
      const parse = jsonChecked((value) => {
        const checked = checkList(value);
        return checked ? { ok: true as const, data: checked } : { ok: false as const, cause: new Error('Not a list of icebreakers') };
      });
      void this.loadSource(this.src, parse, (checked) => {
        if (checked) this.reportRefused('src-entries', checked);
        else this.clearProblem('src-entries');
        this.sourceList = checked?.icebreakers ?? [];
      });
    }
    if (changed.has('seed')) {
      this.activeSeed = this.seed === undefined ? this.activeSeed : this.readChoice('seed', seedSchema(), this.seed, newSeed(), 'error.seed');
      if (this.choice.kind !== 'chosen' && this.pick === undefined) this.choice = { kind: 'seed' };
    }
    if (changed.has('pick')) this.choice = this.pick ? { kind: 'pick' } : { kind: 'seed' };
    const first = !this.hasUpdated;
    const libraryChanged = first || changed.has('hostList') || changed.has('sourceList') || changed.has('hideBuiltIn');
    if (libraryChanged) this.library = mergeLists(this.hideBuiltIn ? [] : builtInIcebreakers(), this.hostList, this.sourceList);
    const meetingChanged = first || MEETING_PROPERTIES.some((name) => changed.has(name));
    if (meetingChanged) {
      this.meeting = this.readMeeting();
      // Turns are for the group as it was: a new size means new turns.
      if (this.timer.turns && this.timer.turns.people !== this.meeting.people) this.timer.stop();
    }
    // The timer asks for a render every second: the pick is worked out again only when something it depends on changed.
    if (libraryChanged || meetingChanged) this.candidates = fitting(this.library, this.meeting);
    if (libraryChanged || meetingChanged || PICK_PROPERTIES.some((name) => changed.has(name))) this.resolveCurrent();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const current = this.current;
    const seed = this.choice.kind === 'seed' ? this.activeSeed : null;
    if (current && (current.id !== this.told?.id || seed !== this.told.seed)) {
      this.told = { id: current.id, seed };
      this.emit('icebreaker-picked', { icebreaker: structuredClone(current) as Icebreaker, seed });
    } else if (!current) {
      this.told = null;
    }
  }

  private readMeeting(): Meeting {
    const number = (attribute: string, schema: typeof peopleSchema, value: unknown, fallback: number, key: IcebreakerPickerKey) =>
      this.readChoice(attribute, schema(), value ?? fallback, fallback, key, { fallback });
    return {
      minutes: number('minutes', meetingMinutesSchema, this.minutes, MEETING_DEFAULTS.minutes, 'error.minutesAttribute'),
      people: number('people', peopleSchema, this.people, MEETING_DEFAULTS.people, 'error.peopleAttribute'),
      budgetPercent: number('budget-percent', budgetPercentSchema, this.budgetPercent, MEETING_DEFAULTS.budgetPercent, 'error.budgetAttribute'),
      setting: this.readChoice('setting', settingSchema(), this.setting ?? MEETING_DEFAULTS.setting, MEETING_DEFAULTS.setting, 'error.settingAttribute'),
      camerasOff: this.camerasOff,
      someNotSpeaking: this.someNotSpeaking,
      materials: this.materials,
      allowPersonal: this.allowPersonal,
    };
  }

  /** Works out the icebreaker on show, says when it changed by itself, and names a `pick` that cannot be shown. */
  private resolveCurrent(): void {
    const previous = this.current;
    const { icebreaker: next, pickProblem } = showing(this.choice, this.pick, this.library, this.candidates, this.activeSeed);
    // A `pick` may be on its way from `src`: it is judged once that has loaded.
    if (!pickProblem) this.clearProblem('pick');
    else if (!this.loading) {
      const key = pickProblem === 'unknown' ? 'error.pick' : 'error.pickUnsuited';
      const cause = new Error(`pick="${this.pick}"`);
      if (this.problems.get('pick')?.key !== key) this.setProblem('pick', { code: 'invalid-attribute', key, params: { value: this.pick! } }, cause);
    }
    this.current = next;
    if (previous?.id === next?.id) return;
    if (this.timer.turns || this.timer.finished) this.timer.stop();
    if (this.announceOnPick && next) {
      this.announce(this.t('announce.suggested', { title: this.text(next.title).value }));
    } else if (previous && next && this.hasUpdated) {
      this.announce(this.t('announce.replaced', { old: this.text(previous.title).value, title: this.text(next.title).value }));
    }
    this.announceOnPick = false;
  }

  private turnEvent(event: TurnEvent): void {
    const people = this.meeting.people;
    if (event.type === 'finished') {
      this.announce(this.t('timer.finished'));
      this.focusAfterRender('#turns-again');
      return;
    }
    if (event.type === 'time-up') {
      this.announce(this.t('announce.timeUp', { number: event.index + 1 }));
      // "Pause" can do nothing once time is up; keep the keyboard where it can act.
      if ((this.renderRoot.getRootNode() as ShadowRoot).activeElement?.id === 'turns-pause') this.focusAfterRender('#turns-next');
      return;
    }
    this.emit('icebreaker-turn', { index: event.index, remainingSeconds: event.remainingSeconds });
    if (event.type === 'turn') {
      this.announce(this.t('announce.turn', { number: event.index + 1, people, time: this.duration(event.remainingSeconds) }));
    } else if (event.remainingSeconds === 10 && this.timer.turns!.secondsEach >= 30) {
      this.announce(this.t('announce.tenLeft'));
    }
  }

  // ——— The host's icebreakers ———

  /** Checks a host's list; refused entries are named in a problem under `source`. */
  private checkHostList(source: string, value: unknown): Icebreaker[] {
    const checked = checkList(value);
    if (!checked) {
      this.setProblem(source, { code: 'invalid-data', key: 'error.icebreakersNotList' }, new Error('Expected a list of icebreakers'));
      return [];
    }
    this.reportRefused(source, checked);
    return checked.icebreakers;
  }

  private reportRefused(source: string, checked: CheckedList): void {
    if (!checked.refused.length) {
      this.clearProblem(source);
      return;
    }
    const which = this.list(
      checked.refused.slice(0, 5).map(({ at, id }) => (id ? `“${id}”` : this.t('error.icebreakerAt', { number: at }))),
    );
    this.setProblem(source, { code: 'invalid-data', key: 'error.icebreakers', params: { count: checked.refused.length, which } }, checked.causes);
  }

  // ——— Rendering ———

  protected override render() {
    return html`<div class="root" part="base" lang=${this.resolvedLocale}>
      <${this.headings.title} class="h-title" id="title" tabindex="-1">${pictured(this, 'icebreaker', this.t('title'))}</${this.headings.title}>
      <p class="intro">${this.t('intro')}</p>
      ${this.renderProblems()} ${this.renderAnnouncer()} ${renderMeeting(this)}
      ${this.loading ? html`<p class="empty" role="status">${this.t('loading')}</p>` : nothing} ${renderPick(this)}
      ${this.current ? html`${renderTurns(this)} ${renderBrowse(this)}` : nothing}
    </div>`;
  }
}
