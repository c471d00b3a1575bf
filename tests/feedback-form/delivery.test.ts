import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../support/setup.js';
import type { FeedbackForm, Submission } from '../../packages/feedback-form/src/index.js';
import { retryAfterMs } from '../../packages/feedback-form/src/delivery.js';
import { openOutbox, retryDelay } from '../../packages/feedback-form/src/outbox.js';
import { $, fill, html, recordEvents, settle, text, waitFor } from '../support/helpers.js';
import { feedbackForm, feedbackFormRecordingErrors, quick } from './support.js';

interface Endpoint {
  /** This browser's own endpoint. */
  path: string;
  mode: string;
  attempts: number;
  /** When each POST arrived (ms since 1970, the server's clock). */
  attemptTimes: number[];
  /** The Idempotency-Key header of each POST. */
  keys: (string | null)[];
  received: { body: Submission; contentType: string }[];
  /** What a server that de-duplicates on Idempotency-Key keeps: one copy per key. */
  stored: { body: Submission; contentType: string }[];
}
interface EndpointChange {
  /** A second endpoint of this browser's own, to be slow while the first is not. */
  lane?: string;
  mode?: string;
  delayMs?: number;
  retryAfter?: string;
  reset?: boolean;
}
/** Tells the test endpoint how to behave, and reads what it has received. */
const endpoint = (payload: EndpointChange = {}) =>
  executeServerCommand<Endpoint, EndpointChange>('feedback-endpoint', payload) as Promise<Endpoint>;

/** Waits until the endpoint's state passes `check`. */
async function endpointUntil(check: (state: Endpoint) => boolean, lane?: string): Promise<Endpoint> {
  let state = await endpoint({ lane });
  for (let i = 0; i < 200 && !check(state); i++) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    state = await endpoint({ lane });
  }
  if (!check(state)) throw new Error(`The endpoint never reached ${check.toString()}`);
  return state;
}

const queued = async () => (await (await openOutbox()).list()).filter((entry) => !entry.refused);

let action = '';

async function sendingForm(): Promise<FeedbackForm> {
  const element = await feedbackForm(html`<feedback-form action=${action} storage-key="d"></feedback-form>`);
  quick(element, { minimumMs: 0, retryBaseMs: 200, timeoutMs: 300 });
  return element;
}

async function answerAndSend(element: FeedbackForm, words = 'The lift was broken') {
  $(element, '#q-how-2').click();
  fill(element, '#q-more', words);
  await settle(element);
  $<HTMLButtonElement>(element, 'form button[type="submit"]').click();
}

beforeEach(async () => {
  action = (await endpoint({ reset: true })).path;
  const outbox = await openOutbox();
  for (const entry of await outbox.list()) await outbox.remove(entry.id);
});

describe('<feedback-form> with `action`', () => {
  it('POSTs the submission as JSON once, says thank you, and keeps nothing', async () => {
    const element = await sendingForm();
    const sent = recordEvents(element, 'feedback-sent');
    await answerAndSend(element);
    await waitFor(() => sent.length === 1 && !!element.shadowRoot!.querySelector('#done-heading'));
    const { received } = await endpoint();
    expect(received.map((each) => [each.body.id, each.body.answers])).to.deep.equal([
      [sent[0]!.detail.submissionId, { how: 2, more: 'The lift was broken' }],
    ]);
    expect(received[0]!.contentType).to.equal('application/json');
    expect(received[0]!.body.answers).to.deep.equal({ how: 2, more: 'The lift was broken' });
    expect(sent[0]!.detail.submissionId).to.equal(received[0]!.body.id);
    expect(received[0]!.body.checks!.hiddenFieldFilled).to.equal(false);
    expect(received[0]!.body.checks!.secondsToComplete).to.be.a('number');
    await settle(element);
    expect(text($(element, '#done-heading'))).to.equal('Thank you');
    expect(await queued()).to.deep.equal([]);
    expect(localStorage.getItem('coproduce:feedback-draft:d')).to.equal(null);
  });

  it('posts feedback whose hidden field was filled, marked as likely spam, so the server can filter it', async () => {
    const element = await sendingForm();
    const sent = recordEvents(element, 'feedback-sent');
    $<HTMLInputElement>(element, '#website').value = 'Sam Smith';
    await answerAndSend(element);
    await waitFor(() => sent.length === 1);
    const { received } = await endpoint();
    expect(received.map((each) => [each.body.answers, each.body.checks!.hiddenFieldFilled])).to.deep.equal([
      [{ how: 2, more: 'The lift was broken' }, true],
    ]);
  });

  it('keeps a submission when the server cannot be reached, says so, and sends it once when the browser is back online', async () => {
    await endpoint({ mode: 'down' });
    const element = await sendingForm();
    quick(element, { retryBaseMs: 60_000 });
    const queuedEvents = recordEvents(element, 'feedback-queued');
    const sent = recordEvents(element, 'feedback-sent');
    await answerAndSend(element);
    await waitFor(() => queuedEvents.length === 1);
    expect(queuedEvents[0]!.detail.reason).to.equal('network');
    await waitFor(() => !!element.shadowRoot!.querySelector('.done'));
    expect(text($(element, '.done'))).to.contain('Your feedback is saved in this browser');
    expect((await queued()).map((entry) => entry.id)).to.deep.equal([queuedEvents[0]!.detail.submissionId]);
    await endpoint({ mode: 'ok' });
    window.dispatchEvent(new Event('online'));
    await waitFor(() => sent.length === 1);
    const { received } = await endpoint();
    expect(received.map((each) => each.body.id)).to.deep.equal([queuedEvents[0]!.detail.submissionId]);
    expect(await queued()).to.deep.equal([]);
  });

  it('tries again after a server error, waiting longer each time, and delivers once when the server recovers', async () => {
    await endpoint({ mode: 'error' });
    const element = await sendingForm();
    const queuedEvents = recordEvents(element, 'feedback-queued');
    const sent = recordEvents(element, 'feedback-sent');
    await answerAndSend(element);
    await waitFor(() => queuedEvents.length === 1);
    expect(queuedEvents[0]!.detail.reason).to.equal('server');
    // Three tries, each after a longer wait: at least 200 ms, then at least 400 ms.
    // The server counts a try as it arrives; the outbox records it once the answer is back.
    let entry = (await queued())[0];
    for (let i = 0; i < 100 && (entry?.attempts ?? 0) < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      entry = (await queued())[0];
    }
    expect(entry!.attempts).to.be.at.least(3);
    const [first, second, third] = (await endpoint()).attemptTimes;
    expect(second! - first!).to.be.at.least(180);
    expect(third! - second!).to.be.at.least(380);
    await endpoint({ mode: 'ok' });
    await waitFor(() => sent.length === 1);
    // A try that ran out of time here (300 ms, on a busy machine) may still have reached the server:
    // the same submission, under the same key, which the server keeps once.
    const { received, stored, keys } = await endpoint();
    expect(stored.map((each) => each.body.id)).to.deep.equal([entry!.id]);
    expect(new Set([...received.map((each) => each.body.id), ...keys])).to.deep.equal(new Set([entry!.id]));
    // One queued event for the submission, however many tries.
    expect(queuedEvents).to.have.length(1);
  });

  it('keeps a submission when the server is too slow to answer', async () => {
    await endpoint({ mode: 'slow', delayMs: 1000 });
    const element = await sendingForm();
    quick(element, { retryBaseMs: 60_000 });
    const queuedEvents = recordEvents(element, 'feedback-queued');
    await answerAndSend(element);
    await waitFor(() => queuedEvents.length === 1);
    expect(queuedEvents[0]!.detail.reason).to.equal('timeout');
    expect(await queued()).to.have.length(1);
  });

  it('waits longer for a server slower than the first wait, with the same Idempotency-Key on every try, and stops once it is sent', async () => {
    // Slower than the first wait (1 s), quicker than the second.
    await endpoint({ mode: 'slow', delayMs: 1500 });
    const element = await sendingForm();
    quick(element, { timeoutMs: 1000 });
    const queuedEvents = recordEvents(element, 'feedback-queued');
    const sent = recordEvents(element, 'feedback-sent');
    await answerAndSend(element);
    await waitFor(() => sent.length === 1);
    const { submissionId: id } = sent[0]!.detail;
    expect(queuedEvents.map((event) => event.detail.reason)).to.deep.equal(['timeout']);
    // Both copies reached the server, which can tell them apart from new feedback by the key.
    const state = await endpointUntil((each) => each.received.length === 2);
    expect(state.keys).to.deep.equal([id, id]);
    expect(state.received.map((each) => each.body.id)).to.deep.equal([id, id]);
    expect(await queued()).to.deep.equal([]);
  });

  it('waits as long as a busy server asks (Retry-After) before trying again', async () => {
    await endpoint({ mode: 'busy', retryAfter: '120' });
    const element = await sendingForm();
    const queuedEvents = recordEvents(element, 'feedback-queued');
    const before = Date.now();
    await answerAndSend(element);
    await waitFor(() => queuedEvents.length === 1);
    expect(queuedEvents[0]!.detail.reason).to.equal('server');
    const [entry] = await queued();
    // Planned for the server's two minutes, not the form's own 200 ms.
    expect(entry!.nextAttemptAt).to.be.at.least(before + 120_000);
  });

  it('waits and tries again, under the same Idempotency-Key, when the server says it is still working on an earlier copy (409)', async () => {
    await endpoint({ mode: 'conflict', retryAfter: '1' });
    const { element, errors } = await feedbackFormRecordingErrors(
      `<feedback-form action="${action}" storage-key="d"></feedback-form>`,
    );
    quick(element, { minimumMs: 0, retryBaseMs: 200, timeoutMs: 2000 });
    const queuedEvents = recordEvents(element, 'feedback-queued');
    const sent = recordEvents(element, 'feedback-sent');
    const before = Date.now();
    await answerAndSend(element);
    await waitFor(() => queuedEvents.length === 1);
    expect(queuedEvents[0]!.detail.reason).to.equal('server');
    const [entry] = await queued();
    // Not refused, and planned for the server's one second, not the form's own 200 ms.
    expect(entry!.nextAttemptAt).to.be.at.least(before + 1000);
    await endpoint({ mode: 'ok' });
    await waitFor(() => sent.length === 1);
    const id = queuedEvents[0]!.detail.submissionId;
    const { keys, stored } = await endpoint();
    expect(keys).to.deep.equal([id, id]);
    expect(stored.map((each) => each.body.id)).to.deep.equal([id]);
    expect(errors).to.deep.equal([]);
    expect(await queued()).to.deep.equal([]);
  });

  it('reads Retry-After as seconds or as a date, and ignores anything else', () => {
    const now = Date.parse('2026-11-30T10:00:00Z');
    expect(retryAfterMs('120', now)).to.equal(120_000);
    expect(retryAfterMs('Mon, 30 Nov 2026 10:01:30 GMT', now)).to.equal(90_000);
    expect(retryAfterMs('Mon, 30 Nov 2026 09:00:00 GMT', now)).to.equal(0);
    expect([retryAfterMs(null, now), retryAfterMs('soon', now), retryAfterMs('-5', now)]).to.deep.equal([
      null,
      null,
      null,
    ]);
  });

  it('plans each try twice as far off as the last, give or take a little so browsers do not all try at once, up to an hour', () => {
    expect([1, 2, 3, 4].map((attempts) => retryDelay(attempts, 1000, () => 0))).to.deep.equal([1000, 2000, 4000, 8000]);
    expect([1, 2, 3, 4].map((attempts) => retryDelay(attempts, 1000, () => 0.999))).to.deep.equal([
      1499, 2999, 5998, 11996,
    ]);
    expect(retryDelay(40, 1000, () => 0.5)).to.equal(60 * 60 * 1000);
  });

  it('shows a refusal (4xx) to the person with their answers still there, and does not keep trying', async () => {
    await endpoint({ mode: 'refuse' });
    const element = await sendingForm();
    const errors = recordEvents(element, 'feedback-form-error');
    await answerAndSend(element, 'Please keep this');
    await waitFor(() => errors.length === 1);
    await settle(element);
    expect(errors[0]!.detail.code).to.equal('send-refused');
    expect(errors[0]!.detail.message).to.contain('the website refused it.');
    // The status code is for the host (in the event's cause), never shown to the public.
    expect(text($(element, '#problems'))).not.to.match(/\b400\b/);
    expect(String(errors[0]!.detail.cause)).to.contain('400');
    expect(text($(element, '#problems'))).to.contain('Your answers are still here');
    expect($<HTMLTextAreaElement>(element, '#q-more').value).to.equal('Please keep this');
    await expect(element).to.be.accessible();
    expect(await queued()).to.deep.equal([]);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await endpoint()).attempts).to.equal(1);
  });

  it('keeps, marked, a kept submission the server refuses on a later try, and says so without trying again', async () => {
    await endpoint({ mode: 'down' });
    const element = await sendingForm();
    quick(element, { retryBaseMs: 60_000 });
    const queuedEvents = recordEvents(element, 'feedback-queued');
    const errors = recordEvents(element, 'feedback-form-error');
    await answerAndSend(element);
    await waitFor(() => queuedEvents.length === 1);
    await endpoint({ mode: 'refuse' });
    window.dispatchEvent(new Event('online'));
    await waitFor(() => errors.length === 1);
    expect(errors[0]!.detail.code).to.equal('send-refused');
    expect(errors[0]!.detail.message).to.equal(
      'Feedback kept in this browser was refused by the website when it was sent again. It is kept in this browser, not sent.',
    );
    const [entry] = await (await openOutbox()).list();
    expect(entry!.refused!.status).to.equal(400);
    expect(await queued()).to.deep.equal([]);
    const tries = (await endpoint()).attempts;
    window.dispatchEvent(new Event('online'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await endpoint()).attempts).to.equal(tries);
  });

  it('sends what was kept when the page opens again, once, even with two forms for the same address', async () => {
    await endpoint({ mode: 'down' });
    const first = await sendingForm();
    quick(first, { retryBaseMs: 60_000 });
    const queuedEvents = recordEvents(first, 'feedback-queued');
    await answerAndSend(first);
    await waitFor(() => queuedEvents.length === 1);
    first.remove();
    await endpoint({ mode: 'ok' });
    // A new page: two forms posting to the same place both look at the outbox.
    const page = document.createElement('div');
    document.body.append(page);
    const sent = recordEvents(page, 'feedback-sent');
    page.innerHTML = `<feedback-form action="${action}" storage-key="a"></feedback-form>
      <feedback-form action="${action}" storage-key="b"></feedback-form>`;
    await waitFor(() => sent.length >= 1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(sent).to.have.length(1);
    const { received } = await endpoint();
    expect(received.map((each) => each.body.id)).to.deep.equal([queuedEvents[0]!.detail.submissionId]);
    page.remove();
  });

  it('keeps a relative `action` as the whole address, so a page elsewhere on the site sends it to the same place', async () => {
    await endpoint({ mode: 'down' });
    // A page in the endpoint's folder, whose form names the address relative to itself.
    const base = document.createElement('base');
    base.href = action.slice(0, action.lastIndexOf('/') + 1);
    document.head.prepend(base);
    let id = '';
    try {
      const first = await feedbackForm(
        html`<feedback-form action=${action.slice(action.lastIndexOf('/') + 1)} storage-key="d"></feedback-form>`,
      );
      quick(first, { minimumMs: 0, retryBaseMs: 60_000 });
      const queuedEvents = recordEvents(first, 'feedback-queued');
      await answerAndSend(first);
      await waitFor(() => queuedEvents.length === 1);
      id = queuedEvents[0]!.detail.submissionId;
      first.remove();
    } finally {
      base.remove();
    }
    const [entry] = await queued();
    expect(entry!.action).to.equal(new URL(action, location.href).href);
    // Another page, where that relative address would mean somewhere else, sends it where it was meant to go.
    await endpoint({ mode: 'ok' });
    const page = document.createElement('div');
    document.body.append(page);
    const sent = recordEvents(page, 'feedback-sent');
    page.innerHTML = `<feedback-form action="${action}" storage-key="a"></feedback-form>`;
    await waitFor(() => sent.length === 1);
    expect((await endpoint()).received.map((each) => each.body.id)).to.deep.equal([id]);
    page.remove();
  });

  it('never posts to an `action` that is not an http(s) address: it says so, sends nothing, and the answers stay', async () => {
    const { element, errors } = await feedbackFormRecordingErrors(
      '<feedback-form action="javascript:alert(1)" storage-key="d"></feedback-form>',
    );
    quick(element);
    expect(errors.map((event) => event.detail.code)).to.deep.equal(['invalid-attribute']);
    const sends = recordEvents(element, 'feedback-send');
    await answerAndSend(element, 'Keep these words');
    await settle(element);
    expect(sends).to.have.length(0);
    expect(text($(element, '#problems'))).to.contain(
      'Feedback can’t be sent from this form: the address it sends to isn’t a web address it can use.',
    );
    expect(element.shadowRoot!.querySelector('#done-heading')).to.equal(null);
    expect($<HTMLTextAreaElement>(element, '#q-more').value).to.equal('Keep these words');
    expect($<HTMLButtonElement>(element, 'form button[type="submit"]').disabled).to.equal(false);
    expect(await (await openOutbox()).list()).to.deep.equal([]);
  });

  it('does not hold up a new Send while another form waits on a slow server', async () => {
    const slow = (await endpoint({ lane: 'slow', reset: true, mode: 'slow', delayMs: 1500 })).path;
    const first = await feedbackForm(html`<feedback-form action=${slow} storage-key="slow"></feedback-form>`);
    quick(first, { minimumMs: 0, timeoutMs: 5000 });
    const second = await sendingForm();
    const order: string[] = [];
    first.addEventListener('feedback-sent', () => order.push('to the slow server'));
    second.addEventListener('feedback-sent', () => order.push('to the quick server'));
    await answerAndSend(first);
    // The slow server has the first one, and takes its time to answer.
    await endpointUntil((state) => state.attempts === 1, 'slow');
    await answerAndSend(second);
    await waitFor(() => order.length === 2);
    expect(order).to.deep.equal(['to the quick server', 'to the slow server']);
  });

  it('sends, once, a kept submission that a page which has since closed was in the middle of sending', async () => {
    const submission: Submission = {
      id: '3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b',
      form: null,
      locale: 'en',
      createdAt: new Date().toISOString(),
      answers: { how: 3 },
      contact: null,
      checks: { hiddenFieldFilled: false, secondsToComplete: 40 },
    };
    // Claimed for an hour by a page that is no longer open.
    await (await openOutbox()).put({
      id: submission.id,
      action,
      submission,
      attempts: 0,
      nextAttemptAt: 0,
      queuedAt: submission.createdAt,
      lease: { page: 'a-page-since-closed', until: Date.now() + 60 * 60 * 1000 },
    });
    const page = document.createElement('div');
    document.body.append(page);
    const sent = recordEvents(page, 'feedback-sent');
    page.innerHTML = `<feedback-form action="${action}" storage-key="a"></feedback-form>
      <feedback-form action="${action}" storage-key="b"></feedback-form>`;
    await waitFor(() => sent.length === 1);
    expect((await endpoint()).received.map((each) => each.body.id)).to.deep.equal([submission.id]);
    expect(await queued()).to.deep.equal([]);
    page.remove();
  });

  it('lets a host send it itself by cancelling `feedback-send`: nothing is posted', async () => {
    const element = await sendingForm();
    element.addEventListener('feedback-send', (event) => event.preventDefault());
    await answerAndSend(element);
    await settle(element);
    expect(text($(element, '#done-heading'))).to.equal('Thank you');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await endpoint()).attempts).to.equal(0);
  });
});
