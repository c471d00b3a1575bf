// A private score is seen by nobody before the group reveals it: not on the
// screen (even by whoever presses "Change"), not in a downloaded copy, not in
// `data` or any event. Only this browser's storage keeps it, so a reload
// loses nothing.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../support/setup.js';
import type { MarkScorer } from '../../packages/mark-scorer/src/index.js';
import { $, $$, catchDownloads, focused, html, recordEvents, settle, text, waitFor } from '../support/helpers.js';
import { applyAction, createDocument } from '../../packages/mark-scorer/src/model.js';
import { chooseScore, openMark, scorer } from './support.js';

const PEOPLE = 'Ann, Ben';
/** A score nobody else gives in these tests, so finding it anywhere means it leaked. */
const ANNS_SCORE = 9;

async function scorePrivately(element: MarkScorer, index: number, score: number | 'pass') {
  $(element, `#m-listening-person-${index}`).click();
  await settle(element);
  chooseScore(element, `m-listening-private-${index}`, score);
  await settle(element);
  $(element, `#m-listening-done-${index}`).click();
  await settle(element);
}

const listening = (data: MarkScorer['data']) => data.marks.find((mark) => mark.id === 'listening')!;
const reveal = async (element: MarkScorer) => {
  $<HTMLButtonElement>(element, '#m-listening-card .individual button.primary').click();
  await settle(element);
};

describe('<mark-scorer mode="individual">: privacy before Reveal', () => {
  it('“Change Ann’s score” shows no score: changing it means choosing again, and Done keeps the first', async () => {
    const element = await scorer(
      html`<mark-scorer mode="individual" participants=${PEOPLE} storage-key="private"></mark-scorer>`,
    );
    await openMark(element, 'listening');
    await scorePrivately(element, 0, ANNS_SCORE);
    const change = $(element, '#m-listening-person-0');
    expect(text(change)).to.equal('Change Ann’s score');
    change.click();
    await settle(element);
    const radios = $$<HTMLInputElement>(element, 'input[name="m-listening-private-0"]');
    expect(radios).to.have.length(11);
    expect(
      radios.filter((radio) => radio.checked),
      'nothing chosen on screen',
    ).to.have.length(0);
    expect(text($(element, '#m-listening-private-0-hint-1'))).to.contain(
      'Their first score stays hidden, even from you.',
    );
    expect($(element, '#m-listening-card fieldset.score').getAttribute('aria-describedby')).to.contain(
      'm-listening-private-0-hint-1',
    );
    await expect(element).to.be.accessible();
    // Done without choosing: the first score is kept.
    $(element, '#m-listening-done-0').click();
    await settle(element);
    await reveal(element);
    expect(listening(element.data).individual).to.deep.equal({ Ann: ANNS_SCORE });
  });

  it('choosing again replaces the first score, and shows only the new choice while choosing', async () => {
    const element = await scorer(html`<mark-scorer mode="individual" participants=${PEOPLE}></mark-scorer>`);
    await openMark(element, 'listening');
    await scorePrivately(element, 0, ANNS_SCORE);
    $(element, '#m-listening-person-0').click();
    await settle(element);
    chooseScore(element, 'm-listening-private-0', 4);
    await settle(element);
    expect(
      $$<HTMLInputElement>(element, 'input[name="m-listening-private-0"]:checked').map((radio) => radio.value),
    ).to.deep.equal(['4']);
    expect(
      element.shadowRoot!.querySelector('#m-listening-private-0-hint-1'),
      'the “stays hidden” hint has done its job',
    ).to.equal(null);
    $(element, '#m-listening-done-0').click();
    await settle(element);
    await reveal(element);
    expect(listening(element.data).individual).to.deep.equal({ Ann: 4 });
  });

  it('keeps the score out of the copy, `data`, `toJSON` and every event, and says who answered', async () => {
    const element = await scorer(html`<mark-scorer mode="individual" participants=${PEOPLE}></mark-scorer>`);
    const changes = recordEvents(element, 'mark-scorer-change');
    const scores = recordEvents(element, 'mark-scored');
    await openMark(element, 'listening');
    await scorePrivately(element, 0, ANNS_SCORE);
    await waitFor(() => scores.length === 1);
    expect(scores[0]!.detail).to.deep.equal({ markId: 'listening', participant: 'Ann', score: null, sealed: true });
    expect(changes.length).to.be.greaterThan(0);
    for (const event of changes) expect(listening(event.detail.data).individual).to.deep.equal({});
    expect(listening(element.data).individual).to.deep.equal({});
    // Who has answered may leave (a live session's other screens show it); what they chose may not.
    expect(listening(element.data).answered).to.deep.equal(['Ann']);
    expect(JSON.stringify(element)).not.to.contain('"Ann":');

    const downloads = catchDownloads();
    try {
      for (const button of $$<HTMLButtonElement>(element, '.tools button').slice(0, 2)) button.click();
      await waitFor(() => downloads.files.length === 2);
      const [copy, spreadsheet] = await Promise.all(downloads.files.map((file) => file.text));
      expect(
        JSON.parse(copy!).data.marks.find((mark: { id: string }) => mark.id === 'listening').individual,
      ).to.deep.equal({});
      expect(copy).not.to.contain('"Ann":');
      expect(spreadsheet).not.to.contain('Ann');
    } finally {
      downloads.stop();
    }

    // Once revealed, the scores are the group's to keep and share.
    await reveal(element);
    expect(listening(element.data).individual).to.deep.equal({ Ann: ANNS_SCORE });
    expect(listening(changes.at(-1)!.detail.data).individual).to.deep.equal({ Ann: ANNS_SCORE });
  });

  it('keeps private scores in this browser’s storage only, so a reload loses nothing', async () => {
    const first = await scorer(
      html`<mark-scorer mode="individual" participants=${PEOPLE} storage-key="kept"></mark-scorer>`,
    );
    await openMark(first, 'listening');
    await scorePrivately(first, 0, ANNS_SCORE);
    first.remove();
    const stored = JSON.parse(localStorage.getItem('coproduce:kept')!);
    expect(listening(stored.data).individual).to.deep.equal({ Ann: ANNS_SCORE });
    const again = await scorer(
      html`<mark-scorer mode="individual" participants=${PEOPLE} storage-key="kept"></mark-scorer>`,
    );
    await openMark(again, 'listening');
    expect(text($(again, '#m-listening-summary .mark-status'))).to.equal('Answered: 1 of 2');
    await reveal(again);
    expect(listening(again.data).individual).to.deep.equal({ Ann: ANNS_SCORE });
  });

  it('a framework passing the change event’s data back as `data` loses no private score', async () => {
    const element = await scorer(html`<mark-scorer mode="individual" participants=${PEOPLE}></mark-scorer>`);
    // As a React or Vue app does: keep what the event says, and pass it down again.
    element.addEventListener('mark-scorer-change', (event) => {
      element.data = JSON.parse(JSON.stringify(event.detail.data));
    });
    await openMark(element, 'listening');
    await scorePrivately(element, 0, ANNS_SCORE);
    await scorePrivately(element, 1, 3);
    await reveal(element);
    expect(listening(element.data).individual).to.deep.equal({ Ann: ANNS_SCORE, Ben: 3 });
  });
});

describe('<mark-scorer>: choosing a score from the keyboard', () => {
  it('arrowing from 2 to 7 says nothing extra, and saves and reports once, when the choice settles', async () => {
    const element = await scorer(html`<mark-scorer storage-key="arrows"></mark-scorer>`);
    await openMark(element, 'listening');
    const scores = recordEvents(element, 'mark-scored');
    const changes = recordEvents(element, 'mark-scorer-change');
    const writes: string[] = [];
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key === 'coproduce:arrows') writes.push(value);
      return setItem.call(this, key, value);
    };
    try {
      // A click is a choice made: saved and reported at once.
      const two = $<HTMLInputElement>(element, 'input[name="m-listening-agreed"][value="2"]');
      two.focus();
      two.click();
      await settle(element);
      expect(scores.map((event) => event.detail.score)).to.deep.equal([2]);
      expect(writes).to.have.length(1);
      for (let step = 0; step < 5; step++) {
        await sendKeys({ press: 'ArrowRight' });
        await settle(element);
        expect(text($(element, '[role="status"].visually-hidden'))).not.to.match(/Score \d+ chosen/);
      }
      expect((focused(element) as HTMLInputElement).value).to.equal('7');
      // Leaving the group settles the choice.
      await sendKeys({ press: 'Tab' });
      await settle(element);
      expect(scores.map((event) => event.detail.score)).to.deep.equal([2, 7]);
      expect(changes).to.have.length(2);
      expect(writes).to.have.length(2);
      expect(listening(JSON.parse(writes[1]!).data).agreed).to.equal(7);
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });

  it('a choice arrowed to and left in place settles by itself a moment later', async () => {
    const element = await scorer(html`<mark-scorer storage-key="settles"></mark-scorer>`);
    await openMark(element, 'listening');
    const scores = recordEvents(element, 'mark-scored');
    $<HTMLInputElement>(element, 'input[name="m-listening-agreed"][value="4"]').focus();
    await sendKeys({ press: 'ArrowRight' });
    await settle(element);
    expect(scores).to.have.length(0);
    await waitFor(() => scores.length === 1);
    expect(scores[0]!.detail).to.deep.equal({ markId: 'listening', participant: null, score: 5, sealed: false });
    expect(listening(JSON.parse(localStorage.getItem('coproduce:settles')!).data).agreed).to.equal(5);
  });
});

describe('<mark-scorer mode="individual">: scores given on other devices (a live session)', () => {
  /** A session where Ben scored `listening` on his own phone: only that he answered is shared. */
  async function withBenAnswered(revealed: boolean, individual: Record<string, number> = {}) {
    const element = await scorer(html`<mark-scorer mode="individual" participants=${PEOPLE}></mark-scorer>`);
    const data = structuredClone(element.data);
    Object.assign(listening(data), { answered: ['Ann', 'Ben'], individual, revealed });
    element.data = data;
    await settle(element);
    await openMark(element, 'listening');
    return element;
  }

  it('counts someone who answered on their own device as answered, with no score on this screen', async () => {
    const element = await withBenAnswered(false);
    expect(text($(element, '#m-listening-card .individual'))).to.contain('2 of 2');
    const ben = $$(element, '#m-listening-card .person')[1]!;
    expect(text(ben)).to.contain('Ben').and.contain('has answered');
    await expect(element).to.be.accessible();
  });

  it('after Reveal, says whose score has not arrived yet, and leaves it out of the spread', async () => {
    const element = await withBenAnswered(true, { Ann: ANNS_SCORE });
    const spread = text($(element, '#m-listening-spread'));
    expect(spread).to.contain(`${ANNS_SCORE}`);
    expect(spread).to.contain('Still to arrive: the scores from Ben.');
    expect(spread).not.to.contain('Ann.');
    expect(spread, 'Ben answered, so he is not counted as not answering').not.to.contain('not answered');
    await expect(element).to.be.accessible();
  });

  it('Score again forgets who answered', async () => {
    const element = await withBenAnswered(true, { Ann: ANNS_SCORE, Ben: 3 });
    $$<HTMLButtonElement>(element, '#m-listening-spread button')
      .find((button) => text(button) === 'Score again privately')!
      .click();
    await settle(element);
    expect(listening(element.data)).to.deep.include({ answered: [], individual: {}, revealed: false });
  });

  it('a new name takes its answers with it', () => {
    const doc = applyAction(createDocument(), {
      type: 'set-individual',
      markId: 'listening',
      participant: 'Ann',
      score: 5,
    });
    const renamed = applyAction(doc, { type: 'rename-participant', from: 'Ann', to: 'Anna' });
    expect(listening(renamed)).to.deep.include({ answered: ['Anna'], individual: { Anna: 5 } });
  });
});
