import {
  Announcer,
  CoproduceElement,
  documentView,
  DocumentController,
  everyone,
  FilesController,
  own,
  presentPeople,
  readParticipants,
  samePerson,
  today,
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
import { renderParticipantView } from './render-participant.js';
import { renderPeople } from './render-people.js';
import { renderReview } from './render-review.js';
import {
  valuesAgreementDocumentSchema,
  type AgreementItem,
  type Answer,
  type ValuesAgreementDocument,
} from './schema.js';
import { valuesAgreementStyles } from './values-agreement.styles.js';
import {
  answering,
  type ParticipantSeat,
  type UiState as ValuesAgreementUi,
  type ValuesAgreementView,
} from './view.js';

/** How an agreement is stored and exported. Bump `version` and add a migration to change its shape. */
export const VALUES_AGREEMENT_FORMAT: DocumentFormat<ValuesAgreementDocument> = {
  format: 'coproduce/values-agreement',
  version: 1,
  get schema() {
    return valuesAgreementDocumentSchema();
  },
};

export interface AgreementAnsweredDetail {
  itemId: string;
  /** Who answered, by name. */
  participant: string;
  /** The answer (`'pass'` for a pass); null only while answers are private and not yet shown (`sealed`). */
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
    'agreement-answered': CustomEvent<AgreementAnsweredDetail>;
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
 * @event {CustomEvent<AgreementAnsweredDetail>} agreement-answered - Someone answered, or finished typing their note. `response` is `agree`, `concern`, `not-yet` or `pass`; it is null (and `note` empty) only while answers are private and not yet shown, when `sealed` is true.
 * @event {CustomEvent<AgreementReachedDetail>} agreement-reached - Every item of this version is agreed: everyone here today answered, nobody said "not yet" and at least one person agreed to each (a pass is standing aside); the answers are showing.
 * @event {CustomEvent<ValuesAgreementChangeDetail>} values-agreement-change - Anything in the agreement changed, here or in another tab or device of a live session. `data` is the whole document, without private answers not yet shown.
 * @event {CustomEvent<CoproduceErrorDetail>} values-agreement-error - Input was refused or storage failed; the previous data is kept.
 *
 * @csspart base - The element's outer box.
 * @csspart status - Where the agreement stands, with the button that shows private answers.
 * @csspart people - The people taking part.
 * @csspart values - The values section.
 * @csspart rules - The ground rules section.
 * @csspart item - Each value's or rule's card.
 * @csspart summary - The agreement as agreed: what prints, and all that `public` shows.
 * @csspart review-due - The "due for review" message.
 * @csspart history - Earlier versions.
 * @csspart tools - Download, print and open-a-copy controls.
 */
export class ValuesAgreement extends CoproduceElement<ValuesAgreementKey | ValuesAgreementEasyKey, 'values-agreement'> {
  static override styles = [...CoproduceElement.styles, participantViewStyles, valuesAgreementStyles];

  /** @internal */
  static override catalogues = valuesAgreementCatalogues;

  /** @internal */
  static override easyReadCatalogues = valuesAgreementEasyRead;

  static override properties: PropertyDeclarations = {
    participants: { type: String },
    readonly: { type: Boolean, reflect: true },
    public: { type: Boolean, reflect: true },
    storageKey: { type: String, attribute: 'storage-key' },
  };

  /** Names of the people taking part, separated by commas. Names only, never job titles. More can be added on screen. */
  declare participants: string;
  /** Everything shows as usual, answers and history included, but nothing can be changed; downloads and print still work. */
  declare readonly: boolean;
  /** Shows the current agreement only, with nothing to change: for a noticeboard or a public page. */
  declare public: boolean;
  /** Saves the agreement in this browser under this key and restores it on reload. */
  declare storageKey: string | undefined;

  /** Names from the `participants` attribute. */
  private pagePeople: readonly string[] = [];
  private statusCache: {
    people: readonly string[];
    absent: readonly string[];
    byItem: WeakMap<AgreementItem, ItemStatus>;
  } = {
    people: [],
    absent: [],
    byItem: new WeakMap(),
  };
  private peopleCache: { page: readonly string[]; added: readonly string[]; people: readonly string[] } | null = null;
  /** True while a note is being typed: the answer is saved, and reported to the host when the field is left. */
  private typingNote = false;

  private readonly announcer = new Announcer(this);
  private readonly ui = new UiState<ValuesAgreementUi>(this, {
    open: new Set(),
    editing: null,
    entry: null,
    turn: null,
    renaming: null,
    chosen: new Set(),
    participantItem: null,
  });
  private readonly document = new DocumentController(this, {
    model: VALUES_AGREEMENT_MODEL,
    problems: this.problems,
    focus: this.refocus,
    announcer: this.announcer,
    storage: () => ({ key: this.storageKey, project: this.project }),
    applied: (action, previous) => this.tellHost(action, previous),
    // Neither a reader (`readonly`) nor a noticeboard (`public`) changes the agreement; the host's `data` still does.
    editable: () => !this.readonly && !this.public,
  });
  private readonly files = new FilesController(this, {
    document: this.document,
    problems: this.problems,
    focus: this.refocus,
    announcer: this.announcer,
    toCSV: () => this.toCSV(),
    fileName: () => this.t('file.name'),
  });
  private readonly view = this.createView();

  constructor() {
    super('values-agreement');
    this.participants = '';
    this.readonly = false;
    this.public = false;
  }

  /**
   * The whole agreement, validated, without private answers not yet shown.
   * Setting invalid data keeps the current agreement and reports
   * `values-agreement-error`; setting back what `values-agreement-change`
   * last gave changes nothing. Works when `readonly` too.
   */
  get data(): ValuesAgreementDocument {
    return this.document.data;
  }

  set data(value: ValuesAgreementDocument | DocumentEnvelope<ValuesAgreementDocument> | undefined) {
    this.document.data = value;
  }

  /** The agreement as a versioned envelope, the same as a downloaded copy; `JSON.stringify(element)` uses it. */
  toJSON(): DocumentEnvelope<ValuesAgreementDocument> {
    return this.document.toJSON();
  }

  /** The agreement as CSV for a spreadsheet, in the element's language. Private answers stay out until shown. */
  toCSV(): string {
    return documentToCsv(this.document.doc, this.answersVisible, {
      t: (key) => this.t(key),
      state: (item) => stateText(this.view, this.statusOf(item)),
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('participants')) this.pagePeople = readParticipants(this.participants, this.problems);
    // Whatever was half done (an answer, a turn, new words, a new name) closes, rather than coming back later.
    if ((changed.has('readonly') || changed.has('public')) && !this.document.editable) {
      this.ui.set({ ...answering({ entry: null, turn: null }), editing: null, renaming: null });
    }
  }

  /** What the templates may read and do, and nothing else of the element. */
  private createView(): ValuesAgreementView {
    const element = this;
    const parts = {
      problems: this.problems,
      focus: this.refocus,
      announcer: this.announcer,
      document: this.document,
      ui: this.ui,
    };
    return documentView(this, parts, {
      get people() {
        return element.people;
      },
      get pagePeople() {
        return element.pagePeople;
      },
      get answersVisible() {
        return element.answersVisible;
      },
      statusOf: (item: AgreementItem) => this.statusOf(item),
      respond: (item: AgreementItem, person: string, answer: Answer, note: string, typing?: boolean) =>
        this.respond(item, person, answer, note, typing),
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
  private get people(): readonly string[] {
    // Asked for by every card on every render: worked out again only when a list of names changes.
    const added = this.document.doc.participants;
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
   */
  private statusOf(item: AgreementItem): ItemStatus {
    const people = this.people;
    const absent = this.document.doc.absent;
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

  private get answersVisible(): boolean {
    const { doc } = this.document;
    return !doc.privateAnswers || doc.revealed;
  }

  private respond(item: AgreementItem, person: string, answer: Answer, note: string, typing = false): void {
    // A participant answering on their own phone is one of the people taking part: their name goes in, once.
    if (this.participantSeat?.name === person && !this.people.some((name) => samePerson(name, person))) {
      this.document.dispatch({ type: 'add-participant', name: person });
    }
    const { chosen } = this.ui.value;
    if (!chosen.has(item.id)) this.ui.set({ chosen: new Set([...chosen, item.id]) });
    this.typingNote = typing;
    this.document.dispatch(
      { type: 'respond', itemId: item.id, participant: person, answer, note, at: new Date().toISOString() },
      { quiet: typing },
    );
    this.typingNote = false;
  }

  /** Everyone has agreed to everything, and the answers are showing. */
  private isVisiblyAgreed(doc: ValuesAgreementDocument): boolean {
    return (!doc.privateAnswers || doc.revealed) && isAllAgreed(doc, everyone(this.pagePeople, doc.participants));
  }

  /** After each change: who answered (never what, while answers are private), and whether everything is now agreed. */
  private tellHost(action: ValuesAgreementAction, previous: ValuesAgreementDocument): void {
    const { doc } = this.document;
    if (action.type === 'respond' && !this.typingNote) {
      const responses = doc.items.find((item) => item.id === action.itemId)?.responses;
      const response = responses && own(responses, action.participant);
      if (response) {
        const sealed = !this.answersVisible;
        this.emit('agreement-answered', {
          itemId: action.itemId,
          participant: action.participant,
          response: sealed ? null : response.answer,
          note: sealed ? '' : response.note,
          sealed,
        });
      }
    }
    if (!this.isVisiblyAgreed(previous) && this.isVisiblyAgreed(doc)) {
      const present = presentPeople(this.people, doc.absent);
      this.emit('agreement-reached', {
        version: doc.version,
        present,
        absent: this.people.filter((name) => !present.includes(name)),
      });
      this.announcer.say(this.t('status.reached', { version: doc.version }));
    }
  }

  protected override render() {
    const { view } = this;
    const { doc } = this.document;
    const { title } = this.headings;
    const due = isDueForReview(doc.reviewDate, today());
    const heading = html`<${title} class="h-title" id="title" tabindex="-1">${this.t('title')}</${title}>`;
    if (this.public) {
      return html`<div class="root" part="base" lang=${this.resolvedLocale}>
        ${heading}
        <p class="intro">${this.t('public.intro')}</p>
        ${this.problems.render()} ${renderReviewDue(view, due)} ${renderSummary(view)}
      </div>`;
    }
    if (view.participant) {
      return html`<div class="root participant" part="base" lang=${this.resolvedLocale}>
        ${heading}
        ${this.problems.render()} ${this.document.renderNotice()} ${this.announcer.render()} ${renderReviewDue(view, due)}
        ${renderParticipantView(view, view.participant)}
      </div>`;
    }
    const { editable } = view;
    return html`
      <div class="root" part="base" lang=${this.resolvedLocale}>
        ${heading}
        <p class="intro no-print">${this.t('intro')}</p>
        ${editable ? nothing : html`<p class="intro no-print">${this.t('readonly.hint')}</p>`}
        ${this.problems.render()} ${this.document.renderNotice()} ${this.announcer.render()} ${renderReviewDue(view, due)}
        ${this.inEasyRead ? renderAnswerKey(view) : nothing}
        ${renderOverallStatus(view)} ${doc.items.length || !editable ? nothing : renderStart(view)} ${renderPeople(view)}
        ${renderItemSection(view, 'value')} ${renderItemSection(view, 'rule')} ${renderSummary(view)}
        ${editable ? renderReview(view) : nothing} ${renderHistory(view)} ${this.files.render()}
      </div>
    `;
  }
}
