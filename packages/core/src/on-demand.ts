/** What `onDemand` tells when a part is on its way: the element draws again, and waits in `updateComplete`, until it is here. */
export interface AwaitingHost {
  awaiting(part: Promise<unknown>): void;
}

/** A part fetched on demand, as an action that needs it sees it. */
export interface OnDemandPart<Module> {
  /**
   * The module, fetched now if it is not here: for an action that needs it
   * (a download, a form opened, a file read). Shares the one fetch with `get`.
   */
  fetch(): Promise<Module>;
  /**
   * Starts the fetch early, on hover or focus of the control that will need
   * it, so the action does not wait. A failure is left for the action to meet.
   */
  prefetch(): void;
}

/**
 * A part of an element most visits never use (a chart, the virtualizer),
 * in a module of its own, fetched the first time a render needs it. `get`
 * returns the module once it is here; until then it starts the fetch (once,
 * for every element on the page), tells `host` it is awaited, and returns
 * undefined. A failed fetch is tried again the next time it is asked for.
 *
 * `load` is `() => import('./part.js')`, nothing more: Firefox keeps a failed
 * import() for the life of the page (whatwg/html#6768), so a second try asks
 * for the same file at a fresh address, the one the browser's error names.
 */
export function onDemand<Module>(load: () => Promise<Module>): OnDemandPart<Module> & {
  get(host: AwaitingHost): Module | undefined;
  /** The module if it is here already; never starts a fetch. */
  readonly loaded: Module | undefined;
} {
  let module: Module | undefined;
  let loading: Promise<Module> | undefined;
  let failedAt: string | undefined;
  let tries = 0;
  const again = (address: string): Promise<Module> =>
    import(/* @vite-ignore */ `${address}?again=${++tries}`) as Promise<Module>;
  const fetch = (): Promise<Module> =>
    (loading ??= (failedAt ? again(failedAt) : load()).then(
      (loaded) => {
        module = loaded;
        return loaded;
      },
      (error: unknown) => {
        loading = undefined;
        failedAt = moduleAddress(error) ?? failedAt;
        throw error;
      },
    ));
  return {
    get loaded() {
      return module;
    },
    fetch,
    prefetch() {
      fetch().catch(() => undefined);
    },
    get(host) {
      if (module) return module;
      host.awaiting(fetch());
      return undefined;
    },
  };
}

/** The module a failed import() names ("Failed to fetch dynamically imported module: https://…/part.js"), without its query. */
function moduleAddress(error: unknown): string | undefined {
  return String((error as Error | undefined)?.message).match(/\b(?:https?|file):\/\/[^\s?#"'`]+/)?.[0];
}
