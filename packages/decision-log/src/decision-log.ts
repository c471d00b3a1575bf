import {
  Announcer,
  CoproduceElement,
  documentView,
  DocumentController,
  fileField,
  FilesController,
  newId,
  onDemand,
  pictured,
  toEnvelope,
  today,
  UiState,
  type DocumentEnvelope,
} from '@coproduce/core';
import { nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { html } from 'lit/static-html.js';
import { decisionLogStyles } from './decision-log.styles.js';
import { documentToCsv } from './export.js';
import { EMPTY_QUERY, prepareSearch, timeline, type Query } from './find.js';
import { decisionForm } from './decision-form.js';
import { decisionLogCatalogues, type DecisionLogKey } from './i18n/catalogues.js';
import { decisionLogEasyRead } from './i18n/easy-read.js';
import { logSource } from './log-source.js';
import { DECISION_LOG_FORMAT, DECISION_LOG_MODEL, MAX_LOG_BYTES, type DecisionLogAction } from './model.js';
import { OnShow } from './on-show.js';
import { publicCopy } from './public-copy.js';
import { renderDecision } from './render-decision.js';
import { renderCounts, renderFinder } from './render-finder.js';
import { focusDecisionRow, renderFound, VIRTUALISE_ABOVE } from './render-list.js';
import type { Decision, DecisionLogDocument } from './schema.js';
import type { DecisionLogView, UiState as DecisionLogUi } from './view.js';

/** Reading a spreadsheet: fetched when someone first reaches for "Add decisions from a spreadsheet". */
const spreadsheetReader = onDemand(() => import('./read-spreadsheet.js'));

// The events' details, and their declaration for every listener (element, ancestor or document).
export type { DecisionLogChangeDetail, DecisionsRecordedDetail, DecisionUpdatedDetail } from './events.js';

/**
 * A transparent record of decisions: what was decided, why and how, who took
 * part, what it answers ("you said"), and what happened next ("we did").
 * Nothing is overwritten: updates and corrections are added to each
 * decision's history. `public` turns it into a public "you said, we did"
 * board that shows only what each decision was marked to show; `readonly`
 * shows the whole log with nothing to change. Every row of an ordinary log
 * is in the page; a very long one (20,000 decisions) stays quick by drawing
 * only the rows near the screen.
 *
 * @summary Record decisions and what came of them, with a public "you said, we did" board.
 * @tagname decision-log
 *
 * @event {CustomEvent<DecisionsRecordedDetail>} decisions-recorded - Decisions were recorded: one from the form, or every row of a spreadsheet, in one event. `detail: { decisions }`.
 * @event {CustomEvent<DecisionUpdatedDetail>} decision-updated - A status, an outcome or a correction was added to a decision's history. `detail: { decisionId, change }`.
 * @event {CustomEvent<DecisionLogChangeDetail>} decision-log-change - Anything in the log changed, here or in another tab or device of a live session. `detail: { data }`, the whole log (copied when first read).
 * @event {CustomEvent<CoproduceErrorDetail>} decision-log-error - Input was refused, `src` could not be loaded, storage failed, or the part that reads a spreadsheet could not be fetched; the previous data is kept. `detail: { message, code, cause }`.
 *
 * @csspart base - The element's outer box.
 * @csspart counts - How many decisions stand where.
 * @csspart finder - Search, filters, order and view (on the board, folded behind "Search and filter").
 * @csspart list - The list of decisions found.
 * @csspart error-summary - The problems a refused save lists at the top of its form, each a link to its field.
 * @csspart entry - Each decision on the public board.
 * @csspart history - A decision's history.
 * @csspart tools - Download, print, open-a-copy and spreadsheet controls (with `readonly`, downloads and print only).
 */
export class DecisionLog extends CoproduceElement<DecisionLogKey, 'decision-log'> {
  static override styles = [...CoproduceElement.styles, decisionLogStyles];

  /** @internal */
  static override catalogues = decisionLogCatalogues;

  /** @internal */
  static override easyReadCatalogues = decisionLogEasyRead;

  static override properties: PropertyDeclarations = {
    public: { type: Boolean, reflect: true },
    readonly: { type: Boolean, reflect: true },
    showNames: { type: Boolean, attribute: 'show-names', reflect: true },
    src: { type: String },
    storageKey: { type: String, attribute: 'storage-key' },
  };

  /** The public "you said, we did" board: only the decisions and parts each is marked to show, and nothing to change. */
  declare public: boolean;
  /** The whole log, to read: nothing can be recorded, updated or corrected; downloads and print still work. */
  declare readonly: boolean;
  /** On the board, shows the names of who took part (where a decision shows them) and who a decision was passed to. */
  declare showNames: boolean;
  /** The address of a log (JSON, as downloaded from here) to show read-only. It is validated; nothing is saved. */
  declare src: string | undefined;
  /** Saves the log in this browser under this key and restores it on reload (not for a log from `src`). */
  declare storageKey: string | undefined;

  /** Lists of more rows (or board cards) than this draw only those near the screen; the bench moves it. @internal */
  virtualiseAbove: { rows: number; cards: number } = VIRTUALISE_ABOVE;

  /** The decision to focus in the list once it is drawn again. */
  private returnTo: string | null = null;
  private searchPrepared: { shown: readonly Decision[]; stop: () => void } | null = null;

  private readonly announcer = new Announcer(this);
  private readonly ui = new UiState<DecisionLogUi>(this, {
    query: EMPTY_QUERY,
    view: 'list',
    open: null,
    form: null,
    finderOpen: null,
    typedDays: {},
    summary: null,
  });
  private readonly document = new DocumentController(this, {
    model: DECISION_LOG_MODEL,
    problems: this.problems,
    focus: this.refocus,
    announcer: this.announcer,
    storage: () => ({ key: this.src ? undefined : this.storageKey, project: this.project }),
    editable: () => this.editable,
    applied: (action) => this.tellHost(action),
  });
  private readonly files = new FilesController(this, {
    document: this.document,
    problems: this.problems,
    focus: this.refocus,
    announcer: this.announcer,
    toCSV: () => this.toCSV(),
    fileName: () => this.t('file.name'),
    maxFileBytes: MAX_LOG_BYTES,
  });
  private readonly source = logSource(this, this.problems, (log) => this.document.show(log));
  private readonly onShow = new OnShow();
  private readonly view = this.createView();

  constructor() {
    super('decision-log');
    this.public = false;
    this.readonly = false;
    this.showNames = false;
  }

  /**
   * The whole log, validated. Setting invalid data keeps the current log and
   * reports `decision-log-error`; setting back what `decision-log-change`
   * last gave changes nothing. The host can set it when `readonly` too.
   */
  get data(): DecisionLogDocument {
    return this.document.data;
  }

  set data(value: DecisionLogDocument | DocumentEnvelope<DecisionLogDocument> | undefined) {
    this.document.data = value;
  }

  /** The log as a versioned envelope, the same as a downloaded copy; `JSON.stringify(element)` uses it. */
  toJSON(): DocumentEnvelope<DecisionLogDocument> {
    return this.document.toJSON();
  }

  /** The log as CSV for a spreadsheet, in the element's language: one row per decision. */
  toCSV(): string {
    return documentToCsv(this.document.doc, (key) => this.t(key));
  }

  /**
   * Not on the board, when `readonly`, nor for a log from `src`: those are to
   * read. Nor for a participant in a live session: decisions are recorded by
   * whoever runs it (the server refuses a participant's change anyway).
   */
  private get editable(): boolean {
    return !this.public && !this.readonly && !this.src && this.project?.session?.role !== 'participant';
  }

  /** What the templates may read and do, and nothing else of the element. */
  private createView(): DecisionLogView {
    const element = this;
    const parts = {
      problems: this.problems,
      focus: this.refocus,
      announcer: this.announcer,
      document: this.document,
      ui: this.ui,
    };
    return documentView(this, parts, {
      get editable() {
        return element.editable;
      },
      get board() {
        return element.public;
      },
      get shown() {
        return element.shownNow;
      },
      get found() {
        return element.onShow.found(element.shownNow, element.ui.value.query, today());
      },
      get renderRoot() {
        return element.renderRoot;
      },
      get virtualiseAbove() {
        return element.virtualiseAbove;
      },
      get today() {
        return today();
      },
      setUi: (patch: Partial<DecisionLogUi>) => this.setUi(patch),
      setQuery: (patch: Partial<Query>) => this.setUi({ query: { ...this.ui.value.query, ...patch } }),
      openDecision: (id: string | null) => this.openDecision(id),
    });
  }

  /** The decisions on show: the whole log, or on the board its public copy. */
  private get shownNow(): readonly Decision[] {
    return this.onShow.decisions(this.document.doc, this.public, this.showNames);
  }

  /** Moving to another decision or form leaves the last one's problems behind; the filters' own messages stay. */
  private setUi(patch: Partial<DecisionLogUi>): void {
    const { open, form } = this.ui.value;
    const leaving = ('open' in patch && patch.open !== open) || ('form' in patch && patch.form !== form);
    this.ui.set(leaving ? { summary: null, ...patch } : patch);
    if (leaving) this.problems.clearFieldErrors((id) => id.startsWith('filter-'));
  }

  /** Shows one decision in full, or (null) goes back to the list with focus on the decision left. */
  private openDecision(id: string | null): void {
    if (id) {
      this.setUi({ open: id, form: null });
      this.refocus.after('#decision-heading');
    } else {
      this.returnTo = this.ui.value.open;
      this.setUi({ open: null, form: null });
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src')) void this.source.load(this.src);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.searchPrepared?.stop();
    this.searchPrepared = null;
  }

  protected override updated(): void {
    const shown = this.shownNow;
    if (this.searchPrepared?.shown !== shown) {
      this.searchPrepared?.stop();
      this.searchPrepared = { shown, stop: prepareSearch(shown) };
    }
    if (this.returnTo !== null) {
      const id = this.returnTo;
      this.returnTo = null;
      focusDecisionRow(this.renderRoot, id, this.placeInList(id), '#title');
    }
  }

  /** Where a decision's row is in the list as it is shown now (list or timeline), or -1. */
  private placeInList(id: string): number {
    const { decisions } = this.view.found;
    const { view, query } = this.ui.value;
    return view === 'timeline'
      ? timeline(decisions, query.order).findIndex((row) => row.kind === 'change' && row.decision.id === id)
      : decisions.findIndex((decision) => decision.id === id);
  }

  /** One event per action, however many decisions it touches. */
  private tellHost(action: DecisionLogAction): void {
    if (action.type === 'record' || action.type === 'import') {
      const decisions = action.type === 'record' ? [action.decision] : [...action.decisions];
      this.emit('decisions-recorded', { decisions: structuredClone(decisions) });
      return;
    }
    const change = this.document.doc.decisions.find((each) => each.id === action.id)?.history.at(-1);
    if (change) this.emit('decision-updated', { decisionId: action.id, change: structuredClone(change) });
  }

  // ——— Files ———

  private downloadPublicCopy(): void {
    const copy = toEnvelope(publicCopy(this.document.doc, false), DECISION_LOG_FORMAT);
    this.files.download(this.t('file.publicName'), 'json', JSON.stringify(copy, null, 2));
  }

  private addFromSpreadsheet(event: Event): Promise<void> | undefined {
    const file = this.files.chosen(event);
    if (!file) return;
    return this.withPart(spreadsheetReader, async (reader) => {
      const read = await reader.readSpreadsheet(
        file,
        this.document.doc.decisions,
        DecisionLog.catalogues,
        newId,
        this.t('meta.intlLocale'),
      );
      if (!Array.isArray(read)) return this.files.refuse(file, read.cause, read.key, read.params);
      this.problems.clear('data');
      const message = this.t('announce.imported', { count: read.length, file: file.name });
      this.document.offerUndo(message);
      this.document.dispatch({ type: 'import', decisions: read }, { announce: message });
    });
  }

  // ——— Rendering ———

  private renderList(): TemplateResult {
    const { view } = this;
    if (this.source.loading) return html`<p class="empty" role="status">${this.t('log.loading')}</p>`;
    if (!this.shownNow.length) return html`<p class="empty">${this.t(this.public ? 'board.empty' : 'log.empty')}</p>`;
    const tags = this.onShow.tags(this.shownNow, this.t('meta.intlLocale'));
    return html`${renderCounts(view)} ${renderFinder(view, tags)}
    ${view.found.decisions.length ? renderFound(view, this.files.printing) : html`<p class="empty">${this.t('find.none')}</p>`}`;
  }

  private renderMain(): TemplateResult {
    const { view } = this;
    const { form, open } = this.ui.value;
    if (form && this.editable) {
      const existing =
        form.kind === 'correct'
          ? (this.document.doc.decisions.find((decision) => decision.id === form.id) ?? null)
          : null;
      // Opened only once the form is here (withPart below), so this draws it at once.
      const forms = decisionForm.get(this);
      if (forms) return forms.renderDecisionForm(view, existing);
    }
    const decision = open ? this.shownNow.find((each) => each.id === open) : undefined;
    if (decision) return renderDecision(view, decision);
    const start = () =>
      this.withPart(decisionForm, () => {
        this.setUi({ form: { kind: 'record' } });
        this.refocus.after('#form-heading');
      });
    return html`${
      this.editable
        ? html`<button type="button" id="record" class="primary no-print" @click=${start} @pointerenter=${decisionForm.prefetch} @focus=${decisionForm.prefetch}>${this.t('action.record')}</button>`
        : html`<p class="hint">${this.t('log.readonly')}</p>`
    }
    ${this.renderList()}`;
  }

  /** The log's own tools, after core's: its public copy, and (while it can change) decisions from a spreadsheet. */
  private renderOwnTools(): TemplateResult {
    return html`<div class="field">
        <button type="button" aria-describedby="public-hint" @click=${() => this.downloadPublicCopy()}>
          ${this.t('tools.downloadPublic')}
        </button>
        <p class="hint" id="public-hint">${this.t('tools.publicHint')}</p>
      </div>
      ${
        this.editable
          ? fileField({
              id: 'open-csv',
              label: this.t('tools.openCsv'),
              hint: this.t('tools.openCsvHint'),
              accept: '.csv,text/csv',
              choose: (event) => this.addFromSpreadsheet(event),
              prefetch: spreadsheetReader.prefetch,
            })
          : nothing
      }`;
  }

  protected override render() {
    const { view } = this;
    const { title } = this.headings;
    if (this.public) {
      return html`<div class="root board" part="base" lang=${this.resolvedLocale}>
        <${title} class="h-title" id="title" tabindex="-1">${pictured(view, 'feedback', this.t('board.title'))}</${title}>
        <p class="intro">${this.t('board.intro')}</p>
        ${this.problems.render()} ${this.renderList()}
      </div>`;
    }
    return html`<div class="root" part="base" lang=${this.resolvedLocale}>
      <${title} class="h-title" id="title" tabindex="-1">${pictured(view, 'decision', this.t('title'))}</${title}>
      <p class="intro no-print">${this.t('intro')}</p>
      ${this.problems.render()} ${this.document.renderNotice()} ${this.announcer.render()} ${this.renderMain()}
      ${this.src ? nothing : this.files.render(this.renderOwnTools())}
    </div>`;
  }
}
