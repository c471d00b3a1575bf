import { expect } from '@open-wc/testing';
import '../support/setup.js';
import { $, $$, fill, html, recordEvents, settle, text, waitFor } from '../support/helpers.js';
import { feedbackForm, feedbackFormRecordingErrors, quick, SUMMARY } from './support.js';

describe('<feedback-form> with the host’s questions', () => {
  it('loads them from `src`, in the reader’s language where written, and sends their answers', async () => {
    const element = await feedbackForm(
      html`<feedback-form locale="cy" storage-key="q" src="/tests/feedback-form/files/questions.json"></feedback-form>`,
    );
    await waitFor(() => !!element.shadowRoot!.querySelector('#q-event-cafe'));
    expect(text($(element, 'fieldset.choice legend'))).to.equal('I ba ddigwyddiad daethoch chi?');
    expect($$(element, 'fieldset.scale label.choice').map(text)).to.deep.equal([
      '1 Not at all',
      '2 A little',
      '3 Very',
      'Byddai’n well gen i beidio â dweud',
    ]);
    quick(element);
    const sends = recordEvents(element, 'feedback-send');
    $(element, '#q-event-walk').click();
    $(element, '#q-welcome-pass').click();
    await settle(element);
    $<HTMLButtonElement>(element, 'form button[type="submit"]').click();
    await settle(element);
    expect(sends[0]!.detail.submission.answers).to.deep.equal({ event: 'walk', welcome: 'pass' });
  });

  it('says when `src` cannot be loaded or is not questions, and keeps the usual ones', async () => {
    const missing = await feedbackFormRecordingErrors(
      '<feedback-form src="/tests/feedback-form/files/missing.json"></feedback-form>',
    );
    await waitFor(() => missing.errors.length > 0);
    expect(missing.errors[0]!.detail.code).to.equal('source-unavailable');
    await settle(missing.element);
    expect($(missing.element, '#q-how-1')).to.exist;
    const wrong = await feedbackFormRecordingErrors(
      '<feedback-form src="/tests/feedback-form/files/not-questions.json"></feedback-form>',
    );
    await waitFor(() => wrong.errors.length > 0);
    expect(wrong.errors[0]!.detail.code).to.equal('invalid-source');
    expect(wrong.errors[0]!.detail.message).to.contain('aren’t in the right form, so the usual questions are shown');
  });

  it('refuses questions that are not right, naming nothing it cannot show, and keeps the ones before', async () => {
    const { element, errors } = await feedbackFormRecordingErrors('<feedback-form></feedback-form>');
    element.questions = [
      { id: 'a', type: 'text', label: 'A' },
      { id: 'a', type: 'text', label: 'A again' },
    ];
    await settle(element);
    expect(errors.map((event) => event.detail.code)).to.deep.equal(['invalid-data']);
    expect($(element, '#q-how-1')).to.exist;
    element.questions = [{ id: 'only', type: 'consent', label: 'You can quote me', required: true }];
    await settle(element);
    expect(element.shadowRoot!.querySelector('.problem')).to.equal(null);
    expect(text($(element, 'label[for="q-only"]'))).to.equal('You can quote me');
  });

  it('treats ids such as "constructor", "toString" and "hasOwnProperty" like any other: never already answered, sent as answered', async () => {
    const element = await feedbackForm(html`<feedback-form storage-key="builtins"></feedback-form>`);
    quick(element);
    element.questions = [
      {
        id: 'constructor',
        type: 'choice',
        label: 'Which day?',
        options: [
          { value: 'mon', label: 'Monday' },
          { value: 'tue', label: 'Tuesday' },
        ],
        required: true,
      },
      { id: 'toString', type: 'text', label: 'What did you like?', required: true },
      { id: 'hasOwnProperty', type: 'consent', label: 'You can quote me', required: true },
    ];
    await settle(element);
    const sends = recordEvents(element, 'feedback-send');
    const send = async () => {
      $<HTMLButtonElement>(element, 'form button[type="submit"]').click();
      await settle(element);
    };
    expect($<HTMLTextAreaElement>(element, '#q-toString').value).to.equal('');
    await send();
    expect(sends).to.have.length(0);
    expect($$(element, `${SUMMARY} li`).map(text)).to.deep.equal([
      'Choose an answer for “Which day?”',
      'Enter your answer to “What did you like?”',
      'Tick “You can quote me” to send this',
    ]);
    $(element, '#q-constructor-tue').click();
    fill(element, '#q-toString', 'The music');
    $(element, '#q-hasOwnProperty').click();
    await settle(element);
    await send();
    expect(sends).to.have.length(1);
    expect(sends[0]!.detail.submission.answers).to.deep.equal({
      constructor: 'tue',
      toString: 'The music',
      hasOwnProperty: true,
    });
  });

  it('with `no-contact`, never asks who the person is', async () => {
    const element = await feedbackForm(html`<feedback-form no-contact></feedback-form>`);
    expect(element.shadowRoot!.querySelector('#wants-reply')).to.equal(null);
  });
});
