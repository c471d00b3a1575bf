import { html, nothing, type TemplateResult } from 'lit';
import type { ProjectContextValue } from '../context.js';
import { validate } from '../schema.js';
import { parseDocument } from '../storage/document-store.js';
import type { PersistedDocument } from '../storage/persisted-document.js';
import { sameData } from '../records.js';
import { onDemand } from '../on-demand.js';
import type { Binding, BindingHost } from '../sync/binding.js';
import { applyPatches, diff, valueAt, type Conflict, type Json } from '../sync/patches.js';
import type { LiveSession, SharedDocumentHandle } from '../sync/session.js';
import { TabChannel, tabsSupported } from '../sync/tabs.js';
import type { Announcer } from './announcer.js';
import type { DocumentModel } from './document.js';
import type { FocusController } from './focus.js';
import type { ProblemsController, ProblemsHost } from './problems.js';

/**
 * Sharing a document (with another tab, or in a live session) needs Yjs: it
 * comes in its own chunk, fetched only when there is someone to share with.
 */
const sharedPart = onDemand(() => import('../sync/binding.js'));

const json = <Doc>(doc: Doc) => doc as unknown as Json;

/** More refusals than this within the window, and the element stops joining again. */
const MAX_REFUSALS = 3;
const REFUSALS_WINDOW = 60_000;

/** Whether a conflict's value can be shown in a sentence. */
const shownValue = (value: Json | undefined): string | null =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : null;

/** Where the document is shared now: with other tabs, or through a live session. */
interface Sharing {
  key: string;
  session: LiveSession | undefined;
  stop(): void;
}

/** What sharing needs of the element's document: its DocumentController hands these on. */
export interface SharedDocumentParts<Doc, Key extends string> {
  host: ProblemsHost<Key>;
  model: Pick<DocumentModel<Doc, never>, 'format' | 'normalise' | 'publicView'>;
  problems: ProblemsController<Key>;
  focus: FocusController;
  announcer: Announcer;
  persistence: PersistedDocument<Doc>;
  /** The element's storage key and project, as `DocumentOptions.storage` gives them. */
  storage(): { key: string | null | undefined; project: ProjectContextValue | undefined };
  /** The whole document now, private answers and typing included. */
  current(): Doc;
  /** Shows a document (nothing saved or sent). */
  set(doc: Doc): void;
  /** Saves a change made while typing now, rather than after the pause. */
  flushPendingSave(): void;
  /** Saves the document, tells the host, and shares the change: as for a change made here. */
  commit(): void;
  /** `<tag>-change`, with the document as it may leave the element. */
  sendChange(): void;
}

/**
 * Sharing an element's document. With a storage key, two tabs (or two
 * elements) on that key merge each other's changes field by field
 * (`sync/tabs.ts`); inside a `<coproduction-project>` with a live session,
 * the document is shared through the session instead. A change from
 * elsewhere is checked with the element's format, merged with this copy
 * (typing is never replaced: a field both changed is shown as a conflict to
 * settle), saved, and reported with `<tag>-change` like a change made here,
 * so a host keeping its own copy hears of it.
 */
export class DocumentSharing<Doc, Key extends string> {
  /** Fields changed both here and elsewhere, waiting for the person to choose. */
  private conflicts: Conflict[] = [];
  private sharing: Sharing | null = null;
  private binding: Binding | null = null;
  /** When the session's server last refused changes from here: joining again stops if it keeps happening. */
  private refusals: number[] = [];
  private refusedBy: LiveSession | null = null;

  constructor(private readonly parts: SharedDocumentParts<Doc, Key>) {
    parts.problems.allowDismissing('shared');
    parts.problems.allowDismissing('refused');
  }

  /** Whether fields changed both here and elsewhere wait for the person to choose. */
  get conflicted(): boolean {
    return this.conflicts.length > 0;
  }

  /** The document changed here (and was saved): the copy it is shared with is told. */
  changed(): void {
    this.binding?.changed();
  }

  /** Shares the document where its storage key and project say, unless it already is. */
  connect(): void {
    const { key, project } = this.parts.storage();
    const full = this.parts.persistence.storageKey;
    const session = project?.session;
    const target = key && full ? full : null;
    if (this.sharing?.key === target && this.sharing?.session === session) return;
    this.disconnect();
    if (!key || !target) return;
    // This session's server kept refusing changes from here: only another session (a new link) is tried.
    if (session && session === this.refusedBy) return;
    if (session) this.sharing = this.joinSession(target, session, key);
    else if (tabsSupported()) this.sharing = this.joinTabs(target);
  }

  disconnect(): void {
    const { persistence } = this.parts;
    this.sharing?.stop();
    this.sharing = null;
    this.binding = null;
    persistence.following = true;
    persistence.otherTabSaved = null;
    if (this.conflicts.length) {
      this.conflicts = [];
      this.parts.host.requestUpdate();
    }
  }

  /** What the binding (fetched on demand) sees of this document. */
  private bindingHost(view: (doc: Doc) => Doc): BindingHost<Doc> {
    return {
      format: this.parts.model.format,
      current: () => this.parts.current(),
      view,
      adopt: (doc, conflicts) => this.fromElsewhere(doc, conflicts),
      refuse: (cause) => this.parts.problems.set('shared', { code: 'invalid-data', key: 'error.sharedRefused' }, cause),
      held: () => this.conflicts.map((conflict) => conflict.path),
    };
  }

  private bound(binding: Binding): void {
    // Other tabs' changes now arrive merged: loading their saves as well would replace typing.
    this.parts.persistence.following = false;
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
    const { publicView } = this.parts.model;
    const view = publicView ?? ((doc: Doc) => doc);
    Promise.all([session.join(key), sharedPart.fetch()]).then(
      ([joined, part]) => {
        if (stopped) return joined.leave();
        handle = joined;
        this.parts.flushPendingSave();
        binding = part.bindShared(joined, this.bindingHost(view));
        this.bound(binding);
        // Another tab in the same session: its private answers are on this device too, and must stay in storage.
        this.parts.persistence.otherTabSaved = (stored) => this.privateFromOtherTab(stored, view);
        void joined.lost.then((reason) => {
          if (!stopped) this.changeRefused(reason);
        });
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

  /**
   * The session's server turned down a change from here (another device
   * changed the same thing first, or this copy is out of step): the element
   * joins again and shows the group's copy, keeping its private answers. If
   * that keeps happening, it stops trying and says so; work stays on the device.
   */
  private changeRefused(reason: string): void {
    const now = Date.now();
    this.refusals = [...this.refusals.filter((at) => now - at < REFUSALS_WINDOW), now];
    const again = this.refusals.length > MAX_REFUSALS;
    this.parts.problems.set(
      'refused',
      { code: 'change-refused', key: again ? 'error.changesRefused' : 'error.changeRefused' },
      new Error(`The session's server refused a change: ${reason}`),
    );
    if (again) this.refusedBy = this.sharing?.session ?? null;
    this.disconnect();
    this.connect();
  }

  /** Two tabs on one storage key: see `sync/tabs.ts`. Alone, nothing is fetched. */
  private joinTabs(target: string): Sharing {
    let binding: Binding | undefined;
    let stopped = false;
    const { model, persistence } = this.parts;
    const channel = new TabChannel(target, {
      save: () => {
        this.parts.flushPendingSave();
        persistence.save(this.parts.current());
      },
      storedText: () => persistence.storedText(),
      readable: (text) => parseDocument(text, model.format).ok,
      share: async (seedText, send, own, arrived) => {
        // From now on the other tabs' changes come merged, once the shared part is here. Loading their saves
        // meanwhile would make them look like this tab's own changes, and its next change a conflict.
        persistence.following = false;
        let part: Awaited<ReturnType<typeof sharedPart.fetch>>;
        try {
          part = await sharedPart.fetch();
        } catch (cause) {
          // Alone again (offline): follow the other tabs' saves as before, from the latest.
          if (!stopped) {
            persistence.following = true;
            persistence.load();
          }
          throw cause;
        }
        const parsed = seedText === null ? null : parseDocument(seedText, model.format);
        // Both tabs seed from the same stored text, made ready the same way: the same Yjs items.
        const stored = parsed?.ok ? model.normalise(parsed.data) : null;
        const seed = stored ?? (own ? this.parts.current() : null);
        const tab = part.tabDoc(model.format, seed, send);
        if (stopped) return tab;
        for (const update of arrived()) tab.receive(update);
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
    const { model, persistence } = this.parts;
    const theirs = model.normalise(stored);
    const own = diff(json(view(theirs)), json(theirs));
    if (!own.length) return;
    const current = this.parts.current();
    const next = applyPatches(json(current), own) as unknown as Doc;
    if (sameData(next, current) || !validate(model.format.schema, next).success) return;
    this.parts.set(next);
    persistence.save(next);
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
    const { model, problems, persistence } = this.parts;
    problems.clear('shared');
    if (conflicts.length) {
      const others = this.conflicts.filter(
        (open) => !conflicts.some((conflict) => JSON.stringify(conflict.path) === JSON.stringify(open.path)),
      );
      this.conflicts = [...others, ...conflicts];
      this.parts.announcer.say(this.parts.host.t('sync.conflict'));
      this.parts.host.requestUpdate();
    }
    const next = model.normalise(merged);
    if (sameData(next, this.parts.current())) return;
    const checked = validate(model.format.schema, next);
    if (!checked.success) {
      problems.set('shared', { code: 'invalid-data', key: 'error.sharedRefused' }, checked.error);
      return;
    }
    this.parts.set(next);
    persistence.save(next);
    this.parts.sendChange();
  }

  private keepMine(conflict: Conflict): void {
    this.settle(conflict);
    this.binding?.changed();
    this.parts.announcer.say(this.parts.host.t('status.keptMine'));
  }

  private useTheirs(conflict: Conflict): void {
    const { model, problems } = this.parts;
    const current = this.parts.current();
    const theirs = this.binding?.sharedAt(conflict.path) ?? conflict.theirs;
    const mine = valueAt(json(current), conflict.path);
    const next = model.normalise(
      applyPatches(json(current), [{ kind: 'set', path: conflict.path, from: mine, to: theirs }]) as unknown as Doc,
    );
    const checked = validate(model.format.schema, next);
    if (!checked.success) {
      problems.set('data', { code: 'invalid-data', key: 'error.change' }, checked.error);
      return;
    }
    this.settle(conflict);
    this.parts.set(next);
    this.parts.commit();
    this.parts.announcer.say(this.parts.host.t('status.usedTheirs'));
  }

  /** The conflict is settled: its notice goes, and focus moves to the next one, or to the title. */
  private settle(conflict: Conflict): void {
    this.conflicts = this.conflicts.filter((open) => open !== conflict);
    this.parts.focus.after(this.conflicts.length ? '#keep-mine-0' : '#title');
    this.parts.host.requestUpdate();
  }

  /** Fields changed both here and elsewhere, each with "Keep mine" (`#keep-mine-<n>`) and "Use theirs". */
  renderConflicts(): TemplateResult[] {
    const { host } = this.parts;
    const t = host.t.bind(host);
    return this.conflicts.map((conflict, index) => {
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
    });
  }
}
