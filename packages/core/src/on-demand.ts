/** What `onDemand` tells when a part is on its way: the element draws again, and waits in `updateComplete`, until it is here. */
export interface AwaitingHost {
  awaiting(part: Promise<unknown>): void;
}

/** A part fetched on demand, as an action that needs it sees it. */
export interface OnDemandPart<Module> {
  /**
   * The module, fetched now if it is not here: for an action that needs it
   * (a form opened, a file read). Shares the one fetch with `get`, and asks
   * again at once after a failure (a person pressing again).
   */
  fetch(): Promise<Module>;
  /**
   * Starts the fetch early, on hover or focus of the control that will need
   * it, so the action does not wait. A failure is left for the action to meet.
   */
  prefetch(): void;
}

/** A part fetched on demand, as templates and actions see it (see `onDemand`). */
export interface OnDemand<Module> extends OnDemandPart<Module> {
  /** The module if it is here; otherwise starts the fetch, tells `host` it is awaited, and gives undefined. */
  get(host: AwaitingHost): Module | undefined;
  /**
   * True when the last fetch failed and no other is on its way: a render can
   * say the part could not be fetched, and show it is coming again once asked.
   */
  readonly failed: boolean;
  /** The module if it is here already; never starts a fetch. */
  readonly loaded: Module | undefined;
}

/**
 * A part of an element most visits never use (a chart, the virtualizer),
 * in a module of its own, fetched the first time a render needs it. `get`
 * returns the module once it is here; until then it starts the fetch (once,
 * for every element on the page), tells `host` it is awaited, and returns
 * undefined. After a failed fetch, `failed` is true and renders do not ask
 * again at once: each failure draws again, so asking then would loop (and
 * `updateComplete` would never settle) while the network is down. `fetch()`
 * asks again at once; a render asks again once `retryAfterMs` has passed.
 *
 * `load` is `() => import('./part.js')`, nothing more: Firefox keeps a failed
 * import() for the life of the page (whatwg/html#6768), so a second try asks
 * for the same file at a fresh address, the one the browser's error names.
 */
export function onDemand<Module>(
  load: () => Promise<Module>,
  { retryAfterMs = 5000 }: { retryAfterMs?: number } = {},
): OnDemand<Module> {
  let module: Module | undefined;
  let loading: Promise<Module> | undefined;
  let failedAt: number | undefined;
  let failedAddress: string | undefined;
  let tries = 0;
  const again = (address: string): Promise<Module> =>
    import(/* @vite-ignore */ `${address}?again=${++tries}`) as Promise<Module>;
  const failed = () => failedAt !== undefined && !loading;
  const fetch = (): Promise<Module> =>
    (loading ??= (failedAddress ? again(failedAddress) : load()).then(
      (loaded) => {
        module = loaded;
        failedAt = undefined;
        return loaded;
      },
      (error: unknown) => {
        loading = undefined;
        failedAt = performance.now();
        failedAddress = moduleAddress(error) ?? failedAddress;
        throw error;
      },
    ));
  return {
    get loaded() {
      return module;
    },
    get failed() {
      return failed();
    },
    fetch,
    prefetch() {
      fetch().catch(() => undefined);
    },
    get(host) {
      if (module) return module;
      if (failed() && performance.now() - failedAt! < retryAfterMs) return undefined;
      host.awaiting(fetch());
      return undefined;
    },
  };
}

/** The module a failed import() names ("Failed to fetch dynamically imported module: https://…/part.js"), without its query. */
function moduleAddress(error: unknown): string | undefined {
  return String((error as Error | undefined)?.message).match(/\b(?:https?|file):\/\/[^\s?#"'`]+/)?.[0];
}
