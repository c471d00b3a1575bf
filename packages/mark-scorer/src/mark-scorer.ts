import {
  Announcer,
  CoproduceElement,
  documentView,
  DocumentController,
  everyone,
  FilesController,
  presentPeople,
  pictured,
  readParticipants,
  UiState,
  type CoproduceErrorDetail,
  type DocumentEnvelope,
  type DocumentFormat,
  type DocumentModel,
  participantViewStyles,
} from '@coproduce/core';
import { nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { html } from 'lit/static-html.js';
import { documentToCsv } from './export.js';
import { markScorerCatalogues, type MarkScorerKey } from './i18n/catalogues.js';
import { markScorerEasyRead, type MarkScorerEasyKey } from './i18n/easy-read.js';
import { markScorerGuidance, markScorerGuidanceEasyRead } from './i18n/guidance.js';
import { markScorerStyles } from './mark-scorer.styles.js';
import type { PresetMarkId, Stage } from './marks.js';
import { applyAction, createDocument, publicView, withPresets, type MarkScorerAction } from './model.js';
import { renderLake } from './render-lake.js';
import { guidancePart } from './render-guidance.js';
import { renderMark } from './render-mark.js';
import { renderEveryMeeting, renderScoresNote, renderSource } from './render-framing.js';
import { renderParticipantView } from './render-participant.js';
import { renderPeople } from './render-people.js';
import { renderAddMark, renderHiddenMarks } from './render-own-marks.js';
import { renderRounds } from './render-rounds.js';
import {
  markScorerDocumentSchema,
  modeSchema,
  stageSchema,
  type Mark,
  type MarkScorerDocument,
  type MarkScorerMode,
} from './schema.js';
import type { MarkScorerView, ParticipantSeat, UiState as MarkScorerUi } from './view.js';

/** How a mark-scorer session is stored and exported. Bump `version` and add a migration to change its shape. */
export const MARK_SCORER_FORMAT: DocumentFormat<MarkScorerDocument> = {
  format: 'coproduce/mark-scorer',
  version: 1,
  get schema() {
    return markScorerDocumentSchema();
  },
};

export interface MarkScoredDetail {
  markId: string;
  /** Who scored, in individual mode; null for the group's agreed score. */
  participant: string | null;
  /** 1 to 10, or 'pass' when the person or group chose to pass; null only while the score is sealed. */
  score: number | 'pass' | null;
  /** True for a private score before Reveal: who answered is told, never the score. */
  sealed: boolean;
}

export interface MarkScorerChangeDetail {
  data: MarkScorerDocument;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mark-scored': CustomEvent<MarkScoredDetail>;
    'mark-scorer-change': CustomEvent<MarkScorerChangeDetail>;
    'mark-scorer-error': CustomEvent<CoproduceErrorDetail>;
  }
}

const MARK_SCORER_MODEL: DocumentModel<MarkScorerDocument, MarkScorerAction> = {
  format: MARK_SCORER_FORMAT,
  tag: 'mark-scorer',
  create: createDocument,
  normalise: withPresets,
  apply: applyAction,
  publicView,
};

/**
 * Scores a project against the marks of co-production, stage by stage: what
 * each mark means for the project, its ladders and snakes, and a score from 1
 * to 10 agreed together (or given privately first, then revealed).
 *
 * @summary Score a project against the marks of co-production.
 * @tagname mark-scorer
 *
 * @event {CustomEvent<MarkScoredDetail>} mark-scored - A score was chosen and has settled (arrowing past scores sends one event, for the last). `participant` is null for the group's agreed score; `score` is 1 to 10 or 'pass', and null only for a private score before Reveal, when `sealed` is true.
 * @event {CustomEvent<MarkScorerChangeDetail>} mark-scorer-change - The session changed, here or in another tab or device of a live session. `data` is the whole document, without private scores not yet revealed.
 * @event {CustomEvent<CoproduceErrorDetail>} mark-scorer-error - Input was refused or storage failed; the previous data is kept.
 *
 * @csspart base - The element's outer box.
 * @csspart mark - Each mark's card.
 * @csspart people - Who is scoring, in individual mode.
 * @csspart lake - The lake of ideas.
 * @csspart rounds - The rounds section.
 * @csspart reflection - The look back across rounds: chart, table and what moved most.
 * @csspart tools - Download, print and open-a-copy controls.
 */
export class MarkScorer extends CoproduceElement<MarkScorerKey | MarkScorerEasyKey, 'mark-scorer'> {
  static override styles = [...CoproduceElement.styles, participantViewStyles, markScorerStyles];

  /** @internal */
  static override catalogues = markScorerCatalogues;

  /** @internal */
  static override easyReadCatalogues = markScorerEasyRead;

  /** “More about this mark”, plain and Easy Read, each language fetched when first needed. @internal */
  static guidance = { plain: markScorerGuidance, easyRead: markScorerGuidanceEasyRead };

  static override properties: PropertyDeclarations = {
    stage: { type: String },
    mode: { type: String },
    participants: { type: String },
    storageKey: { type: String, attribute: 'storage-key' },
    readonly: { type: Boolean, reflect: true },
  };

  /** Which stage's marks to show: `planning`, `process` (default), `completing` or `review`. Another value is reported as `mark-scorer-error` and the default is shown. */
  declare stage: Stage;
  /** `group` (default): one agreed score per mark. `individual`: each person scores privately, then Reveal. Another value is reported as `mark-scorer-error` and the default is used. */
  declare mode: MarkScorerMode;
  /** Names of the people scoring in individual mode, separated by commas. Names only, never job titles. */
  declare participants: string;
  /** Saves the session in this browser under this key and restores it on reload. */
  declare storageKey: string | undefined;
  /** Shows the whole session with nothing to change: no scoring, editing or opening a copy; downloads and print stay. */
  declare readonly: boolean;

  private activeStage: Stage = 'process';
  private activeMode: MarkScorerMode = 'group';
  /** Names from the `participants` attribute. */
  private pagePeople: readonly string[] = [];
  /** Scores chosen but not yet settled and saved. */
  private pendingScores: MarkScoredDetail[] = [];
  private peopleCache: { page: readonly string[]; added: readonly string[]; people: readonly string[] } | null = null;

  private readonly announcer = new Announcer(this);
  private readonly ui = new UiState<MarkScorerUi>(this, {
    open: new Set(),
    guidance: new Set(),
    editingItem: null,
    editingMark: null,
    privateEntry: null,
    renaming: null,
    participantMark: null,
  });
  private readonly document = new DocumentController(this, {
    model: MARK_SCORER_MODEL,
    problems: this.problems,
    focus: this.refocus,
    announcer: this.announcer,
    storage: () => ({ key: this.storageKey, project: this.project }),
    editable: () => !this.readonly,
    applied: (action) => this.noteScore(action),
    committing: () => this.sendSettledScores(),
  });
  private readonly files = new FilesController(this, {
    document: this.document,
    problems: this.problems,
    focus: this.refocus,
    announcer: this.announcer,
    toCSV: () => this.toCSV(),
    fileName: () => this.t('file.name'),
    // Printing opens every "More about this mark": its words are fetched before the page is laid out for paper.
    beforePrint: () => this.view.guidance.prefetch(),
  });
  private readonly view = this.createView();

  constructor() {
    super('mark-scorer');
    this.stage = 'process';
    this.mode = 'group';
    this.participants = '';
    this.readonly = false;
  }

  /**
   * The whole session, validated, without private scores not yet revealed.
   * Setting invalid data keeps the current session and reports
   * `mark-scorer-error`; setting back what `mark-scorer-change` last gave
   * changes nothing.
   */
  get data(): MarkScorerDocument {
    return this.document.data;
  }

  set data(value: MarkScorerDocument | DocumentEnvelope<MarkScorerDocument> | undefined) {
    this.document.data = value;
  }

  /** The session as a versioned envelope, the same as a downloaded copy; `JSON.stringify(element)` uses it. */
  toJSON(): DocumentEnvelope<MarkScorerDocument> {
    return this.document.toJSON();
  }

  /** The session as CSV for a spreadsheet, in the element's language. */
  toCSV(): string {
    return documentToCsv(this.document.doc, {
      t: (key) => this.t(key),
      stageName: (stage) => this.t(`stage.${stage}`),
      markName: (mark) => this.markName(mark),
      markDescription: (mark) => this.markDescription(mark),
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const { problems } = this;
    if (changed.has('stage'))
      this.activeStage = problems.readChoice('stage', stageSchema(), this.stage, 'process', 'error.stage');
    if (changed.has('mode'))
      this.activeMode = problems.readChoice('mode', modeSchema(), this.mode, 'group', 'error.mode');
    if (changed.has('participants')) this.pagePeople = readParticipants(this.participants, problems);
  }

  /** What the templates may read and do, and nothing else of the element. */
  private createView(): MarkScorerView {
    const element = this;
    const parts = {
      problems: this.problems,
      focus: this.refocus,
      announcer: this.announcer,
      document: this.document,
      ui: this.ui,
    };
    return documentView(this, parts, {
      get readonly() {
        return element.readonly;
      },
      get activeStage() {
        return element.activeStage;
      },
      get activeMode() {
        return element.activeMode;
      },
      get participantNames() {
        return element.participantNames;
      },
      get pagePeople() {
        return element.pagePeople;
      },
      get presentNames() {
        return presentPeople(element.participantNames, element.document.doc.absent);
      },
      markName: (mark: Mark) => this.markName(mark),
      markDescription: (mark: Mark) => this.markDescription(mark),
      get guidance() {
        const { guidance } = element.constructor as typeof MarkScorer;
        return guidancePart((element.inEasyRead ? guidance.easyRead : guidance.plain)[element.resolvedLocale]);
      },
      get participant() {
        return element.participantSeat;
      },
    });
  }

  /** A participant in a live session, on their own device: they get their own view. Null for anyone else. */
  private get participantSeat(): ParticipantSeat | null {
    const session = this.project?.session;
    return session?.role === 'participant' ? { name: session.name } : null;
  }

  /** Everyone: the page's names, then the group's own. */
  private get participantNames(): readonly string[] {
    const added = this.document.doc.participants;
    if (this.peopleCache?.page !== this.pagePeople || this.peopleCache.added !== added) {
      this.peopleCache = { page: this.pagePeople, added, people: everyone(this.pagePeople, added) };
    }
    return this.peopleCache.people;
  }

  private markName(mark: Mark): string {
    return mark.name ?? this.t(`mark.${mark.id as PresetMarkId}.name`);
  }

  private markDescription(mark: Mark): string {
    if (mark.description !== undefined || !mark.preset) return mark.description ?? '';
    return this.t(`mark.${mark.id as PresetMarkId}.description`);
  }

  /** A score settles before it is saved: one event per score, not one per radio arrowed past. */
  private noteScore(action: MarkScorerAction): void {
    if (action.type !== 'set-agreed' && action.type !== 'set-individual') return;
    const participant = action.type === 'set-individual' ? action.participant : null;
    const sealed = action.type === 'set-individual';
    const detail: MarkScoredDetail = {
      markId: action.markId,
      participant,
      score: sealed ? null : action.score,
      sealed,
    };
    const others = this.pendingScores.filter(
      (each) => each.markId !== action.markId || each.participant !== participant,
    );
    this.pendingScores = [...others, detail];
  }

  private sendSettledScores(): void {
    const settled = this.pendingScores;
    this.pendingScores = [];
    for (const detail of settled) this.emit('mark-scored', detail);
  }

  protected override render() {
    const { view } = this;
    const { title } = this.headings;
    const marks = this.document.doc.marks.filter((mark) => mark.stage === this.activeStage);
    const visible = marks.filter((mark) => !mark.hidden);
    if (view.participant) {
      return html`
        <div class="root participant" part="base" lang=${this.resolvedLocale}>
          <${title} class="h-title" id="title" tabindex="-1">${pictured(view, 'mark', this.t('title', { stage: this.t(`stage.${this.activeStage}`) }))}</${title}>
          ${this.problems.render()} ${this.document.renderNotice()} ${this.announcer.render()}
          ${renderParticipantView(view, view.participant, visible)}
        </div>
      `;
    }
    return html`
      <div class="root" part="base" lang=${this.resolvedLocale}>
        <${title} class="h-title" id="title" tabindex="-1">${pictured(view, 'mark', this.t('title', { stage: this.t(`stage.${this.activeStage}`) }))}</${title}>
        <p class="intro">${this.t(this.readonly ? 'readonly.intro' : 'intro')}</p>
        ${this.activeMode === 'individual' ? html`<p class="intro">${this.t('intro.individual')}</p>` : nothing}
        ${renderSource(view)} ${renderEveryMeeting(view)}
        ${this.problems.render()} ${this.document.renderNotice()} ${this.announcer.render()}
        ${this.activeMode === 'individual' ? renderPeople(view) : nothing}
        <div class="marks">
          ${
            visible.length
              ? visible.map((mark) => renderMark(view, mark, this.files.printing))
              : html`<p class="empty">${this.t('marks.allHidden')}</p>`
          }
        </div>
        ${renderHiddenMarks(
          view,
          marks.filter((mark) => mark.hidden),
        )} ${renderAddMark(view)} ${renderLake(view)}
        ${renderRounds(view, visible)} ${this.files.render(renderScoresNote(view))}
      </div>
    `;
  }
}
