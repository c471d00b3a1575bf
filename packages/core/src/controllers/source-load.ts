import type { ReactiveController } from 'lit';
import {
  DEFAULT_SOURCE_LIMITS,
  SourceLoader,
  type SourceFailure,
  type SourceLimits,
  type SourceParse,
} from '../source.js';
import type { ProblemsHost, ProblemsController } from './problems.js';

/**
 * The keys every element gives its `src` failures, each worded in its own
 * catalogue for what its `src` holds ("the questions at {url}…").
 */
export const SOURCE_MESSAGES = {
  'source-unavailable': 'error.source',
  'source-timeout': 'error.sourceTimeout',
  'source-too-big': 'error.sourceTooBig',
  'invalid-source': 'error.sourceInvalid',
} as const satisfies Record<SourceFailure, string>;

export interface SourceLoadOptions<T, Key extends string> {
  problems: ProblemsController<Key>;
  /**
   * The element's message for each failure, given `{url}`, worded for what
   * its `src` holds; `newer` for data a newer version of this tool wrote,
   * where `parse` says so.
   */
  messages: Record<SourceFailure, Key> & { newer?: Key };
  /** Checks the text that came back. */
  parse(text: string): SourceParse<T>;
  /** Takes the data, or null when there is no address or it failed. */
  apply(data: T | null): void;
}

/**
 * Loads what an element's `src` attribute points at, one address at a time
 * (a newer address cancels the one before). A failure is shown and reported
 * under 'src' with the element's own message for it.
 */
export class SourceLoadController<T, Key extends string> implements ReactiveController {
  /** True while an address is loading. */
  loading = false;
  /** How long an address may take to answer, and how big its answer may be. */
  limits: SourceLimits = DEFAULT_SOURCE_LIMITS;

  private readonly loader = new SourceLoader();

  constructor(
    private readonly host: ProblemsHost<Key>,
    private readonly options: SourceLoadOptions<T, Key>,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    // A reply that arrives after the element left the page has nowhere to go.
    this.loader.cancel();
  }

  /** Loads `url`, or clears what came from the last one when there is none. */
  async load(url: string | null | undefined): Promise<void> {
    const { problems, parse, apply, messages } = this.options;
    if (!url) {
      this.loader.cancel();
      problems.clear('src');
      this.setLoading(false);
      apply(null);
      return;
    }
    this.setLoading(true);
    const result = await this.loader.load(url, parse, this.limits);
    if (!result) return;
    this.setLoading(false);
    if (!result.ok) {
      // Written by a newer version of this tool: not damaged, only too new to read here.
      const key = (result.newer && messages.newer) || messages[result.code];
      problems.set('src', { code: result.code, key, params: { url } }, result.cause);
      apply(null);
      return;
    }
    problems.clear('src');
    apply(result.data);
  }

  private setLoading(loading: boolean): void {
    this.loading = loading;
    this.host.requestUpdate();
  }
}
