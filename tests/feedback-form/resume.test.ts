import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../support/setup.js';
import type { FeedbackForm, Submission } from '../../packages/feedback-form/src/index.js';
import { openOutbox } from '../../packages/feedback-form/src/outbox.js';
import { $, fill, html, recordEvents, settle, text, waitFor } from '../support/helpers.js';
import { feedbackForm, feedbackFormRecordingErrors, quick } from './support.js';

// The page was reloaded or closed while feedback was being sent: the outbox
// still has it, and the answers were kept with its id.

const endpoint = (payload: { mode?: string; delayMs?: number; reset?: boolean } = {}) =>
  executeServerCommand<{ path: string; keys: string[]; received: { body: Submission }[] }, object>(
    'feedback-endpoint',
    payload,
  ) as Promise<{
    path: string;
    keys: string[];
    received: { body: Submission }[];
  }>;

const ID = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const DRAFT_KEY = 'coproduce:feedback-draft:r';
const answers = { how: 2, more: 'The lift was broken' };
let action = '';

/** What a page closed in the middle of a send leaves behind; `refused` if another form has since tried it and it was refused. */
async function closedMidSend(refused?: { status: number; at: string }) {
  const createdAt = new Date().toISOString();
  const submission: Submission = {
    id: ID,
    form: null,
    locale: 'en',
    createdAt,
    answers,
    contact: null,
    checks: { hiddenFieldFilled: false, secondsToComplete: 30 },
  };
  localStorage.setItem(
    DRAFT_KEY,
    JSON.stringify({ answers, wantsReply: false, name: '', reply: '', consent: false, sendingId: ID }),
  );
  await (await openOutbox()).put({
    id: ID,
    action,
    submission,
    attempts: 0,
    nextAttemptAt: 0,
    queuedAt: createdAt,
    ...(refused ? { refused } : { lease: { page: 'a-page-since-closed', until: Date.now() + 60_000 } }),
  });
}

const opened = () => feedbackForm(html`<feedback-form action=${action} storage-key="r"></feedback-form>`);
const heading = (element: FeedbackForm) => text(element.shadowRoot!.querySelector('#done-heading'));
const sendButton = (element: FeedbackForm) =>
  element.shadowRoot!.querySelector<HTMLButtonElement>('form button[type="submit"]');

beforeEach(async () => {
  action = (await endpoint({ reset: true })).path;
  for (const key of Object.keys(localStorage))
    if (key.startsWith('coproduce:feedback-sent:')) localStorage.removeItem(key);
  const outbox = await openOutbox();
  for (const entry of await outbox.list()) await outbox.remove(entry.id);
});

describe('<feedback-form> opened again while its feedback was being sent', () => {
  it('says it is already being sent, with no way to send it twice, then thanks the person once it arrives', async () => {
    await endpoint({ mode: 'slow', delayMs: 1000 });
    await closedMidSend();
    const element = await opened();
    expect(heading(element)).to.equal('Your feedback is already being sent');
    expect(sendButton(element)).to.equal(null);
    expect(element.shadowRoot!.querySelector('textarea')).to.equal(null);
    await expect(element).to.be.accessible();
    await waitFor(() => heading(element) === 'Thank you');
    const { received, keys } = await endpoint();
    expect(received.map((each) => each.body.id)).to.deep.equal([ID]);
    expect(keys).to.deep.equal([ID]);
    expect(localStorage.getItem(DRAFT_KEY)).to.equal(null);
    expect(await (await openOutbox()).list()).to.deep.equal([]);
    // Remembered as sent, so a page that goes before the outbox is written never sends it again.
    expect(localStorage.getItem(`coproduce:feedback-sent:${ID}`)).to.not.equal(null);
  });

  it('brings the answers back with the reason when the website refuses it', async () => {
    await endpoint({ mode: 'refuse' });
    await closedMidSend();
    // Listening from before it opens: the refusal can come at once.
    const { element, errors } = await feedbackFormRecordingErrors(
      `<feedback-form action="${action}" storage-key="r"></feedback-form>`,
    );
    await waitFor(() => !!sendButton(element));
    await settle(element);
    expect(errors.map((event) => event.detail.message)).to.deep.equal([
      'Your feedback couldn’t be sent: the website refused it. Your answers are still here. Please try again later, or contact us another way.',
    ]);
    expect($<HTMLInputElement>(element, '#q-how-2').checked).to.equal(true);
    expect($<HTMLTextAreaElement>(element, '#q-more').value).to.equal('The lift was broken');
    expect(sendButton(element)!.disabled).to.equal(false);
    expect(await (await openOutbox()).list()).to.deep.equal([]);
    // Kept as answers to finish, no longer as feedback being sent.
    await waitFor(() => localStorage.getItem(DRAFT_KEY) !== null && !localStorage.getItem(DRAFT_KEY)!.includes(ID));
  });

  it('gives the reason too when the website refused it as another form sent it', async () => {
    await closedMidSend({ status: 422, at: new Date().toISOString() });
    const { element, errors } = await feedbackFormRecordingErrors(
      `<feedback-form action="${action}" storage-key="r"></feedback-form>`,
    );
    await waitFor(() => !!sendButton(element));
    await settle(element);
    expect(errors.map((event) => event.detail.message)).to.deep.equal([
      'Your feedback couldn’t be sent: the website refused it. Your answers are still here. Please try again later, or contact us another way.',
    ]);
    expect($<HTMLTextAreaElement>(element, '#q-more').value).to.equal('The lift was broken');
  });

  it('says it is kept to send later when the website cannot be reached', async () => {
    await endpoint({ mode: 'down' });
    await closedMidSend();
    const element = await opened();
    quick(element, { retryBaseMs: 60_000 });
    await waitFor(() => heading(element) === 'Thank you: your feedback is saved');
    const [entry] = await (await openOutbox()).list();
    expect([entry!.id, entry!.attempts]).to.deep.equal([ID, 1]);
    expect(localStorage.getItem(DRAFT_KEY)).to.equal(null);
  });

  it('never sends a second copy when the form is replaced in the middle of its own send', async () => {
    await endpoint({ mode: 'slow', delayMs: 800 });
    const first = await opened();
    quick(first);
    $(first, '#q-how-4').click();
    fill(first, '#q-more', 'Warm and welcoming');
    await settle(first);
    sendButton(first)!.click();
    await waitFor(() => (localStorage.getItem(DRAFT_KEY) ?? '').includes('sendingId'));
    // As a reload would: the form goes, and a new one reads what was kept.
    first.remove();
    const again = await opened();
    const sent = recordEvents(again, 'feedback-sent');
    expect(heading(again)).to.equal('Your feedback is already being sent');
    await waitFor(() => heading(again) === 'Thank you');
    const { received } = await endpoint();
    expect(new Set(received.map((each) => each.body.id)).size).to.equal(1);
    expect(sent.length).to.be.at.most(1);
  });

  it('brings the answers back, under the same id, when the page closed before the feedback was kept to send: nothing was sent', async () => {
    // The answers were kept with the id being sent, and the page closed before the outbox had it.
    localStorage.setItem(
      DRAFT_KEY,
      JSON.stringify({ answers, wantsReply: false, name: '', reply: '', consent: false, sendingId: ID }),
    );
    const element = await opened();
    quick(element);
    await waitFor(() => !!sendButton(element));
    await settle(element);
    expect(element.shadowRoot!.querySelector('#done-heading')).to.equal(null);
    expect(text($(element, '.root > [role="status"]'))).to.equal(
      'Your feedback wasn’t sent before the page closed. Your answers are still here, ready to send.',
    );
    expect($<HTMLInputElement>(element, '#q-how-2').checked).to.equal(true);
    expect($<HTMLTextAreaElement>(element, '#q-more').value).to.equal('The lift was broken');
    expect((await endpoint()).received).to.deep.equal([]);
    // Kept again as answers to finish, so a reload now does not take them for sent either.
    await waitFor(() => localStorage.getItem(DRAFT_KEY) !== null && !localStorage.getItem(DRAFT_KEY)!.includes(ID));
    // Sent now, it goes under the id it had, so a server that somehow had it can ignore the repeat.
    sendButton(element)!.click();
    await waitFor(() => heading(element) === 'Thank you');
    const { received, keys } = await endpoint();
    expect(received.map((each) => each.body.id)).to.deep.equal([ID]);
    expect(keys).to.deep.equal([ID]);
  });

  it('takes feedback the website said it has for sent, and never sends it again, when the page went before it was taken out of the outbox', async () => {
    await closedMidSend();
    // The website's reply arrived and was marked at once; the page went before the outbox was written.
    localStorage.setItem(`coproduce:feedback-sent:${ID}`, String(Date.now()));
    const element = await opened();
    await waitFor(() => heading(element) === 'Thank you');
    await settle(element);
    expect((await endpoint()).received).to.deep.equal([]);
    expect(await (await openOutbox()).list()).to.deep.equal([]);
    expect(localStorage.getItem(DRAFT_KEY)).to.equal(null);
  });

  it('still reads answers kept by an earlier version, which had no sending id, as answers to finish', async () => {
    localStorage.setItem(
      DRAFT_KEY,
      JSON.stringify({ answers: { how: 5 }, wantsReply: false, name: '', reply: '', consent: false }),
    );
    const element = await opened();
    expect($<HTMLInputElement>(element, '#q-how-5').checked).to.equal(true);
    expect(sendButton(element)).to.not.equal(null);
  });
});
