/** What `onDemand` tells when a part is on its way: the element draws again, and waits in `updateComplete`, until it is here. */
export interface AwaitingHost {
  awaiting(part: Promise<unknown>): void;
}

/**
 * A part of an element most visits never use (a chart, the virtualizer),
 * in a module of its own, fetched the first time a render needs it. `get`
 * returns the module once it is here; until then it starts the fetch (once,
 * for every element on the page), tells `host` it is awaited, and returns
 * undefined. A failed fetch is tried again the next time a render asks.
 */
export function onDemand<Module>(load: () => Promise<Module>): {
  get(host: AwaitingHost): Module | undefined;
  /**
   * The module, fetched now if it is not here: for an action that needs it
   * (a download, a form opened), and to start early on hover or focus of the
   * control that will need it. Shares the one fetch with `get`.
   */
  fetch(): Promise<Module>;
  /** The module if it is here already; never starts a fetch. */
  readonly loaded: Module | undefined;
} {
  let module: Module | undefined;
  let loading: Promise<Module> | undefined;
  const fetch = (): Promise<Module> =>
    (loading ??= load().then(
      (loaded) => {
        module = loaded;
        return loaded;
      },
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
  return {
    get loaded() {
      return module;
    },
    fetch,
    get(host) {
      if (module) return module;
      host.awaiting(fetch());
      return undefined;
    },
  };
}
