import { expect, fixture } from '@open-wc/testing';
import '../support/setup.js';
import type { FeedbackForm } from '../../packages/feedback-form/src/index.js';
import { $, fill, html, settle, text, waitFor } from '../support/helpers.js';

async function inForm(attributes = 'name="feedback" storage-key="f"') {
  const form = await fixture<HTMLFormElement>(html`<form>
    <fieldset>
      <label>Your event <input name="event" value="Open day" /></label>
      ${unsafeMarkup(`<feedback-form ${attributes}></feedback-form>`)}
    </fieldset>
    <button>Submit</button>
  </form>`);
  const element = form.querySelector('feedback-form') as FeedbackForm;
  await settle(element);
  return { form, element };
}

/** Attributes written out as markup, so each test can choose them. */
function unsafeMarkup(markup: string) {
  const template = document.createElement('template');
  template.innerHTML = markup;
  return template.content;
}

async function choose(element: FeedbackForm, selector: string) {
  $(element, selector).click();
  await settle(element);
}

describe('<feedback-form> inside a host form', () => {
  it('is a form control: its answers are submitted under its name, with no send button of its own', async () => {
    const { form, element } = await inForm();
    expect(element.form).to.equal(form);
    expect(element.shadowRoot!.querySelector('button[type="submit"]')).to.equal(null);
    expect(new FormData(form).get('feedback')).to.equal(null);
    await choose(element, '#q-how-4');
    const value = JSON.parse(new FormData(form).get('feedback') as string);
    expect(value.answers).to.deep.equal({ how: 4 });
    expect(value.contact).to.equal(null);
    expect(new FormData(form).get('event')).to.equal('Open day');
    expect(JSON.parse(element.value).answers).to.deep.equal({ how: 4 });
  });

  it('sends a name and a way to reply in the form data only with consent', async () => {
    const { form, element } = await inForm();
    await choose(element, '#q-how-4');
    await choose(element, '#wants-reply');
    fill(element, '#reply', 'sam@example.org');
    await settle(element);
    expect(new FormData(form).get('feedback')).to.not.contain('sam@example.org');
    await choose(element, '#consent');
    expect(JSON.parse(new FormData(form).get('feedback') as string).contact).to.deep.equal({
      name: '',
      reply: 'sam@example.org',
    });
  });

  it('takes part in validation: `required` stops the form until it is answered, and says why at the field', async () => {
    const { form, element } = await inForm('name="feedback" required storage-key="f"');
    expect(form.checkValidity()).to.equal(false);
    expect(element.checkValidity()).to.equal(false);
    let submitted = 0;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitted++;
    });
    form.requestSubmit();
    await settle(element);
    expect(submitted).to.equal(0);
    expect(text($(element, '#q-how-error'))).to.contain('Choose an answer for “How was it?”');
    await choose(element, '#q-how-pass');
    expect(form.checkValidity()).to.equal(true);
    form.requestSubmit();
    expect(submitted).to.equal(1);
  });

  it('without `required`, an empty form is fine, but half an answer is not', async () => {
    const { form, element } = await inForm();
    expect(form.checkValidity()).to.equal(true);
    await choose(element, '#q-how-2');
    await choose(element, '#wants-reply');
    expect(form.checkValidity()).to.equal(false);
    expect(element.reportValidity()).to.equal(false);
  });

  it('is cleared by the form’s reset, and with it the answers kept in the browser', async () => {
    const { form, element } = await inForm();
    await choose(element, '#q-how-5');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(localStorage.getItem('coproduce:feedback-draft:f')).to.contain('"how":5');
    form.reset();
    await settle(element);
    expect($<HTMLInputElement>(element, '#q-how-5').checked).to.equal(false);
    expect(localStorage.getItem('coproduce:feedback-draft:f')).to.equal(null);
    expect(new FormData(form).get('feedback')).to.equal(null);
  });

  it('keeps nothing once the host form has really been submitted, even as the page goes, until the person changes something', async () => {
    // A real submit: into a frame, so this test page stays.
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <iframe name="sink" title="Where the form goes"></iframe>
      <form action="/tests/feedback-form/files/questions.json" target="sink">
        <feedback-form name="feedback" storage-key="f"></feedback-form>
        <button>Submit</button>
      </form>
    </div>`);
    const form = wrapper.querySelector('form')!;
    const element = wrapper.querySelector('feedback-form') as FeedbackForm;
    await settle(element);
    await choose(element, '#q-how-5');
    await waitFor(() => localStorage.getItem('coproduce:feedback-draft:f') !== null);
    const arrived = new Promise((resolve) =>
      wrapper.querySelector('iframe')!.addEventListener('load', resolve, { once: true }),
    );
    form.requestSubmit();
    await arrived;
    expect(
      new URL(wrapper.querySelector('iframe')!.contentWindow!.location.href).searchParams.get('feedback'),
    ).to.contain('"how":5');
    // The page going, as it does after a real submit: nothing is kept again for the next person.
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(localStorage.getItem('coproduce:feedback-draft:f')).to.equal(null);
    // Still here and writing again: that is kept.
    await choose(element, '#q-how-3');
    await waitFor(() => (localStorage.getItem('coproduce:feedback-draft:f') ?? '').includes('"how":3'));
  });

  it('is disabled with its fieldset, and takes no part while disabled', async () => {
    const { form, element } = await inForm();
    await choose(element, '#q-how-5');
    form.querySelector('fieldset')!.disabled = true;
    await settle(element);
    expect($<HTMLFieldSetElement>(element, 'fieldset.questions').disabled).to.equal(true);
    expect(new FormData(form).get('feedback')).to.equal(null);
    form.querySelector('fieldset')!.disabled = false;
    await settle(element);
    expect($<HTMLFieldSetElement>(element, 'fieldset.questions').disabled).to.equal(false);
  });
});
