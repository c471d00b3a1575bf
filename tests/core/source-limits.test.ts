import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../support/setup.js';
import type { CoproduceErrorDetail } from '../../packages/core/src/index.js';
import { $, $$, recordEvents, settle, text, waitFor } from '../support/helpers.js';

interface SourceEndpoint {
  /** This browser's own addresses: `${base}/hang` and `${base}/huge`. */
  base: string;
  hangsOpen: number;
  huge: { sent: number; finished: boolean }[];
  limit: number;
}
const endpoint = (payload: { reset?: boolean } = {}) =>
  executeServerCommand<SourceEndpoint, typeof payload>('source-endpoint', payload) as Promise<SourceEndpoint>;

type Limits = { timeoutMs: number; maxBytes: number };
type Loading = HTMLElement & {
  src: string | undefined;
  updateComplete: Promise<unknown>;
};

/**
 * Each element that reads `src`, with what a person should see once the
 * address has failed: something to use where there is a default.
 */
const elements = [
  {
    tag: 'feedback-form',
    error: 'feedback-form-error',
    fallback: (element: Loading) => expect($(element, '#q-how-1'), 'the usual questions').to.exist,
  },
  {
    tag: 'icebreaker-picker',
    error: 'icebreaker-picker-error',
    fallback: (element: Loading) => expect($$(element, '#pick-title'), 'a built-in icebreaker').to.have.length(1),
  },
  {
    tag: 'decision-log',
    error: 'decision-log-error',
    fallback: (element: Loading) => expect(text($(element, '.empty'))).to.equal('No decisions recorded yet.'),
  },
] as const;

/** Mounts the element with its limits set and its error listener in place before it starts loading. */
async function loading(tag: string, errorEvent: string, src: string, limits: Partial<Limits>) {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const errors = recordEvents(
    wrapper,
    errorEvent as 'feedback-form-error',
  ) as unknown as CustomEvent<CoproduceErrorDetail>[];
  const element = document.createElement(tag) as Loading;
  // The element's private source loader: no person or page can shorten the 15 s wait or the 5 MB limit, and a test cannot wait that long.
  const source = (element as unknown as { source: { limits: Limits } }).source;
  source.limits = { timeoutMs: 15_000, maxBytes: 5 * 1024 * 1024, ...limits };
  element.src = src;
  wrapper.append(element);
  return { element, errors };
}

beforeEach(() => endpoint({ reset: true }));

for (const { tag, error, fallback } of elements) {
  describe(`<${tag}> with a \`src\` that misbehaves`, () => {
    it('gives up on an address that never answers, says so plainly, and stops waiting on it', async () => {
      const { base } = await endpoint();
      const { element, errors } = await loading(tag, error, `${base}/hang`, { timeoutMs: 400 });
      await waitFor(() => errors.length > 0);
      expect(errors.map((event) => event.detail.code)).to.deep.equal(['source-timeout']);
      await settle(element);
      expect(text($(element, '#problems'))).to.contain('took too long to arrive');
      expect(element.shadowRoot!.querySelector('[role="status"].empty'), 'no "Loading…" left').to.equal(null);
      fallback(element);
      // The browser closed the request rather than leaving it open.
      for (let i = 0; i < 40 && (await endpoint()).hangsOpen > 0; i++)
        await new Promise((resolve) => setTimeout(resolve, 50));
      expect((await endpoint()).hangsOpen).to.equal(0);
    });

    it('stops reading an answer as soon as it is too big, whether or not the server says how big', async () => {
      const { base, limit } = await endpoint();
      for (const address of [`${base}/huge`, `${base}/huge?declared`]) {
        const { element, errors } = await loading(tag, error, address, { maxBytes: 1024 * 1024 });
        await waitFor(() => errors.length > 0);
        expect(errors[0]!.detail.code).to.equal('source-too-big');
        await settle(element);
        expect(text($(element, '#problems'))).to.contain('too big');
        fallback(element);
        element.remove();
      }
      // Wait for the server to see both connections closed, then compare what it had written.
      for (let i = 0; i < 40 && (await endpoint()).huge.length < 2; i++)
        await new Promise((resolve) => setTimeout(resolve, 50));
      const { huge } = await endpoint();
      expect(huge).to.have.length(2);
      // The browser stops reading at the limit; its network layer may have taken in more by the
      // time the connection closes (Firefox buffers tens of megabytes, and on a busy machine over a
      // hundred before the close reaches the server), but never the whole answer.
      for (const answer of huge) {
        expect(answer.finished, 'the whole answer was never sent').to.equal(false);
        expect(answer.sent).to.be.below(limit);
      }
    });

    it('refuses an address that is not http or https without fetching it', async () => {
      const { element, errors } = await loading(tag, error, 'data:application/json,[]', {});
      await waitFor(() => errors.length > 0);
      expect(errors[0]!.detail.code).to.equal('source-unavailable');
      await settle(element);
      fallback(element);
    });
  });
}
