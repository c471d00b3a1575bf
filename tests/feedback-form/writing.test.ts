import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../support/setup.js';
import type { FeedbackForm } from '../../packages/feedback-form/src/index.js';
import { $, $$, fill, focused, html, recordEvents, settle, text } from '../support/helpers.js';
import { feedbackForm, feedbackFormRecordingErrors, quick, SUMMARY } from './support.js';

/** A form that does not mind being sent at once (the spam check wants a few seconds). */
async function form(template = html`<feedback-form storage-key="t"></feedback-form>`): Promise<FeedbackForm> {
  const element = await feedbackForm(template);
  quick(element);
  return element;
}

async function type(element: FeedbackForm, selector: string, value: string) {
  fill(element, selector, value);
  await settle(element);
}

/** Ticks "I'd like a reply" and fills in who and how. */
async function askForAReply(element: FeedbackForm, name: string, reply: string) {
  $(element, '#wants-reply').click();
  await settle(element);
  await type(element, '#name', name);
  await type(element, '#reply', reply);
}

async function send(element: FeedbackForm) {
  $<HTMLButtonElement>(element, 'form button[type="submit"]').click();
  await settle(element);
  await settle(element);
}

describe('<feedback-form> while writing', () => {
  it('asks "How was it?" from 1 to 5 with words at each point and a way to pass, and "Tell us more"', async () => {
    const element = await form();
    expect(text($(element, 'fieldset.scale legend'))).to.equal('How was it?');
    expect($$(element, 'fieldset.scale label.choice').map(text)).to.deep.equal([
      '1 Very poor',
      '2 Poor',
      '3 OK',
      '4 Good',
      '5 Very good',
      'I’d rather not say',
    ]);
    expect(text($(element, 'label[for="q-more"]'))).to.equal('Tell us more (optional)');
    expect(text($(element, '#q-more-count'))).to.equal('You have 1200 characters left');
    expect(element.shadowRoot!.querySelector('#name')).to.equal(null);
  });

  it('counts the characters left as the person types, and past the limit, keeps every character', async () => {
    const element = await form();
    await type(element, '#q-more', 'Kind staff');
    expect(text($(element, '#q-more-count'))).to.equal('You have 1190 characters left');
    await type(element, '#q-more', 'x'.repeat(1203));
    expect(text($(element, '#q-more-count'))).to.equal('You have 3 characters too many');
    expect($<HTMLTextAreaElement>(element, '#q-more').value).to.have.length(1203);
  });

  it('lists every problem at the top, GOV.UK style: the summary takes focus, links to each field, and nothing typed is cleared', async () => {
    const element = await form();
    $(element, '#wants-reply').click();
    await settle(element);
    await type(element, '#q-more', 'x'.repeat(1201));
    await type(element, '#name', 'Sam');
    await send(element);
    const summary = $(element, `${SUMMARY}`);
    expect(focused(element)).to.equal(summary);
    expect(summary.getAttribute('role')).to.equal('alert');
    expect($$(element, `${SUMMARY} li`).map(text)).to.deep.equal([
      'Choose an answer for “How was it?”, or “I’d rather not say”',
      '“Tell us more” must be 1200 characters or fewer',
      'Enter an email address or phone number, so we can reply',
      'Tick the box to say we can keep your details, or untick “I’d like a reply”',
    ]);
    expect(text($(element, '#q-how-error'))).to.equal(
      'Error: Choose an answer for “How was it?”, or “I’d rather not say”',
    );
    expect($<HTMLInputElement>(element, '#name').value).to.equal('Sam');
    expect($<HTMLTextAreaElement>(element, '#q-more').value).to.have.length(1201);
    // A link in the summary takes the person to the field.
    $<HTMLAnchorElement>(element, `${SUMMARY} li:nth-child(3) a`).click();
    expect(focused(element)).to.equal($(element, '#reply'));
    $<HTMLAnchorElement>(element, `${SUMMARY} li:first-child a`).click();
    expect(focused(element)).to.equal($(element, '#q-how-1'));
    // Put right, a message goes at once.
    $(element, '#q-how-pass').click();
    await settle(element);
    expect(element.shadowRoot!.querySelector('#q-how-error')).to.equal(null);
    expect($$(element, `${SUMMARY} li`)).to.have.length(3);
  });

  it('refuses to send nothing at all', async () => {
    const element = await form(html`<feedback-form storage-key="t"></feedback-form>`);
    element.questions = [{ id: 'more', type: 'text', label: 'Anything else?' }];
    await settle(element);
    await send(element);
    expect($$(element, `${SUMMARY} li`).map(text)).to.deep.equal(['Answer at least one question before sending']);
  });

  it('keeps the answers in this browser as they are typed, so a reload loses nothing, until they are cleared', async () => {
    const first = await form();
    $(first, '#q-how-4').click();
    await type(first, '#q-more', 'The room was too hot');
    first.remove();
    const again = await form();
    expect($<HTMLInputElement>(again, '#q-how-4').checked).to.equal(true);
    expect($<HTMLTextAreaElement>(again, '#q-more').value).to.equal('The room was too hot');
    $(again, '#clear').click();
    await settle(again);
    expect($<HTMLInputElement>(again, '#q-how-4').checked).to.equal(false);
    expect(localStorage.getItem('coproduce:feedback-draft:t')).to.equal(null);
  });

  it('keeps a damaged saved copy aside and starts empty, saying so', async () => {
    localStorage.setItem('coproduce:feedback-draft:t', '{"answers": "nonsense"');
    const { element, errors } = await feedbackFormRecordingErrors('<feedback-form storage-key="t"></feedback-form>');
    expect(errors.map((event) => event.detail.code)).to.deep.equal(['unreadable-storage']);
    expect(text($(element, '#problems'))).to.contain('The old copy is kept in this browser');
    const kept = Object.keys(localStorage).filter((key) => key.startsWith('coproduce:feedback-draft:t:unreadable:'));
    expect(kept.map((key) => localStorage.getItem(key))).to.deep.equal(['{"answers": "nonsense"']);
  });

  it('asks who the person is only if they want a reply, and forgets it when they change their mind', async () => {
    const element = await form();
    expect(element.shadowRoot!.querySelector('#reply')).to.equal(null);
    await askForAReply(element, 'Sam', 'sam@example.org');
    $(element, '#wants-reply').click();
    await settle(element);
    $(element, '#wants-reply').click();
    await settle(element);
    expect($<HTMLInputElement>(element, '#name').value).to.equal('');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(localStorage.getItem('coproduce:feedback-draft:t') ?? '').to.not.contain('sam@example.org');
  });

  it('sends only events without `action`: the submission, anonymous, then thanks and a "you said, we did" link', async () => {
    const element = await form(
      html`<feedback-form storage-key="t" name="visit" you-said-we-did-href="/we-did"></feedback-form>`,
    );
    const sends = recordEvents(element, 'feedback-send');
    $(element, '#q-how-5').click();
    await type(element, '#q-more', '  Loved the garden  ');
    await askForAReply(element, 'Sam', 'sam@example.org');
    // Changed their mind about consent: nothing identifying may go.
    $(element, '#wants-reply').click();
    await settle(element);
    await send(element);
    expect(sends).to.have.length(1);
    const { submission } = sends[0]!.detail;
    expect(submission.answers).to.deep.equal({ how: 5, more: 'Loved the garden' });
    expect(submission.contact).to.equal(null);
    expect(submission.form).to.equal('visit');
    expect(submission.id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(JSON.stringify(submission)).to.not.contain('Sam');
    expect(text($(element, '#done-heading'))).to.equal('Thank you');
    expect(focused(element)).to.equal($(element, '#done-heading'));
    expect($<HTMLAnchorElement>(element, '.done a').href).to.equal(new URL('/we-did', location.href).href);
    expect(localStorage.getItem('coproduce:feedback-draft:t')).to.equal(null);
    $(element, '#again').click();
    await settle(element);
    expect($<HTMLInputElement>(element, '#q-how-5').checked).to.equal(false);
  });

  it('never makes a link of a "you said, we did" address that is not http(s): it says so, and shows no link', async () => {
    const { element, errors } = await feedbackFormRecordingErrors(
      '<feedback-form storage-key="t" you-said-we-did-href="javascript:alert(1)"></feedback-form>',
    );
    quick(element);
    expect(errors.map((event) => event.detail.code)).to.deep.equal(['invalid-attribute']);
    expect(errors[0]!.detail.message).to.equal(
      'The link to what we’ve done because of feedback isn’t a web address we can use, so it isn’t shown.',
    );
    $(element, '#q-how-4').click();
    await settle(element);
    await send(element);
    expect(text($(element, '#done-heading'))).to.equal('Thank you');
    expect(element.shadowRoot!.querySelector('.done a')).to.equal(null);
    // Put right by the page: the link is shown and the message goes.
    element.youSaidWeDidHref = 'https://example.org/we-did';
    await settle(element);
    expect($<HTMLAnchorElement>(element, '.done a').href).to.equal('https://example.org/we-did');
    expect(element.shadowRoot!.querySelector('#problems .problem')).to.equal(null);
  });

  it('sends the name and a way to reply only with consent', async () => {
    const element = await form();
    const sends = recordEvents(element, 'feedback-send');
    $(element, '#q-how-3').click();
    await askForAReply(element, 'Sam', '07700 900123');
    $(element, '#consent').click();
    await settle(element);
    await send(element);
    expect(sends[0]!.detail.submission.contact).to.deep.equal({ name: 'Sam', reply: '07700 900123' });
  });

  it('asks for a second press when sent within seconds of appearing, and sends how long it took so the server can judge', async () => {
    const element = await feedbackForm(html`<feedback-form storage-key="t"></feedback-form>`);
    const sends = recordEvents(element, 'feedback-send');
    $(element, '#q-how-2').click();
    await send(element);
    expect(text($(element, '#problems'))).to.contain('Please check your answers, then press “Send feedback” again.');
    expect(sends).to.have.length(0);
    await send(element);
    expect(sends).to.have.length(1);
    const { checks } = sends[0]!.detail.submission;
    expect(checks!.hiddenFieldFilled).to.equal(false);
    expect(checks!.secondsToComplete).to.be.a('number').and.at.least(0);
  });

  it('never thanks without sending: feedback with the hidden field filled (a program, or autofill) is sent, marked', async () => {
    const trap = await form();
    const trapped = recordEvents(trap, 'feedback-send');
    $(trap, '#q-how-2').click();
    // Out of reach of people: not in the tab order, hidden from screen readers.
    expect($(trap, '.trap').getAttribute('aria-hidden')).to.equal('true');
    expect($<HTMLInputElement>(trap, '#website').tabIndex).to.equal(-1);
    $<HTMLInputElement>(trap, '#website').value = 'http://spam.example';
    await send(trap);
    expect(trapped).to.have.length(1);
    expect(trapped[0]!.detail.submission.answers).to.deep.equal({ how: 2 });
    expect(trapped[0]!.detail.submission.checks!.hiddenFieldFilled).to.equal(true);
    expect(text($(trap, '#done-heading'))).to.equal('Thank you');
  });

  it('renders hostile text from the host as text', async () => {
    const element = await form();
    element.questions = [
      {
        id: 'x',
        type: 'choice',
        label: '<img src=x onerror=alert(1)>',
        options: [
          { value: 'a', label: '<b>A</b>' },
          { value: 'b', label: 'B' },
        ],
      },
    ];
    await settle(element);
    expect(element.shadowRoot!.querySelector('img, b')).to.equal(null);
    expect(text($(element, 'legend'))).to.contain('<img src=x onerror=alert(1)>');
  });

  it('can be filled in and sent from the keyboard alone', async () => {
    const element = await form();
    const sends = recordEvents(element, 'feedback-send');
    $(element, '#q-how-1').focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Tab' });
    expect(focused(element)).to.equal($(element, '#q-more'));
    await sendKeys({ type: 'Good tea' });
    await sendKeys({ press: 'Tab' });
    expect(focused(element)).to.equal($(element, '#wants-reply'));
    await sendKeys({ press: 'Tab' });
    expect(focused(element)).to.equal($(element, 'form button[type="submit"]'));
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(sends[0]!.detail.submission.answers).to.deep.equal({ how: 3, more: 'Good tea' });
  });
});
