import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../support/setup.js';
import { $, $$, focused, settle, submitText, text } from '../support/helpers.js';
import { openMark, scorer } from './support.js';

describe('<mark-scorer> ladders and snakes', () => {
  it('refuses an empty item with a clear message next to the field, GOV.UK style', async () => {
    const element = await scorer();
    await openMark(element, 'listening');
    await submitText(element, '#m-listening-ladders-new', '   ');
    const input = $<HTMLInputElement>(element, '#m-listening-ladders-new');
    const error = $(element, '#m-listening-ladders-new-error');
    expect(text(error)).to.equal('Error: Enter what you want to add');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.include('m-listening-ladders-new-error');
    // The form's error summary takes focus; its link leads to the field.
    expect(focused(element)?.id).to.equal('m-listening-ladders-add-errors');
    $(element, '#m-listening-ladders-add-errors a').click();
    expect(focused(element)?.id).to.equal(input.id);
    expect(element.data.marks.find((mark) => mark.id === 'listening')!.ladders).to.deep.equal([]);
    await expect(element).to.be.accessible();
    await submitText(element, '#m-listening-ladders-new', 'Now with words');
    expect(element.shadowRoot!.querySelector('#m-listening-ladders-new-error')).to.equal(null);
  });

  it('rewords an item with the keyboard; Escape cancels; focus returns to its Change button', async () => {
    const element = await scorer();
    await openMark(element, 'listening');
    await submitText(element, '#m-listening-snakes-new', 'First wording');
    const [item] = element.data.marks.find((mark) => mark.id === 'listening')!.snakes;
    const change = $<HTMLButtonElement>(element, `#m-listening-snakes-${item!.id}-edit`);
    expect(text(change)).to.equal('Change “First wording”');

    change.focus();
    await sendKeys({ press: 'Enter' });
    await settle(element);
    const input = focused(element) as HTMLInputElement;
    expect(input.value).to.equal('First wording');
    await expect(element).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await settle(element);
    expect(focused(element)?.id).to.equal(`m-listening-snakes-${item!.id}-edit`);

    await sendKeys({ press: 'Enter' });
    await settle(element);
    (focused(element) as HTMLInputElement).select();
    await sendKeys({ type: 'Better wording' });
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(element.data.marks.find((mark) => mark.id === 'listening')!.snakes[0]!.text).to.equal('Better wording');
    expect(focused(element)?.id).to.equal(`m-listening-snakes-${item!.id}-edit`);
  });

  it('will not reword an item to nothing: the error shows on the field and the old wording stays', async () => {
    const element = await scorer();
    await openMark(element, 'listening');
    await submitText(element, '#m-listening-ladders-new', 'Keep me');
    const [item] = element.data.marks.find((mark) => mark.id === 'listening')!.ladders;
    $<HTMLButtonElement>(element, `#m-listening-ladders-${item!.id}-edit`).click();
    await settle(element);
    const input = focused(element) as HTMLInputElement;
    input.select();
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(text($(element, `#${input.id}-error`))).to.equal('Error: Enter what you want to add');
    expect(focused(element)?.id).to.equal(`m-listening-ladders-${item!.id}-form-errors`);
    expect(element.data.marks.find((mark) => mark.id === 'listening')!.ladders[0]!.text).to.equal('Keep me');
    await expect(element).to.be.accessible();
  });

  it('removes an item and moves focus to the next one, or to the add field', async () => {
    const element = await scorer();
    await openMark(element, 'listening');
    await submitText(element, '#m-listening-ladders-new', 'One');
    await submitText(element, '#m-listening-ladders-new', 'Two');
    const [one, two] = element.data.marks.find((mark) => mark.id === 'listening')!.ladders;
    const removeButtons = () => $$<HTMLButtonElement>(element, '#m-listening-card .ladders li button:last-child');
    removeButtons()[0]!.click();
    await settle(element);
    expect($$(element, '#m-listening-card .ladders li .item-text').map(text)).to.deep.equal(['Two']);
    expect(focused(element)?.id).to.equal(`m-listening-ladders-${two!.id}-edit`);
    expect(one).to.exist;
    removeButtons()[0]!.click();
    await settle(element);
    expect(focused(element)?.id).to.equal('m-listening-ladders-new');
    expect(text($(element, '#m-listening-card .ladders .empty'))).to.equal('No ladders yet.');
  });
});
