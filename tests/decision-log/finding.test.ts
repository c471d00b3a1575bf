import { expect } from '@open-wc/testing';
import '../support/setup.js';
import type { DecisionLog } from '../../packages/decision-log/src/index.js';
import { $, $$, fill, fillDay, focused, html, settle, text, waitFor } from '../support/helpers.js';
import { decisionLog, drawn } from './support.js';
import { longLog, smallLog } from './fixtures.js';

const titles = (element: DecisionLog) => $$(element, '.found .entry-title').map(text);
const showing = (element: DecisionLog) => text($(element, '#showing'));

async function search(element: DecisionLog, words: string) {
  fill(element, '#search', words);
  await drawn(element);
}

async function choose(element: DecisionLog, selector: string, value: string) {
  const field = $<HTMLSelectElement | HTMLInputElement>(element, selector);
  field.value = value;
  field.dispatchEvent(new Event('change', { bubbles: true }));
  await drawn(element);
}

/** Types a date into its day, month and year boxes and presses Enter. */
async function chooseDay(element: DecisionLog, id: string, day: string, month: string, year: string) {
  fillDay(element, id, day, month, year);
  $(element, `#${id}-year`).dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  await drawn(element);
}

describe('<decision-log>: finding decisions', () => {
  let element: DecisionLog;
  beforeEach(async () => {
    element = await decisionLog(html`<decision-log .data=${smallLog()}></decision-log>`);
    await drawn(element);
  });

  it('lists the newest first, with counts per status', async () => {
    expect(titles(element)).to.deep.equal([
      'Who chairs the group',
      'Open the café on Saturdays',
      'Free bus passes for volunteers',
    ]);
    expect($$(element, '.counts li').map(text)).to.deep.equal([
      'Proposed: 0',
      'Agreed: 1',
      'In progress: 1',
      'Done: 0',
      'Not possible: 1',
    ]);
    expect(showing(element)).to.equal('3 decisions match, out of 3.');
    // Every row is in the page, so the browser counts them; only a list that
    // draws the rows near the screen says where each is (see rows.test.ts).
    expect($$(element, '.found [role="listitem"]')).to.have.length(3);
  });

  it('searches titles, text, names and tags, ignoring case and accents', async () => {
    await search(element, 'CAFE');
    expect(titles(element)).to.deep.equal(['Open the café on Saturdays']);
    await search(element, 'dai price');
    expect(titles(element)).to.deep.equal(['Who chairs the group']);
    await search(element, 'budget');
    expect(titles(element)).to.deep.equal(['Free bus passes for volunteers']);
    await search(element, 'travel');
    expect(titles(element)).to.deep.equal(['Free bus passes for volunteers']);
    await search(element, 'nothing like this');
    expect(text($(element, '.empty'))).to.contain('No decisions match');
    expect(showing(element)).to.equal('0 decisions match, out of 3.');
  });

  it('filters by status, tag, date range and due for review, and counts what the other filters leave', async () => {
    await choose(element, '#filter-status', 'not-possible');
    expect(titles(element)).to.deep.equal(['Free bus passes for volunteers']);
    await choose(element, '#filter-status', '');
    await choose(element, '#filter-tag', 'opening hours');
    expect(titles(element)).to.deep.equal(['Open the café on Saturdays']);
    expect(text($(element, '.counts')))
      .to.contain('In progress: 1')
      .and.contain('Not possible: 0');
    await choose(element, '#filter-tag', '');
    await chooseDay(element, 'filter-from', '1', '2', '2026');
    await chooseDay(element, 'filter-to', '28', '2', '2026');
    expect(titles(element)).to.deep.equal(['Open the café on Saturdays']);
    $(element, '.finder button.small').click();
    await drawn(element);
    expect(titles(element)).to.have.length(3);
    expect(focused(element)?.id).to.equal('search');
    $(element, '#filter-due').click();
    await drawn(element);
    // Review dates of 6 March 2026 and 1 September 2099: only the first has passed.
    expect(titles(element)).to.deep.equal(['Who chairs the group']);
    expect(text($(element, '.found'))).to.contain('Due for review');
  });

  it('sorts oldest first', async () => {
    await choose(element, '#filter-order', 'oldest');
    expect(titles(element)).to.deep.equal([
      'Free bus passes for volunteers',
      'Open the café on Saturdays',
      'Who chairs the group',
    ]);
  });

  it('shows a timeline of statuses and outcomes by month', async () => {
    $(element, '#view-timeline').click();
    await drawn(element);
    const rows = $$(element, '.found [role="listitem"]').map(text);
    expect(rows[0]).to.equal('April 2026');
    expect(rows[1]).to.contain('4 April 2026').and.contain('Open the café on Saturdays: We did it.');
    expect(rows).to.include('March 2026');
    expect(rows.some((row) => row.includes('Free bus passes for volunteers: Now Not possible.'))).to.equal(true);
    $<HTMLButtonElement>(element, '.found button[data-decision="bus"]').click();
    await settle(element);
    expect(text($(element, '#decision-heading'))).to.equal('Free bus passes for volunteers');
  });
});

describe('<decision-log>: 10,000 decisions', () => {
  it('draws only the rows near the screen, and finds one among them all', async () => {
    const element = await decisionLog(html`<decision-log .data=${longLog(10000)}></decision-log>`);
    await drawn(element);
    const drawnRows = $$(element, '.found [role="listitem"]');
    expect(drawnRows.length).to.be.greaterThan(0).and.lessThan(60);
    expect(drawnRows[0]!.getAttribute('aria-setsize')).to.equal('10000');
    expect(showing(element)).to.equal('10000 decisions match, out of 10000.');
    expect(text($(element, '.counts')))
      .to.contain('Proposed: 2000')
      .and.contain('Not possible: 2000');

    await search(element, 'number 9876');
    expect(titles(element)).to.deep.equal(['Decision number 9876']);
    await search(element, '');
    await choose(element, '#filter-tag', 'tag3');
    expect(showing(element)).to.equal('1429 decisions match, out of 10000.');
  });

  it('scrolls a long way and focus comes back to a decision far down the list', async () => {
    const element = await decisionLog(html`<decision-log .data=${longLog(10000)}></decision-log>`);
    await drawn(element);
    await choose(element, '#filter-order', 'oldest');
    // Scrolled most of the way down the list, as a person would.
    const list = $(element, '.found');
    window.scrollTo(0, window.scrollY + list.getBoundingClientRect().top + list.offsetHeight * 0.9);
    const farOnScreen = () =>
      $$(element, '.found [role="listitem"]').find((row) => {
        const { top, bottom } = row.getBoundingClientRect();
        return Number(row.getAttribute('aria-posinset')) > 1000 && top >= 0 && bottom <= window.innerHeight;
      });
    await waitFor(() => farOnScreen() !== undefined);
    const button = farOnScreen()!.querySelector<HTMLButtonElement>('button[data-decision]')!;
    const title = text(button);
    button.click();
    await settle(element);
    expect(text($(element, '#decision-heading'))).to.equal(title);
    $(element, '.back').click();
    await waitFor(() => focused(element)?.id === button.id);
    const row = focused(element)!.closest('[role="listitem"]')!;
    expect(Number(row.getAttribute('aria-posinset'))).to.be.greaterThan(1000);
  });
});
