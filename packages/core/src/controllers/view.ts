import type { ReactiveControllerHost } from 'lit';
import type { CoproduceElement } from '../base-element.js';
import type { ErrorEventTag } from '../events.js';
import type { FieldHost } from '../form-fields.js';
import type { SharedKey } from '../i18n/catalogues.js';
import type { MessageParams } from '../i18n/message.js';
import { newId } from '../ids.js';
import type { EasyReadHost } from '../pictures/picture.js';
import type { Announcer } from './announcer.js';
import type { DocumentController } from './document.js';
import type { FocusController } from './focus.js';
import type { ProblemsController } from './problems.js';
import type { OnDemandPart } from '../on-demand.js';

/**
 * What every element's templates may read and do: its strings, headings and
 * field messages, focus and announcements. Templates get a view, never the
 * element, so the element's inside stays its own.
 */
export interface ElementView<Key extends string> extends FieldHost<Key>, EasyReadHost {
  t(key: Key | SharedKey, params?: MessageParams): string;
  /** A date and time, as the day it fell on where the reader is, in words. */
  formatDate(iso: string): string;
  /** A calendar day (yyyy-mm-dd) in words. */
  formatDay(day: string): string;
  /** Names joined the way the element's language joins them. */
  list(names: readonly string[]): string;
  /** Says something through the element's polite live region. */
  announce(text: string): void;
  /** A part a template needs is on its way (see `onDemand`): the element draws again when it arrives. */
  awaiting(part: Promise<unknown>): void;
  /** Runs `use` with a part fetched on demand that an action needs now; says so if it cannot be fetched. */
  withPart<Module>(part: OnDemandPart<Module>, use: (module: Module) => void | Promise<void>): Promise<void>;
}

/** What a document element's templates may read and do besides: the document, its changes and interface state. */
export interface DocumentView<Doc, Action, Key extends string, Ui> extends ElementView<Key> {
  readonly doc: Doc;
  readonly ui: Ui;
  /** False while people may not change the document (`readonly`): templates leave out every control that edits it. */
  readonly editable: boolean;
  /** Applies a change, validates, saves and announces it. `quiet` delays the save (typing). */
  dispatch(action: Action, options?: { quiet?: boolean; announce?: string }): boolean;
  setUi(patch: Partial<Ui>): void;
  /** Keeps the whole document so the next change can be undone, with a message saying what it was. */
  offerUndo(message: string): void;
  flushPendingSave(): void;
  newId(): string;
}

export interface ViewParts<Key extends string> {
  problems: ProblemsController<Key>;
  focus: FocusController;
  announcer: Announcer;
}

/** Copies `extra` onto `view` with its getters intact, so the view reads the element's state as it is now. */
function withExtra<View extends object, Extra extends object>(view: View, extra: Extra): View & Extra {
  return Object.defineProperties(view, Object.getOwnPropertyDescriptors(extra)) as View & Extra;
}

/**
 * An element's view for its templates: the shared reads and actions, plus
 * `extra`, the element's own (getters stay live). Made once, in the
 * element's constructor.
 */
export function elementView<Key extends string, Extra extends object>(
  host: CoproduceElement<Key, ErrorEventTag>,
  { problems, focus, announcer }: ViewParts<Key>,
  extra: Extra,
): ElementView<Key> & Extra {
  const view: ElementView<Key> = {
    get headings() {
      return host.headings;
    },
    get inEasyRead() {
      return host.inEasyRead;
    },
    get fieldErrors() {
      return problems.fieldErrors;
    },
    get fieldErrorParams() {
      return problems.fieldErrorParams;
    },
    t: (key, params) => host.t(key, params),
    awaiting: (part) => host.awaiting(part),
    withPart: (part, use) => host.withPart(part, use),
    formatDate: (iso) => host.formatDate(iso),
    formatDay: (day) => host.formatDay(day),
    list: (names) => host.list(names),
    announce: (text) => announcer.say(text),
    setFieldError: (fieldId, key, params) => problems.setFieldError(fieldId, key, params),
    focusAfterRender: (selector) => focus.after(selector),
  };
  return withExtra(view, extra);
}

/** A document element's view: `elementView` with the document and the interface state. */
export function documentView<Doc, Action, Key extends string, Ui, Extra extends object>(
  host: CoproduceElement<Key, ErrorEventTag>,
  parts: ViewParts<Key> & { document: DocumentController<Doc, Action, Key>; ui: UiState<Ui> },
  extra: Extra,
): DocumentView<Doc, Action, Key, Ui> & Extra {
  const { document, ui } = parts;
  const view = elementView(host, parts, {
    get doc() {
      return document.doc;
    },
    get ui() {
      return ui.value;
    },
    get editable() {
      return document.editable;
    },
    dispatch: (action: Action, options?: { quiet?: boolean; announce?: string }) => document.dispatch(action, options),
    setUi: (patch: Partial<Ui>) => ui.set(patch),
    offerUndo: (message: string) => document.offerUndo(message),
    flushPendingSave: () => document.flushPendingSave(),
    newId,
  });
  return withExtra(view, extra);
}

/**
 * Interface state that is never saved (what is open, what is being edited):
 * a change renders the element again.
 */
export class UiState<Ui> {
  constructor(
    private readonly host: ReactiveControllerHost,
    private current: Ui,
  ) {}

  get value(): Ui {
    return this.current;
  }

  set(patch: Partial<Ui>): void {
    this.current = { ...this.current, ...patch };
    this.host.requestUpdate();
  }
}
