import { nothing, type ReactiveController, type TemplateResult } from 'lit';
import { html } from 'lit/static-html.js';
import type * as z from 'zod/mini';
import { emit, type CoproduceErrorCode, type CoproduceErrorDetail, type ErrorEventTag } from '../events.js';
import type { Headings } from '../headings.js';
import type { SharedKey } from '../i18n/catalogues.js';
import type { MessageParams } from '../i18n/message.js';
import { validate } from '../schema.js';
import type { FocusController, RenderedHost } from './focus.js';

/** A problem shown at the top of the element. */
export interface Problem<Key extends string> {
  code: CoproduceErrorCode;
  key: Key | SharedKey;
  params?: MessageParams;
}

/** What the problems box needs from its element: strings and heading levels. */
export interface ProblemsHost<Key extends string> extends RenderedHost, EventTarget {
  t(key: Key | SharedKey, params?: MessageParams): string;
  readonly headings: Headings;
}

export interface ProblemsOptions<Tag extends ErrorEventTag> {
  /** Names the error event: `<tag>-error`. */
  tag: Tag;
  focus: FocusController;
  /** What takes focus when the person hides the problems: the element's title. */
  title: string;
}

/**
 * What went wrong, by where it came from (an attribute, `data`, `src`,
 * storage): shown in a box at the top that screen readers hear, and reported
 * as `<tag>-error`. Field messages sit beside it.
 *
 * The error event is sent just after the update that shows the problem, never
 * inside a property setter: a framework that sets properties and then adds
 * its listeners (React, Vue) still hears about bad initial data.
 */
export class ProblemsController<Key extends string, Tag extends ErrorEventTag = ErrorEventTag>
  implements ReactiveController
{
  private problems: ReadonlyMap<string, Problem<Key>> = new Map();
  private fields: Readonly<Record<string, Key | SharedKey>> = {};
  private fieldParams: Readonly<Record<string, MessageParams>> = {};
  private unsent: { problem: Problem<Key>; cause: unknown }[] = [];
  private readonly dismissable = new Set(['data']);

  constructor(
    private readonly host: ProblemsHost<Key>,
    private readonly options: ProblemsOptions<Tag>,
  ) {
    host.addController(this);
  }

  get(source: string): Problem<Key> | undefined {
    return this.problems.get(source);
  }

  /** Shows a problem under its source (replacing the one there) and reports it. */
  set(source: string, problem: Problem<Key>, cause: unknown): void {
    this.problems = new Map(this.problems).set(source, problem);
    this.unsent.push({ problem, cause });
    this.host.requestUpdate();
  }

  clear(source: string): void {
    if (!this.problems.has(source)) return;
    const problems = new Map(this.problems);
    problems.delete(source);
    this.problems = problems;
    this.host.requestUpdate();
  }

  /**
   * Lets "Hide these problems" clear problems from this source too. Problems
   * from an attribute or a source address stay until the page puts them right.
   */
  allowDismissing(source: string): void {
    this.dismissable.add(source);
  }

  // ——— Messages at form fields ———

  /** Messages next to form fields, by field id. */
  get fieldErrors(): Readonly<Record<string, Key | SharedKey>> {
    return this.fields;
  }

  /** What fills in each field message that has more than its key (a question's label, say), by field id. */
  get fieldErrorParams(): Readonly<Record<string, MessageParams>> {
    return this.fieldParams;
  }

  /** Puts a message at a field (null clears it); `params` fill it in. */
  setFieldError(fieldId: string, key: Key | SharedKey | null, params?: MessageParams): void {
    const { [fieldId]: _previous, ...rest } = this.fields;
    const { [fieldId]: _previousParams, ...restParams } = this.fieldParams;
    this.fields = key ? { ...rest, [fieldId]: key } : rest;
    this.fieldParams = key && params ? { ...restParams, [fieldId]: params } : restParams;
    this.host.requestUpdate();
  }

  /** Clears the field messages `keep` does not keep (a form that closed takes its messages with it). */
  clearFieldErrors(keep: (fieldId: string) => boolean = () => false): void {
    this.fields = Object.fromEntries(Object.entries(this.fields).filter(([id]) => keep(id)));
    this.fieldParams = Object.fromEntries(Object.entries(this.fieldParams).filter(([id]) => keep(id)));
    this.host.requestUpdate();
  }

  /**
   * An attribute that must pass a schema (one of a few words, a number in a
   * range): its value when valid; otherwise the fallback, with the problem
   * (naming the value) shown and reported under the attribute's name until it
   * is put right.
   */
  readChoice<T>(
    attribute: string,
    schema: z.ZodMiniType<T>,
    value: unknown,
    fallback: T,
    key: Key | SharedKey,
    params: MessageParams = {},
  ): T {
    const result = validate(schema, value);
    if (result.success) {
      this.clear(attribute);
      return result.data;
    }
    this.set(attribute, { code: 'invalid-attribute', key, params: { ...params, value: String(value) } }, result.error);
    return fallback;
  }

  hostUpdated(): void {
    if (!this.unsent.length) return;
    const unsent = this.unsent;
    this.unsent = [];
    // After the update, not inside it: a listener that changes the element starts a fresh update.
    queueMicrotask(() => {
      for (const { problem, cause } of unsent) {
        const detail: CoproduceErrorDetail = {
          message: this.host.t(problem.key, problem.params),
          code: problem.code,
          cause,
        };
        // One cast: ErrorEventTag promises every `${Tag}-error` carries this detail.
        emit(this.host, `${this.options.tag}-error` as `${ErrorEventTag}-error`, detail as never);
      }
    });
  }

  private dismiss(): void {
    const problems = new Map(this.problems);
    for (const source of this.dismissable) problems.delete(source);
    this.problems = problems;
    this.options.focus.after(this.options.title);
  }

  /** The problem box (`#problems`): takes focus when something goes wrong, GOV.UK style. */
  render(): TemplateResult {
    const problems = [...this.problems.values()];
    const { t, headings } = this.host;
    return html`<div id="problems" role="alert" tabindex="-1">
      ${
        problems.length
          ? html`<div class="problem">
            <${headings.section} class="h-section">${t.call(this.host, 'error.heading')}</${headings.section}>
            <ul>
              ${problems.map((problem) => html`<li>${t.call(this.host, problem.key, problem.params)}</li>`)}
            </ul>
            <button type="button" class="small no-print" @click=${() => this.dismiss()}>
              ${t.call(this.host, 'action.dismissProblems', { count: problems.length })}
            </button>
          </div>`
          : nothing
      }
    </div>`;
  }
}
