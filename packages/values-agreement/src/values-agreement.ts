import {
  DocumentElement,
  everyone,
  own,
  presentPeople,
  today,
  type CoproduceErrorDetail,
  type DocumentFormat,
  type DocumentModel,
} from '@coproduce/core';
import { nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { html } from 'lit/static-html.js';
import { documentToCsv } from './export.js';
import { valuesAgreementCatalogues, type ValuesAgreementKey } from './i18n/catalogues.js';
import { valuesAgreementEasyRead, type ValuesAgreementEasyKey } from './i18n/easy-read.js';
import {
  applyAction,
  createDocument,
  isAllAgreed,
  isDueForReview,
  itemStatus,
  publicView,
  type ItemStatus,
  type ValuesAgreementAction,
} from './model.js';
import { renderHistory, renderOverallStatus, renderReviewDue, renderStart, renderSummary } from './render-agreement.js';
import { stateText } from './render-answers.js';
import { renderAnswerKey } from './render-easy-read.js';
import { renderItemSection } from './render-items.js';
import { renderPeople } from './render-people.js';
import { renderReview } from './render-review.js';
import { valuesAgreementDocumentSchema, type AgreementItem, type Answer, type ValuesAgreementDocument } from './schema.js';
import { valuesAgreementStyles } from './values-agreement.styles.js';
import type { UiState, ValuesAgreementView } from './view.js';

/** How an agreement is stored and exported. Bump `version` and add a migration to change its shape. */
export const VALUES_AGREEMENT_FORMAT: DocumentFormat<ValuesAgreementDocument> = {
  format: 'coproduce/values-agreement',
  version: 1,
  get schema() {
    return valuesAgreementDocumentSchema();
  },
};

export interface AgreementResponseDetail {
  itemId: string;
  participant: string;
  /** The answer; null while answers are private and not yet shown (`sealed`). */
  response: Answer | null;
  /** The concern, or why not yet; empty for agree and pass, and while sealed. */
  note: string;
  /** True while answers are private and not yet shown together: who answered is told, never what. */
  sealed: boolean;
}

export interface AgreementReachedDetail {
  /** The version of the agreement now agreed in full. */
  version: number;
  /** Who was taking part today: each of them answered every item, and nobody said "not yet". */
  present: string[];
  /** Listed, but not here today: they neither held anything back nor counted. */
  absent: string[];
}

export interface ValuesAgreementChangeDetail {
  data: ValuesAgreementDocument;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'agreement-response': CustomEvent<AgreementResponseDetail>;
    'agreement-reached': CustomEvent<AgreementReachedDetail>;
    'values-agreement-change': CustomEvent<ValuesAgreementChangeDetail>;
    'values-agreement-error': CustomEvent<CoproduceErrorDetail>;
  }
}

const VALUES_AGREEMENT_MODEL: DocumentModel<ValuesAgreementDocument, ValuesAgreementAction> = {
  format: VALUES_AGREEMENT_FORMAT,
  tag: 'values-agreement',
  create: createDocument,
  normalise: (doc) => doc,
  apply: applyAction,
  publicView,
};

/**
 * A group's values and working-together agreement. Everyone answers each value
 * and ground rule (agree, agree with a concern, not yet, or pass), openly or
 * privately and then shown together. Something is agreed when everyone here
 * today has answered, nobody said "not yet", and at least one agreed: a pass
 * is standing aside, never an objection, and someone not here today neither
 * holds anything back nor counts. Rewording an agreed item starts a new
 * version and asks everyone again.
 *
 * @summary Agree values and ground rules together, with everyone's consent visible.
 * @tagname values-agreement
 *
 * @event agreement-response - Someone answered. `detail: { itemId, participant, response, note, sealed }`; `response` is `agree`, `concern`, `not-yet` or `pass`, or null (and `note` empty) while answers are private and not yet shown, when `sealed` is true.
 * @event agreement-reached - Every item of this version is agreed: everyone here today answered, nobody said "not yet" and at least one person agreed to each (a pass is standing aside); the answers are showing. `detail: { version, present, absent }`.
 * @event values-agreement-change - Anything in the agreement changed. `detail: { data }`, the whole document, without private answers not yet shown.
 * @event values-agreement-error - Input was refused or storage failed; the previous data is kept. `detail: { message, cause, code }`.
 *
 * @csspart base - The element's outer box.
 * @csspart status - Where the agreement stands, with the button that shows private answers.
 * @csspart people - The people taking part.
 * @csspart values - The values section.
 * @csspart rules - The ground rules section.
 * @csspart item - Each value's or rule's card.
 * @csspart summary - The agreement as agreed: the summary, print and read-only view.
 * @csspart review-due - The "due for review" message.
 * @csspart history - Earlier versions.
 * @csspart tools - Download, print and open-a-copy controls.
 *
 * @cssproperty --coproduce-color-background - Background. Default #ffffff (dark: #1b1b1f).
 * @cssproperty --coproduce-color-surface - Cards and panels. Default #f3f2f1.
 * @cssproperty --coproduce-color-text - Text. Default #0b0c0c.
 * @cssproperty --coproduce-color-text-secondary - Hints. Default #484949.
 * @cssproperty --coproduce-color-border - Borders of fields and cards. Default #6f777b.
 * @cssproperty --coproduce-color-accent - Buttons and chosen answers. Default #1d70b8.
 * @cssproperty --coproduce-color-on-accent - Text on the accent colour. Default #ffffff.
 * @cssproperty --coproduce-color-focus - Focus outline. Default #0b0c0c.
 * @cssproperty --coproduce-color-focus-halo - Glow around the focus outline. Default #ffdd00.
 * @cssproperty --coproduce-color-error - Problems, field errors and "not yet". Default #b3261e.
 * @cssproperty --coproduce-color-success - Agreed items. Default #00703c.
 * @cssproperty --coproduce-font-family - Font. Default: the device's interface font.
 * @cssproperty --coproduce-font-size - Base text size. Default `medium`: the reader's own browser setting.
 * @cssproperty --coproduce-radius - Corner rounding. Default 0.25em.
 * @cssproperty --coproduce-space - Padding around the element. Default 1em.
 */
export class ValuesAgreement
  extends DocumentElement<ValuesAgreementDocument, ValuesAgreementAction, ValuesAgreementKey | ValuesAgreementEasyKey>
  implements ValuesAgreementView
{
  static override styles = [...DocumentElement.styles, valuesAgreementStyles];

  /** @internal */
  static override catalogues = valuesAgreementCatalogues;

  /** @internal */
  static override easyReadCatalogues = valuesAgreementEasyRead;

  static override properties: PropertyDeclarations = {
    participants: { type: String },
    readonly: { type: Boolean, reflect: true },
    /** @internal */ ui: { state: true, attribute: false },
  };

  /** Names of the people taking part, separated by commas. Names only, never job titles. More can be added on screen. */
  declare participants: string;
  /** Shows the current agreement only, with nothing to change: for a noticeboard or a public page. */
  declare readonly: boolean;
  /** @internal */
  declare ui: UiState;

  /** @internal */
  pagePeople: readonly string[] = [];
  private statusCache: { people: readonly string[]; absent: readonly string[]; byItem: WeakMap<AgreementItem, ItemStatus> } = {
    people: [],
    absent: [],
    byItem: new WeakMap(),
  };
  private peopleCache: { page: readonly string[]; added: readonly string[]; people: readonly string[] } | null = null;
  /** True while a note is being typed: the answer is saved, and reported to the host when the field is left. */
  private typingNote = false;

  constructor() {
    super(VALUES_AGREEMENT_MODEL);
    this.participants = '';
    this.readonly = false;
    this.ui = { open: new Set(), editing: null, entry: null, turn: null, renaming: null, chosen: new Set() };
  }

  /** @internal */
  get people(): readonly string[] {
    // Asked for by every card on every render: worked out again only when a list of names changes.
    const added = this.doc.participants;
    if (this.peopleCache?.page !== this.pagePeople || this.peopleCache.added !== added) {
      this.peopleCache = { page: this.pagePeople, added, people: everyone(this.pagePeople, added) };
    }
    return this.peopleCache.people;
  }

  /**
   * Where an item stands with the people taking part now. The status bar, the
   * cards and the summary all ask on each render, so each answer is counted
   * once per change: items are never changed in place, so an item object is
   * its own cache key, and a new list of people starts afresh.
   * @internal
   */
  statusOf(item: AgreementItem): ItemStatus {
    const people = this.people;
    const absent = this.doc.absent;
    if (this.statusCache.people !== people || this.statusCache.absent !== absent) {
      this.statusCache = { people, absent, byItem: new WeakMap() };
    }
    let status = this.statusCache.byItem.get(item);
    if (!status) {
      status = itemStatus(item, people, absent);
      this.statusCache.byItem.set(item, status);
    }
    return status;
  }

  /** @internal */
  get answersVisible(): boolean {
    return !this.doc.privateAnswers || this.doc.revealed;
  }

  /** The agreement as CSV for a spreadsheet, in the element's language. Private answers stay out until shown. */
  toCSV(): string {
    return documentToCsv(this.doc, this.answersVisible, {
      t: (key) => this.t(key),
      state: (item) => stateText(this, this.statusOf(item)),
    });
  }

  protected fileName(): string {
    return this.t('file.name');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('participants')) this.pagePeople = this.readParticipants(this.participants);
    super.willUpdate(changed);
  }

  /** @internal */
  setUi(patch: Partial<UiState>): void {
    // Opening or closing an entry or a turn starts afresh: nothing chosen in it yet.
    const fresh = ('entry' in patch || 'turn' in patch) && !('chosen' in patch) ? { chosen: new Set<string>() } : {};
    this.ui = { ...this.ui, ...patch, ...fresh };
  }

  /** @internal */
  respond(item: AgreementItem, person: string, answer: Answer, note: string, typing = false): void {
    if (!this.ui.chosen.has(item.id)) this.ui = { ...this.ui, chosen: new Set([...this.ui.chosen, item.id]) };
    this.typingNote = typing;
    this.dispatch(
      { type: 'respond', itemId: item.id, participant: person, answer, note, at: new Date().toISOString() },
      { quiet: typing },
    );
    this.typingNote = false;
  }

  /** Everyone has agreed to everything, and the answers are showing. */
  private isVisiblyAgreed(doc: ValuesAgreementDocument): boolean {
    return (!doc.privateAnswers || doc.revealed) && isAllAgreed(doc, everyone(this.pagePeople, doc.participants));
  }

  protected override actionApplied(action: ValuesAgreementAction, previous: ValuesAgreementDocument): void {
    if (action.type === 'respond' && !this.typingNote) {
      const responses = this.doc.items.find((item) => item.id === action.itemId)?.responses;
      const response = responses && own(responses, action.participant);
      if (response) {
        // While answers are private, the host hears who answered, never what.
        const sealed = !this.answersVisible;
        this.emit('agreement-response', {
          itemId: action.itemId,
          participant: action.participant,
          response: sealed ? null : response.answer,
          note: sealed ? '' : response.note,
          sealed,
        });
      }
    }
    if (!this.isVisiblyAgreed(previous) && this.isVisiblyAgreed(this.doc)) {
      const present = presentPeople(this.people, this.doc.absent);
      this.emit('agreement-reached', { version: this.doc.version, present, absent: this.people.filter((name) => !present.includes(name)) });
      this.announce(this.t('status.reached', { version: this.doc.version }));
    }
  }

  // ——— Rendering ———

  protected override render() {
    const due = isDueForReview(this.doc.reviewDate, today());
    if (this.readonly) {
      return html`<div class="root" part="base" lang=${this.resolvedLocale}>
        <${this.headings.title} class="h-title" id="title" tabindex="-1">${this.t('title')}</${this.headings.title}>
        <p class="intro">${this.t('readonly.intro')}</p>
        ${this.renderProblems()} ${renderReviewDue(this, due)} ${renderSummary(this)}
      </div>`;
    }
    return html`
      <div class="root" part="base" lang=${this.resolvedLocale}>
        <${this.headings.title} class="h-title" id="title" tabindex="-1">${this.t('title')}</${this.headings.title}>
        <p class="intro no-print">${this.t('intro')}</p>
        ${this.renderProblems()} ${this.renderNotice()} ${this.renderAnnouncer()} ${renderReviewDue(this, due)}
        ${this.inEasyRead ? renderAnswerKey(this) : nothing}
        ${renderOverallStatus(this)} ${this.doc.items.length ? nothing : renderStart(this)} ${renderPeople(this)}
        ${renderItemSection(this, 'value')} ${renderItemSection(this, 'rule')} ${renderSummary(this)}
        ${renderReview(this)} ${renderHistory(this)} ${this.renderTools()}
      </div>
    `;
  }
}
