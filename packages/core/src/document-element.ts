import { nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { html } from 'lit/static-html.js';
import { downloadText, fileSlug } from './files.js';
import type { FieldHost } from './form-fields.js';
import type { SharedKey } from './i18n/catalogues.js';
import type { MessageParams } from './i18n/message.js';
import { newId } from './ids.js';
import { InteractiveElement } from './interactive-element.js';
import { parseParticipants, PARTICIPANT_LIMITS, participantNameSchema } from './participants.js';
import { isUnkeyable } from './records.js';
import { sameData } from './records.js';
import { validate } from './schema.js';
import { parseDocument, toEnvelope, type DocumentEnvelope, type DocumentFormat } from './storage/document-store.js';
import { PersistedDocument, type PersistenceProblem } from './storage/persisted-document.js';

/** What an element's document is and how it changes: everything DocumentElement needs to know. */
export interface DocumentModel<Doc, Action> {
  format: DocumentFormat<Doc>;
  /** The element's tag: its events are `<tag>-change` and `<tag>-error`. */
  tag: string;
  create(): Doc;
  /** Makes any valid document ready to show (for example, adds back default items). */
  normalise(doc: Doc): Doc;
  /** Pure: the document after one action. The result is validated before it is kept. */
  apply(doc: Doc, action: Action): Doc;
  /**
   * Validates the document after an action, given the one before it (already
   * valid). Without it the whole document is validated; a long document can
   * check only what the action changed.
   */
  check?(next: Doc, previous: Doc): { success: true } | { success: false; error: unknown };
  /**
   * The document as it may leave the element (`data`, `toJSON`, a downloaded
   * copy, `<tag>-change`): private answers not yet revealed are left out.
   * Storage keeps the whole document, so a reload loses nothing.
   */
  publicView?(doc: Doc): Doc;
  /** The largest saved copy "Open a saved copy" reads, in bytes: MAX_IMPORT_BYTES unless a document can be longer. */
  maxFileBytes?: number;
}

/**
 * What an element's render functions may read and do: the element, seen from
 * its templates. Each element's view adds its own reads (and `Ui`, its
 * interface state that is never saved).
 */
export interface DocumentView<Doc, Action, Key extends string, Ui> extends FieldHost<Key> {
  readonly doc: Doc;
  readonly ui: Ui;
  /** True while the element shows Easy Read. */
  readonly inEasyRead: boolean;
  t(key: Key | SharedKey, params?: MessageParams): string;
  formatDate(iso: string): string;
  /** A calendar day (yyyy-mm-dd) in words. */
  formatDay(day: string): string;
  /** Names joined the way the element's language joins them. */
  list(names: readonly string[]): string;
  /** Applies a change, validates, saves and announces it. `quiet` delays the save (typing). */
  dispatch(action: Action, options?: { quiet?: boolean; announce?: string }): boolean;
  setUi(patch: Partial<Ui>): void;
  /** Moves focus to an element in the shadow root after the next render. */
  focusAfterRender(selector: string): void;
  announce(text: string): void;
  /** Keeps the whole document so the last change can be undone, with a message saying what it was. */
  offerUndo(message: string): void;
  flushPendingSave(): void;
  newId(): string;
}

/** Largest file we will try to open, unless the model says: a real session is a few hundred KB at most. */
const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/** Typing is saved this long after the last key, and at once on leaving the field. */
const TYPING_SAVE_DELAY = 600;

/**
 * The base of every element that edits a document (a session, an agreement,
 * a log): one-way data flow (action → pure model → validate → save → event →
 * render), storage with other tabs followed, undo of big changes, download,
 * open a saved copy, and print. Problems, focus and announcements come from
 * InteractiveElement.
 *
 * Each element's shadow root renders `renderProblems()`, `renderNotice()`,
 * `renderAnnouncer()` and `renderTools()`.
 */
export abstract class DocumentElement<Doc, Action, Key extends string = SharedKey> extends InteractiveElement<Key> {
  static override properties: PropertyDeclarations = {
    storageKey: { type: String, attribute: 'storage-key' },
    /** @internal */ doc: { state: true, attribute: false },
    /** @internal */ notice: { state: true, attribute: false },
    /** @internal */ printing: { state: true, attribute: false },
  };

  /** Saves the work in this browser under this key and restores it on reload. */
  declare storageKey: string | undefined;
  /** @internal */
  declare doc: Doc;
  protected declare notice: { message: string; previous: Doc } | null;
  /** True while the page prints: every part opens. @internal */
  declare printing: boolean;

  protected readonly persistence: PersistedDocument<Doc>;
  private hostDataWaiting = false;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  protected override dismissableProblems = ['data', 'storage'];

  constructor(protected readonly model: DocumentModel<Doc, Action>) {
    super(model.tag);
    this.doc = model.create();
    this.notice = null;
    this.printing = false;
    this.persistence = new PersistedDocument<Doc>(this, {
      format: model.format,
      onLoad: (data) => {
        this.doc = model.normalise(data);
        this.clearProblem('storage');
      },
      onProblem: (problem) => this.reportStorageProblem(problem),
    });
  }

  /**
   * The whole document, validated, without private answers that are not yet
   * revealed. Setting invalid data keeps the current data and reports
   * `<tag>-error`; setting back what the element last reported (a framework
   * passing `<tag>-change`'s data down again) changes nothing.
   */
  get data(): Doc {
    return structuredClone(this.publicDoc);
  }

  set data(value: Doc | DocumentEnvelope<Doc> | undefined) {
    // Templates and frameworks bind an unset property as undefined: nothing given, nothing to load.
    if (value === undefined) return;
    const parsed = parseDocument(value, this.model.format);
    if (!parsed.ok) {
      this.setProblem('data', { code: 'invalid-data', key: 'error.data' }, parsed.cause);
      return;
    }
    this.clearProblem('data');
    const incoming = this.model.normalise(parsed.data);
    // Without this, the echo would replace the document with its public view and lose private answers.
    if (this.hasUpdated && this.model.publicView && sameData(incoming, this.publicDoc)) return;
    this.doc = incoming;
    if (this.hasUpdated) this.persistence.save(this.doc);
    else this.hostDataWaiting = true;
  }

  /** The document as it may leave the element: see `DocumentModel.publicView`. */
  private get publicDoc(): Doc {
    return this.model.publicView ? this.model.publicView(this.doc) : this.doc;
  }

  /** The document as a versioned envelope, the same as a downloaded copy; `JSON.stringify(element)` uses it. */
  toJSON(): DocumentEnvelope<Doc> {
    return toEnvelope(this.data, this.model.format);
  }

  /** The document as CSV for a spreadsheet, in the element's language. */
  abstract toCSV(): string;

  /** The start of a downloaded file's name, in the element's language. */
  protected abstract fileName(): string;

  override connectedCallback(): void {
    super.connectedCallback();
    this.upgradeProperty('data');
    window.addEventListener('pagehide', this.flushPendingSave);
    window.addEventListener('beforeprint', this.startPrinting);
    window.addEventListener('afterprint', this.stopPrinting);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.flushPendingSave();
    window.removeEventListener('pagehide', this.flushPendingSave);
    window.removeEventListener('beforeprint', this.startPrinting);
    window.removeEventListener('afterprint', this.stopPrinting);
  }

  /** The storage key in use: an element showing data it may not keep (read from a URL, say) returns undefined. */
  protected get storageTarget(): string | undefined {
    return this.storageKey;
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    if (this.hostDataWaiting) {
      // Data the host gave us wins over what storage holds; it is saved instead of loaded over.
      this.persistence.bind(this.storageTarget, this.project, { load: false });
      this.hostDataWaiting = false;
      this.persistence.save(this.doc);
    } else {
      this.persistence.bind(this.storageTarget, this.project);
    }
  }

  // ——— Changes ———

  /**
   * Applies a change, validates, saves, tells the host and announces it.
   * `quiet` delays the save while someone types. Returns false if refused.
   * @internal
   */
  dispatch(action: Action, options: { quiet?: boolean; announce?: string } = {}): boolean {
    const next = this.model.apply(this.doc, action);
    const checked = this.model.check ? this.model.check(next, this.doc) : validate(this.model.format.schema, next);
    if (!checked.success) {
      this.setProblem('data', { code: 'invalid-data', key: 'error.change' }, checked.error);
      return false;
    }
    const previous = this.doc;
    this.doc = next;
    this.actionApplied(action, previous);
    if (options.quiet) {
      clearTimeout(this.saveTimer);
      this.saveTimer = setTimeout(() => this.commit(), TYPING_SAVE_DELAY);
    } else {
      this.commit();
    }
    if (options.announce) this.announce(options.announce);
    return true;
  }

  /** After an action is kept, before it is saved: elements send their own events here. */
  protected actionApplied(_action: Action, _previous: Doc): void {}

  /** Saves the document and tells the host. */
  protected commit(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    if (this.persistence.save(this.doc) && this.problems.get('storage')?.code === 'storage-full') {
      this.clearProblem('storage');
    }
    // A copy of a long document takes a while, so it is made only if a listener reads it.
    const doc = this.publicDoc;
    let copy: Doc | undefined;
    this.emitUntyped(`${this.model.tag}-change`, {
      get data() {
        return (copy ??= structuredClone(doc));
      },
    });
  }

  /** @internal */
  readonly flushPendingSave = (): void => {
    if (this.saveTimer !== undefined) this.commit();
  };

  /** Keeps the whole document so the last change can be undone, with a message saying what it was. @internal */
  offerUndo(message: string): void {
    this.notice = { message, previous: this.doc };
    this.focusAfterRender('#undo');
  }

  private undo(): void {
    if (!this.notice) return;
    this.doc = this.notice.previous;
    this.notice = null;
    this.commit();
    this.announce(this.t('status.undone'));
    this.focusAfterRender('#title');
  }

  /** @internal */
  newId(): string {
    return newId();
  }

  // ——— Problems ———

  private reportStorageProblem(problem: PersistenceProblem): void {
    let key: SharedKey;
    if (problem.code === 'unreadable-storage') {
      key =
        problem.reason === 'newer-version'
          ? 'error.storageNewer'
          : problem.backupKey
            ? 'error.storageUnreadable'
            : 'error.storageUnreadableNotKept';
    } else {
      key = problem.code === 'storage-full' ? 'error.storageFull' : 'error.storageUnavailable';
    }
    this.setProblem('storage', { code: problem.code, key }, problem);
  }

  /**
   * Reads a comma-separated list of names (never job titles): trimmed, each
   * once, within the limits. A problem with the list is shown and reported
   * under 'participants'; the usable names are returned.
   */
  protected readParticipants(value: string | null | undefined): string[] {
    const { names, duplicates } = parseParticipants(value);
    const unkeyable = names.find(isUnkeyable);
    const tooLong = names.find((name) => !isUnkeyable(name) && !validate(participantNameSchema(), name).success);
    const kept = names.filter((name) => name !== tooLong && name !== unkeyable).slice(0, PARTICIPANT_LIMITS.count);
    const report = (key: SharedKey, params: MessageParams, cause: Error) =>
      this.setProblem('participants', { code: 'invalid-attribute', key, params }, cause);
    if (duplicates.length) {
      report('error.duplicateName', { name: duplicates[0]! }, new Error(`Listed twice: ${duplicates.join(', ')}`));
    } else if (unkeyable) {
      report('error.unusableName', { name: unkeyable }, new Error(`Not a name we can keep: ${unkeyable}`));
    } else if (tooLong) {
      report('error.longName', { max: PARTICIPANT_LIMITS.name }, new Error(`Name too long: ${tooLong.slice(0, 80)}`));
    } else if (names.length > PARTICIPANT_LIMITS.count) {
      report('error.tooManyPeople', { max: PARTICIPANT_LIMITS.count }, new Error(`${names.length} names given`));
    } else {
      this.clearProblem('participants');
    }
    return kept;
  }

  // ——— Files and printing ———

  private async openFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const fail = (cause: unknown, key: SharedKey = 'error.file') => {
      this.setProblem('data', { code: 'invalid-file', key, params: { file: file.name } }, cause);
      this.focusAfterRender('#problems');
    };
    const max = this.model.maxFileBytes ?? MAX_IMPORT_BYTES;
    if (file.size > max) return fail(new Error(`File is ${file.size} bytes, more than ${max}`), 'error.fileTooBig');
    let text: string;
    try {
      text = await file.text();
    } catch (cause) {
      return fail(cause);
    }
    const parsed = parseDocument(text, this.model.format);
    // As for storage: a copy from a newer version is not damaged, only too new for this one.
    if (!parsed.ok) return fail(parsed.cause, parsed.reason === 'newer-version' ? 'error.fileNewer' : 'error.file');
    this.clearProblem('data');
    this.offerUndo(this.t('status.opened', { file: file.name }));
    this.doc = this.model.normalise(parsed.data);
    this.commit();
  }

  private download(kind: 'json' | 'csv'): void {
    const name = `${fileSlug(this.fileName())}-${new Date().toISOString().slice(0, 10)}`;
    if (kind === 'json') downloadText(`${name}.json`, JSON.stringify(this.toJSON(), null, 2), 'application/json');
    else downloadText(`${name}.csv`, `\ufeff${this.toCSV()}`, 'text/csv;charset=utf-8');
    this.announce(this.t('status.downloaded'));
  }

  private readonly startPrinting = () => {
    this.flushPendingSave();
    this.printing = true;
  };

  private readonly stopPrinting = () => {
    this.printing = false;
  };

  // ——— Shared parts of every document element's page ———

  /** What just changed, with Undo. */
  protected renderNotice(): TemplateResult | typeof nothing {
    if (!this.notice) return nothing;
    return html`<div class="notice no-print" role="status">
      <p>${this.notice.message}</p>
      <div class="row">
        <button type="button" id="undo" class="primary" @click=${() => this.undo()}>${this.t('action.undo')}</button>
        <button type="button" @click=${() => (this.notice = null)}>${this.t('action.dismiss')}</button>
      </div>
    </div>`;
  }

  /**
   * A button that opens the browser's file chooser, with its hint. The
   * native file input is never shown: its button says "Choose File" in the
   * browser's own language, whatever the page's, so a Welsh page showed
   * English. The input (`#<id>`) stays in the page, out of sight and reach.
   */
  protected renderFileField(field: {
    id: string;
    label: string;
    hint: string;
    accept: string;
    choose: (event: Event) => void;
  }): TemplateResult {
    const openChooser = (event: Event) =>
      (event.currentTarget as HTMLElement).parentElement!.querySelector<HTMLInputElement>('input[type="file"]')!.click();
    return html`<div class="field open-file">
      <button type="button" id="${field.id}-button" aria-describedby="${field.id}-hint" @click=${openChooser}>
        ${field.label}
      </button>
      <p class="hint" id="${field.id}-hint">${field.hint}</p>
      <input id=${field.id} type="file" hidden tabindex="-1" accept=${field.accept} @change=${field.choose} />
    </div>`;
  }

  /** Download, print and open a saved copy; `extra` is an element's own tools, at the end. */
  protected renderTools(extra: TemplateResult | typeof nothing = nothing): TemplateResult {
    const saving = this.persistence.storageKey !== null;
    return html`
      <section class="tools no-print" part="tools" aria-labelledby="tools-heading">
        <${this.headings.section} class="h-section" id="tools-heading">${this.t('tools.heading')}</${this.headings.section}>
        <p class="hint">${this.t(saving ? 'tools.savedHere' : 'tools.notSaved')}</p>
        <div class="row">
          <button type="button" @click=${() => this.download('json')}>${this.t('tools.downloadCopy')}</button>
          <button type="button" @click=${() => this.download('csv')}>${this.t('tools.downloadSpreadsheet')}</button>
          <button type="button" @click=${() => window.print()}>${this.t('tools.print')}</button>
        </div>
        ${this.renderFileField({
          id: 'open-file',
          label: this.t('tools.open'),
          hint: this.t('tools.openHint'),
          accept: '.json,application/json',
          choose: (event) => this.openFile(event),
        })}
        ${extra}
      </section>
    `;
  }
}
