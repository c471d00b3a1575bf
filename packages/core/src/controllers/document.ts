import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { ProjectContextValue } from '../context.js';
import { emit, type ChangeEventTag } from '../events.js';
import { validate } from '../schema.js';
import { parseDocument, toEnvelope, type DocumentEnvelope, type DocumentFormat } from '../storage/document-store.js';
import { PersistedDocument, type PersistenceProblem } from '../storage/persisted-document.js';
import { sameData } from '../records.js';
import { diff, takeBack, type Json, type Patch } from '../sync/patches.js';
import type { Announcer } from './announcer.js';
import { DocumentSharing } from './document-sharing.js';
import type { FocusController } from './focus.js';
import type { ProblemsController, ProblemsHost } from './problems.js';

/** What an element's document is and how it changes. */
export interface DocumentModel<Doc, Action> {
  format: DocumentFormat<Doc>;
  /** Names the change event, `<tag>-change`, whose detail is `{ data: Doc }`. */
  tag: ChangeEventTag<Doc>;
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
}

export interface DocumentOptions<Doc, Action, Key extends string> {
  model: DocumentModel<Doc, Action>;
  problems: ProblemsController<Key>;
  focus: FocusController;
  announcer: Announcer;
  /**
   * Where the document is kept, read as each update starts: the element's
   * storage key (none: kept nowhere) and its project, whose adapter stores it.
   */
  storage(): { key: string | null | undefined; project: ProjectContextValue | undefined };
  /** A change was kept; it is saved next. An element notes here what its own events will say. */
  applied?(action: Action, previous: Doc): void;
  /** The document is about to be saved and `<tag>-change` sent: an element sends the events it held back. */
  committing?(): void;
  /**
   * False while people may not change the document (`readonly`): every
   * change, opened copy and undo is refused. The host can still set `data`,
   * and other tabs are still followed. Default: always editable.
   */
  editable?(): boolean;
}

/** Typing is saved this long after the last key, and at once on leaving the field. */
const TYPING_SAVE_DELAY = 600;

const json = <Doc>(doc: Doc) => doc as unknown as Json;

/**
 * An element's document: one-way data flow (action → pure model → validate →
 * save → `<tag>-change` → render), storage, and undo of big changes. The
 * element keeps nothing of the document itself; its `data` property and
 * `toJSON()` hand on to `data` and `toJSON()` here.
 *
 * Shared documents: with another tab, or through a live session, by
 * `DocumentSharing` (document-sharing.ts), which this controller owns; a
 * change from elsewhere is reported with `<tag>-change` like a change made
 * here. Undo takes back only this copy's own change.
 */
export class DocumentController<Doc, Action, Key extends string> implements ReactiveController {
  private current: Doc;
  /** What Undo takes back (`patches`); none: the notice only says something (after an Undo that kept someone else's change). */
  private notice: { message: string; patches: Patch[] | null } | null = null;
  /** Undo offered for the change about to be made: its patches are kept once it is made. */
  private undoOffered: { message: string; before: Doc } | null = null;
  private hostDataWaiting = false;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly persistence: PersistedDocument<Doc>;
  /** With other tabs, or through a live session. */
  private readonly sharing: DocumentSharing<Doc, Key>;

  constructor(
    private readonly host: ProblemsHost<Key> & { readonly hasUpdated: boolean },
    private readonly options: DocumentOptions<Doc, Action, Key>,
  ) {
    const { model, problems } = options;
    this.current = model.create();
    problems.allowDismissing('storage');
    this.persistence = new PersistedDocument<Doc>(host, {
      format: model.format,
      onLoad: (data) => {
        this.set(model.normalise(data));
        problems.clear('storage');
      },
      onProblem: (problem) => this.reportStorageProblem(problem),
    });
    this.sharing = new DocumentSharing<Doc, Key>({
      host,
      model,
      problems,
      focus: options.focus,
      announcer: options.announcer,
      persistence: this.persistence,
      storage: () => options.storage(),
      current: () => this.current,
      set: (doc) => this.set(doc),
      flushPendingSave: () => this.flushPendingSave(),
      commit: () => this.commit(),
      sendChange: () => this.sendChange(),
    });
    host.addController(this);
  }

  /** The whole document, private answers included: for the element's own templates. */
  get doc(): Doc {
    return this.current;
  }

  /** How the document is stored and exported. */
  get format(): DocumentFormat<Doc> {
    return this.options.model.format;
  }

  /**
   * Whether people may change the document now (`DocumentOptions.editable`):
   * when false, changes, Undo and opening a saved copy are refused and not
   * offered. The host can still set `data`.
   */
  get editable(): boolean {
    return this.options.editable?.() ?? true;
  }

  /** The full storage key in use, or null when the document is kept nowhere. */
  get storageKey(): string | null {
    return this.persistence.storageKey;
  }

  /** The document as it may leave the element: see `DocumentModel.publicView`. */
  private get publicDoc(): Doc {
    const { publicView } = this.options.model;
    return publicView ? publicView(this.current) : this.current;
  }

  /** A copy of the document as it may leave the element. */
  get data(): Doc {
    return structuredClone(this.publicDoc);
  }

  /**
   * Takes a document from the host, validated. Invalid data keeps the current
   * document and reports `<tag>-error`; what the element last reported,
   * passed down again (a framework echoing `<tag>-change`), changes nothing.
   */
  set data(value: Doc | DocumentEnvelope<Doc> | undefined) {
    // Templates and frameworks bind an unset property as undefined: nothing given, nothing to load.
    if (value === undefined) return;
    const { model, problems } = this.options;
    const parsed = parseDocument(value, model.format);
    if (!parsed.ok) {
      problems.set('data', { code: 'invalid-data', key: 'error.data' }, parsed.cause);
      return;
    }
    problems.clear('data');
    const incoming = model.normalise(parsed.data);
    const started = this.host.hasUpdated;
    // Without this, the echo would replace the document with its public view and lose private answers.
    if (started && model.publicView && sameData(incoming, this.publicDoc)) return;
    this.set(incoming);
    if (started) {
      this.persistence.save(this.current);
      this.sharing.changed();
    } else this.hostDataWaiting = true;
  }

  /** The document as a versioned envelope, the same as a downloaded copy. */
  toJSON(): DocumentEnvelope<Doc> {
    return toEnvelope(this.data, this.options.model.format);
  }

  hostConnected(): void {
    window.addEventListener('pagehide', this.flushPendingSave);
    // Back on the page (moved, or put back): shares again as it did.
    if (this.host.hasUpdated) this.sharing.connect();
  }

  hostDisconnected(): void {
    this.flushPendingSave();
    window.removeEventListener('pagehide', this.flushPendingSave);
    this.sharing.disconnect();
  }

  hostUpdate(): void {
    const { key, project } = this.options.storage();
    if (this.hostDataWaiting) {
      // Data the host gave us wins over what storage holds; it is saved instead of loaded over.
      this.persistence.bind(key, project, { load: false });
      this.hostDataWaiting = false;
      this.persistence.save(this.current);
    } else {
      this.persistence.bind(key, project);
    }
    this.sharing.connect();
  }

  // ——— Changes ———

  /**
   * Applies a change, validates, saves, tells the host and announces it.
   * `quiet` delays the save while someone types. Returns false if refused,
   * as every change is while the document is not editable.
   */
  dispatch(action: Action, options: { quiet?: boolean; announce?: string } = {}): boolean {
    // A read-only element shows no control that changes anything; this is the second lock.
    if (!this.editable) return false;
    const { model, problems } = this.options;
    const next = model.apply(this.current, action);
    const checked = model.check ? model.check(next, this.current) : validate(model.format.schema, next);
    if (!checked.success) {
      this.undoOffered = null;
      problems.set('data', { code: 'invalid-data', key: 'error.change' }, checked.error);
      return false;
    }
    const previous = this.current;
    this.set(next);
    this.keepUndo();
    this.options.applied?.(action, previous);
    if (options.quiet) {
      clearTimeout(this.saveTimer);
      this.saveTimer = setTimeout(() => this.commit(), TYPING_SAVE_DELAY);
    } else {
      this.commit();
    }
    if (options.announce) this.options.announcer.say(options.announce);
    return true;
  }

  /**
   * Replaces the whole document (a saved copy opened), with Undo offered
   * under `message`. Refused (false) while the document is not editable.
   */
  replace(doc: Doc, message: string): boolean {
    if (!this.editable) return false;
    this.offerUndo(message);
    this.set(this.options.model.normalise(doc));
    this.keepUndo();
    this.commit();
    return true;
  }

  /**
   * Shows a document read from elsewhere (what a `src` points at), as it is:
   * not saved, and no `<tag>-change`, since nothing here changed it.
   */
  show(doc: Doc): void {
    this.set(this.options.model.normalise(doc));
  }

  /** Saves a change made while typing now, rather than after the pause. */
  readonly flushPendingSave = (): void => {
    if (this.saveTimer !== undefined) this.commit();
  };

  /**
   * Offers Undo for the change about to be made, with a message saying what
   * it was. Undo takes back that change only (its patches), leaving what
   * anyone else changed since.
   */
  offerUndo(message: string): void {
    this.undoOffered = { message, before: this.current };
    this.options.focus.after('#undo');
  }

  /** The change Undo was offered for has been made: its patches are what Undo takes back. */
  private keepUndo(): void {
    if (!this.undoOffered) return;
    const { message, before } = this.undoOffered;
    this.undoOffered = null;
    this.notice = { message, patches: diff(json(before), json(this.current)) };
  }

  private set(doc: Doc): void {
    this.current = doc;
    this.host.requestUpdate();
  }

  /** Saves the document, tells the host, and shares the change. */
  private commit(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    const { problems } = this.options;
    if (this.persistence.save(this.current) && problems.get('storage')?.code === 'storage-full')
      problems.clear('storage');
    this.options.committing?.();
    this.sendChange();
    this.sharing.changed();
  }

  /** `<tag>-change`, with the document as it may leave the element. */
  private sendChange(): void {
    const { model } = this.options;
    // A copy of a long document takes a while, so it is made only if a listener reads it.
    const doc = this.publicDoc;
    let copy: Doc | undefined;
    const detail = {
      get data() {
        copy ??= structuredClone(doc);
        return copy;
      },
    };
    emit(this.host, `${model.tag}-change` as `${ChangeEventTag<Doc>}-change`, detail as never);
  }

  /** Takes back this copy's own change; what someone else changed since is kept, and the person is told. */
  private undo(): void {
    const patches = this.notice?.patches;
    if (!patches || !this.editable) return;
    const { model, problems } = this.options;
    const { doc, changedSince } = takeBack(json(this.current), patches);
    const next = model.normalise(doc as unknown as Doc);
    const checked = validate(model.format.schema, next);
    if (!checked.success) {
      problems.set('data', { code: 'invalid-data', key: 'error.change' }, checked.error);
      return;
    }
    const kept = changedSince.length > 0;
    const message = this.host.t(kept ? 'status.undoneKeptTheirs' : 'status.undone');
    this.notice = kept ? { message, patches: null } : null;
    this.set(next);
    this.commit();
    this.options.announcer.say(message);
    this.options.focus.after('#title');
  }

  private dismissNotice(): void {
    this.notice = null;
    this.host.requestUpdate();
  }

  private reportStorageProblem(problem: PersistenceProblem): void {
    let key:
      | 'error.storageNewer'
      | 'error.storageUnreadable'
      | 'error.storageUnreadableNotKept'
      | 'error.storageFull'
      | 'error.storageUnavailable';
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
    this.options.problems.set('storage', { code: problem.code, key }, problem);
  }

  /**
   * Fields changed both here and elsewhere, each with "Keep mine"
   * (`#keep-mine-<n>`) and "Use theirs" (`DocumentSharing.renderConflicts`);
   * then what just changed, with Undo (`#undo`). Nothing while the document
   * is not editable.
   */
  renderNotice(): TemplateResult | typeof nothing {
    if (!this.editable || (!this.notice && !this.sharing.conflicted)) return nothing;
    const t = this.host.t.bind(this.host);
    const notice = this.notice;
    return html`${this.sharing.renderConflicts()}
    ${
      notice
        ? html`<div class="notice no-print" role="status">
      <p>${notice.message}</p>
      <div class="row">
        ${
          notice.patches
            ? html`<button type="button" id="undo" class="primary" @click=${() => this.undo()}>${t('action.undo')}</button>`
            : nothing
        }
        <button type="button" @click=${() => this.dismissNotice()}>${t('action.dismiss')}</button>
      </div>
    </div>`
        : nothing
    }`;
  }
}
