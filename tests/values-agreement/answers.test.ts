import { expect } from '@open-wc/testing';
import { a11ySnapshot, sendKeys } from '@web/test-runner-commands';
import '../support/setup.js';
import { $, $$, focused, html, recordEvents, settle, submitText, text } from '../support/helpers.js';
import { agreement, openCard } from './support.js';
import type { ValuesAgreement } from '../../packages/values-agreement/src/index.js';
import { everyoneSaid, said, smallAgreement } from './fixtures.js';

const people = 'Ana, Ben, Cy';

/** One person answers one item from its card, as a facilitator would record it. */
async function answer(element: ValuesAgreement, itemId: string, index: number, value: string, note?: string) {
  await openCard(element, itemId);
  $(element, `#i-${itemId}-person-${index}`).click();
  await settle(element);
  $<HTMLInputElement>(element, `input[name="i-${itemId}-answer-${index}"][value="${value}"]`).click();
  await settle(element);
  if (note !== undefined) {
    const field = $<HTMLTextAreaElement>(element, `#i-${itemId}-answer-${index}-note`);
    field.value = note;
    field.dispatchEvent(new Event('input', { bubbles: true }));
    field.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(element);
  }
  $$(element, `#i-${itemId}-card .entering button`).at(-1)!.click();
  await settle(element);
}

const state = (element: ValuesAgreement, itemId: string) => text($(element, `#i-${itemId}-summary .item-state`));

describe('<values-agreement>: answering', () => {
  it('lists the people from the page and added on screen; names only', async () => {
    const element = await agreement(
      html`<values-agreement participants=${people} .data=${smallAgreement()}></values-agreement>`,
    );
    await submitText(element, '#person-new', 'Dee');
    expect(element.data.participants).to.deep.equal(['Dee']);
    expect($$(element, '.people-section .person-name').map(text)).to.deep.equal(['Ana', 'Ben', 'Cy', 'Dee']);
    // A name already taking part is refused at the field.
    await submitText(element, '#person-new', 'ana');
    expect(text($(element, '#person-new-error'))).to.equal('Error: That name is already in the list');
    expect(element.data.participants).to.deep.equal(['Dee']);
    await expect(element).to.be.accessible();
    // Only names added here can be removed here; the page's stay.
    const removeButtons = $$(element, '.people-section .person button').filter((button) =>
      text(button).startsWith('Remove'),
    );
    expect(removeButtons.map(text)).to.deep.equal(['Remove Dee']);
  });

  it('records agree, a concern with its note, and tells the host each time', async () => {
    const element = await agreement(
      html`<values-agreement participants=${people} .data=${smallAgreement()}></values-agreement>`,
    );
    const responses = recordEvents(element, 'agreement-answered');
    expect(state(element, 'trust')).to.equal('Waiting for 3 answers');
    await answer(element, 'trust', 0, 'agree');
    await answer(element, 'trust', 1, 'concern', 'We must say what we can’t change');
    expect(responses.map((event) => event.detail)).to.deep.equal([
      { itemId: 'trust', participant: 'Ana', response: 'agree', note: '', sealed: false },
      { itemId: 'trust', participant: 'Ben', response: 'concern', note: '', sealed: false },
      {
        itemId: 'trust',
        participant: 'Ben',
        response: 'concern',
        note: 'We must say what we can’t change',
        sealed: false,
      },
    ]);
    expect(state(element, 'trust')).to.equal('Waiting for 1 answer');
    const card = $(element, '#i-trust-card');
    expect(text(card.querySelector('.detail'))).to.include('Ben: We must say what we can’t change');
    expect(text(card.querySelector('.detail'))).to.include('Still to answer: Cy.');
    await answer(element, 'trust', 2, 'agree');
    expect(state(element, 'trust')).to.equal('Agreed');
    expect(card.classList.contains('agreed')).to.equal(true);
    await expect(element).to.be.accessible();
  });

  it('“not yet” blocks an item and says why; a pass is standing aside and never holds it back', async () => {
    const element = await agreement(
      html`<values-agreement participants=${people} .data=${smallAgreement()}></values-agreement>`,
    );
    await answer(element, 'breaks', 0, 'not-yet', 'How long are the breaks?');
    expect(state(element, 'breaks')).to.equal('Not yet: 1 person');
    expect(text($(element, '#status'))).to.include('1 is not agreed yet because someone said “not yet”.');
    expect(text($(element, '#i-breaks-card .detail'))).to.include('Ana: How long are the breaks?');
    await answer(element, 'breaks', 0, 'pass');
    await answer(element, 'breaks', 1, 'agree');
    await answer(element, 'breaks', 2, 'agree');
    expect(state(element, 'breaks')).to.equal('Agreed');
    expect(text($(element, '#i-breaks-card .detail'))).to.include('Passed, standing aside: Ana.');
    await expect(element).to.be.accessible();
  });

  it('someone not here today neither holds an item back nor counts, and can be back', async () => {
    const element = await agreement(
      html`<values-agreement participants=${people} .data=${smallAgreement()}></values-agreement>`,
    );
    await answer(element, 'trust', 0, 'agree');
    await answer(element, 'trust', 1, 'pass');
    expect(state(element, 'trust')).to.equal('Waiting for 1 answer');
    $<HTMLInputElement>(element, '#person-2-absent').click();
    await settle(element);
    expect(state(element, 'trust')).to.equal('Agreed');
    expect(text($(element, '#i-trust-card .detail'))).to.include('Not here today: Cy.');
    expect(text($(element, '.people-section .person:nth-child(3) .person-answer'))).to.equal('not here today');
    expect(element.data.absent).to.deep.equal(['Cy']);
    expect(text($(element, '[role=status].visually-hidden'))).to.equal('Cy is not here today.');
    await expect(element).to.be.accessible();
    $<HTMLInputElement>(element, '#person-2-absent').click();
    await settle(element);
    expect(state(element, 'trust')).to.equal('Waiting for 1 answer');
  });

  it('when everyone here passes, nothing is agreed, and nobody is named as the reason', async () => {
    const element = await agreement(
      html`<values-agreement participants="Ana, Ben" .data=${smallAgreement()}></values-agreement>`,
    );
    await answer(element, 'trust', 0, 'pass');
    await answer(element, 'trust', 1, 'pass');
    expect(state(element, 'trust')).to.equal('Everyone here passed, so nobody has agreed yet');
  });

  it('announces and reports when everyone has agreed to everything', async () => {
    const nearly = everyoneSaid(smallAgreement(), ['Ana', 'Ben', 'Cy'], 'agree');
    nearly.items[2]!.responses = { Ana: said('agree'), Ben: said('agree') };
    const element = await agreement(html`<values-agreement participants=${people} .data=${nearly}></values-agreement>`);
    const reached = recordEvents(element, 'agreement-reached');
    await answer(element, 'breaks', 2, 'concern');
    expect(reached.map((event) => event.detail)).to.deep.equal([
      { version: 1, present: ['Ana', 'Ben', 'Cy'], absent: [] },
    ]);
    expect(text($(element, '#status'))).to.include(
      'Everything is agreed: everyone here today answered, and nobody said “not yet”.',
    );
    expect(text($(element, '[role=status].visually-hidden'))).to.equal('Everything in version 1 is agreed.');
    // A further answer that keeps it agreed is not a second arrival.
    await answer(element, 'breaks', 2, 'agree');
    expect(reached).to.have.length(1);
  });

  it('lets one person answer everything in turn, with the keyboard only', async () => {
    const element = await agreement(
      html`<values-agreement participants=${people} .data=${smallAgreement()}></values-agreement>`,
    );
    $(element, '#turn-1').focus();
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect($(element, '#turn-1').getAttribute('aria-expanded')).to.equal('true');
    const fieldsets = $$(element, '#turn-1-panel fieldset');
    expect(fieldsets.map((fieldset) => text(fieldset.querySelector('legend')))).to.deep.equal([
      'Ben, do you agree with “Trust”?',
      'Ben, do you agree with “Feeling safe”?',
      'Ben, do you agree with “We take breaks”?',
    ]);
    // Focus is on the first answer of the first item. Space chooses it; Tab goes to the next item.
    expect((focused(element) as HTMLInputElement).name).to.equal('i-trust-turn-1');
    await sendKeys({ press: ' ' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowDown' }); // "Agree, with a concern"
    await settle(element);
    await sendKeys({ press: 'Tab' }); // its note
    await sendKeys({ type: 'Only if we are honest' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' }); // "Pass"
    await settle(element);
    const items = element.data.items;
    expect(items.map((entry) => entry.responses.Ben?.answer)).to.deep.equal(['agree', 'concern', 'pass']);
    expect(items[1]!.responses.Ben!.note).to.equal('Only if we are honest');
    await expect(element).to.be.accessible();
    $(element, '#turn-1-done').click();
    await settle(element);
    expect(focused(element)?.id).to.equal('turn-1');
    expect(text($$(element, '.people-section .person')[1])).to.include('answered 3 of 3');
  });
});

describe('<values-agreement>: private answers', () => {
  const privately = () => smallAgreement({ privateAnswers: true });

  it('shows who has answered, never how, until the answers are shown together', async () => {
    const element = await agreement(
      html`<values-agreement participants=${people} .data=${privately()}></values-agreement>`,
    );
    await answer(element, 'trust', 0, 'not-yet', 'Secret reason');
    await answer(element, 'trust', 1, 'agree');
    const card = $(element, '#i-trust-card');
    expect(state(element, 'trust')).to.equal('2 of 3 have answered');
    expect(text(card)).not.to.include('Secret reason');
    expect(text(card)).not.to.match(/Not yet,|Agree/);
    expect(text(card.querySelector('.detail'))).to.equal('Have answered: Ana and Ben. Still to answer: Cy.');
    expect(card.querySelectorAll('input[type=radio]')).to.have.length(0);
    expect(card.classList.contains('blocked')).to.equal(false);
    expect(text($(element, '#status'))).to.include('Answers are private until you show them together.');
    expect(text($(element, '.summary'))).to.include('Answers are private');
    expect(element.toCSV()).not.to.include('Secret reason');
    await expect(element).to.be.accessible();
    if (!navigator.userAgent.includes('Firefox')) {
      expect(JSON.stringify(await a11ySnapshot({}))).not.to.include('Secret reason');
    }
  });

  it('hides a person’s answer again as soon as they press Done, and says so', async () => {
    const element = await agreement(
      html`<values-agreement participants=${people} .data=${privately()}></values-agreement>`,
    );
    await openCard(element, 'trust');
    $(element, '#i-trust-person-2').click();
    await settle(element);
    // Cy sees only Cy's own, empty answer.
    const radios = $$<HTMLInputElement>(element, '#i-trust-card input[type=radio]');
    expect(radios.every((radio) => radio.name === 'i-trust-answer-2' && !radio.checked)).to.equal(true);
    radios[0]!.click();
    await settle(element);
    const done = $$(element, '#i-trust-card .entering button').at(-1)!;
    expect(text(done)).to.equal('Done – hide my answers');
    done.click();
    await settle(element);
    expect(text($(element, '[role=status].visually-hidden'))).to.equal('Cy’s answers are hidden.');
    expect(focused(element)?.id).to.equal('i-trust-person-2');
    expect($$(element, '#i-trust-card input[type=radio]')).to.have.length(0);
  });

  it('Show everyone’s answers reveals them all at once, and agreement follows', async () => {
    const all = everyoneSaid(privately(), ['Ana', 'Ben', 'Cy'], 'agree');
    const element = await agreement(html`<values-agreement participants=${people} .data=${all}></values-agreement>`);
    const reached = recordEvents(element, 'agreement-reached');
    expect(state(element, 'trust')).to.equal('3 of 3 have answered');
    expect(text($(element, '#status'))).to.include('3 of 3 people have answered everything.');
    $$(element, '#status button')[0]!.click();
    await settle(element);
    expect(element.data.revealed).to.equal(true);
    expect(state(element, 'trust')).to.equal('Agreed');
    expect(reached.map((event) => event.detail)).to.deep.equal([
      { version: 1, present: ['Ana', 'Ben', 'Cy'], absent: [] },
    ]);
    expect(focused(element)?.id).to.equal('status');
    await expect(element).to.be.accessible();
  });

  it('turning private answering on hides answers already given', async () => {
    const all = everyoneSaid(smallAgreement(), ['Ana', 'Ben', 'Cy'], 'concern');
    const element = await agreement(html`<values-agreement participants=${people} .data=${all}></values-agreement>`);
    expect(state(element, 'trust')).to.equal('Agreed');
    $(element, '#private').click();
    await settle(element);
    expect(element.data.privateAnswers).to.equal(true);
    expect(state(element, 'trust')).to.equal('3 of 3 have answered');
  });
});
