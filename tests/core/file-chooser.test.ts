// A browser draws its file input's button in its own language ("Choose File"),
// whatever the page's. Elements show their own button instead, from their
// catalogue, and it opens the same chooser from the mouse or the keyboard.
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../support/setup.js';
import { $, focused, text } from '../support/helpers.js';
import { agreement } from '../values-agreement/support.js';
import { scorer } from '../mark-scorer/support.js';

/** Records which file inputs are asked to open their chooser, without opening one. */
function catchChooserOpening(): { opened: HTMLInputElement[]; stop: () => void } {
  const opened: HTMLInputElement[] = [];
  const click = HTMLInputElement.prototype.click;
  HTMLInputElement.prototype.click = function (this: HTMLInputElement) {
    if (this.type === 'file') opened.push(this);
    else click.call(this);
  };
  return { opened, stop: () => (HTMLInputElement.prototype.click = click) };
}

describe('Opening a saved copy', () => {
  it('is a button in the page’s language, never the browser’s “Choose File”, and works from the keyboard', async () => {
    const element = await scorer(html`<mark-scorer locale="cy"></mark-scorer>`);
    const input = $<HTMLInputElement>(element, '#open-file');
    expect(input.type).to.equal('file');
    expect(input.getBoundingClientRect().width, 'the browser’s own control is not shown').to.equal(0);
    const button = $<HTMLButtonElement>(element, '#open-file-button');
    expect(text(button)).to.equal('Agor copi wedi’i gadw');
    expect(button.getAttribute('aria-describedby')).to.equal('open-file-hint');
    const chooser = catchChooserOpening();
    try {
      button.focus();
      await sendKeys({ press: 'Enter' });
      expect(chooser.opened).to.deep.equal([input]);
      expect(focused(element)).to.equal(button);
    } finally {
      chooser.stop();
    }
    await expect(element).to.be.accessible();
  });

  it('in English too, and in every element that keeps a document', async () => {
    const element = await agreement(html`<values-agreement></values-agreement>`);
    expect(text($(element, '#open-file-button'))).to.equal('Open a saved copy');
  });
});
