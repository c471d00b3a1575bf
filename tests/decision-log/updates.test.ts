import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../support/setup.js';
import type { DecisionLog } from '../../packages/decision-log/src/index.js';
import { $, $$, fill, fillDay, focused, html, recordEvents, settle, text, waitFor } from '../support/helpers.js';
import { decisionLog, drawn } from './support.js';
import { decision, smallLog, status } from './fixtures.js';

async function openCafe(): Promise<DecisionLog> {
  const element = await decisionLog(html`<decision-log .data=${smallLog()}></decision-log>`);
  await drawn(element);
  $(element, '#open-cafe').click();
  await settle(element);
  return element;
}

const summaryItems = (element: DecisionLog) => $$(element, '#error-summary li').map(text);

const submit = async (element: DecisionLog, formSelector: string) => {
  $<HTMLButtonElement>(element, `${formSelector} button[type="submit"]`).click();
  await settle(element);
};

describe('<decision-log>: where a decision stands, and what happened', () => {
  it('shows a decision in full with its history, oldest first', async () => {
    const element = await openCafe();
    expect(focused(element)?.id).to.equal('decision-heading');
    const history = $$(element, '.history li').map(text);
    expect(history).to.have.length(3);
    expect(history[0]).to.contain('10 February 2026').and.contain('Now Agreed.');
    expect(history[1]).to.contain('Now In progress.').and.contain('Volunteer rota started');
    expect(history[2]).to.contain('4 April 2026').and.contain('We did it.').and.contain('Opened on 4 April');
    expect(text($(element, '.outcome'))).to.equal('We did: Opened on 4 April. About 30 people came.');
    expect(text($(element, '.board-status'))).to.contain('Shown, with: what it answers');
  });

  it('adds a dated status with a note, and tells the host', async () => {
    const element = await openCafe();
    const updates = recordEvents(element, 'decision-updated');
    $(element, '#u-status-done').click();
    fillDay(element, 'u-date', '2', '5', '2026');
    fill(element, '#u-note', 'Running every week now.');
    await submit(element, '.update:has(#u-note)');
    expect(updates).to.have.length(1);
    expect(updates[0]!.detail).to.deep.include({ decisionId: 'cafe' });
    expect(updates[0]!.detail.change).to.include({
      type: 'status',
      status: 'done',
      on: '2026-05-02',
      note: 'Running every week now.',
    });
    expect(text($(element, '.meta'))).to.contain('Done since 2 May 2026');
    expect($$(element, '.history li')).to.have.length(4);
    // The earlier entries are still there, word for word.
    expect(element.data.decisions[0]!.history.slice(0, 3)).to.deep.equal(smallLog().decisions[0]!.history);
    expect(text(element.shadowRoot!.querySelector('[role="status"].visually-hidden'))).to.contain('is now Done');
  });

  it('dates an update today when the date is left as it is', async () => {
    const element = await openCafe();
    $(element, '#u-status-agreed').click();
    await submit(element, '.update:has(#u-note)');
    const now = new Date();
    const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    expect(element.data.decisions[0]!.history.at(-1)).to.include({ status: 'agreed', on: today });
  });

  it('needs a reason for "not possible", and a status to be chosen', async () => {
    const element = await openCafe();
    await submit(element, '.update:has(#u-note)');
    expect(text($(element, '#u-status-error'))).to.contain('Choose where it stands');
    $(element, '#u-status-not-possible').click();
    await submit(element, '.update:has(#u-note)');
    expect(text($(element, '#u-note-error'))).to.contain('Say why it is not possible');
    expect(focused(element)?.id).to.equal('error-summary');
    expect(summaryItems(element)).to.deep.equal(['Say why it is not possible']);
    $<HTMLAnchorElement>(element, '#error-summary a').click();
    expect(focused(element)?.id).to.equal('u-note');
    expect(element.data.decisions[0]!.history).to.have.length(3);
    fill(element, '#u-note', 'The hall is booked on Saturdays.');
    await submit(element, '.update:has(#u-note)');
    expect(element.data.decisions[0]!.history.at(-1)).to.include({
      status: 'not-possible',
      note: 'The hall is booked on Saturdays.',
    });
  });

  it('focuses the first status offered when none is chosen, whatever the current one', async () => {
    const element = await decisionLog(
      html`<decision-log .data=${{ decisions: [decision('new', { history: [status('proposed', '2026-03-01')] })] }}></decision-log>`,
    );
    await drawn(element);
    $(element, '#open-new').click();
    await settle(element);
    expect($$(element, '#u-status-proposed')).to.have.length(0);
    await submit(element, '.update:has(#u-note)');
    $<HTMLAnchorElement>(element, '#error-summary a').click();
    expect(focused(element)?.id).to.equal('u-status-agreed');
  });

  it('lists an update’s problems at the top of its form, which takes focus, each a link to its field', async () => {
    const element = await openCafe();
    fillDay(element, 'u-date', '30', '2', '2026');
    await submit(element, '.update:has(#u-note)');
    const summary = $(element, '.update:has(#u-note) #error-summary');
    expect(focused(element)).to.equal(summary);
    expect(summaryItems(element)).to.deep.equal([
      'Choose where it stands',
      'Enter the day as a real day, month and year, for example 27 3 2026',
    ]);
    await expect(element).to.be.accessible();
    $<HTMLAnchorElement>(element, '#error-summary li:nth-child(2) a').click();
    expect(focused(element)?.id).to.equal('u-date-day');
    // The outcome form refuses too: its own summary takes over, at its top.
    await submit(element, '.update:has(#o-text)');
    expect(focused(element)).to.equal($(element, '.update:has(#o-text) #error-summary'));
    expect($$(element, '#error-summary')).to.have.length(1);
    expect(summaryItems(element)).to.deep.equal(['Choose what happened', 'Say what you did, or why you couldn’t']);
    $<HTMLAnchorElement>(element, '#error-summary li:first-child a').click();
    expect(focused(element)?.id).to.equal('o-result-did');
    $(element, '#o-result-did').click();
    fill(element, '#o-text', 'Opened again in May.');
    await submit(element, '.update:has(#o-text)');
    expect(element.shadowRoot!.querySelector('#error-summary')).to.equal(null);
    // Back in the list and into another decision: nothing of this one's problems follows.
    $(element, '.back').click();
    await waitFor(() => focused(element)?.id === 'open-cafe');
    $(element, '#open-bus').click();
    await settle(element);
    expect($$(element, '.field-error')).to.have.length(0);
  });

  it('records what happened: we did, or we could not, because', async () => {
    const element = await openCafe();
    const updates = recordEvents(element, 'decision-updated');
    await submit(element, '.update:has(#o-text)');
    expect(text($(element, '#o-result-error'))).to.contain('Choose what happened');
    $(element, '#o-result-could-not').click();
    await submit(element, '.update:has(#o-text)');
    expect(text($(element, '#o-text-error'))).to.contain('Say what you did');
    fill(element, '#o-text', 'Not enough volunteers in August.');
    await submit(element, '.update:has(#o-text)');
    expect(updates.at(-1)!.detail.change).to.include({ type: 'outcome', result: 'could-not' });
    expect(text($(element, '.outcome'))).to.equal('We couldn’t, because: Not enough volunteers in August.');
    // The earlier outcome is kept in the history.
    expect(text($(element, '.history'))).to.contain('Opened on 4 April');
  });

  it('goes back to the list with focus on the decision it left, from the keyboard', async () => {
    const element = await openCafe();
    $(element, '.back').focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => focused(element)?.id === 'open-cafe');
  });
});
