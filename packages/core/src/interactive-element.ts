import { nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { html } from 'lit/static-html.js';
import * as z from 'zod/mini';
import { HEADING_LEVELS, headingsFor, type Headings } from './headings.js';
import { CoproduceElement } from './base-element.js';
import type { CoproduceErrorCode, CoproduceErrorDetail } from './events.js';
import type { SharedKey } from './i18n/catalogues.js';
import type { MessageParams } from './i18n/message.js';
import { validate } from './schema.js';
import { DEFAULT_SOURCE_LIMITS, SourceLoader, type SourceFailure, type SourceLimits, type SourceParse } from './source.js';

/** Each element words these for what its `src` holds. */
const SOURCE_MESSAGES: Record<SourceFailure, string> = {
  'source-unavailable': 'error.source',
  'source-timeout': 'error.sourceTimeout',
  'source-too-big': 'error.sourceTooBig',
  'invalid-source': 'error.sourceInvalid',
};

/** A problem shown at the top of the element, by where it came from. */
export interface Problem<Key extends string> {
  code: CoproduceErrorCode;
  key: Key | SharedKey;
  params?: MessageParams;
}

/**
 * The base of every element people work in: problems shown at the top and
 * reported as `<tag>-error`, messages at form fields, focus moved after a
 * render, and a polite live region for announcements.
 *
 * Each element's shadow root has a focusable `#title` heading, and renders
 * `renderProblems()` and `renderAnnouncer()`.
 */
export abstract class InteractiveElement<Key extends string = SharedKey> extends CoproduceElement<Key> {
  static override properties: PropertyDeclarations = {
    headingLevel: { attribute: 'heading-level' },
    /** @internal */ fieldErrors: { state: true, attribute: false },
    /** @internal */ problems: { state: true, attribute: false },
    /** @internal */ announcement: { state: true, attribute: false },
    /** @internal */ loading: { state: true, attribute: false },
  };

  /**
   * The level of the element's title, 1 to 6 (default 2), so it fits the
   * page's outline: its sections are one level below, their parts one below that.
   */
  declare headingLevel: number | string | undefined;
  /** The heading tags in use. @internal */
  headings: Headings = headingsFor(HEADING_LEVELS.default);
  /** Messages next to form fields, by field id. @internal */
  declare fieldErrors: Readonly<Record<string, Key | SharedKey>>;
  protected declare problems: ReadonlyMap<string, Problem<Key>>;
  protected declare announcement: string;
  /** True while what `src` points at is loading. @internal */
  declare loading: boolean;

  /**
   * Where problems that "Hide these problems" clears come from. The others (an
   * attribute, a source address) stay until the page puts them right.
   */
  protected dismissableProblems: readonly string[] = ['data'];

  /** How long a `src` may take to answer, and how big it may be. @internal */
  sourceLimits: SourceLimits = DEFAULT_SOURCE_LIMITS;

  private readonly source = new SourceLoader();
  private headingLevelRead: unknown = undefined;
  private focusTarget: string | null = null;
  private announceToggle = false;

  /** `tag` names the element's events, such as `<tag>-error`. */
  constructor(protected readonly tag: string) {
    super();
    this.fieldErrors = {};
    this.problems = new Map();
    this.announcement = '';
    this.loading = false;
    // Read as each update starts, so no element has to remember to ask for it.
    this.addController({ hostUpdate: () => this.readHeadingLevel() });
  }

  private readHeadingLevel(): void {
    if (this.headingLevel === this.headingLevelRead) return;
    this.headingLevelRead = this.headingLevel;
    if (this.headingLevel === undefined || this.headingLevel === null) {
      this.clearProblem('heading-level');
      this.headings = headingsFor(HEADING_LEVELS.default);
      return;
    }
    const level = this.readChoice(
      'heading-level',
      z.coerce.number().check(z.int(), z.gte(HEADING_LEVELS.min), z.lte(HEADING_LEVELS.max)),
      this.headingLevel,
      HEADING_LEVELS.default,
      'error.headingLevel',
    );
    this.headings = headingsFor(level);
  }

  protected override updated(_changed: PropertyValues<this>): void {
    if (this.focusTarget) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.focusTarget);
      this.focusTarget = null;
      target?.focus();
    }
  }

  /** Moves focus to an element in the shadow root after the next render. @internal */
  focusAfterRender(selector: string): void {
    this.focusTarget = selector;
    this.requestUpdate();
  }

  /** Says something to screen readers through the element's polite live region. @internal */
  announce(text: string): void {
    // Alternating a trailing space makes a repeated message a change that screen readers announce again.
    this.announceToggle = !this.announceToggle;
    this.announcement = this.announceToggle ? text : `${text}\u00a0`;
  }

  /** @internal */
  setFieldError(fieldId: string, key: Key | SharedKey | null): void {
    const { [fieldId]: _previous, ...rest } = this.fieldErrors;
    this.fieldErrors = key ? { ...rest, [fieldId]: key } : rest;
  }

  // ——— Problems ———

  protected setProblem(source: string, problem: Problem<Key>, cause: unknown): void {
    this.problems = new Map(this.problems).set(source, problem);
    const message = this.t(problem.key, problem.params);
    this.emitUntyped(`${this.tag}-error`, { message, cause, code: problem.code } satisfies CoproduceErrorDetail);
  }

  protected clearProblem(source: string): void {
    if (!this.problems.has(source)) return;
    const problems = new Map(this.problems);
    problems.delete(source);
    this.problems = problems;
  }

  private dismissProblems(): void {
    const problems = new Map(this.problems);
    for (const source of this.dismissableProblems) problems.delete(source);
    this.problems = problems;
    this.focusAfterRender('#title');
  }

  /**
   * An attribute that must pass a schema (one of a few words, a number in a
   * range): its value when valid; otherwise the fallback, with the problem
   * (naming the value) shown and reported under the attribute's name until it
   * is put right.
   */
  protected readChoice<T>(
    attribute: string,
    schema: z.ZodMiniType<T>,
    value: unknown,
    fallback: T,
    key: Key | SharedKey,
    params: MessageParams = {},
  ): T {
    const result = validate(schema, value);
    if (result.success) {
      this.clearProblem(attribute);
      return result.data;
    }
    this.setProblem(attribute, { code: 'invalid-attribute', key, params: { ...params, value: String(value) } }, result.error);
    return fallback;
  }

  /**
   * Loads what a `src` attribute points at, one address at a time. `parse`
   * checks the text; `apply` takes the data, or null when there is no
   * address or it failed. A failure is shown and reported under 'src' with
   * the element's own message for it, given `{url}`: `error.source` (could
   * not load), `error.sourceTimeout` (no answer in time), `error.sourceTooBig`
   * or `error.sourceInvalid` (not in the right form), and `error.sourceNewer`
   * for data a newer version of this tool wrote, where `parse` says so.
   */
  protected async loadSource<T>(
    url: string | undefined,
    parse: (text: string) => SourceParse<T>,
    apply: (data: T | null) => void,
  ): Promise<void> {
    if (!url) {
      this.source.cancel();
      this.clearProblem('src');
      this.loading = false;
      apply(null);
      return;
    }
    this.loading = true;
    const result = await this.source.load(url, parse, this.sourceLimits);
    if (!result) return;
    this.loading = false;
    if (!result.ok) {
      // Written by a newer version of this tool: not damaged, only too new to read here.
      const key = (result.newer ? 'error.sourceNewer' : SOURCE_MESSAGES[result.code]) as Key;
      this.setProblem('src', { code: result.code, key, params: { url } }, result.cause);
      apply(null);
      return;
    }
    this.clearProblem('src');
    apply(result.data);
  }

  /** For events whose name depends on the element's tag, which HTMLElementEventMap cannot type. */
  protected emitUntyped(type: string, detail: unknown): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  // ——— Shared parts of the page ———

  /** The problem summary: takes focus when something goes wrong, GOV.UK style. */
  protected renderProblems(): TemplateResult {
    const problems = [...this.problems.values()];
    return html`<div id="problems" role="alert" tabindex="-1">
      ${problems.length
        ? html`<div class="problem">
            <${this.headings.section} class="h-section">${this.t('error.heading')}</${this.headings.section}>
            <ul>
              ${problems.map((problem) => html`<li>${this.t(problem.key, problem.params)}</li>`)}
            </ul>
            <button type="button" class="small no-print" @click=${() => this.dismissProblems()}>
              ${this.t('action.dismissProblems', { count: problems.length })}
            </button>
          </div>`
        : nothing}
    </div>`;
  }

  /** The polite live region for announcements. */
  protected renderAnnouncer(): TemplateResult {
    return html`<div class="visually-hidden" role="status">${this.announcement}</div>`;
  }
}
