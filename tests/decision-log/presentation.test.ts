import { expect } from '@open-wc/testing';
import '../support/setup.js';
import type { DecisionLog } from '../../packages/decision-log/src/index.js';
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
import { $, $$, html, settle, text, waitFor } from '../support/helpers.js';
import { decisionLog, decisionLogRecordingErrors, drawn } from './support.js';
import { longLog, smallLog } from './fixtures.js';

/** The log with a correction in the café's history, so the decision page shows every kind of entry. */
function correctedLog() {
  const log = smallLog();
  const cafe = log.decisions[0]!;
  const { id: _id, recordedAt: _recordedAt, history: _history, ...before } = cafe;
  cafe.history.push({
    type: 'edited',
    at: '2026-04-10T10:00:00.000Z',
    before: { ...before, title: 'Open on Saturdays' },
  });
  return log;
}

async function log(extra = html``): Promise<DecisionLog> {
  const element = await decisionLog(html`<div>${extra}<decision-log .data=${correctedLog()}></decision-log></div>`);
  await drawn(element);
  return element;
}

async function openCafe(element: DecisionLog) {
  $(element, '#open-cafe').click();
  await settle(element);
}

describe('<decision-log> on screen and on paper', () => {
  it('every state passes the accessibility checks, in light and dark', async () => {
    const element = await log();
    await expectAccessibleInLightAndDark(element);

    // The timeline.
    $(element, '#view-timeline').click();
    await drawn(element);
    await expect(element).to.be.accessible();
    // Nothing found.
    const search = $<HTMLInputElement>(element, '#search');
    search.value = 'nothing at all';
    search.dispatchEvent(new Event('input'));
    await drawn(element);
    await expect(element).to.be.accessible();
    search.value = '';
    search.dispatchEvent(new Event('input'));
    $(element, '#view-list').click();
    await drawn(element);

    // A decision in full, with updates and a correction in its history.
    await openCafe(element);
    expect($$(element, '.history .before')).to.have.length(1);
    await expect(element).to.be.accessible();
    // The update forms with their errors.
    $<HTMLButtonElement>(element, '.update:has(#u-note) button[type="submit"]').click();
    $<HTMLButtonElement>(element, '.update:has(#o-text) button[type="submit"]').click();
    await settle(element);
    expect($$(element, '.field-error')).to.have.length(3);
    await expect(element).to.be.accessible();
    // Correcting, with a vote's fields showing.
    $(element, '#correct').click();
    await settle(element);
    await expect(element).to.be.accessible();
  });

  it('the record form with every error, an empty log and the read-only log pass too', async () => {
    const empty = await decisionLog();
    expect(text($(empty, '.empty'))).to.equal('No decisions recorded yet.');
    await expect(empty).to.be.accessible();
    $(empty, '#record').click();
    await settle(empty);
    $(empty, '#f-method-not-ours').click();
    $<HTMLInputElement>(empty, '#f-review-day').value = '40';
    $<HTMLButtonElement>(empty, '.decision-form button[type="submit"]').click();
    await settle(empty);
    expect($$(empty, '.field-error').length).to.be.at.least(4);
    await expect(empty).to.be.accessible();

    const welsh = await decisionLog(
      html`<decision-log locale="cy" src="/tests/decision-log/files/log.json"></decision-log>`,
    );
    await waitFor(() => welsh.data.decisions.length > 0);
    await drawn(welsh);
    await expect(welsh).to.be.accessible();
  });

  it('the public board, with and without names, empty, and with a problem, passes too', async () => {
    const board = await decisionLog(html`<decision-log public show-names .data=${smallLog()}></decision-log>`);
    await drawn(board);
    await expect(board).to.be.accessible();
    const empty = await decisionLog(html`<decision-log public></decision-log>`);
    expect(text($(empty, '.empty'))).to.equal('There is nothing to show here yet.');
    await expect(empty).to.be.accessible();
    const broken = await decisionLogRecordingErrors(
      '<decision-log public src="/tests/decision-log/files/not-a-log.json"></decision-log>',
    );
    await waitFor(() => broken.errors.length > 0);
    await settle(broken.element);
    expect(text($(broken.element, '#problems'))).to.contain('aren’t in the right form');
    await expect(broken.element).to.be.accessible();
  });

  it('fits a 320 px wide screen, with every control big enough to press', () =>
    atViewport(320, 640, async () => {
      const element = await log();
      expect(overflowsHorizontally(element)).to.equal(false);
      await openCafe(element);
      expect(overflowsHorizontally(element)).to.equal(false);
      expectBigEnoughToPress($$(element, 'button, label.choice'));
    }));

  it('works at 200% text size', () => fitsAtDoubleTextSize(log));

  it('stays usable in forced colours: the chosen option and focus stay visible', function () {
    return inForcedColours(this, async () => {
      const element = await log();
      await openCafe(element);
      const radio = $<HTMLInputElement>(element, '#u-status-done');
      radio.click();
      await settle(element);
      expectChoiceAndFocusVisible(radio);
      await expect(element).to.be.accessible();
    });
  });

  it('has no motion when the person asks for reduced motion', function () {
    return whileEmulating(this, { reducedMotion: 'reduce' }, async () => expectNoMotion(await log()));
  });

  it('prints every decision found in full, with nothing to press', async function () {
    const element = await decisionLog(html`<decision-log .data=${longLog(60)}></decision-log>`);
    await drawn(element);
    await whileEmulating(this, { media: 'print' }, async () => {
      window.dispatchEvent(new Event('beforeprint'));
      await settle(element);
      expect($$(element, '.found .card')).to.have.length(60);
      expect($$(element, 'button').every((button) => getComputedStyle(button).display === 'none')).to.equal(true);
      expect(getComputedStyle($(element, '.finder')).display).to.equal('none');
      window.dispatchEvent(new Event('afterprint'));
      await drawn(element);
      expect($$(element, '.found .card')).to.have.length(0);
    });
  });
});
