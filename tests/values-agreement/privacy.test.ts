// While answers are private, nobody sees anyone's answer before the group
// shows them together: not on the screen (even whoever opens a person's
// answer again), not in a downloaded copy, not in `data` or any event. Only
// this browser's storage keeps them, so a reload loses nothing.
import { expect } from '@open-wc/testing';
import '../support/setup.js';
import type { ValuesAgreement } from '../../packages/values-agreement/src/index.js';
import { $, $$, catchDownloads, html, recordEvents, settle, text, waitFor } from '../support/helpers.js';
import { agreement, openCard } from './support.js';
import { smallAgreement } from './fixtures.js';

const PEOPLE = 'Ann, Ben';
const privately = () => smallAgreement({ privateAnswers: true });

async function answer(element: ValuesAgreement, index: number, value: string, note?: string) {
  await openCard(element, 'trust');
  $(element, `#i-trust-person-${index}`).click();
  await settle(element);
  $<HTMLInputElement>(element, `input[name="i-trust-answer-${index}"][value="${value}"]`).click();
  await settle(element);
  if (note !== undefined) {
    const field = $<HTMLTextAreaElement>(element, `#i-trust-answer-${index}-note`);
    field.value = note;
    field.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(element);
  }
  $$(element, '#i-trust-card .entering button').at(-1)!.click();
  await settle(element);
}

const responses = (data: ValuesAgreement['data']) => data.items.find((item) => item.id === 'trust')!.responses;
const reveal = async (element: ValuesAgreement) => {
  $$(element, '#status button')[0]!.click();
  await settle(element);
};

describe('<values-agreement> private answers: nothing shown before the group shows them', () => {
  it('opening Ann’s answer again shows nothing chosen and no note; Done keeps her first answer', async () => {
    const element = await agreement(
      html`<values-agreement participants=${PEOPLE} .data=${privately()}></values-agreement>`,
    );
    await answer(element, 0, 'not-yet', 'I need to think');
    $(element, '#i-trust-person-0').click();
    await settle(element);
    expect($$<HTMLInputElement>(element, 'input[name="i-trust-answer-0"]:checked')).to.have.length(0);
    expect(element.shadowRoot!.querySelector('#i-trust-answer-0-note'), 'her note is not shown').to.equal(null);
    expect(text($(element, '#i-trust-answer-0-hint-2'))).to.contain('Their first answer stays hidden, even from you.');
    await expect(element).to.be.accessible();
    $$(element, '#i-trust-card .entering button').at(-1)!.click();
    await settle(element);
    await reveal(element);
    expect(responses(element.data).Ann).to.include({ answer: 'not-yet', note: 'I need to think' });
  });

  it('a turn answering everything again shows nothing chosen until chosen now', async () => {
    const element = await agreement(
      html`<values-agreement participants=${PEOPLE} .data=${privately()}></values-agreement>`,
    );
    await answer(element, 0, 'agree');
    $(element, '#turn-0').click();
    await settle(element);
    expect($$<HTMLInputElement>(element, '#turn-0-panel input[type=radio]:checked')).to.have.length(0);
    $<HTMLInputElement>(element, '#turn-0-panel input[name="i-trust-turn-0"][value="concern"]').click();
    await settle(element);
    expect(
      $$<HTMLInputElement>(element, '#turn-0-panel input[type=radio]:checked').map((radio) => radio.value),
    ).to.deep.equal(['concern']);
    $(element, '#turn-0-done').click();
    await settle(element);
    await reveal(element);
    expect(responses(element.data).Ann!.answer).to.equal('concern');
  });

  it('keeps answers out of the copy, `data`, `toJSON` and every event until shown, and says who answered', async () => {
    const element = await agreement(
      html`<values-agreement participants=${PEOPLE} .data=${privately()}></values-agreement>`,
    );
    const changes = recordEvents(element, 'values-agreement-change');
    const said = recordEvents(element, 'agreement-answered');
    await answer(element, 0, 'concern', 'Only if we are paid for our time');
    expect(said.map((event) => event.detail)).to.deep.equal([
      { itemId: 'trust', participant: 'Ann', response: null, note: '', sealed: true },
      { itemId: 'trust', participant: 'Ann', response: null, note: '', sealed: true },
    ]);
    for (const event of changes) expect(responses(event.detail.data)).to.deep.equal({});
    expect(responses(element.data)).to.deep.equal({});
    expect(JSON.stringify(element)).not.to.contain('paid for our time');

    const downloads = catchDownloads();
    try {
      for (const button of $$<HTMLButtonElement>(element, '.tools button').slice(0, 2)) button.click();
      await waitFor(() => downloads.files.length === 2);
      const [copy, spreadsheet] = await Promise.all(downloads.files.map((file) => file.text));
      expect(copy).not.to.contain('paid for our time');
      expect(copy).not.to.contain('concern');
      expect(spreadsheet).not.to.contain('paid for our time');
    } finally {
      downloads.stop();
    }

    await reveal(element);
    expect(responses(element.data).Ann).to.include({ answer: 'concern', note: 'Only if we are paid for our time' });
    expect(responses(changes.at(-1)!.detail.data).Ann!.answer).to.equal('concern');
  });

  it('keeps private answers in this browser’s storage only, so a reload loses nothing', async () => {
    const first = await agreement(
      html`<values-agreement participants=${PEOPLE} storage-key="private" .data=${privately()}></values-agreement>`,
    );
    await answer(first, 1, 'agree');
    first.remove();
    expect(JSON.parse(localStorage.getItem('coproduce:private')!).data.items[0].responses.Ben.answer).to.equal('agree');
    const again = await agreement(
      html`<values-agreement participants=${PEOPLE} storage-key="private"></values-agreement>`,
    );
    expect(text($(again, '#i-trust-summary .item-state'))).to.equal('1 of 2 has answered');
    await reveal(again);
    expect(responses(again.data).Ben!.answer).to.equal('agree');
  });

  it('a framework passing the change event’s data back as `data` loses no private answer', async () => {
    const element = await agreement(
      html`<values-agreement participants=${PEOPLE} .data=${privately()}></values-agreement>`,
    );
    element.addEventListener('values-agreement-change', (event) => {
      element.data = JSON.parse(JSON.stringify(event.detail.data));
    });
    await answer(element, 0, 'agree');
    await answer(element, 1, 'pass');
    await reveal(element);
    expect(Object.keys(responses(element.data))).to.deep.equal(['Ann', 'Ben']);
  });
});

describe('<values-agreement> private answers given on other devices (a live session)', () => {
  /** Ben answered every item on his own phone: only that he answered is shared. */
  const benAnsweredElsewhere = (revealed: boolean) => {
    const doc = privately();
    return {
      ...doc,
      revealed,
      items: doc.items.map((entry) => ({ ...entry, answered: ['Ben'] })),
    };
  };

  it('counts him as answered, with nothing of his answer on this screen', async () => {
    const element = await agreement(
      html`<values-agreement participants=${PEOPLE} .data=${benAnsweredElsewhere(false)}></values-agreement>`,
    );
    expect(text($(element, '#status'))).to.contain('1 of 2');
    await openCard(element, 'trust');
    expect(text($(element, '#i-trust-person-1'))).to.contain('Change');
    await expect(element).to.be.accessible();
  });

  it('once shown, says whose answers have not arrived yet', async () => {
    const element = await agreement(
      html`<values-agreement participants=${PEOPLE} .data=${benAnsweredElsewhere(true)}></values-agreement>`,
    );
    expect(text($(element, '#status'))).to.contain('Still to arrive: the answers from Ben.');
    await expect(element).to.be.accessible();
  });
});
