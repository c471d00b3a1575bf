import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { ProjectContextValue } from '../context.js';
import { emit, type ChangeEventTag } from '../events.js';
import { validate } from '../schema.js';
import { parseDocument, toEnvelope, type DocumentEnvelope, type DocumentFormat } from '../storage/document-store.js';
import { PersistedDocument, type PersistenceProblem } from '../storage/persisted-document.js';
import { sameData } from '../records.js';
import { onDemand } from '../on-demand.js';
import type { Binding, BindingHost } from '../sync/binding.js';
import { applyPatches, diff, takeBack, valueAt, type Conflict, type Json, type Patch } from '../sync/patches.js';
import type { LiveSession, SharedDocumentHandle } from '../sync/session.js';
import { TabChannel, tabsSupported } from '../sync/tabs.js';
import type { Announcer } from './announcer.js';
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

/**
 * Sharing a document (with another tab, or in a live session) needs Yjs: it
 * comes in its own chunk, fetched only when there is someone to share with.
 */
const sharedPart = onDemand(() => import('../sync/binding.js'));

const json = <Doc>(doc: Doc) => doc as unknown as Json;

/** Whether a conflict's value can be shown in a sentence. */
const shownValue = (value: Json | undefined): string | null =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : null;

/** Where the document is shared now: with other tabs, or through a live session. */
interface Sharing {
  key: string;
  session: LiveSession | undefined;
  stop(): void;
}

/**
 * An element's document: one-way data flow (action → pure model → validate →
 * save → `<tag>-change` → render), storage, and undo of big changes. The
 * element keeps nothing of the document itself; its `data` property and
 * `toJSON()` hand on to `data` and `toJSON()` here.
 *
 * Shared documents: with a storage key, two tabs (or two elements) on that
 * key merge each other's changes field by field (`sync/tabs.ts`); inside a
 * `<coproduction-project>` with a live session, the document is shared
 * through the session instead. A change from elsewhere is checked with the
 * element's format, merged with this copy (typing is never replaced: a field
 * both changed is shown as a conflict to settle), saved, and reported with
 * `<tag>-change` like a change made here, so a host keeping its own copy
 * hears of it. Undo takes back only this copy's own change.
 */
export class DocumentController<Doc, Action, Key extends string> implements ReactiveController {
  private current: Doc;
  /** What Undo takes back (`patches`); none: the notice only says something (after an Undo that kept someone else's change). */
  private notice: { message: string; patches: Patch[] | null } | null = null;
  /** Undo offered for the change about to be made: its patches are kept once it is made. */
  private undoOffered: { message: string; before: Doc } | null = null;
  /** Fields changed both here and elsewhere, waiting for the person to choose. */
  private conflicts: Conflict[] = [];
  private sharing: Sharing | null = null;
  private binding: Binding | null = null;
  private hostDataWaiting = false;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly persistence: PersistedDocument<Doc>;

  constructor(
    private readonly host: ProblemsHost<Key> & { readonly hasUpdated: boolean },
    private readonly options: DocumentOptions<Doc, Action, Key>,
  ) {
    const { model, problems } = options;
    this.current = model.create();
    problems.allowDismissing('storage');
    problems.allowDismissing('shared');
    this.persistence = new PersistedDocument<Doc>(host, {
      format: model.format,
      onLoad: (data) => {
        this.set(model.normalise(data));
        problems.clear('storage');
      },
      onProblem: (problem) => this.reportStorageProblem(problem),
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
      this.binding?.changed();
    } else this.hostDataWaiting = true;
  }

  /** The document as a versioned envelope, the same as a downloaded copy. */
  toJSON(): DocumentEnvelope<Doc> {
    return toEnvelope(this.data, this.options.model.format);
  }

  hostConnected(): void {
    window.addEventListener('pagehide', this.flushPendingSave);
    // Back on the page (moved, or put back): shares again as it did.
    if (this.host.hasUpdated) this.connectShared();
  }

  hostDisconnected(): void {
    this.flushPendingSave();
    window.removeEventListener('pagehide', this.flushPendingSave);
    this.disconnectShared();
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
    this.connectShared();
  }

  // ——— Sharing with other tabs, or through a live session ———

  private connectShared(): void {
    const { key, project } = this.options.storage();
    const full = this.persistence.storageKey;
    const session = project?.session;
    const target = key && full ? full : null;
    if (this.sharing?.key === target && this.sharing?.session === session) return;
    this.disconnectShared();
    if (!key || !target) return;
    if (session) this.sharing = this.joinSession(target, session, key);
    else if (tabsSupported()) this.sharing = this.joinTabs(target);
  }

  private disconnectShared(): void {
    this.sharing?.stop();
    this.sharing = null;
    this.binding = null;
    this.persistence.following = true;
    this.persistence.otherTabSaved = null;
    if (this.conflicts.length) {
      this.conflicts = [];
      this.host.requestUpdate();
    }
  }

  /** What the binding (fetched on demand) sees of this document. */
  private bindingHost(view: (doc: Doc) => Doc): BindingHost<Doc> {
    return {
      format: this.options.model.format,
      current: () => this.current,
      view,
      adopt: (doc, conflicts) => this.fromElsewhere(doc, conflicts),
      refuse: (cause) =>
        this.options.problems.set('shared', { code: 'invalid-data', key: 'error.sharedRefused' }, cause),
      held: () => this.conflicts.map((conflict) => conflict.path),
    };
  }

  private bound(binding: Binding): void {
    // Other tabs' changes now arrive merged: loading their saves as well would replace typing.
    this.persistence.following = false;
    this.binding = binding;
  }

  /**
   * A live session: each element joins its own shared document, which holds
   * the public view (private answers not yet revealed stay here). Other tabs
   * on this device join the session too, which merges them; the tab channel
   * is not used.
   */
  private joinSession(target: string, session: LiveSession, key: string): Sharing {
    let stopped = false;
    let handle: SharedDocumentHandle | undefined;
    let binding: Binding | undefined;
    const { publicView } = this.options.model;
    const view = publicView ?? ((doc: Doc) => doc);
    Promise.all([session.join(key), sharedPart.fetch()]).then(
      ([joined, part]) => {
        if (stopped) return joined.leave();
        handle = joined;
        this.flushPendingSave();
        binding = part.bindShared(joined, this.bindingHost(view));
        this.bound(binding);
        // Another tab in the same session: its private answers are on this device too, and must stay in storage.
        this.persistence.otherTabSaved = (stored) => this.privateFromOtherTab(stored, view);
      },
      // The session's status line says what went wrong; changes stay kept on this device.
      () => undefined,
    );
    return {
      key: target,
      session,
      stop() {
        stopped = true;
        binding?.leave();
        handle?.leave();
      },
    };
  }

  /** Two tabs on one storage key: see `sync/tabs.ts`. Alone, nothing is fetched. */
  private joinTabs(target: string): Sharing {
    let binding: Binding | undefined;
    let stopped = false;
    const { model } = this.options;
    const channel = new TabChannel(target, {
      save: () => {
        this.flushPendingSave();
        this.persistence.save(this.current);
      },
      storedText: () => this.persistence.storedText(),
      readable: (text) => parseDocument(text, model.format).ok,
      share: async (seedText, send, own) => {
        const part = await sharedPart.fetch();
        const parsed = seedText === null ? null : parseDocument(seedText, model.format);
        // Both tabs seed from the same stored text, made ready the same way: the same Yjs items.
        const stored = parsed?.ok ? model.normalise(parsed.data) : null;
        const seed = stored ?? (own ? this.current : null);
        const tab = part.tabDoc(model.format, seed, send);
        if (stopped) return tab;
        // Tabs of one browser read the same storage: the whole document is shared, private answers too.
        // Changes made here since the stored copy was seeded are this tab's own, kept in the merge.
        const mine = part.bindShared(
          tab.handle,
          this.bindingHost((doc) => doc),
          seed ?? undefined,
        );
        binding = mine;
        this.bound(mine);
        return {
          state: () => tab.state(),
          receive: (update) => tab.receive(update),
          close: () => {
            mine.leave();
            tab.close();
          },
        };
      },
    });
    return {
      key: target,
      session: undefined,
      stop() {
        stopped = true;
        binding?.leave();
        channel.close();
      },
    };
  }

  /**
   * Another tab on this device, in the same live session, saved: what it
   * holds beyond the public view (its private answers, which the session
   * never carries) is taken in here too, so neither tab's save loses the other's.
   */
  private privateFromOtherTab(stored: Doc, view: (doc: Doc) => Doc): void {
    const { model } = this.options;
    const theirs = model.normalise(stored);
    const own = diff(json(view(theirs)), json(theirs));
    if (!own.length) return;
    const next = applyPatches(json(this.current), own) as unknown as Doc;
    if (sameData(next, this.current) || !validate(model.format.schema, next).success) return;
    this.set(next);
    this.persistence.save(this.current);
    // If the group has already revealed, what came in is published like any answer.
    this.binding?.changed();
  }

  /**
   * A valid document from elsewhere, already merged with this one: shown,
   * saved and reported with `<tag>-change` (a host keeping its own copy needs
   * to hear of it). Fields both changed stay as they are here, shown as
   * conflicts.
   */
  private fromElsewhere(merged: Doc, conflicts: Conflict[]): void {
    const { model, problems } = this.options;
    problems.clear('shared');
    if (conflicts.length) {
      const others = this.conflicts.filter(
        (open) => !conflicts.some((conflict) => JSON.stringify(conflict.path) === JSON.stringify(open.path)),
      );
      this.conflicts = [...others, ...conflicts];
      this.options.announcer.say(this.host.t('sync.conflict'));
      this.host.requestUpdate();
    }
    const next = model.normalise(merged);
    if (sameData(next, this.current)) return;
    const checked = validate(model.format.schema, next);
    if (!checked.success) {
      problems.set('shared', { code: 'invalid-data', key: 'error.sharedRefused' }, checked.error);
      return;
    }
    this.set(next);
    this.persistence.save(this.current);
    this.sendChange();
  }

  private keepMine(conflict: Conflict): void {
    this.settle(conflict);
    this.binding?.changed();
    this.options.announcer.say(this.host.t('status.keptMine'));
  }

  private useTheirs(conflict: Conflict): void {
    const { model, problems } = this.options;
    const theirs = this.binding?.sharedAt(conflict.path) ?? conflict.theirs;
    const mine = valueAt(json(this.current), conflict.path);
    const next = model.normalise(
      applyPatches(json(this.current), [
        { kind: 'set', path: conflict.path, from: mine, to: theirs },
      ]) as unknown as Doc,
    );
    const checked = validate(model.format.schema, next);
    if (!checked.success) {
      problems.set('data', { code: 'invalid-data', key: 'error.change' }, checked.error);
      return;
    }
    this.settle(conflict);
    this.set(next);
    this.commit();
    this.options.announcer.say(this.host.t('status.usedTheirs'));
  }

  /** The conflict is settled: its notice goes, and focus moves to the next one, or to the title. */
  private settle(conflict: Conflict): void {
    this.conflicts = this.conflicts.filter((open) => open !== conflict);
    this.options.focus.after(this.conflicts.length ? '#keep-mine-0' : '#title');
    this.host.requestUpdate();
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
    this.binding?.changed();
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
   * (`#keep-mine-<n>`) and "Use theirs"; then what just changed, with Undo
   * (`#undo`). Nothing while the document is not editable.
   */
  renderNotice(): TemplateResult | typeof nothing {
    if (!this.editable || (!this.notice && !this.conflicts.length)) return nothing;
    const t = this.host.t.bind(this.host);
    const notice = this.notice;
    return html`${this.conflicts.map((conflict, index) => {
      const mine = shownValue(conflict.mine);
      const theirs = shownValue(this.binding?.sharedAt(conflict.path) ?? conflict.theirs);
      return html`<div class="notice conflict no-print" role="group" aria-labelledby="conflict-${index}">
        <p id="conflict-${index}">${t('sync.conflict')}</p>
        ${mine === null ? nothing : html`<p>${t('sync.mine', { value: mine })}</p>`}
        ${theirs === null ? nothing : html`<p>${t('sync.theirs', { value: theirs })}</p>`}
        <div class="row">
          <button type="button" id="keep-mine-${index}" class="primary" @click=${() => this.keepMine(conflict)}>
            ${t('action.keepMine')}
          </button>
          <button type="button" id="use-theirs-${index}" @click=${() => this.useTheirs(conflict)}>
            ${t('action.useTheirs')}
          </button>
        </div>
      </div>`;
    })}
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
