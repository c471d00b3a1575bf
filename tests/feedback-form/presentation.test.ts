import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../support/setup.js';
import type { FeedbackForm } from '../../packages/feedback-form/src/index.js';
import {
  atViewport,
  expectAccessibleInLightAndDark,
  expectBigEnoughToPress,
  expectChoiceAndFocusVisible,
  expectNoMotion,
  fitsAtDoubleTextSize,
  inForcedColours,
  overflowsHorizontally,
  whileEmulating,
} from '../support/presentation.js';
import { openOutbox } from '../../packages/feedback-form/src/outbox.js';
import { $, $$, html, settle, text, waitFor } from '../support/helpers.js';
import { feedbackForm, feedbackFormRecordingErrors, quick, SUMMARY } from './support.js';

const form = async (extra = html``) => {
  const element = await feedbackForm(
    html`<div>${extra}<feedback-form storage-key="p" you-said-we-did-href="/we-did"></feedback-form></div>`,
  );
  quick(element);
  return element;
};

async function send(element: FeedbackForm) {
  $<HTMLButtonElement>(element, 'form button[type="submit"]').click();
  await settle(element);
}

describe('<feedback-form> on screen', () => {
  it('every state passes the accessibility checks, in light and dark', async () => {
    const element = await form();
    await expectAccessibleInLightAndDark(element);
    // Asking for a reply, then every problem listed.
    $(element, '#wants-reply').click();
    await settle(element);
    await expect(element).to.be.accessible();
    await send(element);
    expect($$(element, `${SUMMARY} li`).length).to.be.at.least(3);
    await expect(element).to.be.accessible();
    // Sent, with the "you said, we did" link.
    $(element, '#wants-reply').click();
    $(element, '#q-how-4').click();
    await settle(element);
    await send(element);
    expect(text($(element, '#done-heading'))).to.equal('Thank you');
    await expect(element).to.be.accessible();
    // Kept to send later: the website cannot be reached (an endpoint of this file's own).
    const { path } = await executeServerCommand<{ path: string }, object>('feedback-endpoint', {
      lane: 'presentation',
      reset: true,
      mode: 'down',
    });
    const kept = quick(await feedbackForm(html`<feedback-form action=${path} storage-key="p-kept"></feedback-form>`), {
      minimumMs: 0,
      retryBaseMs: 60_000,
    });
    $(kept, '#q-how-4').click();
    await settle(kept);
    await send(kept);
    await waitFor(() => text(kept.shadowRoot!.querySelector('#done-heading')) === 'Thank you: your feedback is saved');
    await expect(kept).to.be.accessible();
    const outbox = await openOutbox();
    for (const entry of await outbox.list()) await outbox.remove(entry.id);
  });

  it('a host’s questions of every kind, in Welsh, with a problem shown, pass too', async () => {
    const { element } = await feedbackFormRecordingErrors(
      '<feedback-form locale="cy" storage-key="p"></feedback-form>',
    );
    element.questions = [
      {
        id: 'event',
        type: 'choice',
        label: { en: 'Which event?', cy: 'Pa ddigwyddiad?' },
        options: [
          { value: 'a', label: 'A' },
          { value: 'b', label: 'B' },
        ],
        required: true,
      },
      {
        id: 'helped',
        type: 'choice',
        label: { en: 'What helped?' },
        options: [
          { value: 'a', label: 'A' },
          { value: 'b', label: 'B' },
        ],
        multiple: true,
      },
      { id: 'more', type: 'text', label: { en: 'Anything else?', cy: 'Unrhyw beth arall?' } },
      { id: 'quote', type: 'consent', label: { en: 'You can quote me', cy: 'Gallwch chi fy nyfynnu' } },
    ];
    await settle(element);
    expect(text($(element, '#title'))).to.equal('Dywedwch wrthon ni beth rydych chi’n ei feddwl');
    // Written in English only: marked as English on a Welsh page.
    expect($(element, 'fieldset.choice:nth-of-type(2) legend span').getAttribute('lang')).to.equal('en');
    quick(element);
    await send(element);
    expect(text($(element, `${SUMMARY} li`))).to.equal('Dewiswch ateb i “Pa ddigwyddiad?”');
    await expect(element).to.be.accessible();
    element.questions = 'not questions';
    await settle(element);
    expect(text($(element, '#problems'))).to.contain('ddim yn y ffurf gywir');
    await expect(element).to.be.accessible();
  });

  it('fits a 320 px wide screen, with every control big enough to press', () =>
    atViewport(320, 640, async () => {
      const element = await form();
      $(element, '#wants-reply').click();
      await settle(element);
      expect(overflowsHorizontally(element)).to.equal(false);
      expectBigEnoughToPress(
        $$(
          element,
          'button:not(.link), label.choice, input[type="checkbox"], textarea, input[type="text"]:not(#website)',
        ),
      );
    }));

  it('works at 200% text size', () => fitsAtDoubleTextSize(form));

  it('stays usable in forced colours: the chosen answer and focus stay visible', function () {
    return inForcedColours(this, async () => {
      const element = await form();
      const radio = $<HTMLInputElement>(element, '#q-how-3');
      radio.click();
      await settle(element);
      expectChoiceAndFocusVisible(radio);
      await expect(element).to.be.accessible();
    });
  });

  it('has no motion when the person asks for reduced motion', function () {
    return whileEmulating(this, { reducedMotion: 'reduce' }, async () => {
      expectNoMotion(await form());
    });
  });
});
