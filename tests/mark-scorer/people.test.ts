// The group keeps its own list of people: editing a CMS page before every
// meeting is not realistic. Names can be added, changed and marked "not here
// today" inside the element; the page's attribute still works.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../support/setup.js';
import type { MarkScorer } from '../../packages/mark-scorer/src/index.js';
import { $, $$, focused, html, settle, submitText, text } from '../support/helpers.js';
import { chooseScore, openMark, scorer } from './support.js';

const names = (element: MarkScorer) => $$(element, '.people-section .person-name').map(text);

async function scorePrivately(element: MarkScorer, index: number, score: number) {
  $(element, `#m-listening-person-${index}`).click();
  await settle(element);
  chooseScore(element, `m-listening-private-${index}`, score);
  await settle(element);
  $(element, `#m-listening-done-${index}`).click();
  await settle(element);
}

describe('<mark-scorer mode="individual">: the group’s own list of people', () => {
  it('adds people on screen, after the page’s names, and keeps them with the session', async () => {
    const element = await scorer(
      html`<mark-scorer mode="individual" participants="Ann" storage-key="people"></mark-scorer>`,
    );
    expect(names(element)).to.deep.equal(['Ann']);
    await submitText(element, '#person-new', 'Bo');
    await submitText(element, '#person-new', 'Cat');
    expect(names(element)).to.deep.equal(['Ann', 'Bo', 'Cat']);
    expect(element.data.participants).to.deep.equal(['Bo', 'Cat']);
    expect(focused(element)?.id).to.equal('person-new');
    await openMark(element, 'listening');
    expect($$(element, '#m-listening-card .person-name').map(text)).to.deep.equal(['Ann', 'Bo', 'Cat']);
    // A name already there is refused at the field, with the form's summary.
    await submitText(element, '#person-new', 'bo');
    expect(text($(element, '#person-new-error'))).to.equal('Error: That name is already in the list');
    expect(focused(element)?.id).to.equal('add-person-errors');
    await expect(element).to.be.accessible();
    element.remove();
    const again = await scorer(
      html`<mark-scorer mode="individual" participants="Ann" storage-key="people"></mark-scorer>`,
    );
    expect(names(again)).to.deep.equal(['Ann', 'Bo', 'Cat']);
  });

  it('someone not here today is not asked to score, and is not counted as missing', async () => {
    const element = await scorer(html`<mark-scorer mode="individual" participants="Ann, Bo, Cat"></mark-scorer>`);
    await openMark(element, 'listening');
    expect(text($(element, '#m-listening-summary .mark-status'))).to.equal('Answered: 0 of 3');
    $<HTMLInputElement>(element, '#person-2-absent').click();
    await settle(element);
    expect(element.data.absent).to.deep.equal(['Cat']);
    expect(text($(element, '.people-section .person:nth-child(3) .person-answer'))).to.equal('not here today');
    expect($$(element, '#m-listening-card .person-name').map(text)).to.deep.equal(['Ann', 'Bo']);
    expect(text($(element, '#m-listening-summary .mark-status'))).to.equal('Answered: 0 of 2');
    await scorePrivately(element, 0, 4);
    await scorePrivately(element, 1, 6);
    $<HTMLButtonElement>(element, '#m-listening-card .individual button.primary').click();
    await settle(element);
    expect(text($(element, '#m-listening-spread .spread-text'))).to.equal(
      '2 scores: 4 and 6. Lowest 4, middle 5, highest 6.',
    );
    await expect(element).to.be.accessible();
  });

  it('changes a name the group added, with the keyboard, and the person’s private score goes with them', async () => {
    const element = await scorer(html`<mark-scorer mode="individual" participants="Ann"></mark-scorer>`);
    await submitText(element, '#person-new', 'Bo');
    await openMark(element, 'listening');
    await scorePrivately(element, 1, 7);
    expect(
      $$(element, '.people-section .person')[0]!.querySelector('button'),
      'the page’s names are the page’s to change',
    ).to.equal(null);
    $(element, '#person-1-rename').focus();
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(focused(element)?.id).to.equal('person-1-name');
    await sendKeys({ press: 'End' });
    await sendKeys({ type: 'bby' });
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(names(element)).to.deep.equal(['Ann', 'Bobby']);
    expect(focused(element)?.id).to.equal('person-1-rename');
    expect(text($(element, '[role=status].visually-hidden'))).to.equal('Bo is now called Bobby.');
    $<HTMLButtonElement>(element, '#m-listening-card .individual button.primary').click();
    await settle(element);
    expect(element.data.marks.find((mark) => mark.id === 'listening')!.individual).to.deep.equal({ Bobby: 7 });
  });

  it('removes someone the group added, and Escape leaves a name unchanged', async () => {
    const element = await scorer(html`<mark-scorer mode="individual"></mark-scorer>`);
    await submitText(element, '#person-new', 'Dee');
    $(element, '#person-0-rename').click();
    await settle(element);
    await sendKeys({ press: 'Escape' });
    await settle(element);
    expect(names(element)).to.deep.equal(['Dee']);
    expect(focused(element)?.id).to.equal('person-0-rename');
    $$<HTMLButtonElement>(element, '.people-section .person button')
      .find((button) => text(button).startsWith('Remove'))!
      .click();
    await settle(element);
    expect(names(element)).to.deep.equal([]);
    expect(focused(element)?.id).to.equal('person-new');
  });

  it('is shown only when people score privately', async () => {
    const element = await scorer();
    expect(element.shadowRoot!.querySelector('.people-section')).to.equal(null);
  });
});
