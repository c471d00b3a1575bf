import {
  DocumentElement,
  downloadText,
  fileSlug,
  parseDocument,
  pictured,
  toEnvelope,
  today,
  type CoproduceErrorDetail,
  type DocumentFormat,
  type DocumentModel,
} from '@coproduce/core';
import { nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { html } from 'lit/static-html.js';
import { decisionLogStyles } from './decision-log.styles.js';
import { documentToCsv, readSpreadsheet } from './export.js';
import { allTags, EMPTY_QUERY, find, prepareSearch, timeline, type Found, type Query } from './find.js';
import { decisionLogCatalogues, type DecisionLogKey } from './i18n/catalogues.js';
import { decisionLogEasyRead } from './i18n/easy-read.js';
import { applyAction, checkChange, createDocument, type DecisionLogAction } from './model.js';
import { publicCopy } from './public-copy.js';
import { renderDecision } from './render-decision.js';
import { renderCounts, renderFinder } from './render-finder.js';
import { renderDecisionForm } from './render-form.js';
import { focusDecisionRow, renderFound, VIRTUALISE_ABOVE } from './render-list.js';
import { decisionLogDocumentSchema, type Change, type Decision, type DecisionLogDocument } from './schema.js';
import type { DecisionLogView, UiState } from './view.js';

/** How a log is stored and exported. Bump `version` and add a migration to change its shape. */
export const DECISION_LOG_FORMAT: DocumentFormat<DecisionLogDocument> = {
  format: 'coproduce/decision-log',
  version: 1,
  get schema() {
    return decisionLogDocumentSchema();
  },
};

export interface DecisionRecordedDetail {
  decision: Decision;
}

export interface DecisionUpdatedDetail {
  id: string;
  /** What was added to the decision's history: a status, an outcome, or a correction (with the words it replaced). */
  change: Change;
}

export interface DecisionLogChangeDetail {
  data: DecisionLogDocument;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'decision-recorded': CustomEvent<DecisionRecordedDetail>;
    'decision-updated': CustomEvent<DecisionUpdatedDetail>;
    'decision-log-change': CustomEvent<DecisionLogChangeDetail>;
    'decision-log-error': CustomEvent<CoproduceErrorDetail>;
  }
}

/**
 * A saved copy of 20,000 decisions as people write them is about 29 MB as
 * downloaded (18 MB without indents; bench/README.md): room for that and more.
 */
const MAX_LOG_BYTES = 40 * 1024 * 1024;

const DECISION_LOG_MODEL: DocumentModel<DecisionLogDocument, DecisionLogAction> & { maxFileBytes: number } = {
  format: DECISION_LOG_FORMAT,
  tag: 'decision-log',
  create: createDocument,
  normalise: (doc) => doc,
  apply: applyAction,
  check: checkChange,
  maxFileBytes: MAX_LOG_BYTES,
};

/**
 * A transparent record of decisions: what was decided, why and how, who took
 * part, what it answers ("you said"), and what happened next ("we did").
 * Nothing is overwritten: updates and corrections are added to each
 * decision's history. `readonly` turns it into a public "you said, we did"
 * board that shows only what each decision was marked to show. Every row of
 * an ordinary log is in the page; a very long one (20,000 decisions) stays
 * quick by drawing only the rows near the screen.
 *
 * @summary Record decisions and what came of them, with a public "you said, we did" board.
 * @tagname decision-log
 *
 * @event decision-recorded - A decision was recorded. `detail: { decision }`.
 * @event decision-updated - A status, an outcome or a correction was added to a decision's history. `detail: { id, change }`.
 * @event decision-log-change - Anything in the log changed. `detail: { data }`, the whole log (copied when first read).
 * @event decision-log-error - Input was refused, `src` could not be loaded, or storage failed; the previous data is kept. `detail: { message, cause, code }`.
 *
 * @csspart base - The element's outer box.
 * @csspart counts - How many decisions stand where.
 * @csspart finder - Search, filters, order and view (on the board, folded behind "Search and filter").
 * @csspart list - The list of decisions found.
 * @csspart error-summary - The problems a refused save lists at the top of its form, each a link to its field.
 * @csspart entry - Each decision on the public board.
 * @csspart history - A decision's history.
 * @csspart tools - Download, print, open-a-copy and spreadsheet controls.
 *
 * @cssproperty --coproduce-color-background - Background. Default #ffffff (dark: #1b1b1f).
 * @cssproperty --coproduce-color-surface - Cards and panels. Default #f3f2f1.
 * @cssproperty --coproduce-color-text - Text. Default #0b0c0c.
 * @cssproperty --coproduce-color-text-secondary - Hints. Default #484949.
 * @cssproperty --coproduce-color-border - Borders of fields and cards. Default #6f777b.
 * @cssproperty --coproduce-color-accent - Buttons and links. Default #1d70b8.
 * @cssproperty --coproduce-color-on-accent - Text on the accent colour. Default #ffffff.
 * @cssproperty --coproduce-color-focus - Focus outline. Default #0b0c0c.
 * @cssproperty --coproduce-color-focus-halo - Glow around the focus outline. Default #ffdd00.
 * @cssproperty --coproduce-color-error - Problems, field errors and "not possible". Default #b3261e.
 * @cssproperty --coproduce-color-success - Done. Default #00703c.
 * @cssproperty --coproduce-font-family - Font. Default: the device's interface font.
 * @cssproperty --coproduce-font-size - Base text size. Default `medium`: the reader's own browser setting.
 * @cssproperty --coproduce-radius - Corner rounding. Default 0.25em.
 * @cssproperty --coproduce-space - Padding around the element. Default 1em.
 */
export class DecisionLog
  extends DocumentElement<DecisionLogDocument, DecisionLogAction, DecisionLogKey>
  implements DecisionLogView
{
  static override styles = [...DocumentElement.styles, decisionLogStyles];

  /** @internal */
  static override catalogues = decisionLogCatalogues;

  /** @internal */
  static override easyReadCatalogues = decisionLogEasyRead;

  static override properties: PropertyDeclarations = {
    readonly: { type: Boolean, reflect: true },
    showNames: { type: Boolean, attribute: 'show-names', reflect: true },
    src: { type: String },
    /** @internal */ ui: { state: true, attribute: false },
  };

  /** The public "you said, we did" board: only what each decision is marked to show, and nothing to change. */
  declare readonly: boolean;
  /** On the board, shows the names of who took part (where a decision shows them) and who a decision was passed to. */
  declare showNames: boolean;
  /** The address of a log (JSON, as downloaded from here) to show read-only. It is validated; nothing is saved. */
  declare src: string | undefined;
  /** @internal */
  declare ui: UiState;
  /** Lists of more rows (or board cards) than this draw only those near the screen. @internal */
  virtualiseAbove: { rows: number; cards: number } = VIRTUALISE_ABOVE;

  private shownCache: { doc: DecisionLogDocument; board: boolean; names: boolean; shown: readonly Decision[] } | null = null;
  private foundCache: { shown: readonly Decision[]; query: Query; today: string; found: Found } | null = null;
  private tagsCache: { shown: readonly Decision[]; locale: string; tags: string[] } | null = null;
  /** The decision to focus in the list once it is drawn again. */
  private returnTo: string | null = null;
  private searchPrepared: { shown: readonly Decision[]; stop: () => void } | null = null;

  constructor() {
    super(DECISION_LOG_MODEL);
    // A long log from src is as big as a saved copy, and takes longer to arrive than 15 s on a slow line.
    this.sourceLimits = { timeoutMs: 60_000, maxBytes: MAX_LOG_BYTES };
    this.readonly = false;
    this.showNames = false;
    this.ui = { query: EMPTY_QUERY, view: 'list', open: null, form: null, finderOpen: null, typedDays: {}, summary: null };
  }

  /** @internal */
  get editable(): boolean {
    return !this.readonly && !this.src;
  }

  /** @internal */
  get board(): boolean {
    return this.readonly;
  }

  /** @internal */
  get today(): string {
    return today();
  }

  /** @internal */
  get shown(): readonly Decision[] {
    const cache = this.shownCache;
    if (cache?.doc !== this.doc || cache.board !== this.board || cache.names !== this.showNames) {
      const shown = this.board ? publicCopy(this.doc, this.showNames).decisions : this.doc.decisions;
      this.shownCache = { doc: this.doc, board: this.board, names: this.showNames, shown };
    }
    return this.shownCache!.shown;
  }

  /** @internal */
  get found(): Found {
    const shown = this.shown;
    const { query } = this.ui;
    const day = this.today;
    const cache = this.foundCache;
    if (cache?.shown !== shown || cache.query !== query || cache.today !== day) {
      this.foundCache = { shown, query, today: day, found: find(shown, query, day) };
    }
    return this.foundCache!.found;
  }

  private get tags(): readonly string[] {
    const shown = this.shown;
    const locale = this.t('meta.intlLocale');
    if (this.tagsCache?.shown !== shown || this.tagsCache.locale !== locale) {
      this.tagsCache = { shown, locale, tags: allTags(shown, locale) };
    }
    return this.tagsCache.tags;
  }

  /** The log as CSV for a spreadsheet, in the element's language: one row per decision. */
  toCSV(): string {
    return documentToCsv(this.doc, (key) => this.t(key));
  }

  protected fileName(): string {
    return this.t('file.name');
  }

  protected override get storageTarget(): string | undefined {
    return this.src ? undefined : this.storageKey;
  }

  /**
   * Moving to another decision or form leaves the last one's problems behind;
   * the filters' own messages stay with the filters. @internal
   */
  setUi(patch: Partial<UiState>): void {
    const leaving = ('open' in patch && patch.open !== this.ui.open) || ('form' in patch && patch.form !== this.ui.form);
    this.ui = { ...this.ui, ...(leaving ? { summary: null } : {}), ...patch };
    if (leaving) this.problems.clearFieldErrors((id) => id.startsWith('filter-'));
  }

  /** @internal */
  setQuery(patch: Partial<Query>): void {
    this.setUi({ query: { ...this.ui.query, ...patch } });
  }

  /** @internal */
  openDecision(id: string | null): void {
    if (id) {
      this.setUi({ open: id, form: null });
      this.focusAfterRender('#decision-heading');
    } else {
      this.returnTo = this.ui.open;
      this.setUi({ open: null, form: null });
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src')) {
      const parse = (text: string) => {
        const parsed = parseDocument(text, DECISION_LOG_FORMAT);
        return parsed.ok ? parsed : { ok: false as const, cause: parsed.cause, newer: parsed.reason === 'newer-version' };
      };
      void this.loadSource(this.src, parse, (data) => {
        if (data) this.doc = data;
      });
    }
    super.willUpdate(changed);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.searchPrepared?.stop();
    this.searchPrepared = null;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.searchPrepared?.shown !== this.shown) {
      this.searchPrepared?.stop();
      this.searchPrepared = { shown: this.shown, stop: prepareSearch(this.shown) };
    }
    if (this.returnTo !== null) {
      const id = this.returnTo;
      this.returnTo = null;
      void this.focusDecisionInList(id);
    }
  }

  /** Focuses a decision's row in the list, which may first have to bring it into the page. */
  private focusDecisionInList(id: string): Promise<void> {
    const index =
      this.ui.view === 'timeline'
        ? timeline(this.found.decisions, this.ui.query.order).findIndex((row) => row.kind === 'change' && row.decision.id === id)
        : this.found.decisions.findIndex((decision) => decision.id === id);
    return focusDecisionRow(this.renderRoot, id, index, '#title');
  }

  protected override actionApplied(action: DecisionLogAction): void {
    if (action.type === 'record') {
      this.emit('decision-recorded', { decision: structuredClone(action.decision) });
    } else if (action.type === 'import') {
      for (const decision of action.decisions) this.emit('decision-recorded', { decision: structuredClone(decision) });
    } else {
      const decision = this.doc.decisions.find((each) => each.id === action.id);
      const change = decision?.history.at(-1);
      if (change) this.emit('decision-updated', { id: action.id, change: structuredClone(change) });
    }
  }

  // ——— Files ———

  private downloadPublicCopy(): void {
    const name = `${fileSlug(this.t('file.publicName'))}-${new Date().toISOString().slice(0, 10)}.json`;
    const copy = toEnvelope(publicCopy(this.doc, false), DECISION_LOG_FORMAT);
    downloadText(name, JSON.stringify(copy, null, 2), 'application/json');
    this.announce(this.t('status.downloaded'));
  }

  private async addFromSpreadsheet(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const read = await readSpreadsheet(file, this.doc.decisions, DecisionLog.catalogues, () => this.newId(), this.t('meta.intlLocale'));
    if (!Array.isArray(read)) {
      this.setProblem('data', { code: 'invalid-file', key: read.key, params: { file: file.name, ...read.params } }, read.cause);
      this.focusAfterRender('#problems');
      return;
    }
    this.clearProblem('data');
    const message = this.t('announce.imported', { count: read.length, file: file.name });
    this.offerUndo(message);
    this.dispatch({ type: 'import', decisions: read }, { announce: message });
  }

  // ——— Rendering ———

  private renderList(): TemplateResult {
    if (this.loading) return html`<p class="empty" role="status">${this.t('log.loading')}</p>`;
    if (!this.shown.length) return html`<p class="empty">${this.t(this.board ? 'board.empty' : 'log.empty')}</p>`;
    return html`${renderCounts(this)} ${renderFinder(this, this.tags)}
    ${this.found.decisions.length ? renderFound(this, this.printing) : html`<p class="empty">${this.t('find.none')}</p>`}`;
  }

  private renderMain(): TemplateResult {
    const { form, open } = this.ui;
    if (form && this.editable) {
      const existing = form.kind === 'correct' ? (this.doc.decisions.find((decision) => decision.id === form.id) ?? null) : null;
      return renderDecisionForm(this, existing);
    }
    const decision = open ? this.shown.find((each) => each.id === open) : undefined;
    if (decision) return renderDecision(this, decision);
    const start = () => {
      this.setUi({ form: { kind: 'record' } });
      this.focusAfterRender('#form-heading');
    };
    return html`${this.editable
      ? html`<button type="button" id="record" class="primary no-print" @click=${start}>${this.t('action.record')}</button>`
      : html`<p class="hint">${this.t('log.readonly')}</p>`}
    ${this.renderList()}`;
  }

  protected override render() {
    if (this.board) {
      return html`<div class="root board" part="base" lang=${this.resolvedLocale}>
        <${this.headings.title} class="h-title" id="title" tabindex="-1">${pictured(this, 'feedback', this.t('board.title'))}</${this.headings.title}>
        <p class="intro">${this.t('board.intro')}</p>
        ${this.renderProblems()} ${this.renderList()}
      </div>`;
    }
    const tools = html`<div class="field">
        <button type="button" aria-describedby="public-hint" @click=${() => this.downloadPublicCopy()}>
          ${this.t('tools.downloadPublic')}
        </button>
        <p class="hint" id="public-hint">${this.t('tools.publicHint')}</p>
      </div>
      ${this.renderFileField({
        id: 'open-csv',
        label: this.t('tools.openCsv'),
        hint: this.t('tools.openCsvHint'),
        accept: '.csv,text/csv',
        choose: (event) => this.addFromSpreadsheet(event),
      })}`;
    return html`<div class="root" part="base" lang=${this.resolvedLocale}>
      <${this.headings.title} class="h-title" id="title" tabindex="-1">${pictured(this, 'decision', this.t('title'))}</${this.headings.title}>
      <p class="intro no-print">${this.t('intro')}</p>
      ${this.renderProblems()} ${this.renderNotice()} ${this.renderAnnouncer()} ${this.renderMain()}
      ${this.editable ? this.renderTools(tools) : nothing}
    </div>`;
  }
}
