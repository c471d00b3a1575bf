import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../support/setup.js';
import { forgetCanKeep } from '../../packages/feedback-form/src/draft.js';
import { forgetOutbox } from '../../packages/feedback-form/src/outbox.js';
import type { FeedbackForm, Submission } from '../../packages/feedback-form/src/index.js';
import { $, fill, focused, html, recordEvents, settle, text, waitFor } from '../support/helpers.js';
import { feedbackForm, quick } from './support.js';

const endpoint = (payload: { mode?: string; reset?: boolean }) =>
  executeServerCommand<{ path: string; received: { body: Submission }[] }, object>(
    'feedback-endpoint',
    payload,
  ) as Promise<{
    path: string;
    received: { body: Submission }[];
  }>;

async function answerAndSend(element: FeedbackForm) {
  $(element, '#q-how-2').click();
  fill(element, '#q-more', 'Please fix the ramp');
  await settle(element);
  $<HTMLButtonElement>(element, 'form button[type="submit"]').click();
}

// Sandboxed and third-party frames, and browsers set to block site data,
// refuse both: reading localStorage or opening IndexedDB throws.
describe('<feedback-form> where the browser keeps nothing', () => {
  const refuse = () => {
    throw new DOMException('This page may not keep data', 'SecurityError');
  };
  let localStorageWas: PropertyDescriptor | undefined;

  beforeEach(() => {
    localStorageWas = Object.getOwnPropertyDescriptor(window, 'localStorage');
    Object.defineProperty(window, 'localStorage', { configurable: true, get: refuse });
    (indexedDB as { open: unknown }).open = refuse;
    forgetOutbox();
    forgetCanKeep();
  });

  afterEach(() => {
    if (localStorageWas) Object.defineProperty(window, 'localStorage', localStorageWas);
    else delete (window as { localStorage?: unknown }).localStorage;
    delete (indexedDB as { open?: unknown }).open;
    forgetOutbox();
    forgetCanKeep();
  });

  it('does not say the answers are kept in this browser', async () => {
    const element = await feedbackForm(html`<feedback-form></feedback-form>`);
    expect(text($(element, '#draft-kept'))).to.contain('This browser isn’t letting us keep your answers');
    expect(text($(element, '#draft-kept'))).not.to.contain('are kept in this browser');
  });

  it('sends straight away, and thanks the person once the website has it', async () => {
    const { path } = await endpoint({ reset: true });
    const element = await feedbackForm(html`<feedback-form action=${path}></feedback-form>`);
    quick(element);
    const sent = recordEvents(element, 'feedback-sent');
    await answerAndSend(element);
    await waitFor(() => !!element.shadowRoot!.querySelector('#done-heading'));
    expect(text($(element, '#done-heading'))).to.equal('Thank you');
    const { received } = await endpoint({});
    expect(received.map((each) => each.body.answers)).to.deep.equal([{ how: 2, more: 'Please fix the ramp' }]);
    expect(sent.map((event) => event.detail.submissionId)).to.deep.equal([received[0]!.body.id]);
  });

  it('says plainly when it could not send and cannot keep it for later, with the answers still there to send again', async () => {
    const { path } = await endpoint({ reset: true, mode: 'down' });
    const element = await feedbackForm(html`<feedback-form action=${path}></feedback-form>`);
    quick(element);
    const errors = recordEvents(element, 'feedback-form-error');
    const queued = recordEvents(element, 'feedback-queued');
    await answerAndSend(element);
    await waitFor(() => errors.length === 1);
    await settle(element);
    expect(errors[0]!.detail.code).to.equal('storage-unavailable');
    expect(text($(element, '#problems'))).to.contain(
      'Your feedback couldn’t be sent, and this browser won’t let us keep it to send later. Your answers are still here:',
    );
    expect(focused(element)).to.equal($(element, '#problems'));
    expect(queued).to.have.length(0);
    expect($<HTMLInputElement>(element, '#q-how-2').checked).to.equal(true);
    expect($<HTMLTextAreaElement>(element, '#q-more').value).to.equal('Please fix the ramp');
    const button = $<HTMLButtonElement>(element, 'form button[type="submit"]');
    expect(button.disabled).to.equal(false);
    expect(text(button)).to.equal('Send feedback');
    await expect(element).to.be.accessible();
    // The website is back, and the person sends again: it arrives once, and the message goes.
    await endpoint({ mode: 'ok' });
    button.click();
    await waitFor(() => !!element.shadowRoot!.querySelector('#done-heading'));
    expect((await endpoint({})).received).to.have.length(1);
    expect(element.shadowRoot!.querySelector('#problems .problem')).to.equal(null);
  });

  it('says so in Welsh on a Welsh page', async () => {
    const { path } = await endpoint({ reset: true, mode: 'down' });
    const element = await feedbackForm(html`<feedback-form locale="cy" action=${path}></feedback-form>`);
    quick(element);
    const errors = recordEvents(element, 'feedback-form-error');
    await answerAndSend(element);
    await waitFor(() => errors.length === 1);
    expect(errors[0]!.detail.message).to.contain('dydy’r porwr hwn ddim yn gadael i ni ei gadw i’w anfon nes ymlaen');
  });
});
