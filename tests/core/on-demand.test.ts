import { expect } from '@open-wc/testing';
import '../support/setup.js';
import { refuseNext, restoreNetwork } from '../support/unreachable.js';
import { CoproduceElement, onDemand } from '../../packages/core/src/index.js';
import { html } from 'lit';

/** A promise and the means to settle it from the test. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

describe('parts fetched on demand (onDemand)', () => {
  it('fetches once for every element that asks, and gives the part once it is here', async () => {
    const fetch = deferred<{ part: string }>();
    let fetches = 0;
    const chart = onDemand(() => {
      fetches++;
      return fetch.promise;
    });
    const told: Promise<unknown>[] = [];
    const host = { awaiting: (part: Promise<unknown>) => told.push(part) };
    expect(chart.get(host)).to.equal(undefined);
    expect(chart.get(host)).to.equal(undefined);
    expect(chart.loaded).to.equal(undefined);
    expect(fetches).to.equal(1);
    expect(told).to.have.length(2);
    fetch.resolve({ part: 'chart' });
    await told[0];
    expect(chart.get(host)).to.deep.equal({ part: 'chart' });
    expect(chart.loaded).to.deep.equal({ part: 'chart' });
    expect(fetches).to.equal(1);
  });

  it('after a failure, a render does not ask again at once (it would loop while offline), but does once retryAfterMs has passed', async () => {
    const attempts = [deferred<string>(), deferred<string>()];
    let fetches = 0;
    const chart = onDemand(() => attempts[fetches++]!.promise, { retryAfterMs: 50 });
    const told: Promise<unknown>[] = [];
    const host = { awaiting: (part: Promise<unknown>) => told.push(part) };
    chart.get(host);
    attempts[0]!.reject(new Error('offline'));
    await told[0]!.catch(() => undefined);
    expect(chart.failed).to.equal(true);
    expect(chart.get(host)).to.equal(undefined);
    expect(fetches, 'no second fetch straight after the failure').to.equal(1);
    expect(told, 'nothing more awaited, so updateComplete settles').to.have.length(1);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(chart.get(host)).to.equal(undefined);
    expect(fetches).to.equal(2);
    expect(chart.failed, 'not failed while another fetch is on its way').to.equal(false);
    attempts[1]!.resolve('chart');
    await told[1];
    expect(chart.failed).to.equal(false);
    expect(chart.get(host)).to.equal('chart');
  });

  it('fetch() shares the one fetch with get(), gives the module, and can be tried again after a failure', async () => {
    const attempts = [deferred<string>(), deferred<string>()];
    let fetches = 0;
    const spreadsheets = onDemand(() => attempts[fetches++]!.promise);
    const first = spreadsheets.fetch();
    const told: Promise<unknown>[] = [];
    expect(spreadsheets.get({ awaiting: (part) => told.push(part) })).to.equal(undefined);
    expect(fetches).to.equal(1);
    expect(told[0]).to.equal(first);
    attempts[0]!.reject(new Error('offline'));
    let failed: unknown;
    await first.catch((error: unknown) => (failed = error));
    expect((failed as Error).message).to.equal('offline');
    const second = spreadsheets.fetch();
    expect(fetches).to.equal(2);
    attempts[1]!.resolve('spreadsheets');
    expect(await second).to.equal('spreadsheets');
    expect(spreadsheets.loaded).to.equal('spreadsheets');
    expect(await spreadsheets.fetch()).to.equal('spreadsheets');
    expect(fetches).to.equal(2);
  });
});

describe('a part whose file the network failed to deliver', () => {
  after(() => restoreNetwork());

  it('is fetched again at the next ask, in every browser (Firefox keeps a failed import for the page)', async () => {
    await refuseNext('/tests/core/a-part.js');
    const part = onDemand(() => import('./a-part.js'));
    let failed: unknown;
    await part.fetch().catch((error: unknown) => (failed = error));
    expect(failed, 'the first fetch failed').to.be.instanceOf(Error);
    expect(part.loaded).to.equal(undefined);
    const module = await part.fetch();
    expect(module.PART).to.equal('a part fetched on demand');
    expect(part.loaded).to.equal(module);
  });

  it('prefetch() starts the fetch for an action to come, and leaves a failure for the action to meet', async () => {
    const attempts = [deferred<string>(), deferred<string>()];
    let fetches = 0;
    const part = onDemand(() => attempts[fetches++]!.promise);
    part.prefetch();
    part.prefetch();
    expect(fetches).to.equal(1);
    attempts[0]!.reject(new Error('offline'));
    await attempts[0]!.promise.catch(() => undefined);
    // Nothing was left unhandled, and the action asks again.
    const action = part.fetch();
    expect(fetches).to.equal(2);
    attempts[1]!.resolve('here');
    expect(await action).to.equal('here');
  });
});

/** An element whose render needs a part that is fetched on demand. */
const part = deferred<string>();
const slowPart = onDemand(() => part.promise);
class WaitsForAPart extends CoproduceElement<never, 'mark-scorer'> {
  renders = 0;
  constructor() {
    super('mark-scorer');
  }
  protected override render() {
    this.renders++;
    return html`<p>${slowPart.get(this) ?? 'waiting'}</p>`;
  }
}
customElements.define('waits-for-a-part', WaitsForAPart);

/** An element whose part cannot be fetched: the network is down. */
let unreachableFetches = 0;
const unreachable = onDemand(() => {
  unreachableFetches++;
  return Promise.reject(new Error('offline'));
});
class PartUnreachable extends CoproduceElement<never, 'mark-scorer'> {
  renders = 0;
  constructor() {
    super('mark-scorer');
  }
  protected override render() {
    this.renders++;
    return html`<p>${unreachable.get(this) ?? (unreachable.failed ? 'could not fetch' : 'waiting')}</p>`;
  }
}
customElements.define('part-unreachable', PartUnreachable);

describe('an element drawing a part fetched on demand', () => {
  it('settles and says so when the part cannot be fetched, without fetching again and again', async () => {
    const element = document.createElement('part-unreachable') as PartUnreachable;
    document.body.append(element);
    await element.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(element.shadowRoot!.textContent).to.include('could not fetch');
    expect(unreachableFetches).to.equal(1);
    expect(element.renders).to.equal(2);
    element.remove();
  });

  it('draws again when the part arrives, and updateComplete waits for it', async () => {
    const element = document.createElement('waits-for-a-part') as WaitsForAPart;
    document.body.append(element);
    let complete = false;
    const done = element.updateComplete.then(() => {
      complete = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(element.shadowRoot!.textContent).to.include('waiting');
    expect(complete, 'not complete while the part is on its way').to.equal(false);
    part.resolve('the chart');
    await done;
    expect(element.shadowRoot!.textContent).to.include('the chart');
    expect(element.renders).to.equal(2);
    element.remove();
  });
});
