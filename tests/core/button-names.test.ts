// A screen reader's list of buttons, or voice control ("click Add"), needs
// each button to say what it does: never a bare "Add", "Change" or
// "Remove" that could be any of several.
import { expect, html } from '@open-wc/testing';
import '../support/setup.js';
import { $, $$, settle, text } from '../support/helpers.js';
import { agreement, openCard } from '../values-agreement/support.js';
import { decisionLog } from '../decision-log/support.js';
import { feedbackForm } from '../feedback-form/support.js';
import { icebreakerPicker } from '../icebreaker-picker/support.js';
import { openMark, scorer } from '../mark-scorer/support.js';
import { smallAgreement } from '../values-agreement/fixtures.js';

const BARE = {
  en: ['Add', 'Change', 'Remove', 'Save', 'Delete', 'Edit', 'OK', 'Go', 'Submit'],
  cy: ['Ychwanegu', 'Newid', 'Tynnu', 'Cadw', 'Dileu', 'Golygu', 'Iawn', 'Cyflwyno'],
};

/** Each button's name as a screen reader gives it: its text, with any words only screen readers get. */
const buttonNames = (element: Element) =>
  $$<HTMLButtonElement>(element, 'button').map((button) => button.getAttribute('aria-label') ?? text(button));

function expectNamed(element: Element, locale: 'en' | 'cy') {
  const names = buttonNames(element);
  expect(names.length).to.be.greaterThan(3);
  for (const name of names) expect(BARE[locale], `a button named only “${name}”`).not.to.include(name);
}

for (const locale of ['en', 'cy'] as const) {
  describe(`Every button says what it does (${locale})`, () => {
    it('<mark-scorer>', async () => {
      const element = await scorer(html`<mark-scorer locale=${locale}></mark-scorer>`);
      await openMark(element, 'listening');
      expectNamed(element, locale);
    });

    it('<values-agreement>', async () => {
      const element = await agreement(
        html`<values-agreement locale=${locale} participants="Ann, Ben" .data=${smallAgreement()}></values-agreement>`,
      );
      await openCard(element, 'trust');
      expectNamed(element, locale);
    });

    it('<decision-log>', async () => {
      const element = await decisionLog(html`<decision-log locale=${locale}></decision-log>`);
      await settle(element);
      expectNamed(element, locale);
    });

    it('<icebreaker-picker>', async () => {
      expectNamed(await icebreakerPicker(html`<icebreaker-picker locale=${locale}></icebreaker-picker>`), locale);
    });

    it('<feedback-form>', async () => {
      const element = await feedbackForm(html`<feedback-form locale=${locale}></feedback-form>`);
      const names = buttonNames(element);
      for (const name of names) expect(BARE[locale], `a button named only “${name}”`).not.to.include(name);
    });
  });
}

describe('Two messages on screen at once', () => {
  it('have buttons with different names: the problems box’s and the Undo notice’s', async () => {
    const element = await scorer(html`<mark-scorer stage="lunch"></mark-scorer>`);
    $<HTMLInputElement>(element, '#new-mark-name').value = 'Sharing food';
    $<HTMLFormElement>(element, '#add-mark').requestSubmit();
    await settle(element);
    const id = element.data.marks.at(-1)!.id;
    await openMark(element, id);
    $$<HTMLButtonElement>(element, `#m-${id}-card .mark-actions button`)
      .find((button) => text(button).startsWith('Remove'))!
      .click();
    await settle(element);
    const names = buttonNames(element);
    expect(names).to.include('Hide this problem');
    expect(names).to.include('Hide this message');
    expect(names.filter((name) => name === 'Hide this message')).to.have.length(1);
  });
});
