import { safeUrl } from './urls.js';

/** Why there is nothing from a `src` address: not http(s), unreachable, too slow, too big, or not in the right form. */
export type SourceFailure = 'source-unavailable' | 'source-timeout' | 'source-too-big' | 'invalid-source';

/** What loading a `src` address came to: the parsed data, or why there is none. */
export type SourceResult<T> =
  | { ok: true; data: T }
  | { ok: false; code: SourceFailure; cause: unknown; newer?: boolean };

/** What a parser makes of the text: the data, or why not (`newer`: written by a newer version of this tool). */
export type SourceParse<T> = { ok: true; data: T } | { ok: false; cause: unknown; newer?: boolean };

/** How long to wait for the whole answer, and the most to read of it. */
export interface SourceLimits {
  timeoutMs: number;
  maxBytes: number;
}

/** A server that never answers must not leave "Loading…" on screen for ever. */
export const DEFAULT_SOURCE_LIMITS: SourceLimits = { timeoutMs: 15_000, maxBytes: 5 * 1024 * 1024 };

class TooBig extends Error {}

/**
 * Reads a response's text, giving up as soon as it passes `maxBytes`: a
 * declared length that is too big is refused before a byte is read, and an
 * undeclared one is counted as it arrives, so a huge answer is never read in
 * full.
 */
async function boundedText(response: Response, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) throw new TooBig(`Declared ${declared} bytes, more than ${maxBytes}`);
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let read = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    read += value.byteLength;
    if (read > maxBytes) {
      await reader.cancel();
      throw new TooBig(`More than ${maxBytes} bytes`);
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

/**
 * Loads what an element's `src` attribute points at, one address at a time:
 * loading another address, or cancelling, abandons the one before, whose
 * result is then null so a slow reply never lands over a newer one. Only
 * http(s) addresses are fetched; the wait and the size are limited.
 */
export class SourceLoader {
  private request: AbortController | null = null;

  /** Fetches `url` and parses its text; null if a newer load or `cancel()` replaced this one. */
  async load<T>(
    url: string,
    parse: (text: string) => SourceParse<T>,
    limits: SourceLimits = DEFAULT_SOURCE_LIMITS,
  ): Promise<SourceResult<T> | null> {
    this.cancel();
    const address = safeUrl(url);
    if (!address) return { ok: false, code: 'source-unavailable', cause: new Error(`Not an http(s) address: ${url}`) };
    const request = new AbortController();
    this.request = request;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      request.abort();
    }, limits.timeoutMs);
    let text: string;
    try {
      const response = await fetch(address, { signal: request.signal, headers: { Accept: 'application/json' } });
      if (!response.ok) throw new Error(`${response.status} ${response.statusText}`.trim());
      text = await boundedText(response, limits.maxBytes);
    } catch (cause) {
      if (timedOut) return this.finished(request, { ok: false, code: 'source-timeout', cause });
      if (request.signal.aborted) return null;
      return this.finished(request, {
        ok: false,
        code: cause instanceof TooBig ? 'source-too-big' : 'source-unavailable',
        cause,
      });
    } finally {
      clearTimeout(timer);
    }
    if (request.signal.aborted) return null;
    const parsed = parse(text);
    return this.finished(
      request,
      parsed.ok ? parsed : { ok: false, code: 'invalid-source', cause: parsed.cause, newer: parsed.newer },
    );
  }

  cancel(): void {
    this.request?.abort();
    this.request = null;
  }

  private finished<T>(request: AbortController, result: SourceResult<T>): SourceResult<T> {
    if (this.request === request) this.request = null;
    return result;
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
