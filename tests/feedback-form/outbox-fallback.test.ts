import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../support/setup.js';
import { $, html, recordEvents, settle, waitFor } from '../support/helpers.js';
import { feedbackForm, quick } from './support.js';

// This file's page has no IndexedDB to give (as in some private modes): the
// outbox falls back to localStorage. Each test file runs in its own page.
before(() => {
  Object.defineProperty(window, 'indexedDB', {
    configurable: true,
    get() {
      throw new DOMException('IndexedDB is refused here', 'SecurityError');
    },
  });
});

const endpoint = (payload: object) =>
  executeServerCommand<{ path: string; received: { body: { id: string } }[] }, object>('feedback-endpoint', payload);

describe('<feedback-form> without IndexedDB', () => {
  it('keeps a submission in localStorage instead, and delivers it once when the server is back', async () => {
    const { path } = (await endpoint({ reset: true, mode: 'down' }))!;
    const element = await feedbackForm(html`<feedback-form action=${path} storage-key="fb"></feedback-form>`);
    quick(element, { minimumMs: 0, retryBaseMs: 60_000 });
    const queued = recordEvents(element, 'feedback-queued');
    const sent = recordEvents(element, 'feedback-sent');
    $(element, '#q-how-5').click();
    await settle(element);
    $<HTMLButtonElement>(element, 'form button[type="submit"]').click();
    await waitFor(() => queued.length === 1);
    const kept = JSON.parse(localStorage.getItem('coproduce:feedback-outbox')!);
    expect(kept.map((entry: { id: string }) => entry.id)).to.deep.equal([queued[0]!.detail.submissionId]);
    await endpoint({ mode: 'ok' });
    window.dispatchEvent(new Event('online'));
    await waitFor(() => sent.length === 1);
    expect((await endpoint({}))!.received.map((each) => each.body.id)).to.deep.equal([queued[0]!.detail.submissionId]);
    expect(JSON.parse(localStorage.getItem('coproduce:feedback-outbox')!)).to.deep.equal([]);
  });

  it('keeps a damaged outbox aside rather than deleting it', async () => {
    localStorage.setItem('coproduce:feedback-outbox', '[{"id": 1}');
    const { path } = (await endpoint({ reset: true }))!;
    const element = await feedbackForm(html`<feedback-form action=${path}></feedback-form>`);
    await settle(element);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const aside = Object.keys(localStorage).filter((key) => key.startsWith('coproduce:feedback-outbox:unreadable:'));
    expect(aside.map((key) => localStorage.getItem(key))).to.deep.equal(['[{"id": 1}']);
  });
});
