import { nothing, type ReactiveController, type TemplateResult } from 'lit';
import { html } from 'lit/static-html.js';
import { downloadText, fileSlug } from '../files.js';
import type { SharedKey } from '../i18n/catalogues.js';
import type { MessageParams } from '../i18n/message.js';
import { parseDocument } from '../storage/document-store.js';
import type { Announcer } from './announcer.js';
import type { DocumentController } from './document.js';
import type { FocusController } from './focus.js';
import type { ProblemsController, ProblemsHost } from './problems.js';

/** Largest file we will try to open, unless the model says: a real session is a few hundred KB at most. */
const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export interface FilesOptions<Doc, Key extends string> {
  document: DocumentController<Doc, never, Key>;
  problems: ProblemsController<Key>;
  focus: FocusController;
  announcer: Announcer;
  /** The document as CSV for a spreadsheet, in the element's language. */
  toCSV(): string;
  /** The start of a downloaded file's name, in the element's language. */
  fileName(): string;
  /**
   * Starts fetching what printing shows that is fetched on demand, as the
   * pointer or focus reaches the Print button: the browser lays out the page
   * for paper straight after `beforeprint`, too soon for a fetch begun then.
   */
  beforePrint?: () => void;
  /** The largest saved copy "Open a saved copy" reads, in bytes (default 5 MB). */
  maxFileBytes?: number;
}

/** A button that opens the browser's file chooser, with its hint. */
export interface FileField {
  id: string;
  label: string;
  hint: string;
  accept: string;
  choose(event: Event): void;
  /** Starts fetching what reading the file needs, as the pointer or focus reaches the button (`OnDemandPart.prefetch`). */
  prefetch?: () => void;
}

/**
 * A button that opens the browser's file chooser, with its hint. The native
 * file input is never shown: its button says "Choose File" in the browser's
 * own language, whatever the page's, so a Welsh page showed English. The
 * input (`#<id>`) stays in the page, out of sight and reach.
 */
export function fileField(field: FileField): TemplateResult {
  const openChooser = (event: Event) =>
    (event.currentTarget as HTMLElement).parentElement!.querySelector<HTMLInputElement>('input[type="file"]')!.click();
  return html`<div class="field open-file" @pointerenter=${field.prefetch} @focusin=${field.prefetch}>
    <button type="button" id="${field.id}-button" aria-describedby="${field.id}-hint" @click=${openChooser}>
      ${field.label}
    </button>
    <p class="hint" id="${field.id}-hint">${field.hint}</p>
    <input id=${field.id} type="file" hidden tabindex="-1" accept=${field.accept} @change=${field.choose} />
  </div>`;
}

/**
 * A document's files and printing: download a copy or a spreadsheet, open a
 * saved copy (with Undo), print with every part open. `printing` is true
 * while the page prints, for templates that open what is folded.
 */
export class FilesController<Doc, Key extends string> implements ReactiveController {
  /** True while the page prints: every part opens. */
  printing = false;

  constructor(
    private readonly host: ProblemsHost<Key>,
    private readonly options: FilesOptions<Doc, Key>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.startPrinting);
    window.addEventListener('afterprint', this.stopPrinting);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.startPrinting);
    window.removeEventListener('afterprint', this.stopPrinting);
  }

  /** Offers text as a file named from `nameStart` and today's date, and says so. */
  download(nameStart: string, extension: 'json' | 'csv', text: string): void {
    const name = `${fileSlug(nameStart)}-${new Date().toISOString().slice(0, 10)}.${extension}`;
    if (extension === 'json') downloadText(name, text, 'application/json');
    // The byte-order mark tells spreadsheet programs the file is UTF-8.
    else downloadText(name, `\ufeff${text}`, 'text/csv;charset=utf-8');
    this.options.announcer.say(this.host.t('status.downloaded'));
  }

  /** The file a chooser was given, if any; the chooser is emptied so the same file can be chosen again. */
  chosen(event: Event): File | null {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0] ?? null;
    input.value = '';
    return file;
  }

  /** Refuses a file someone chose: the problem says which, and takes focus. */
  refuse(file: File, cause: unknown, key: Key | SharedKey = 'error.file', params: MessageParams = {}): void {
    this.options.problems.set('data', { code: 'invalid-file', key, params: { file: file.name, ...params } }, cause);
    this.options.focus.after('#problems');
  }

  private async openCopy(event: Event): Promise<void> {
    const file = this.chosen(event);
    const { document, problems } = this.options;
    if (!file || !document.editable) return;
    const max = this.options.maxFileBytes ?? MAX_IMPORT_BYTES;
    if (file.size > max)
      return this.refuse(file, new Error(`File is ${file.size} bytes, more than ${max}`), 'error.fileTooBig');
    let text: string;
    try {
      text = await file.text();
    } catch (cause) {
      return this.refuse(file, cause);
    }
    const parsed = parseDocument(text, document.format);
    // As for storage: a copy from a newer version is not damaged, only too new for this one.
    if (!parsed.ok)
      return this.refuse(file, parsed.cause, parsed.reason === 'newer-version' ? 'error.fileNewer' : 'error.file');
    problems.clear('data');
    document.replace(parsed.data, this.host.t('status.opened', { file: file.name }));
  }

  private readonly startPrinting = () => {
    this.options.document.flushPendingSave();
    this.printing = true;
    this.host.requestUpdate();
  };

  private readonly stopPrinting = () => {
    this.printing = false;
    this.host.requestUpdate();
  };

  /**
   * Download, print and open a saved copy (`part="tools"`); `extra` is an
   * element's own tools, at the end. Opening a copy would change the
   * document, so it is left out while the document is not editable.
   */
  render(extra: TemplateResult | typeof nothing = nothing): TemplateResult {
    const { document, toCSV, fileName } = this.options;
    const t = (key: SharedKey) => this.host.t(key);
    const { section } = this.host.headings;
    return html`
      <section class="tools no-print" part="tools" aria-labelledby="tools-heading">
        <${section} class="h-section" id="tools-heading">${t('tools.heading')}</${section}>
        <p class="hint">${t(document.storageKey !== null ? 'tools.savedHere' : 'tools.notSaved')}</p>
        <div class="row">
          <button type="button" @click=${() => this.download(fileName(), 'json', JSON.stringify(document.toJSON(), null, 2))}>
            ${t('tools.downloadCopy')}
          </button>
          <button type="button" @click=${() => this.download(fileName(), 'csv', toCSV())}>${t('tools.downloadSpreadsheet')}</button>
          <button
            type="button"
            @click=${() => window.print()}
            @pointerenter=${this.options.beforePrint}
            @focus=${this.options.beforePrint}
          >
            ${t('tools.print')}
          </button>
        </div>
        ${
          document.editable
            ? fileField({
                id: 'open-file',
                label: t('tools.open'),
                hint: t('tools.openHint'),
                accept: '.json,application/json',
                choose: (event) => this.openCopy(event),
              })
            : nothing
        }
        ${extra}
      </section>
    `;
  }
}
