import { expect } from '@open-wc/testing';
import '../support/setup.js';
import { $, $$, focused, html, settle, submitText, text } from '../support/helpers.js';
import { agreement, openCard } from './support.js';
import type { ValuesAgreement } from '../../packages/values-agreement/src/index.js';
import { everyoneSaid, said, smallAgreement } from './fixtures.js';

const people = 'Ana, Ben, Cy';
const allAgreed = () => everyoneSaid(smallAgreement(), ['Ana', 'Ben', 'Cy'], 'agree');

/** A calendar day this many days from today, where the test runs. */
function day(offset: number): string {
  const date = new Date();
  date.setDate(date.getDate() + offset);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

async function reword(element: ValuesAgreement, itemId: string, words: string) {
  await openCard(element, itemId);
  $$(element, `#i-${itemId}-card button`)
    .find((button) => text(button).startsWith('Change the words'))!
    .click();
  await settle(element);
  await submitText(element, `#i-${itemId}-edit-text`, words);
}

describe('<values-agreement>: versions and asking again', () => {
  it('warns before rewording an agreed item', async () => {
    const element = await agreement(
      html`<values-agreement participants=${people} .data=${allAgreed()}></values-agreement>`,
    );
    await openCard(element, 'breaks');
    $$(element, '#i-breaks-card button')
      .find((button) => text(button).startsWith('Change the words'))!
      .click();
    await settle(element);
    expect(text($(element, '#i-breaks-edit-text-hint'))).to.equal(
      'Everyone has agreed to this. If you change the words, the agreement becomes version 2 and everyone is asked again.',
    );
    await expect(element).to.be.accessible();
  });

  it('rewording an agreed item starts a new version, asks everyone again, and keeps the old one viewable', async () => {
    const element = await agreement(
      html`<values-agreement participants=${people} .data=${allAgreed()}></values-agreement>`,
    );
    const reached: number[] = [];
    element.addEventListener('agreement-reached', (event) => reached.push(event.detail.version));
    await reword(element, 'breaks', 'We take a break every hour');
    const data = element.data;
    expect(data.version).to.equal(2);
    expect(data.items[2]!.responses).to.deep.equal({});
    // The other items' answers were to words that did not change.
    expect(Object.keys(data.items[0]!.responses)).to.deep.equal(['Ana', 'Ben', 'Cy']);
    expect(data.history).to.have.length(1);
    expect(data.history[0]!.change).to.deep.include({ from: 'We take breaks', to: 'We take a break every hour' });
    expect(text($(element, '[role=status].visually-hidden'))).to.equal(
      'The agreement is now version 2. Everyone is asked about “We take a break every hour” again.',
    );
    expect(text($(element, '#status'))).to.include('Version 2 of the agreement. 2 of 3 agreed.');
    expect(text($(element, '#i-breaks-summary .item-state'))).to.equal('Waiting for 3 answers');

    // The history is there to read: what changed, when, and who had agreed.
    const history = $<HTMLDetailsElement>(element, 'details.history');
    expect(text(history.querySelector('summary'))).to.equal('1 earlier version');
    history.open = true;
    expect(text(history)).to.include('The words of “We take breaks” changed to “We take a break every hour”.');
    expect(text(history)).to.include('We take breaks – agreed by Ana, Ben and Cy');
    await expect(element).to.be.accessible();

    // Everyone agrees again: version 2 is reached.
    for (const [index] of ['Ana', 'Ben', 'Cy'].entries()) {
      $(element, `#i-breaks-person-${index}`).click();
      await settle(element);
      $<HTMLInputElement>(element, `input[name="i-breaks-answer-${index}"][value="agree"]`).click();
      await settle(element);
    }
    expect(reached).to.deep.equal([2]);
  });

  it('changing only what an agreed value means in practice also asks again, and the history says so', async () => {
    const element = await agreement(
      html`<values-agreement participants=${people} .data=${allAgreed()}></values-agreement>`,
    );
    await openCard(element, 'trust');
    $$(element, '#i-trust-card button')
      .find((button) => text(button).startsWith('Change the words'))!
      .click();
    await settle(element);
    $<HTMLTextAreaElement>(element, '#i-trust-edit-meaning').value = 'We keep every promise we make.';
    $<HTMLInputElement>(element, '#i-trust-edit-text').form!.requestSubmit();
    await settle(element);
    expect(element.data.version).to.equal(2);
    expect(element.data.items[0]!.responses).to.deep.equal({});
    const history = $<HTMLDetailsElement>(element, 'details.history');
    history.open = true;
    expect(text(history)).to.include('What “Trust” means in practice changed.');
  });

  it('rewording an item that was not agreed asks again without a new version', async () => {
    const doc = smallAgreement();
    doc.items[0]!.responses = { Ana: said('not-yet', 'Too vague') };
    const element = await agreement(html`<values-agreement participants=${people} .data=${doc}></values-agreement>`);
    await reword(element, 'trust', 'We are honest about what can change');
    expect(element.data.version).to.equal(1);
    expect(element.data.items[0]!.responses).to.deep.equal({});
    expect(text($(element, '[role=status].visually-hidden'))).to.equal(
      'Saved. Everyone is asked about “We are honest about what can change” again.',
    );
    expect(element.shadowRoot!.querySelector('details.history')).to.equal(null);
  });
});

describe('<values-agreement>: review date', () => {
  async function enterReviewDate(element: ValuesAgreement, day: string, month: string, year: string) {
    for (const [id, value] of [
      ['review-day', day],
      ['review-month', month],
      ['review-year', year],
    ]) {
      $<HTMLInputElement>(element, `#${id}`).value = value!;
    }
    $<HTMLInputElement>(element, '#review-day').form!.requestSubmit();
    await settle(element);
  }

  it('sets a review date from day, month and year, says it in words, and clears it', async () => {
    const element = await agreement(html`<values-agreement .data=${smallAgreement()}></values-agreement>`);
    expect(text($(element, '.review legend'))).to.equal('Review date');
    await enterReviewDate(element, '1', '3', '2099');
    expect(element.data.reviewDate).to.equal('2099-03-01');
    expect(text($(element, '[role=status].visually-hidden'))).to.equal('Review date set to 1 March 2099.');
    expect(text($(element, '.summary'))).to.include('We will look at this agreement again by 1 March 2099.');
    expect(element.shadowRoot!.querySelector('.due')).to.equal(null);
    // The fields show the saved date.
    expect(
      ['#review-day', '#review-month', '#review-year'].map((id) => $<HTMLInputElement>(element, id).value),
    ).to.deep.equal(['1', '3', '2099']);
    await expect(element).to.be.accessible();
    $$(element, '.review button')
      .find((button) => text(button) === 'Remove the review date')!
      .click();
    await settle(element);
    expect(element.data.reviewDate).to.equal(null);
    expect(focused(element)?.id).to.equal('review-day');
  });

  it('refuses a date that does not exist, with the message at the fields, keeping what was typed', async () => {
    const element = await agreement(
      html`<values-agreement .data=${smallAgreement({ reviewDate: '2099-03-01' })}></values-agreement>`,
    );
    await enterReviewDate(element, '31', '2', '2027');
    expect(element.data.reviewDate).to.equal('2099-03-01');
    expect(text($(element, '#review-day-error'))).to.equal(
      'Error: Enter the review date as a real day, month and year, for example 1 3 2027',
    );
    expect($(element, '.review fieldset').getAttribute('aria-describedby')).to.equal('review-hint review-day-error');
    expect(focused(element)?.id).to.equal('review-form-errors');
    $(element, '#review-form-errors a').click();
    expect(focused(element)?.id).to.equal('review-day');
    expect($<HTMLInputElement>(element, '#review-day').value).to.equal('31');
    await expect(element).to.be.accessible();
    await enterReviewDate(element, '29', '2', '2028');
    expect(element.data.reviewDate).to.equal('2028-02-29');
    expect(element.shadowRoot!.querySelector('#review-day-error')).to.equal(null);
  });

  it('shows “due for review” once the date comes, on the day itself', async () => {
    for (const [offset, due] of [
      [1, false],
      [0, true],
      [-30, true],
    ] as const) {
      const element = await agreement(
        html`<values-agreement .data=${smallAgreement({ reviewDate: day(offset) })}></values-agreement>`,
      );
      expect(element.shadowRoot!.querySelector('.due') !== null, `${offset} days`).to.equal(due);
      if (due) {
        expect(text($(element, '.due'))).to.match(
          /^This agreement was due for review on .+\. Look at it again together\.$/,
        );
        await expect(element).to.be.accessible();
      }
      element.remove();
    }
  });
});

describe('<values-agreement>: summary, print and spreadsheet', () => {
  it('the summary holds only what everyone agreed, who agreed, the version and the date', async () => {
    const doc = everyoneSaid(smallAgreement({ version: 3 }), ['Ana', 'Ben', 'Cy'], 'agree');
    doc.items[1]!.responses = { Ana: said('not-yet') };
    const element = await agreement(html`<values-agreement participants=${people} .data=${doc}></values-agreement>`);
    const summary = $(element, '.summary');
    expect(text(summary.querySelector('p'))).to.match(
      /^Version 3\. Taking part today: Ana, Ben and Cy\. Last agreed on 1 March 2026\.$/,
    );
    expect(text(summary.querySelector('li .who'))).to.equal('Agreed by Ana, Ben and Cy.');
    expect([...summary.querySelectorAll('li strong')].map(text)).to.deep.equal(['Trust', 'We take breaks']);
    expect(text(summary)).to.include('We do what we say.');
    expect(text(summary)).not.to.include('Feeling safe');
    expect(text(summary)).to.include('1 more is still being talked about.');
  });

  it('prints the agreement alone: everything for editing is marked not to print', async () => {
    const element = await agreement(
      html`<values-agreement participants=${people} .data=${allAgreed()}></values-agreement>`,
    );
    const printed = [...element.shadowRoot!.querySelectorAll('.root > *')].filter(
      (node) => !node.closest('.no-print') && !node.classList.contains('visually-hidden') && node.id !== 'problems',
    );
    expect(printed.map((node) => node.id || node.className)).to.deep.equal(['title', 'summary']);
  });

  it('exports a spreadsheet with each item, where it stands and each answer, formulas defused', async () => {
    const doc = everyoneSaid(smallAgreement(), ['Ana', 'Ben', 'Cy'], 'agree');
    doc.items[1]!.responses = { Ana: said('concern', 'Say "why"') };
    doc.items[1]!.text = '=SUM(A1)';
    const element = await agreement(html`<values-agreement participants=${people} .data=${doc}></values-agreement>`);
    const rows = element.toCSV().trim().split('\r\n');
    expect(rows[0]).to.equal('Version,Type,Words,In practice,Where it stands,Answers');
    expect(rows[1]).to.match(/^1,Value,Trust,We do what we say\.,Agreed,"Ana: Agree\nBen: Agree\nCy: Agree"$/);
    expect(rows[2]).to.equal(`1,Value,'=SUM(A1),,Waiting for 2 answers,"Ana: Agree, with a concern – Say ""why"""`);
  });
});
