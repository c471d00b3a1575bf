import { expect } from '@open-wc/testing';
import { a11ySnapshot, sendKeys } from '@web/test-runner-commands';
import '../support/setup.js';
import { $, $$, focused, html, recordEvents, settle, text } from '../support/helpers.js';
import { chooseScore, openMark, scorer, scorerRecordingErrors } from './support.js';
import type { MarkScorer } from '../../packages/mark-scorer/src/index.js';

const people = 'Ana, Ben, Cy, Dee, Eve';

async function scorePrivately(element: MarkScorer, markId: string, index: number, score: number | 'pass') {
  $(element, `#m-${markId}-person-${index}`).click();
  await settle(element);
  chooseScore(element, `m-${markId}-private-${index}`, score);
  await settle(element);
  $(element, `#m-${markId}-done-${index}`).click();
  await settle(element);
}

describe('<mark-scorer mode="individual">', () => {
  it('lists each person by name, with nothing about anyone’s score', async () => {
    const element = await scorer(html`<mark-scorer mode="individual" participants=${people}></mark-scorer>`);
    await openMark(element, 'listening');
    const names = $$(element, '#m-listening-card .person-name').map(text);
    expect(names).to.deep.equal(['Ana', 'Ben', 'Cy', 'Dee', 'Eve']);
    expect($$(element, '#m-listening-card input[type=radio]')).to.have.length(0);
    expect(text($(element, '#m-listening-summary .mark-status'))).to.equal('Answered: 0 of 5');
    await expect(element).to.be.accessible();
  });

  it('keeps each score out of the page and the accessibility tree until Reveal', async () => {
    const element = await scorer(html`<mark-scorer mode="individual" participants=${people}></mark-scorer>`);
    const scores = recordEvents(element, 'mark-scored');
    await openMark(element, 'listening');
    await scorePrivately(element, 'listening', 0, 3);
    expect(scores[0]!.detail).to.deep.equal({ markId: 'listening', participant: 'Ana', score: null, sealed: true });

    const card = $(element, '#m-listening-card');
    expect(card.querySelectorAll('input[type=radio]')).to.have.length(0);
    expect(text(card.querySelector('.people li:first-child'))).to.include('has answered');
    expect(text(card)).not.to.match(/\b3\b.*Ana|Ana.*\b3\b/);

    // Ben takes his turn: only his own, empty, choice is there.
    $(element, '#m-listening-person-1').click();
    await settle(element);
    const radios = [...card.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    expect(radios).to.have.length(11);
    expect(radios.every((radio) => radio.name === 'm-listening-private-1' && !radio.checked)).to.equal(true);
    expect(text(card.querySelector('legend'))).to.equal('Ben’s private score for “Listening”');
    await expect(element).to.be.accessible();

    if (!navigator.userAgent.includes('Firefox')) {
      const checkedInTree = async () => JSON.stringify(await a11ySnapshot({})).includes('"checked":true');
      expect(await checkedInTree()).to.equal(false);
      // The check can see a checked score: Ben's own, while he is choosing…
      chooseScore(element, 'm-listening-private-1', 6);
      await settle(element);
      expect(await checkedInTree()).to.equal(true);
      // …and once he presses Done, no score is left for anyone to find.
      $(element, '#m-listening-done-1').click();
      await settle(element);
      expect(await checkedInTree()).to.equal(false);
    }
  });

  it('works with the keyboard alone, and returns focus to the person’s button', async () => {
    const element = await scorer(html`<mark-scorer mode="individual" participants="Ana, Ben"></mark-scorer>`);
    await openMark(element, 'listening');
    const anaButton = $<HTMLButtonElement>(element, '#m-listening-person-0');
    expect(text(anaButton)).to.equal('Score privately as Ana');
    anaButton.focus();
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect((focused(element) as HTMLInputElement).name).to.equal('m-listening-private-0');
    await sendKeys({ press: ' ' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Tab' });
    expect(text(focused(element))).to.equal('Done – hide my score');
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(focused(element)?.id).to.equal('m-listening-person-0');
    expect(text(focused(element))).to.equal('Change Ana’s score');
    expect(text($(element, '.visually-hidden[role=status]'))).to.equal('Ana’s score is saved and hidden.');
    // Kept, and private until Reveal.
    expect(element.data.marks.find((mark) => mark.id === 'listening')!.individual).to.deep.equal({});
    $<HTMLButtonElement>(element, '#m-listening-card .individual button.primary').click();
    await settle(element);
    expect(element.data.marks.find((mark) => mark.id === 'listening')!.individual).to.deep.equal({ Ana: 2 });
  });

  it('Reveal shows the spread as dots and words, counts a pass apart, then the group agrees a score', async () => {
    const element = await scorer(html`<mark-scorer mode="individual" participants=${people}></mark-scorer>`);
    await openMark(element, 'listening');
    await scorePrivately(element, 'listening', 0, 3);
    await scorePrivately(element, 'listening', 1, 7);
    await scorePrivately(element, 'listening', 2, 'pass');
    await scorePrivately(element, 'listening', 3, 8);
    $<HTMLButtonElement>(element, '#m-listening-card .individual button.primary').click();
    await settle(element);

    const spread = $(element, '#m-listening-spread');
    expect(focused(element)).to.equal(spread);
    expect(text(spread.querySelector('.spread-text'))).to.equal(
      '3 scores: 3, 7 and 8. Lowest 3, middle 7, highest 8. 1 person passed. 1 person has not answered.',
    );
    expect(spread.querySelectorAll('svg circle')).to.have.length(3);
    expect(spread.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    await expect(element).to.be.accessible();

    chooseScore(element, 'm-listening-agreed', 6);
    await settle(element);
    const mark = element.data.marks.find((candidate) => candidate.id === 'listening')!;
    expect(mark.agreed).to.equal(6);
    expect(mark.individual).to.deep.equal({ Ana: 3, Ben: 7, Cy: 'pass', Dee: 8 });
    expect(text($(element, '#m-listening-summary .mark-status'))).to.equal('Our score: 6 out of 10');
  });

  it('"Score again" clears the private scores so the group can score afresh', async () => {
    const element = await scorer(html`<mark-scorer mode="individual" participants="Ana, Ben"></mark-scorer>`);
    await openMark(element, 'power');
    await scorePrivately(element, 'power', 0, 5);
    $<HTMLButtonElement>(element, '#m-power-card .individual button.primary').click();
    await settle(element);
    $<HTMLButtonElement>(element, '#m-power-spread button').click();
    await settle(element);
    expect(element.data.marks.find((mark) => mark.id === 'power')).to.include({ revealed: false });
    expect(element.data.marks.find((mark) => mark.id === 'power')!.individual).to.deep.equal({});
    // The button pressed has gone with the spread: focus moves on to the next thing to press, not to the page.
    expect(focused(element)?.id).to.equal('m-power-person-0');
    expect(text(focused(element))).to.equal('Score privately as Ana');
  });

  it('without names, explains what is needed instead of failing', async () => {
    const element = await scorer(html`<mark-scorer mode="individual"></mark-scorer>`);
    await openMark(element, 'listening');
    expect(text($(element, '#m-listening-card .notice'))).to.equal(
      'To score privately, add the people here today under “Who is scoring”.',
    );
  });

  it('reports a name listed twice, and lists the person once', async () => {
    const { element, errors } = await scorerRecordingErrors(
      '<mark-scorer mode="individual" participants="Ana, ana , Ben,,"></mark-scorer>',
    );
    await openMark(element, 'listening');
    expect($$(element, '#m-listening-card .person-name').map(text)).to.deep.equal(['Ana', 'Ben']);
    expect(text($(element, '#problems'))).to.include('“ana” is in the list of names twice');
    expect(errors[0]!.detail.code).to.equal('invalid-attribute');
  });
});
