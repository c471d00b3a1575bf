/** What loading a `src` address came to: the parsed data, or why there is none. */
export type SourceResult<T> =
  | { ok: true; data: T }
  | { ok: false; code: 'source-unavailable' | 'invalid-source'; cause: unknown };

/**
 * Loads what an element's `src` attribute points at, one address at a time:
 * loading another address, or cancelling, abandons the one before, whose
 * result is then null so a slow reply never lands over a newer one.
 */
export class SourceLoader {
  private request: AbortController | null = null;

  /** Fetches `url` and parses its text; null if a newer load or `cancel()` replaced this one. */
  async load<T>(
    url: string,
    parse: (text: string) => { ok: true; data: T } | { ok: false; cause: unknown },
  ): Promise<SourceResult<T> | null> {
    this.cancel();
    const request = new AbortController();
    this.request = request;
    let text: string;
    try {
      const response = await fetch(url, { signal: request.signal, headers: { Accept: 'application/json' } });
      if (!response.ok) throw new Error(`${response.status} ${response.statusText}`.trim());
      text = await response.text();
    } catch (cause) {
      if (request.signal.aborted) return null;
      return { ok: false, code: 'source-unavailable', cause };
    }
    if (request.signal.aborted) return null;
    this.request = null;
    const parsed = parse(text);
    return parsed.ok ? parsed : { ok: false, code: 'invalid-source', cause: parsed.cause };
  }

  cancel(): void {
    this.request?.abort();
    this.request = null;
  }
}

/** A parser for SourceLoader: JSON text, then `check` (null when the data is not usable). */
export function jsonChecked<T>(check: (value: unknown) => { ok: true; data: T } | { ok: false; cause: unknown }) {
  return (text: string): { ok: true; data: T } | { ok: false; cause: unknown } => {
    try {
      return check(JSON.parse(text));
    } catch (cause) {
      return { ok: false, cause };
    }
  };
}
