import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { useFakeTimers } from 'sinon';
import '../support/setup.js';
import type { IcebreakerPicker } from '../../packages/icebreaker-picker/src/index.js';
import {
  atViewport,
  expectAccessibleInLightAndDark,
  expectBigEnoughToPress,
  expectChoiceAndFocusVisible,
  expectNoMotion,
  fitsAtDoubleTextSize,
  inForcedColours,
  overflowsHorizontally,
  systemColour,
  whileEmulating,
} from '../support/presentation.js';
import { $, $$, focused, html, settle, text } from '../support/helpers.js';
import { icebreakerPicker, icebreakerPickerRecordingErrors } from './support.js';

const picker = (extra = html``) =>
  icebreakerPicker(
    html`<div>${extra}<icebreaker-picker seed="look" minutes="60" group-size="8" setting="hybrid"></icebreaker-picker></div>`,
  );

/** Presses Tab until focus is on `target` (at most 40 times): how a keyboard user gets there. */
async function tabTo(element: IcebreakerPicker, target: string) {
  for (let presses = 0; presses < 40 && focused(element) !== $(element, target); presses++)
    await sendKeys({ press: 'Tab' });
  expect(focused(element), `Tab reaches ${target}`).to.equal($(element, target));
}

describe('<icebreaker-picker> on screen and on paper', () => {
  it('every state passes the accessibility checks, in light and dark', async () => {
    const element = await picker();
    await expectAccessibleInLightAndDark(element);
    // The list open.
    $<HTMLDetailsElement>(element, 'details.browse').open = true;
    await settle(element);
    await expect(element).to.be.accessible();
    // Turns running, paused, time up, finished: the timer's clock is faked to reach time up at once.
    const clock = useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    try {
      $(element, '#turns-start').click();
      await settle(element);
      await expect(element).to.be.accessible();
      $(element, '#turns-pause').click();
      await settle(element);
      await expect(element).to.be.accessible();
      $(element, '#turns-next').click();
      clock.tick(10 * 60_000);
      await settle(element);
      expect(text($(element, '.turns .state'))).to.contain('Time’s up');
      await expect(element).to.be.accessible();
      for (let person = 2; person <= 8; person++) $(element, '#turns-next').click();
      await settle(element);
      expect(text($(element, '.turns .state'))).to.equal('Everyone has had a turn.');
      await expect(element).to.be.accessible();
    } finally {
      clock.restore();
    }
    // A field in error.
    const minutes = $<HTMLInputElement>(element, '#minutes');
    minutes.value = 'soon';
    minutes.dispatchEvent(new Event('change'));
    await settle(element);
    await expect(element).to.be.accessible();
  });

  it('nothing fitting, problems shown, and Welsh pass too', async () => {
    const none = await icebreakerPicker(
      html`<icebreaker-picker minutes="10" group-size="40" budget-percent="5"></icebreaker-picker>`,
    );
    await expect(none).to.be.accessible();
    const { element: broken } = await icebreakerPickerRecordingErrors(
      '<icebreaker-picker minutes="soon" pick="gone"></icebreaker-picker>',
    );
    expect($$(broken, '#problems li')).to.have.length(2);
    await expect(broken).to.be.accessible();
    const welsh = await icebreakerPicker(
      html`<icebreaker-picker locale="cy" seed="look" setting="online" cameras-off></icebreaker-picker>`,
    );
    expect(text($(welsh, '#title'))).to.equal('Torri’r garw');
    expect($(welsh, '.root').getAttribute('lang')).to.equal('cy');
    expect(text($(welsh, '.say-first'))).to.contain('Gallwch chi ddweud “pas” unrhyw bryd');
    expect(text($(welsh, '#pick-title'))).to.not.equal('');
    $<HTMLDetailsElement>(welsh, 'details.browse').open = true;
    await settle(welsh);
    await expect(welsh).to.be.accessible();
  });

  it('always says, before anything else, that anyone can pass', async () => {
    const element = await picker();
    const card = $(element, '.icebreaker');
    expect(text(card.querySelector('.say-first'))).to.equal(
      'Say this first Join in only if you want to. You can say “pass” at any time, and you don’t need to give a reason. ' +
        'Use first names only. Nobody needs to say their job title.',
    );
    // Before the steps.
    expect(
      card.querySelector('.say-first')!.compareDocumentPosition(card.querySelector('ol')!) &
        Node.DOCUMENT_POSITION_FOLLOWING,
    ).to.not.equal(0);
  });

  it('can be used from the keyboard alone: the meeting, another suggestion, the list, a choice and the turns', async () => {
    const element = await picker();
    $(element, '#minutes').focus();
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: '90' });
    await tabTo(element, '#group-size');
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: '6' });
    await tabTo(element, '#setting-hybrid');
    await sendKeys({ press: 'ArrowRight' });
    await settle(element);
    expect(element.meeting.setting).to.equal('in-person');
    await tabTo(element, '#some-not-speaking');
    await sendKeys({ press: ' ' });
    await settle(element);
    expect(element.meeting).to.deep.include({ minutes: 90, groupSize: 6, someNotSpeaking: true });
    await tabTo(element, '#another');
    const before = element.picked!.id;
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(element.picked!.id).to.not.equal(before);
    expect(focused(element)).to.equal($(element, '#another'));
    await tabTo(element, 'summary');
    await sendKeys({ press: 'Enter' });
    await settle(element);
    await sendKeys({ press: 'Tab' });
    expect(focused(element)!.hasAttribute('data-choose')).to.equal(true);
    const id = (focused(element) as HTMLElement).dataset.choose;
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(element.picked!.id).to.equal(id);
    expect(focused(element)).to.equal($(element, '#pick-title'));
    await tabTo(element, '#turns-start');
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(text($(element, '.whose'))).to.equal('Person 1 of 6');
  });

  it('fits a 320 px wide screen, with every control big enough to press', () =>
    atViewport(320, 640, async () => {
      const element = await picker();
      $<HTMLDetailsElement>(element, 'details.browse').open = true;
      $(element, '#turns-start').click();
      await settle(element);
      expect(overflowsHorizontally(element)).to.equal(false);
      // A radio button's target is its whole label.
      expectBigEnoughToPress($$(element, 'button, label.choice, summary, input:not([type="radio"])'));
    }));

  it('works at 200% text size', () => fitsAtDoubleTextSize(picker));

  it('is not changed by the page’s own styles', async () => {
    const element = await picker(html`<style>
      * {
        font-size: 8px !important;
        letter-spacing: 1em;
      }
      button {
        display: none;
      }
    </style>`);
    expect(getComputedStyle($(element, '#another')).display).to.not.equal('none');
    // Smaller text never reaches inside; spacing does, as a reader's own text-spacing settings must (WCAG 1.4.12).
    expect(parseFloat(getComputedStyle($(element, '.root')).fontSize)).to.be.at.least(16);
    expect(getComputedStyle($(element, '.root')).letterSpacing).to.equal(getComputedStyle(element).letterSpacing);
  });

  it('stays usable in forced colours: the time bar, the chosen setting and focus stay visible', function () {
    return inForcedColours(this, async () => {
      const element = await picker();
      $(element, '#turns-start').click();
      await settle(element);
      // The bar keeps its own system colours (the time left in CanvasText on Canvas) rather than the
      // browser's forced ones, which would paint it all one colour. Browsers do not report a progress
      // bar's inner parts, so its own box is what can be checked.
      const bar = getComputedStyle($(element, 'progress.bar'));
      expect(bar.forcedColorAdjust).to.equal('none');
      expect(bar.backgroundColor).to.equal(systemColour('Canvas'));
      expect(bar.borderTopColor).to.equal(systemColour('CanvasText'));
      const chosen = $<HTMLInputElement>(element, '#setting-hybrid');
      expectChoiceAndFocusVisible(chosen);
      await expect(element).to.be.accessible();
    });
  });

  it('has no motion when the person asks for reduced motion: the time bar steps instead of sliding', function () {
    return whileEmulating(this, { reducedMotion: 'reduce' }, async () => {
      const element = await picker();
      $(element, '#turns-start').click();
      await settle(element);
      expectNoMotion(element);
    });
  });

  it('prints the icebreaker alone: no questions, no list, no timer, nothing to press', async function () {
    const element = await picker();
    await whileEmulating(this, { media: 'print' }, async () => {
      for (const selector of ['.meeting', 'details.browse', '.turns', '#another']) {
        expect(getComputedStyle($(element, selector)).display, selector).to.equal('none');
      }
      expect(getComputedStyle($(element, '.icebreaker')).display).to.equal('block');
    });
  });
});
