import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../support/setup.js';
import { $, focused, html, recordEvents, settle, text } from '../support/helpers.js';
import { openMark, scorer, chooseScore } from './support.js';

describe('<mark-scorer> group scoring, keyboard only', () => {
  it('a person can open a mark, write notes, add a ladder and a snake, and score it, with the keyboard alone', async () => {
    const element = await scorer(html`<div><button id="before">Before</button><mark-scorer></mark-scorer></div>`);
    const scores = recordEvents(element, 'mark-scored');
    const changes = recordEvents(element, 'mark-scorer-change');
    (element.parentElement!.querySelector('#before') as HTMLButtonElement).focus();

    // The credit to Research in Practice comes first, then the marks.
    await sendKeys({ press: 'Tab' });
    expect(text(focused(element))).to.equal('Research in Practice (opens in a new tab)');
    await sendKeys({ press: 'Tab' });
    expect(focused(element)?.id).to.equal('m-listening-summary');
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect($<HTMLDetailsElement>(element, '#m-listening-card').open).to.equal(true);

    await sendKeys({ press: 'Tab' }); // "More about this mark"
    expect(text(focused(element))).to.equal('More about this mark');
    await sendKeys({ press: 'Tab' });
    expect(focused(element)?.id).to.equal('m-listening-notes');
    await sendKeys({ type: 'We meet in a circle' });

    await sendKeys({ press: 'Tab' });
    expect(focused(element)?.id).to.equal('m-listening-ladders-new');
    await sendKeys({ type: 'A listening circle' });
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(text($(element, '#m-listening-card .ladders li .item-text'))).to.equal('A listening circle');
    expect(focused(element)?.id).to.equal('m-listening-ladders-new');
    expect($<HTMLInputElement>(element, '#m-listening-ladders-new').value).to.equal('');

    await sendKeys({ press: 'Tab' }); // its Add button
    await sendKeys({ press: 'Tab' }); // the snake field
    expect(focused(element)?.id).to.equal('m-listening-snakes-new');
    await sendKeys({ type: 'Too little time' });
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(text($(element, '#m-listening-card .snakes li .item-text'))).to.equal('Too little time');

    await sendKeys({ press: 'Tab' }); // Add
    await sendKeys({ press: 'Tab' }); // into the radio group
    const radio = focused(element) as HTMLInputElement;
    expect(radio.type).to.equal('radio');
    expect(radio.closest('fieldset')!.querySelector('legend')!.textContent).to.include('Listening');
    await sendKeys({ press: ' ' });
    for (let step = 0; step < 6; step++) await sendKeys({ press: 'ArrowRight' });
    await settle(element);
    expect(element.data.marks.find((mark) => mark.id === 'listening')!.agreed).to.equal(7);
    // Space chose 1 and was reported; the scores arrowed past wait until the choice settles, on leaving the group.
    expect(scores.map((event) => event.detail.score)).to.deep.equal([1]);
    await sendKeys({ press: 'Tab' });
    await settle(element);
    expect(scores.at(-1)!.detail).to.deep.equal({ markId: 'listening', participant: null, score: 7, sealed: false });
    expect(text($(element, '#m-listening-summary .mark-status'))).to.equal('Our score: 7 out of 10');

    const listening = element.data.marks.find((mark) => mark.id === 'listening')!;
    expect(listening.notes).to.equal('We meet in a circle');
    expect(listening.ladders.map((item) => item.text)).to.deep.equal(['A listening circle']);
    expect(listening.snakes.map((item) => item.text)).to.deep.equal(['Too little time']);
    expect(changes.length).to.be.greaterThan(0);
    expect(changes.at(-1)!.detail.data.marks.find((mark) => mark.id === 'listening')!.agreed).to.equal(7);
    await expect(element).to.be.accessible();
  });

  it('"pass" is a choice of its own, not a low score', async () => {
    const element = await scorer();
    const scores = recordEvents(element, 'mark-scored');
    await openMark(element, 'power');
    chooseScore(element, 'm-power-agreed', 'pass');
    await settle(element);
    expect(element.data.marks.find((mark) => mark.id === 'power')!.agreed).to.equal('pass');
    expect(scores[0]!.detail).to.deep.equal({ markId: 'power', participant: null, score: 'pass', sealed: false });
    expect(text($(element, '#m-power-summary .mark-status'))).to.equal('Passed');
    const pass = $<HTMLInputElement>(element, 'input[name="m-power-agreed"][value="pass"]');
    expect(pass.checked).to.equal(true);
    expect(text(pass.closest('label'))).to.equal('Pass – not scored');
  });

  it('says nothing extra when a score is chosen: the screen reader already says the radio', async () => {
    const element = await scorer();
    await openMark(element, 'listening');
    chooseScore(element, 'm-listening-agreed', 4);
    await settle(element);
    expect(text($(element, '.visually-hidden[role=status]'))).to.equal('');
    expect(text($(element, '#m-listening-summary .mark-status'))).to.equal('Our score: 4 out of 10');
  });

  it('notes typed are kept even if the page closes before the field is left', async () => {
    const element = await scorer(html`<mark-scorer storage-key="notes-flush"></mark-scorer>`);
    await openMark(element, 'listening');
    const notes = $<HTMLTextAreaElement>(element, '#m-listening-notes');
    notes.value = 'Half a thought';
    notes.dispatchEvent(new Event('input', { bubbles: true }));
    window.dispatchEvent(new Event('pagehide'));
    const stored = JSON.parse(localStorage.getItem('coproduce:notes-flush')!);
    expect(stored.data.marks.find((mark: { id: string }) => mark.id === 'listening').notes).to.equal('Half a thought');
  });
});
