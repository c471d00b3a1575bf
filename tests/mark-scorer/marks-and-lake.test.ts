import { expect } from '@open-wc/testing';
import '../support/setup.js';
import { $, $$, focused, html, settle, submitText, text, typeAndLeave } from '../support/helpers.js';
import { openMark, scorer } from './support.js';

describe('<mark-scorer> the group’s own marks', () => {
  it('adds a mark of the group’s own to the stage on show, opened and focused', async () => {
    const element = await scorer();
    await submitText(element, '#new-mark-description', 'We eat together first');
    await submitText(element, '#new-mark-name', '  Sharing food ');
    const added = element.data.marks.at(-1)!;
    expect(added).to.include({
      name: 'Sharing food',
      description: 'We eat together first',
      stage: 'process',
      preset: false,
    });
    expect($$(element, 'details.mark .mark-name').map(text).at(-1)).to.equal('Sharing food');
    expect($<HTMLDetailsElement>(element, `#m-${added.id}-card`).open).to.equal(true);
    expect(focused(element)?.id).to.equal(`m-${added.id}-summary`);
  });

  it('asks for a name, and keeps what was typed in the description', async () => {
    const element = await scorer();
    $<HTMLTextAreaElement>(element, '#new-mark-description').value = 'Kept';
    await submitText(element, '#new-mark-name', '');
    expect(text($(element, '#new-mark-name-error'))).to.equal('Error: Enter a name for the mark');
    expect($<HTMLTextAreaElement>(element, '#new-mark-description').value).to.equal('Kept');
    // The form's error summary takes focus and lists the problem; its link leads to the field.
    expect(focused(element)?.id).to.equal('add-mark-errors');
    expect(text($(element, '#add-mark-errors'))).to.equal('There is a problem Enter a name for the mark');
    await expect(element).to.be.accessible();
    $(element, '#add-mark-errors a').click();
    expect(focused(element)?.id).to.equal('new-mark-name');
  });

  it('removes a mark of its own, and offers to undo it', async () => {
    const element = await scorer();
    await submitText(element, '#new-mark-name', 'Sharing food');
    const id = element.data.marks.at(-1)!.id;
    await typeAndLeave(element, `#m-${id}-notes`, 'Important notes');
    $<HTMLButtonElement>(element, `#m-${id}-card .mark-actions button:last-child`).click();
    await settle(element);
    expect(element.data.marks.some((mark) => mark.id === id)).to.equal(false);
    expect(text($(element, '.notice p'))).to.equal('Removed the mark “Sharing food”.');
    expect(focused(element)?.id).to.equal('undo');
    await expect(element).to.be.accessible();
    $(element, '#undo').click();
    await settle(element);
    expect(element.data.marks.find((mark) => mark.id === id)!.notes).to.equal('Important notes');
  });

  it('hides a default mark (never removes it), and shows it again with its notes', async () => {
    const element = await scorer();
    await openMark(element, 'icebreakers');
    await typeAndLeave(element, '#m-icebreakers-notes', 'Keep these short');
    const buttons = $$<HTMLButtonElement>(element, '#m-icebreakers-card .mark-actions button').map(text);
    expect(buttons).to.deep.equal(['Change the wording “Icebreakers”', 'Hide this mark “Icebreakers”']);
    $$<HTMLButtonElement>(element, '#m-icebreakers-card .mark-actions button')[1]!.click();
    await settle(element);
    expect(element.shadowRoot!.querySelector('#m-icebreakers-card')).to.equal(null);
    expect(text($(element, '#hidden-marks-summary'))).to.equal('1 hidden mark');
    expect(focused(element)?.id).to.equal('hidden-marks-summary');
    $<HTMLButtonElement>(element, '.hidden-marks button').click();
    await settle(element);
    expect(element.data.marks.find((mark) => mark.id === 'icebreakers')).to.include({
      hidden: false,
      notes: 'Keep these short',
    });
    expect(focused(element)?.id).to.equal('m-icebreakers-summary');
  });

  it('rewords a default mark, and can go back to the original wording', async () => {
    const element = await scorer();
    await openMark(element, 'power');
    $$<HTMLButtonElement>(element, '#m-power-card .mark-actions button')[0]!.click();
    await settle(element);
    expect(focused(element)?.id).to.equal('m-power-name');
    await submitText(element, '#m-power-name', '  ');
    expect(text($(element, '#m-power-name-error'))).to.equal('Error: Enter a name for the mark');
    expect(focused(element)?.id).to.equal('m-power-wording-errors');
    expect(element.data.marks.find((mark) => mark.id === 'power')!.name).to.equal(undefined);
    await submitText(element, '#m-power-name', 'Who gets a say');
    expect(text($(element, '#m-power-summary .mark-name'))).to.equal('Who gets a say');
    const restore = $$<HTMLButtonElement>(element, '#m-power-card .mark-actions button').find((button) =>
      text(button).startsWith('Go back'),
    )!;
    restore.click();
    await settle(element);
    expect(text($(element, '#m-power-summary .mark-name'))).to.equal('Thinking and talking about power');
  });
});

describe('<mark-scorer> lake of ideas', () => {
  it('keeps ideas tagged with their stage, whichever stage is showing', async () => {
    const element = await scorer();
    $<HTMLSelectElement>(element, '#idea-stage').value = 'review';
    await submitText(element, '#idea-text', 'Ask people how the meeting times worked');
    expect(text($(element, '.lake h4'))).to.equal('Review');
    expect(text($(element, '.lake li .item-text'))).to.equal('Ask people how the meeting times worked');
    expect(text($(element, '.visually-hidden[role=status]'))).to.equal('Idea added to the lake, for Review.');
    element.stage = 'planning';
    await settle(element);
    expect(text($(element, '.lake li .item-text'))).to.equal('Ask people how the meeting times worked');
    expect($<HTMLSelectElement>(element, '#idea-stage').value).to.equal('planning');
    await expect(element).to.be.accessible();
  });

  it('refuses an empty idea, and removes an idea on request', async () => {
    const element = await scorer();
    await submitText(element, '#idea-text', '');
    expect(text($(element, '#idea-text-error'))).to.equal('Error: Enter your idea');
    await submitText(element, '#idea-text', 'An idea');
    $<HTMLButtonElement>(element, '.lake li button').click();
    await settle(element);
    expect(element.data.ideas).to.deep.equal([]);
    expect(text($(element, '.lake .empty'))).to.equal('No ideas in the lake yet.');
  });
});

describe('<mark-scorer> hostile text', () => {
  it('shows markup and scripts typed anywhere as plain text', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    const element = await scorer(html`<mark-scorer mode="individual" participants=${`<b>Ana</b>, Ben`}></mark-scorer>`);
    await submitText(element, '#new-mark-name', hostile);
    const id = element.data.marks.at(-1)!.id;
    await submitText(element, `#m-${id}-ladders-new`, hostile);
    await submitText(element, '#idea-text', hostile);
    await settle(element);
    expect(element.shadowRoot!.querySelector('img, script:not([type]), b')).to.equal(null);
    expect(text($(element, `#m-${id}-summary .mark-name`))).to.equal(hostile);
    expect(text($(element, `#m-${id}-card .person-name`))).to.equal('<b>Ana</b>');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});
