/** What `onDemand` tells when a part is on its way: the element draws again, and waits in `updateComplete`, until it is here. */
export interface AwaitingHost {
  awaiting(part: Promise<unknown>): void;
}

/**
 * A part of an element most visits never use (a chart, the virtualizer),
 * in a module of its own, fetched the first time a render needs it. `get`
 * returns the module once it is here; until then it starts the fetch (once,
 * for every element on the page), tells `host` it is awaited, and returns
 * undefined. After a failed fetch, `failed` is true and renders do not ask
 * again at once: each failure draws again, so asking then would loop (and
 * `updateComplete` would never settle) while the network is down. `fetch()`
 * asks again at once (a person pressing again); a render asks again once
 * `retryAfterMs` has passed.
 */
export function onDemand<Module>(
  load: () => Promise<Module>,
  { retryAfterMs = 5000 }: { retryAfterMs?: number } = {},
): {
  get(host: AwaitingHost): Module | undefined;
  /**
   * The module, fetched now if it is not here: for an action that needs it
   * (a download, a form opened), and to start early on hover or focus of the
   * control that will need it. Shares the one fetch with `get`.
   */
  fetch(): Promise<Module>;
  /** True after a fetch failed, until one succeeds: a render can say the part could not be fetched. */
  readonly failed: boolean;
  /** The module if it is here already; never starts a fetch. */
  readonly loaded: Module | undefined;
} {
  let module: Module | undefined;
  let loading: Promise<Module> | undefined;
  let failedAt: number | undefined;
  let failedFile: string | undefined;
  let attempts = 0;
  const fetch = (): Promise<Module> =>
    (loading ??= (failedFile ? fetchAgain<Module>(failedFile, ++attempts) : load()).then(
      (loaded) => {
        module = loaded;
        failedAt = undefined;
        return loaded;
      },
      (error: unknown) => {
        loading = undefined;
        failedAt = performance.now();
        failedFile = moduleInError(error) ?? failedFile;
        throw error;
      },
    ));
  return {
    get loaded() {
      return module;
    },
    get failed() {
      return failedAt !== undefined;
    },
    fetch,
    get(host) {
      if (module) return module;
      if (failedAt !== undefined && !loading && performance.now() - failedAt < retryAfterMs) return undefined;
      host.awaiting(fetch());
      return undefined;
    },
  };
}

/**
 * A browser keeps a module that failed to fetch as failed (Firefox does, as
 * the HTML standard says): importing the same address again fails at once,
 * without asking the network, until the page is reloaded. The same file at
 * another address (`?retry=n`) is fetched afresh. Chromium and Firefox name
 * the file in the error; where a browser does not, the import is repeated.
 */
function moduleInError(error: unknown): string | undefined {
  const named = /(https?:\/\/[^\s?#]+\.js)/.exec(error instanceof Error ? error.message : '');
  return named?.[1];
}

function fetchAgain<Module>(file: string, attempt: number): Promise<Module> {
  return import(/* @vite-ignore */ `${file}?retry=${attempt}`) as Promise<Module>;
}
