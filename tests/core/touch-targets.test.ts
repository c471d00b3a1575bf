// On a touch screen, the things people press are at least 44 px tall (WCAG
// 2.5.5 AAA, the size GOV.UK and Apple recommend), so a shaky hand or a big
// finger on an old phone hits what it aims for. Chromium emulates touch
// through the DevTools protocol (it stays on for this file's page); Firefox is
// started with a touch screen (`browser-settings.ts`).
import { expect, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../support/setup.js';
import { browserSettings } from '../support/browser-settings.js';
import { $, $$, settle } from '../support/helpers.js';
import { agreement, openCard } from '../values-agreement/support.js';
import { decisionLog } from '../decision-log/support.js';
import { feedbackForm } from '../feedback-form/support.js';
import { icebreakerPicker } from '../icebreaker-picker/support.js';
import { openMark, scorer } from '../mark-scorer/support.js';
import { smallAgreement } from '../values-agreement/fixtures.js';

/** What a finger presses: a tick box is pressed through its label. */
const PRESSABLE = 'button, label.choice, summary, .field.checkbox > label, input[type="text"], select';

function expectTallEnough(element: Element) {
  const controls = $$(element, PRESSABLE).filter((control) => control.getClientRects().length > 0);
  expect(controls.length).to.be.greaterThan(2);
  for (const control of controls) {
    const name = `${control.localName}.${control.className} “${(control.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}”`;
    expect(Math.round(control.getBoundingClientRect().height), name).to.be.at.least(44);
  }
}

describe('On a touch screen', () => {
  before(async function () {
    const touch =
      browserSettings?.touch ??
      (await executeServerCommand<boolean, { active: boolean }>('emulate-touch', { active: true }));
    if (!touch || !matchMedia('(pointer: coarse)').matches) this.skip();
  });
  // The next test file gets this page: give it back its mouse.
  after(() => browserSettings ?? executeServerCommand('emulate-touch', { active: false }));

  it('<mark-scorer>: every control people press is at least 44 px tall', async () => {
    const element = await scorer(html`<mark-scorer mode="individual" participants="Ann, Ben"></mark-scorer>`);
    await openMark(element, 'listening');
    expectTallEnough(element);
  });

  it('<values-agreement>', async () => {
    const element = await agreement(
      html`<values-agreement participants="Ann, Ben" .data=${smallAgreement()}></values-agreement>`,
    );
    await openCard(element, 'trust');
    $(element, '#i-trust-person-0').click();
    await settle(element);
    expectTallEnough(element);
  });

  it('<decision-log>', async () => {
    const element = await decisionLog();
    $(element, '#record').click();
    await settle(element);
    expectTallEnough(element);
  });

  it('<icebreaker-picker>', async () => {
    const element = await icebreakerPicker();
    $(element, '#turns-start').click();
    await settle(element);
    expectTallEnough(element);
  });

  it('<feedback-form>', async () => {
    expectTallEnough(await feedbackForm());
  });
});
