import { expect } from '@open-wc/testing';
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
import { $, $$, html, settle, text } from '../support/helpers.js';
import { feedbackForm, feedbackFormRecordingErrors } from './support.js';

const form = async (extra = html``) => {
  const element = await feedbackForm(html`<div>${extra}<feedback-form storage-key="p" you-said-we-did-href="/we-did"></feedback-form></div>`);
  element.minimumMs = 0;
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
    expect($$(element, '#error-summary li').length).to.be.at.least(3);
    await expect(element).to.be.accessible();
    // Sent, with the "you said, we did" link.
    $(element, '#wants-reply').click();
    $(element, '#q-how-4').click();
    await settle(element);
    await send(element);
    expect(text($(element, '#done-heading'))).to.equal('Thank you');
    await expect(element).to.be.accessible();
    // Kept to send later.
    element.stage = 'queued';
    await settle(element);
    await expect(element).to.be.accessible();
  });

  it('a host’s questions of every kind, in Welsh, with a problem shown, pass too', async () => {
    const { element } = await feedbackFormRecordingErrors('<feedback-form locale="cy" storage-key="p"></feedback-form>');
    element.questions = [
      { id: 'event', type: 'choice', label: { en: 'Which event?', cy: 'Pa ddigwyddiad?' }, options: [{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }], required: true },
      { id: 'helped', type: 'choice', label: { en: 'What helped?' }, options: [{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }], multiple: true },
      { id: 'more', type: 'text', label: { en: 'Anything else?', cy: 'Unrhyw beth arall?' } },
      { id: 'quote', type: 'consent', label: { en: 'You can quote me', cy: 'Gallwch chi fy nyfynnu' } },
    ];
    await settle(element);
    expect(text($(element, '#title'))).to.equal('Dywedwch wrthon ni beth rydych chi’n ei feddwl');
    // Written in English only: marked as English on a Welsh page.
    expect($(element, 'fieldset.choice:nth-of-type(2) legend span').getAttribute('lang')).to.equal('en');
    element.minimumMs = 0;
    await send(element);
    expect(text($(element, '#error-summary li'))).to.equal('Dewiswch ateb i “Pa ddigwyddiad?”');
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
      expectBigEnoughToPress($$(element, 'button:not(.link), label.choice, input[type="checkbox"], textarea, input[type="text"]:not(#website)'));
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
