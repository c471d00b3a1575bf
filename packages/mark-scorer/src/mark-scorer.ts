import {
  CoproduceElement,
  downloadText,
  fileSlug,
  newId,
  parseDocument,
  PersistedDocument,
  toEnvelope,
  validate,
  type CoproduceErrorCode,
  type CoproduceErrorDetail,
  type DocumentEnvelope,
  type DocumentFormat,
  type MessageParams,
  type PersistenceProblem,
} from '@coproduce/core';
import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { documentToCsv } from './export.js';
import { markScorerStyles } from './mark-scorer.styles.js';
import { type PresetMarkId, type Stage } from './marks.js';
import { applyAction, createDocument, parseParticipants, withPresets, type MarkScorerAction } from './model.js';
import { renderLake } from './render-lake.js';
import { renderMark } from './render-mark.js';
import { renderAddMark, renderHiddenMarks } from './render-own-marks.js';
import { renderRounds } from './render-rounds.js';
import {
  LIMITS,
  markScorerDocumentSchema,
  modeSchema,
  participantNameSchema,
  stageSchema,
  type Mark,
  type MarkScorerDocument,
  type MarkScorerMode,
} from './schema.js';
import type { MarkScorerView, UiState } from './view.js';
import { markScorerCatalogues, type MarkScorerKey } from './i18n/catalogues.js';

/** How a mark-scorer session is stored and exported. Bump `version` and add a migration to change its shape. */
export const MARK_SCORER_FORMAT: DocumentFormat<MarkScorerDocument> = {
  format: 'coproduce/mark-scorer',
  version: 1,
  get schema() {
    return markScorerDocumentSchema();
  },
};

export interface MarkScoreDetail {
  markId: string;
  /** Who scored, in individual mode; null for the group's agreed score. */
  participant: string | null;
  /** 1 to 10; null when the person or group chose to pass. */
  score: number | null;
}

export interface MarkScorerChangeDetail {
  data: MarkScorerDocument;
}

declare global {
  interface HTMLElementEventMap {
    'mark-score': CustomEvent<MarkScoreDetail>;
    'mark-scorer-change': CustomEvent<MarkScorerChangeDetail>;
    'mark-scorer-error': CustomEvent<CoproduceErrorDetail>;
  }
}

type ProblemSource = 'stage' | 'mode' | 'participants' | 'data' | 'storage';
interface Problem {
  code: CoproduceErrorCode;
  key: MarkScorerKey;
  params?: MessageParams;
}

/** Largest file we will try to open: a real session is a few hundred KB at most. */
const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/** Typing in notes is saved this long after the last key, and at once on leaving the field. */
const TYPING_SAVE_DELAY = 600;

/**
 * Scores a project against the marks of co-production, stage by stage: what
 * each mark means for the project, its ladders and snakes, and a score from 1
 * to 10 agreed together (or given privately first, then revealed).
 *
 * @summary Score a project against the marks of co-production.
 * @tagname mark-scorer
 *
 * @event mark-score - A score was chosen. `detail: { markId, participant, score }`; `participant` is null for the group's agreed score, `score` is null for a pass.
 * @event mark-scorer-change - Anything in the session changed. `detail: { data }`, the whole document.
 * @event mark-scorer-error - Input was refused or storage failed; the previous data is kept. `detail: { message, cause, code }`.
 *
 * @csspart base - The element's outer box.
 * @csspart mark - Each mark's card.
 * @csspart lake - The lake of ideas.
 * @csspart rounds - The rounds section.
 * @csspart reflection - The look back across rounds: chart, table and what moved most.
 * @csspart tools - Download, print and open-a-copy controls.
 *
 * @cssproperty --coproduce-color-background - Background. Default #ffffff (dark: #1b1b1f).
 * @cssproperty --coproduce-color-surface - Cards and panels. Default #f3f2f1.
 * @cssproperty --coproduce-color-text - Text. Default #0b0c0c.
 * @cssproperty --coproduce-color-text-secondary - Hints. Default #484949.
 * @cssproperty --coproduce-color-border - Borders of fields and cards. Default #6f777b.
 * @cssproperty --coproduce-color-accent - Buttons, chosen scores and links. Default #1d70b8.
 * @cssproperty --coproduce-color-on-accent - Text on the accent colour. Default #ffffff.
 * @cssproperty --coproduce-color-focus - Focus outline. Default #0b0c0c.
 * @cssproperty --coproduce-color-focus-halo - Glow around the focus outline. Default #ffdd00.
 * @cssproperty --coproduce-color-error - Problems and field errors. Default #b3261e.
 * @cssproperty --coproduce-color-success - Confirmation. Default #00703c.
 * @cssproperty --coproduce-font-family - Font. Default: the device's interface font.
 * @cssproperty --coproduce-font-size - Base text size. Default `medium`: the reader's own browser setting.
 * @cssproperty --coproduce-radius - Corner rounding. Default 0.25em.
 * @cssproperty --coproduce-space - Padding around the element. Default 1em.
 */
export class MarkScorer extends CoproduceElement<MarkScorerKey> implements MarkScorerView {
  static override styles = [...CoproduceElement.styles, markScorerStyles];

  /** @internal */
  static override catalogues = markScorerCatalogues;

  static override properties: PropertyDeclarations = {
    stage: { type: String },
    mode: { type: String },
    participants: { type: String },
    storageKey: { type: String, attribute: 'storage-key' },
    /** @internal */ doc: { state: true, attribute: false },
    /** @internal */ ui: { state: true, attribute: false },
    /** @internal */ problems: { state: true, attribute: false },
    /** @internal */ notice: { state: true, attribute: false },
    /** @internal */ announcement: { state: true, attribute: false },
    /** @internal */ printing: { state: true, attribute: false },
  };

  /** Which stage's marks to show: `planning`, `process` (default), `completing` or `review`. */
  declare stage: string;
  /** `group` (default): one agreed score per mark. `individual`: each person scores privately, then Reveal. */
  declare mode: string;
  /** Names of the people scoring in individual mode, separated by commas. Names only, never job titles. */
  declare participants: string;
  /** Saves the session in this browser under this key and restores it on reload. */
  declare storageKey: string | undefined;

  /** @internal */
  declare doc: MarkScorerDocument;
  /** @internal */
  declare ui: UiState;
  private declare problems: ReadonlyMap<ProblemSource, Problem>;
  private declare notice: { message: string; previous: MarkScorerDocument } | null;
  private declare announcement: string;
  private declare printing: boolean;

  /** @internal */
  activeStage: Stage = 'process';
  /** @internal */
  activeMode: MarkScorerMode = 'group';
  /** @internal */
  participantNames: readonly string[] = [];

  private readonly persistence = new PersistedDocument<MarkScorerDocument>(this, {
    format: MARK_SCORER_FORMAT,
    onLoad: (data) => {
      this.doc = withPresets(data);
      this.clearProblem('storage');
    },
    onProblem: (problem) => this.reportStorageProblem(problem),
  });
  private hostDataWaiting = false;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private focusTarget: string | null = null;
  private announceToggle = false;

  constructor() {
    super();
    this.stage = 'process';
    this.mode = 'group';
    this.participants = '';
    this.doc = createDocument();
    this.ui = { open: new Set(), editingItem: null, editingMark: null, privateEntry: null, fieldErrors: {} };
    this.problems = new Map();
    this.notice = null;
    this.announcement = '';
    this.printing = false;
  }

  /** The whole session, validated. Setting invalid data keeps the current data and reports `mark-scorer-error`. */
  get data(): MarkScorerDocument {
    return structuredClone(this.doc);
  }

  set data(value: MarkScorerDocument | DocumentEnvelope<MarkScorerDocument>) {
    const parsed = parseDocument(value, MARK_SCORER_FORMAT);
    if (!parsed.ok) {
      this.setProblem('data', { code: 'invalid-data', key: 'error.data' }, parsed.cause);
      return;
    }
    this.clearProblem('data');
    this.doc = withPresets(parsed.data);
    if (this.hasUpdated) this.persistence.save(this.doc);
    else this.hostDataWaiting = true;
  }

  /** The session as a versioned envelope, the same as a downloaded copy; `JSON.stringify(element)` uses it. */
  toJSON(): DocumentEnvelope<MarkScorerDocument> {
    return toEnvelope(this.data, MARK_SCORER_FORMAT);
  }

  /** The session as CSV for a spreadsheet, in the element's language. */
  toCSV(): string {
    return documentToCsv(this.doc, {
      t: (key) => this.t(key),
      stageName: (stage) => this.t(`stage.${stage}`),
      markName: (mark) => this.markName(mark),
      markDescription: (mark) => this.markDescription(mark),
    });
  }

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

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('stage')) this.checkStage();
    if (changed.has('mode')) this.checkMode();
    if (changed.has('participants')) this.checkParticipants();
    if (this.hostDataWaiting) {
      // Data the host gave us wins over what storage holds; it is saved instead of loaded over.
      this.persistence.bind(this.storageKey, this.project, { load: false });
      this.hostDataWaiting = false;
      this.persistence.save(this.doc);
    } else {
      this.persistence.bind(this.storageKey, this.project);
    }
  }

  protected override updated(): void {
    if (this.focusTarget) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.focusTarget);
      this.focusTarget = null;
      target?.focus();
    }
  }

  private checkStage(): void {
    const result = validate(stageSchema(), this.stage);
    this.activeStage = result.success ? result.data : 'process';
    if (result.success) this.clearProblem('stage');
    else this.setProblem('stage', { code: 'invalid-attribute', key: 'error.stage', params: { value: String(this.stage) } }, result.error);
  }

  private checkMode(): void {
    const result = validate(modeSchema(), this.mode);
    this.activeMode = result.success ? result.data : 'group';
    if (result.success) this.clearProblem('mode');
    else this.setProblem('mode', { code: 'invalid-attribute', key: 'error.mode', params: { value: String(this.mode) } }, result.error);
  }

  private checkParticipants(): void {
    const { names, duplicates } = parseParticipants(this.participants);
    const tooLong = names.find((name) => !validate(participantNameSchema(), name).success);
    const kept = names.filter((name) => name !== tooLong).slice(0, LIMITS.participants);
    this.participantNames = kept;
    if (duplicates.length) {
      this.setProblem('participants', { code: 'invalid-attribute', key: 'error.duplicateName', params: { name: duplicates[0]! } }, new Error(`Listed twice: ${duplicates.join(', ')}`));
    } else if (tooLong) {
      this.setProblem('participants', { code: 'invalid-attribute', key: 'error.longName', params: { max: LIMITS.participantName } }, new Error(`Name too long: ${tooLong.slice(0, 80)}`));
    } else if (names.length > LIMITS.participants) {
      this.setProblem('participants', { code: 'invalid-attribute', key: 'error.tooManyPeople', params: { max: LIMITS.participants } }, new Error(`${names.length} names given`));
    } else {
      this.clearProblem('participants');
    }
  }

  // ——— The view the templates use ———

  /** @internal */
  markName(mark: Mark): string {
    return mark.name ?? this.t(`mark.${mark.id as PresetMarkId}.name`);
  }

  /** @internal */
  markDescription(mark: Mark): string {
    if (mark.description !== undefined || !mark.preset) return mark.description ?? '';
    return this.t(`mark.${mark.id as PresetMarkId}.description`);
  }

  /** @internal */
  dispatch(action: MarkScorerAction, options: { quiet?: boolean; announce?: string } = {}): boolean {
    const next = applyAction(this.doc, action);
    const checked = validate(markScorerDocumentSchema(), next);
    if (!checked.success) {
      this.setProblem('data', { code: 'invalid-data', key: 'error.change' }, checked.error);
      return false;
    }
    this.doc = next;
    if (action.type === 'set-agreed' || action.type === 'set-individual') {
      this.emit('mark-score', {
        markId: action.markId,
        participant: action.type === 'set-individual' ? action.participant : null,
        score: action.score === 'pass' ? null : action.score,
      });
    }
    if (options.quiet) {
      clearTimeout(this.saveTimer);
      this.saveTimer = setTimeout(() => this.commit(), TYPING_SAVE_DELAY);
    } else {
      this.commit();
    }
    if (options.announce) this.announce(options.announce);
    return true;
  }

  /** Saves the document and tells the host. */
  private commit(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    if (this.persistence.save(this.doc) && this.problems.get('storage')?.code === 'storage-full') {
      this.clearProblem('storage');
    }
    this.emit('mark-scorer-change', { data: this.data });
  }

  /** @internal */
  readonly flushPendingSave = (): void => {
    if (this.saveTimer !== undefined) this.commit();
  };

  /** @internal */
  setUi(patch: Partial<UiState>): void {
    this.ui = { ...this.ui, ...patch };
  }

  /** @internal */
  setFieldError(fieldId: string, key: MarkScorerKey | null): void {
    const { [fieldId]: _previous, ...rest } = this.ui.fieldErrors;
    this.setUi({ fieldErrors: key ? { ...rest, [fieldId]: key } : rest });
  }

  /** @internal */
  focusAfterRender(selector: string): void {
    this.focusTarget = selector;
    this.requestUpdate();
  }

  /** @internal */
  announce(text: string): void {
    // Alternating a trailing space makes a repeated message a change that screen readers announce again.
    this.announceToggle = !this.announceToggle;
    this.announcement = this.announceToggle ? text : `${text}\u00a0`;
  }

  /** @internal */
  offerUndo(message: string): void {
    this.notice = { message, previous: this.doc };
    this.focusAfterRender('#undo');
  }

  /** @internal */
  newId(): string {
    return newId();
  }

  private undo(): void {
    if (!this.notice) return;
    this.doc = this.notice.previous;
    this.notice = null;
    this.commit();
    this.announce(this.t('status.undone'));
    this.focusAfterRender('#title');
  }

  // ——— Problems ———

  private setProblem(source: ProblemSource, problem: Problem, cause: unknown): void {
    this.problems = new Map(this.problems).set(source, problem);
    const message = this.t(problem.key, problem.params);
    this.emit('mark-scorer-error', { message, cause, code: problem.code });
  }

  private clearProblem(source: ProblemSource): void {
    if (!this.problems.has(source)) return;
    const problems = new Map(this.problems);
    problems.delete(source);
    this.problems = problems;
  }

  private reportStorageProblem(problem: PersistenceProblem): void {
    if (problem.code === 'unreadable-storage') {
      const key: MarkScorerKey =
        problem.reason === 'newer-version'
          ? 'error.storageNewer'
          : problem.backupKey
            ? 'error.storageUnreadable'
            : 'error.storageUnreadableNotKept';
      this.setProblem('storage', { code: problem.code, key }, problem);
    } else {
      const key: MarkScorerKey = problem.code === 'storage-full' ? 'error.storageFull' : 'error.storageUnavailable';
      this.setProblem('storage', { code: problem.code, key }, problem);
    }
  }

  // ——— Files and printing ———

  private async openFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const fail = (cause: unknown, key: MarkScorerKey = 'error.file') => {
      this.setProblem('data', { code: 'invalid-file', key, params: { file: file.name } }, cause);
      this.focusAfterRender('#problems');
    };
    if (file.size > MAX_IMPORT_BYTES) return fail(new Error(`File is ${file.size} bytes`), 'error.fileTooBig');
    let text: string;
    try {
      text = await file.text();
    } catch (cause) {
      return fail(cause);
    }
    const parsed = parseDocument(text, MARK_SCORER_FORMAT);
    if (!parsed.ok) return fail(parsed.cause);
    this.clearProblem('data');
    this.offerUndo(this.t('status.opened', { file: file.name }));
    this.doc = withPresets(parsed.data);
    this.commit();
  }

  private download(kind: 'json' | 'csv'): void {
    const name = `${fileSlug(this.t('file.name'))}-${new Date().toISOString().slice(0, 10)}`;
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

  // ——— Rendering ———

  protected override render() {
    const marks = this.doc.marks.filter((mark) => mark.stage === this.activeStage);
    const visible = marks.filter((mark) => !mark.hidden);
    const problems = [...this.problems.values()];
    return html`
      <div class="root" part="base" lang=${this.resolvedLocale}>
        <h2 id="title" tabindex="-1">${this.t('title', { stage: this.t(`stage.${this.activeStage}`) })}</h2>
        <p class="intro">${this.t('intro')}</p>
        ${this.activeMode === 'individual' ? html`<p class="intro">${this.t('intro.individual')}</p>` : nothing}
        <div id="problems" role="alert" tabindex="-1">
          ${problems.length
            ? html`<div class="problem">
                <h3>${this.t('error.heading')}</h3>
                <ul>
                  ${problems.map((problem) => html`<li>${this.t(problem.key, problem.params)}</li>`)}
                </ul>
                <button type="button" class="small no-print" @click=${() => this.dismissProblems()}>
                  ${this.t('action.dismiss')}
                </button>
              </div>`
            : nothing}
        </div>
        ${this.notice
          ? html`<div class="notice no-print" role="status">
              <p>${this.notice.message}</p>
              <div class="row">
                <button type="button" id="undo" class="primary" @click=${() => this.undo()}>${this.t('action.undo')}</button>
                <button type="button" @click=${() => (this.notice = null)}>${this.t('action.dismiss')}</button>
              </div>
            </div>`
          : nothing}
        <div class="visually-hidden" role="status">${this.announcement}</div>
        <div class="marks">
          ${visible.length
            ? visible.map((mark) => renderMark(this, mark, this.printing))
            : html`<p class="empty">${this.t('marks.allHidden')}</p>`}
        </div>
        ${renderHiddenMarks(this, marks.filter((mark) => mark.hidden))} ${renderAddMark(this)} ${renderLake(this)}
        ${renderRounds(this, visible)} ${this.renderTools()}
      </div>
    `;
  }

  private dismissProblems(): void {
    // Attribute problems stay while the attribute is still wrong.
    const problems = new Map(this.problems);
    problems.delete('data');
    problems.delete('storage');
    this.problems = problems;
    this.focusAfterRender('#title');
  }

  private renderTools() {
    const saving = this.persistence.storageKey !== null;
    return html`
      <section class="tools no-print" part="tools" aria-labelledby="tools-heading">
        <h3 id="tools-heading">${this.t('tools.heading')}</h3>
        <p class="hint">${this.t(saving ? 'tools.savedHere' : 'tools.notSaved')}</p>
        <div class="row">
          <button type="button" @click=${() => this.download('json')}>${this.t('tools.downloadCopy')}</button>
          <button type="button" @click=${() => this.download('csv')}>${this.t('tools.downloadSpreadsheet')}</button>
          <button type="button" @click=${() => window.print()}>${this.t('tools.print')}</button>
        </div>
        <div class="field open-file">
          <label for="open-file">${this.t('tools.open')}</label>
          <p class="hint" id="open-file-hint">${this.t('tools.openHint')}</p>
          <input
            id="open-file"
            type="file"
            accept=".json,application/json"
            aria-describedby="open-file-hint"
            @change=${(event: Event) => this.openFile(event)}
          />
        </div>
      </section>
    `;
  }
}
