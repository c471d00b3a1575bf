// What a host hears from <feedback-form>: the README's one vocabulary
// (`feedback-form-change`, `feedback-form-error`, `feedback-send`…), typed
// wherever it listens, and sent for what the person does, never for what the
// host sets.
import { expect, fixture } from '@open-wc/testing';
import '../support/setup.js';
import type { FeedbackForm } from '../../packages/feedback-form/src/index.js';
import { $, fill, html, recordEvents, settle, text } from '../support/helpers.js';
import { feedbackForm, quick } from './support.js';

describe('<feedback-form> events', () => {
  it('sends `feedback-form-change` with its `value` as the person answers, types, asks for a reply and clears', async () => {
    const element = quick(await feedbackForm(html`<feedback-form storage-key="e" name="visit"></feedback-form>`));
    // On the document too, typed there as on the element.
    const changes = recordEvents(document, 'feedback-form-change');
    $(element, '#q-how-4').click();
    await settle(element);
    expect(changes).to.have.length(1);
    expect(changes[0]!.detail.value).to.equal(element.value);
    expect(JSON.parse(changes[0]!.detail.value).answers).to.deep.equal({ how: 4 });
    fill(element, '#q-more', 'Kind staff');
    await settle(element);
    expect(changes).to.have.length(2);
    expect(changes[1]!.detail.value).to.equal(element.value);
    expect(JSON.parse(changes[1]!.detail.value)).to.include({ form: 'visit' });
    expect(JSON.parse(changes[1]!.detail.value).answers).to.deep.equal({ how: 4, more: 'Kind staff' });
    $(element, '#wants-reply').click();
    await settle(element);
    expect(changes).to.have.length(3);
    $(element, '#clear').click();
    await settle(element);
    expect(changes.map((event) => event.detail.value).at(-1)).to.equal('');
    expect(element.value).to.equal('');
  });

  it('sends no `feedback-form-change` for what the host sets', async () => {
    const element = await feedbackForm(html`<feedback-form storage-key="e"></feedback-form>`);
    const changes = recordEvents(element, 'feedback-form-change');
    element.questions = [{ id: 'more', type: 'text', label: 'Anything else?' }];
    element.name = 'visit';
    element.noContact = true;
    element.disabled = true;
    await settle(element);
    element.disabled = false;
    element.locale = 'cy';
    await settle(element);
    expect(changes).to.deep.equal([]);
  });

  it('reports questions that are not right to a listener added just after they were set, as a framework does', async () => {
    // On a form already on the page.
    const element = await feedbackForm(html`<feedback-form storage-key="e"></feedback-form>`);
    element.questions = [{ id: 'x', type: 'stars', label: 'Stars' }];
    const errors = recordEvents(element, 'feedback-form-error');
    await settle(element);
    expect(errors.map((event) => [event.detail.code, event.detail.message])).to.deep.equal([
      ['invalid-data', 'The questions given to this page aren’t in the right form, so the usual questions are shown.'],
    ]);
    expect(errors[0]!.detail.cause).to.exist;
    // On a form made, given its properties and only then listened to and put on the page (React, Vue).
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const made = document.createElement('feedback-form') as FeedbackForm;
    made.questions = 'not questions';
    const heard = recordEvents(made, 'feedback-form-error');
    wrapper.append(made);
    await settle(made);
    expect(heard.map((event) => event.detail.code)).to.deep.equal(['invalid-data']);
    expect(text($(made, '#problems'))).to.contain('the usual questions are shown');
    expect($(made, '#q-how-1')).to.exist;
  });

  it('reports a send within seconds of the form appearing as `sent-too-soon`, and sends on the second press', async () => {
    const element = await feedbackForm(html`<feedback-form storage-key="e"></feedback-form>`);
    const errors = recordEvents(element, 'feedback-form-error');
    const sends = recordEvents(element, 'feedback-send');
    $(element, '#q-how-2').click();
    await settle(element);
    $<HTMLButtonElement>(element, 'form button[type="submit"]').click();
    await settle(element);
    expect(errors.map((event) => event.detail.code)).to.deep.equal(['sent-too-soon']);
    expect(errors[0]!.detail.message).to.equal('Please check your answers, then press “Send feedback” again.');
    expect(sends).to.have.length(0);
    $<HTMLButtonElement>(element, 'form button[type="submit"]').click();
    await settle(element);
    expect(sends).to.have.length(1);
    expect(sends[0]!.cancelable).to.equal(true);
    expect(sends[0]!.detail.submission.answers).to.deep.equal({ how: 2 });
  });
});
