import { nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { DocumentController, type DocumentModel } from './controllers/document.js';
import { fileField, FilesController, type FileField } from './controllers/files.js';
import type { DocumentView } from './controllers/view.js';
import type { SharedKey } from './i18n/catalogues.js';
import { newId } from './ids.js';
import { InteractiveElement } from './interactive-element.js';
import { readParticipants } from './participants.js';
import type { DocumentEnvelope } from './storage/document-store.js';

export type { DocumentModel, DocumentView };

/**
 * Transitional: the old base of document elements, now a thin layer over
 * the controllers, kept only until every element uses them directly.
 * @internal
 */
export abstract class DocumentElement<Doc, Action, Key extends string = SharedKey> extends InteractiveElement<Key> {
  static override properties: PropertyDeclarations = {
    storageKey: { type: String, attribute: 'storage-key' },
  };

  declare storageKey: string | undefined;

  protected readonly document: DocumentController<Doc, Action, Key>;
  protected readonly files: FilesController<Doc, Key>;

  constructor(model: DocumentModel<Doc, Action> & { maxFileBytes?: number }) {
    super(model.tag);
    this.document = new DocumentController<Doc, Action, Key>(this, {
      model,
      problems: this.problems,
      focus: this.refocus,
      announcer: this.announcer,
      storage: () => ({ key: this.storageTarget, project: this.project }),
      applied: (action, previous) => this.actionApplied(action, previous),
      committing: () => this.committing(),
    });
    this.files = new FilesController<Doc, Key>(this, {
      document: this.document as unknown as DocumentController<Doc, never, Key>,
      problems: this.problems,
      focus: this.refocus,
      announcer: this.announcer,
      toCSV: () => this.toCSV(),
      fileName: () => this.fileName(),
      ...(model.maxFileBytes ? { maxFileBytes: model.maxFileBytes } : {}),
    });
  }

  get doc(): Doc {
    return this.document.doc;
  }

  set doc(doc: Doc) {
    this.document.show(doc);
  }

  get printing(): boolean {
    return this.files.printing;
  }

  get data(): Doc {
    return this.document.data;
  }

  set data(value: Doc | DocumentEnvelope<Doc> | undefined) {
    this.document.data = value;
  }

  toJSON(): DocumentEnvelope<Doc> {
    return this.document.toJSON();
  }

  abstract toCSV(): string;

  protected abstract fileName(): string;

  protected get storageTarget(): string | undefined {
    return this.storageKey;
  }

  dispatch(action: Action, options: { quiet?: boolean; announce?: string } = {}): boolean {
    return this.document.dispatch(action, options);
  }

  protected actionApplied(_action: Action, _previous: Doc): void {}

  protected committing(): void {}

  readonly flushPendingSave = (): void => this.document.flushPendingSave();

  offerUndo(message: string): void {
    this.document.offerUndo(message);
  }

  newId(): string {
    return newId();
  }

  protected readParticipants(value: string | null | undefined): string[] {
    return readParticipants(value, this.problems);
  }

  protected renderNotice(): TemplateResult | typeof nothing {
    return this.document.renderNotice();
  }

  protected renderFileField(field: FileField): TemplateResult {
    return fileField(field);
  }

  protected renderTools(extra: TemplateResult | typeof nothing = nothing): TemplateResult {
    return this.files.render(extra);
  }
}
