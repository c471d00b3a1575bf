import { type PropertyDeclarations, type TemplateResult } from 'lit';
import type * as z from 'zod/mini';
import { CoproduceElement } from './base-element.js';
import { Announcer } from './controllers/announcer.js';
import type { Problem } from './controllers/problems.js';
import { SourceLoadController } from './controllers/source-load.js';
import type { ErrorEventTag } from './events.js';
import type { SharedKey } from './i18n/catalogues.js';
import type { MessageParams } from './i18n/message.js';
import type { SourceLimits, SourceParse } from './source.js';

export type { Problem };

/**
 * Transitional: the old base of interactive elements, now a thin layer over
 * the controllers, kept only until every element uses them directly.
 * @internal
 */
export abstract class InteractiveElement<Key extends string = SharedKey> extends CoproduceElement<Key> {
  static override properties: PropertyDeclarations = {};

  protected readonly announcer = new Announcer(this);
  private currentApply: ((data: unknown) => void) | null = null;
  private currentParse: ((text: string) => SourceParse<unknown>) | null = null;
  private readonly sourceLoad = new SourceLoadController<unknown, Key>(this, {
    problems: this.problems,
    messages: {
      'source-unavailable': 'error.source' as Key,
      'source-timeout': 'error.sourceTimeout' as Key,
      'source-too-big': 'error.sourceTooBig' as Key,
      'invalid-source': 'error.sourceInvalid' as Key,
      newer: 'error.sourceNewer' as Key,
    },
    parse: (text) => this.currentParse!(text),
    apply: (data) => this.currentApply?.(data),
  });

  /** Sources "Hide these problems" clears besides 'data'. */
  protected dismissableProblems: readonly string[] = [];

  constructor(tag: string) {
    super(tag as ErrorEventTag);
    this.addController({
      hostConnected: () => {
        for (const source of this.dismissableProblems) this.problems.allowDismissing(source);
      },
    });
  }

  get fieldErrors(): Readonly<Record<string, Key | SharedKey>> {
    return this.problems.fieldErrors;
  }

  get loading(): boolean {
    return this.sourceLoad.loading;
  }

  get sourceLimits(): SourceLimits {
    return this.sourceLoad.limits;
  }

  set sourceLimits(limits: SourceLimits) {
    this.sourceLoad.limits = limits;
  }

  focusAfterRender(selector: string): void {
    this.refocus.after(selector);
  }

  announce(text: string): void {
    this.announcer.say(text);
  }

  setFieldError(fieldId: string, key: Key | SharedKey | null): void {
    this.problems.setFieldError(fieldId, key);
  }

  protected setProblem(source: string, problem: Problem<Key>, cause: unknown): void {
    this.problems.set(source, problem, cause);
  }

  protected clearProblem(source: string): void {
    this.problems.clear(source);
  }

  protected readChoice<T>(
    attribute: string,
    schema: z.ZodMiniType<T>,
    value: unknown,
    fallback: T,
    key: Key | SharedKey,
    params: MessageParams = {},
  ): T {
    return this.problems.readChoice(attribute, schema, value, fallback, key, params);
  }

  protected async loadSource<T>(
    url: string | undefined,
    parse: (text: string) => SourceParse<T>,
    apply: (data: T | null) => void,
  ): Promise<void> {
    this.currentParse = parse;
    this.currentApply = apply as (data: unknown) => void;
    await this.sourceLoad.load(url);
  }

  protected emitUntyped(type: string, detail: unknown): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  protected renderProblems(): TemplateResult {
    return this.problems.render();
  }

  protected renderAnnouncer(): TemplateResult {
    return this.announcer.render();
  }
}
