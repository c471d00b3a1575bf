import { ContextConsumer } from '@lit/context';
import { html, isServer, LitElement, type PropertyDeclarations } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import * as z from 'zod/mini';
import { attachContextRoot, projectContext, type ProjectContextValue } from './context.js';
import { FocusController } from './controllers/focus.js';
import { ProblemsController } from './controllers/problems.js';
import { emit, type ErrorEventTag, type EventDetail } from './events.js';
import { HEADING_LEVELS, headingsFor, type Headings } from './headings.js';
import {
  loadFailure,
  loadStrings,
  sharedCatalogues,
  stringsNow,
  type Catalogues,
  type EasyReadCatalogues,
  type SharedKey,
} from './i18n/catalogues.js';
import { sharedEasyRead } from './i18n/easy-read.js';
import { FALLBACK_LOCALE, inheritedLang, normaliseLocale, onLangChange, type Locale } from './i18n/locale.js';
import { joinList } from './i18n/list.js';
import { formatMessage, type MessageParams } from './i18n/message.js';
import { loadPictures, picturesSettled } from './pictures/picture.js';
import { pictureStyles } from './pictures/pictures.styles.js';
import { baseStyles, themeTokens } from './theme.js';
import { VERSION } from './version.js';
import type { OnDemandPart } from './on-demand.js';

export type Theme = 'light' | 'dark' | 'auto';

let hostTextRegistered = false;

/**
 * `--coproduce-host-size: 1em` and `--coproduce-host-line: 1lh` on each
 * element must reach its inside as lengths (the page's text size and line
 * height there), not as "1em", which would mean the inside's own size: a
 * registered property is computed where it is set. Another copy of the
 * library may have registered them first; without registration the floors
 * alone (the reader's default size, a line height of 1.5) apply.
 */
function registerHostText(): void {
  if (hostTextRegistered) return;
  hostTextRegistered = true;
  for (const name of ['--coproduce-host-size', '--coproduce-host-line']) {
    try {
      CSS.registerProperty({ name, syntax: '<length>', inherits: true, initialValue: '0px' });
    } catch {
      // Already registered, or not supported.
    }
  }
}

/**
 * The one base of every coproduce element: its language, theme, Easy Read
 * and heading level, the project context, strings and events, done the same
 * way everywhere. It holds the two controllers every element uses, `refocus`
 * and `problems` (whose `<tag>-error` reports a bad `heading-level` too);
 * everything else an element needs is a controller it adds itself.
 *
 * Language comes from the element's `locale` attribute, else the enclosing
 * <coproduction-project>, else the nearest `lang` attribute (usually <html lang>),
 * else English.
 *
 * `Key` is the element's string keys: an element sets `static catalogues` to
 * its own strings merged over the shared ones (`withSharedStrings`). `Tag`
 * names its events.
 */
export class CoproduceElement<
  Key extends string = SharedKey,
  Tag extends ErrorEventTag = ErrorEventTag,
> extends LitElement {
  /** The coproduce version that defined this element: a second copy on the page names it in its warning. */
  static version: string = VERSION;

  /** @internal */
  static catalogues: Catalogues = sharedCatalogues;

  /** Easy Read strings, looked up first while Easy Read is on (see i18n/easy-read.ts). @internal */
  static easyReadCatalogues: EasyReadCatalogues = sharedEasyRead;

  static override styles = [themeTokens, baseStyles, pictureStyles];

  static override properties: PropertyDeclarations = {
    locale: { type: String, reflect: true },
    theme: { type: String, reflect: true },
    easyRead: { type: Boolean, attribute: 'easy-read', reflect: true },
    headingLevel: { attribute: 'heading-level' },
    /** @internal */ project: { state: true, attribute: false },
  };

  /**
   * Language of the interface: `en` or `cy` (a region, as in `cy-GB`, is
   * ignored). Unset means inherited.
   */
  declare locale: Locale | undefined;
  /** `light` (default), `dark` or `auto` (follows the device setting). */
  declare theme: Theme | undefined;
  /**
   * Easy Read: one idea per short sentence, everyday words, metaphors
   * explained, and a picture beside each key word and choice. Also on when
   * the enclosing <coproduction-project> has `easy-read`.
   */
  declare easyRead: boolean;
  /**
   * The level of the element's title, 1 to 6 (default 2), so it fits the
   * page's outline: its sections are one level below, their parts one below that.
   */
  declare headingLevel: number | string | undefined;
  /** What the enclosing <coproduction-project> shares, if there is one. */
  declare protected project: ProjectContextValue | undefined;

  /** The heading tags in use. @internal */
  headings: Headings = headingsFor(HEADING_LEVELS.default);
  /** Moves focus after a render. */
  protected readonly refocus: FocusController;
  /** What went wrong, shown at the top and reported as `<tag>-error`. */
  protected readonly problems: ProblemsController<Key, Tag>;

  private stopWatchingLang: (() => void) | null = null;
  private headingLevelRead: unknown = undefined;
  /** Parts a render asked for that are still on their way (see `awaiting`). */
  private readonly awaited = new Set<Promise<unknown>>();

  /** `tag` names the element's events (`<tag>-error`), whatever name the page registers it under. */
  constructor(tag: Tag) {
    super();
    this.easyRead = false;
    this.refocus = new FocusController(this);
    this.problems = new ProblemsController<Key, Tag>(this, { tag, focus: this.refocus, title: '#title' });
    this.problems.allowDismissing('part');
    attachContextRoot();
    new ContextConsumer(this, {
      context: projectContext,
      subscribe: true,
      callback: (value) => {
        this.project = value;
      },
    });
    // The render root says whether Easy Read is on, for styles (bigger text), before each render.
    this.addController({
      hostUpdate: () => {
        (this.renderRoot as HTMLElement | undefined)?.classList?.toggle('easy-read', this.inEasyRead);
        this.readHeadingLevel();
      },
    });
    if (isServer) this.drawLikeTheBrowser();
  }

  /**
   * Drawn on a server (Lit's server rendering), an element has no render
   * root of its own and its controllers are not asked before the render: the
   * drawing is put in the same `.text-size` box here, saying whether Easy
   * Read is on, with the heading level read first, so the page shows what the
   * browser will draw until the element is defined.
   */
  private drawLikeTheBrowser(): void {
    const draw = this.render;
    this.render = () => {
      this.readHeadingLevel();
      const box = { 'text-size': true, 'easy-read': this.inEasyRead };
      return html`<div class=${classMap(box)}>${draw.call(this)}</div>`;
    };
  }

  private readHeadingLevel(): void {
    if (this.headingLevel === this.headingLevelRead) return;
    this.headingLevelRead = this.headingLevel;
    if (this.headingLevel === undefined || this.headingLevel === null) {
      this.problems.clear('heading-level');
      this.headings = headingsFor(HEADING_LEVELS.default);
      return;
    }
    const level = this.problems.readChoice(
      'heading-level',
      z.coerce.number().check(z.int(), z.gte(HEADING_LEVELS.min), z.lte(HEADING_LEVELS.max)),
      this.headingLevel,
      HEADING_LEVELS.default,
      'error.headingLevel',
    );
    this.headings = headingsFor(level);
  }

  /**
   * Renders into a `.text-size` box inside the shadow root: it holds the
   * reader's own default text size, the floor for the element's text (see
   * baseStyles).
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    registerHostText();
    // A page rendered on a server brings the element's shadow root with it, already drawn: the element
    // draws itself afresh in it rather than beside that drawing.
    this.shadowRoot?.replaceChildren();
    const shadow = super.createRenderRoot();
    const box = document.createElement('div');
    box.className = 'text-size';
    shadow.appendChild(box);
    return box;
  }

  override connectedCallback(): void {
    this.upgradeProperties();
    super.connectedCallback();
    this.stopWatchingLang = onLangChange(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatchingLang?.();
    this.stopWatchingLang = null;
  }

  /**
   * A render needed a part that is still being fetched (a chart, the
   * virtualizer): the element draws again when it arrives, and until then
   * `updateComplete` waits for it, so a host (or a test) that awaits it sees
   * the element drawn in full.
   * @internal
   */
  awaiting(part: Promise<unknown>): void {
    if (this.awaited.has(part)) return;
    this.awaited.add(part);
    const arrived = () => {
      this.awaited.delete(part);
      this.requestUpdate();
    };
    part.then(arrived, arrived);
  }

  /**
   * Runs `use` with a part fetched on demand (see `onDemand`) that an action
   * needs now: a form opened, a file made. `updateComplete` waits for it, as
   * for a part a render needs. If it cannot be fetched the person is told
   * (`part-unavailable`) and pressing again tries again.
   */
  withPart<Module>(part: OnDemandPart<Module>, use: (module: Module) => void | Promise<void>): Promise<void> {
    const action = part.fetch().then(
      (module) => {
        this.problems.clear('part');
        return use(module);
      },
      (cause: unknown) => {
        this.problems.set('part', { code: 'part-unavailable', key: 'error.partUnavailable' }, cause);
        this.refocus.after('#problems');
      },
    );
    this.awaiting(action);
    return action;
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.awaited.size > 0) {
      await Promise.allSettled([...this.awaited]);
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /**
   * The language the element is showing now: English if the words of the
   * language it is asked for could not be loaded.
   */
  get resolvedLocale(): Locale {
    const wanted = this.wantedLocale;
    const words = (this.constructor as typeof CoproduceElement).catalogues[wanted];
    // A server draws at once, without waiting for the words to load: English until they are there.
    if (isServer && !stringsNow(words)) return FALLBACK_LOCALE;
    return loadFailure(words) ? FALLBACK_LOCALE : wanted;
  }

  /** The language asked for: the element's `locale`, its project's, the page's, or English. */
  private get wantedLocale(): Locale {
    return (
      normaliseLocale(this.locale) ??
      normaliseLocale(this.project?.locale) ??
      normaliseLocale(inheritedLang(this)) ??
      FALLBACK_LOCALE
    );
  }

  /** Easy Read is asked for: the element's own `easy-read`, or its project's. */
  private get easyReadAsked(): boolean {
    return this.easyRead || this.project?.easyRead === true;
  }

  /**
   * True while the element shows Easy Read: it is asked for (its own
   * `easy-read`, or its project's) and its Easy Read words are here. Words
   * that could not be loaded leave the usual words and the usual layout,
   * so a part only Easy Read has (the words at the ends of the scale) never
   * shows its key names.
   * @internal
   */
  get inEasyRead(): boolean {
    if (!this.easyReadAsked) return false;
    const { easyReadCatalogues } = this.constructor as typeof CoproduceElement;
    return stringsNow(easyReadCatalogues[this.resolvedLocale]) !== undefined;
  }

  /**
   * A string from the catalogue, in the element's language; in Easy Read,
   * its Easy Read version where it has one.
   * @internal
   */
  t(key: Key | SharedKey, params?: MessageParams): string {
    const locale = this.resolvedLocale;
    const { catalogues, easyReadCatalogues } = this.constructor as typeof CoproduceElement;
    // Words not loaded yet (between a switch and the render that shows it) are English, never a key.
    const message =
      (this.easyReadAsked ? stringsNow(easyReadCatalogues[locale])?.[key] : undefined) ??
      stringsNow(catalogues[locale])?.[key] ??
      catalogues.en[key] ??
      key;
    return formatMessage(locale, message, params);
  }

  /**
   * Loads the words the next render shows (its language; Easy Read's when
   * on) before it happens, so the first render of a Welsh element is
   * already Welsh, and a switch shows the new words all at once. Each load
   * happens once, for every element that asks; `updateComplete` waits for it.
   */
  // biome-ignore lint/suspicious/noConfusingVoidType: Lit's own signature, whose result this passes on.
  protected override scheduleUpdate(): void | Promise<unknown> {
    const loading = this.wordsToLoad();
    if (!loading) return super.scheduleUpdate();
    // Whatever changed meanwhile (another switch) is looked at again before rendering.
    return loading.then(() => this.scheduleUpdate());
  }

  /** The loads the next render waits for, or null when its words are here (or could not be loaded). */
  private wordsToLoad(): Promise<unknown> | null {
    const { catalogues, easyReadCatalogues } = this.constructor as typeof CoproduceElement;
    const plain = catalogues[this.wantedLocale];
    const easy = this.easyReadAsked ? easyReadCatalogues[this.resolvedLocale] : null;
    const loading: Promise<unknown>[] = [plain, easy]
      .filter((source) => source && !stringsNow(source) && !loadFailure(source))
      .map((source) => loadStrings(source!).catch(() => undefined));
    // Easy Read's pictures come with its words; without them (a failed fetch) the words still say it all.
    if (easy && !picturesSettled()) loading.push(loadPictures().catch(() => undefined));
    if (loading.length) return Promise.all(loading);
    this.reportWordsMissing(loadFailure(plain), easy && loadFailure(easy));
    return null;
  }

  /** Words that could not be loaded, shown (the element is in English, or its usual words) and reported once. */
  private reportWordsMissing(plain: { cause: unknown } | undefined, easy: { cause: unknown } | null | undefined): void {
    const missing = plain ?? easy;
    if (!missing) {
      this.problems.clear('language');
      return;
    }
    const key = plain ? 'error.languageUnavailable' : 'error.easyReadUnavailable';
    if (this.problems.get('language')?.key === key) return;
    const params = { language: this.t(`language.${this.wantedLocale}` as SharedKey) };
    this.problems.set('language', { code: 'language-unavailable', key, params }, missing.cause);
  }

  /** Dispatches a typed event that bubbles and is composed. */
  protected emit<K extends keyof GlobalEventHandlersEventMap>(
    type: K,
    detail: EventDetail<K>,
    options?: { cancelable?: boolean },
  ): boolean {
    return emit(this, type, detail, options);
  }

  /**
   * A property set on the element before its definition loaded (`data`, say)
   * sits on the instance and hides the class's setter: each is re-applied
   * through its setter, so no element has to name its own. (Lit does this
   * for its reactive properties already.)
   */
  private upgradeProperties(): void {
    const self = this as unknown as Record<string, unknown>;
    for (const name of Object.keys(this)) {
      let proto: object | null = Object.getPrototypeOf(this);
      while (proto && !Object.hasOwn(proto, name)) proto = Object.getPrototypeOf(proto);
      if (!proto || !Object.getOwnPropertyDescriptor(proto, name)?.set) continue;
      const value = self[name];
      delete self[name];
      self[name] = value;
    }
  }

  /**
   * A date and time, as the day it fell on where the reader is, in words: "1 March 2026".
   * @internal
   */
  formatDate(iso: string): string {
    return this.dayInWords(new Date(iso));
  }

  /**
   * A calendar day (yyyy-mm-dd), such as a review date, in words. Read as
   * local midnight, so no time zone moves it a day.
   * @internal
   */
  formatDay(day: string): string {
    const [year, month, date] = day.split('-').map(Number);
    return this.dayInWords(new Date(year!, month! - 1, date));
  }

  // Month names come from the catalogue rather than Intl.DateTimeFormat, whose
  // first use costs ~17 ms loading date data: most of a first render.
  private dayInWords(date: Date): string {
    const months = this.t('date.months').split(',');
    return this.t('date.format', { day: date.getDate(), month: months[date.getMonth()]!, year: date.getFullYear() });
  }

  /**
   * A list of names joined the way the element's language joins them: "Sam, Ali and Jo", "Sam, Ali ac Ifan".
   * @internal
   */
  list(names: readonly string[]): string {
    return joinList(names, { and: this.t('list.and'), andBeforeVowel: this.t('list.andBeforeVowel') });
  }
}
