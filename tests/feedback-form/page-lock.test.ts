import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../support/setup.js';
import type { FeedbackForm } from '../../packages/feedback-form/src/index.js';
import { $, fill, html, recordEvents, settle, waitFor } from '../support/helpers.js';
import { feedbackForm, quick } from './support.js';

// While a page is trying to send a submission it holds a Web Lock named for
// itself, so other pages can tell its claim on the submission from that of a
// page that has closed. A page holding a lock (in Firefox, even one let go as
// the page is hidden) is kept out of the browser's back/forward cache, so
// Back would load it afresh: the lock is held only while a try is under way.
// The drop-in test (tests/dropin/feedback-faults.test.mjs) checks Back itself.

/** The page locks held now, by name. */
async function pageLocks(): Promise<string[]> {
  const { held = [] } = await navigator.locks.query();
  return held.flatMap((lock) => (lock.name?.startsWith('coproduce-feedback-page:') ? [lock.name] : []));
}

/** Waits until `count` page locks are held (the lock manager answers asynchronously). */
async function untilPageLocks(count: number): Promise<void> {
  let names = await pageLocks();
  for (let i = 0; i < 200 && names.length !== count; i++) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    names = await pageLocks();
  }
  expect(names).to.have.length(count);
}

describe('<feedback-form> and the back/forward cache', () => {
  it('holds its page lock only while a try is under way, and lets it go once the feedback is sent', async () => {
    const { path } = (await executeServerCommand('feedback-endpoint', {
      reset: true,
      mode: 'slow',
      delayMs: 1000,
    })) as { path: string };
    const element: FeedbackForm = await feedbackForm(
      html`<feedback-form action=${path} storage-key="lock"></feedback-form>`,
    );
    quick(element, { minimumMs: 0, timeoutMs: 5000 });
    const sent = recordEvents(element, 'feedback-sent');
    $(element, '#q-how-4').click();
    fill(element, '#q-more', 'Friendly');
    await settle(element);
    $<HTMLButtonElement>(element, 'form button[type="submit"]').click();
    // The website is taking its time: this page's claim must be seen as a live page's.
    await untilPageLocks(1);
    await waitFor(() => sent.length === 1);
    await untilPageLocks(0);
  });
});
