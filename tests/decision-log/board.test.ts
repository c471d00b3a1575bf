import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { stub } from 'sinon';
import '../support/setup.js';
import type { DecisionLog } from '../../packages/decision-log/src/index.js';
import { $, $$, focused, html, settle, text, waitFor } from '../support/helpers.js';
import { decisionLog, decisionLogRecordingErrors, drawn } from './support.js';
import { atViewport } from '../support/presentation.js';
import { AT, decision, longLog, smallLog } from './fixtures.js';

/** Everything in smallLog() that is not marked public, and every name. */
const PRIVATE = [
  'Ana Jones',
  'Bryn Evans',
  'Weekdays are hard',
  'Volunteer rota started',
  '9 for',
  'Who chairs the group',
  'Cerys',
  'Dai Price',
  '2099',
];

function expectNothingPrivate(element: DecisionLog, words = PRIVATE) {
  const markup = element.shadowRoot!.innerHTML;
  for (const word of words) expect(markup, word).not.to.contain(word);
}

describe('<decision-log public>: the public "you said, we did" board', () => {
  it('shows only decisions and fields marked public, with no names and nothing to change', async () => {
    const element = await decisionLog(html`<decision-log public .data=${smallLog()}></decision-log>`);
    await drawn(element);
    expect(text($(element, '#title'))).to.equal('You said, we did');
    const cards = $$(element, '.card');
    expect(cards.map((card) => text(card.querySelector('h3')))).to.deep.equal([
      'Open the café on Saturdays',
      'Free bus passes for volunteers',
    ]);
    const cafe = text(cards[0]);
    expect(cafe).to.contain('Please open at weekends').and.contain('We did: Opened on 4 April');
    expect(cafe).to.contain('The café opens 10 till 2 on Saturdays');
    const bus = text(cards[1]);
    expect(bus).to.contain('Not ours to decide: The county council decides.');
    expectNothingPrivate(element);
    expect($$(element, 'form, textarea, input[type="file"], #record, #correct, .tools, .update')).to.have.length(0);
    // The counts are of what the public can see.
    expect(text($(element, '.counts')))
      .to.contain('In progress: 1')
      .and.contain('Agreed: 0');
  });

  it('keeps names back unless the page allows them, and then only where a decision shows them', async () => {
    const log = {
      decisions: [
        decision('chair', {
          title: 'Chairing',
          how: { method: 'delegated', votes: null, who: 'Cerys Morgan' },
          people: ['Dai Price'],
          board: { shown: true, fields: ['how', 'people'] },
        }),
        decision('rota', { title: 'Rota', people: ['Ana Jones'], board: { shown: true, fields: ['why'] } }),
      ],
    };
    const hidden = await decisionLog(html`<decision-log public .data=${log}></decision-log>`);
    await drawn(hidden);
    expect(text($(hidden, '.found'))).to.contain('Passed to a named person or group to decide.');
    expectNothingPrivate(hidden, ['Cerys', 'Dai Price', 'Ana Jones']);

    const named = await decisionLog(html`<decision-log public show-names .data=${log}></decision-log>`);
    await drawn(named);
    const board = text($(named, '.found'));
    expect(board).to.contain('Passed to Cerys Morgan to decide.').and.contain('Dai Price');
    // "Rota" does not show who took part, whatever the page allows.
    expect(board).not.to.contain('Ana Jones');
  });

  it('searches only what the public can see', async () => {
    const element = await decisionLog(html`<decision-log public .data=${smallLog()}></decision-log>`);
    await drawn(element);
    const search = $<HTMLInputElement>(element, '#search');
    search.value = 'rota';
    search.dispatchEvent(new Event('input'));
    await drawn(element);
    expect(text($(element, '#showing'))).to.equal('0 decisions match, out of 2.');
  });

  it('loads a published log from src, read-only, and saves none of it', async () => {
    const element = await decisionLog(
      html`<decision-log public storage-key="public" src="/tests/decision-log/files/log.json"></decision-log>`,
    );
    await waitFor(() => element.shadowRoot!.querySelector('.card') !== null || element.data.decisions.length > 0);
    await drawn(element);
    expect(text($(element, '.card h3'))).to.equal('A community garden behind the hall');
    expect(text($(element, '.card'))).to.contain('Somewhere green to sit');
    expect(localStorage.getItem('coproduce:public')).to.equal(null);
  });

  it('shows a log from src to staff read-only: full details, no forms', async () => {
    const element = await decisionLog(html`<decision-log src="/tests/decision-log/files/log.json"></decision-log>`);
    await waitFor(() => element.data.decisions.length > 0);
    await drawn(element);
    expect(text(element.shadowRoot!.querySelector('.hint'))).to.contain('can be read here but not changed');
    expect($$(element, '#record, .tools')).to.have.length(0);
    $(element, '#open-garden').click();
    await drawn(element);
    expect($$(element, 'form, #correct')).to.have.length(0);
    expect(text($(element, '.history'))).to.contain('In progress');
  });

  it('loads a published log bigger than other elements’ 5 MB limit, as a long log is', async () => {
    const published = JSON.stringify({ format: 'coproduce/decision-log', version: 1, savedAt: AT, data: smallLog() });
    // Spaces, which JSON allows, make it as big as a few thousand decisions.
    const big = published + ' '.repeat(8 * 1024 * 1024);
    const answer = stub(window, 'fetch').callsFake(
      async () => new Response(big, { headers: { 'content-type': 'application/json' } }),
    );
    try {
      const { element, errors } = await decisionLogRecordingErrors(
        '<decision-log public src="/decisions-public.json"></decision-log>',
      );
      await waitFor(() => element.data.decisions.length > 0 || errors.length > 0);
      expect(errors.map((event) => event.detail.code)).to.deep.equal([]);
      await drawn(element);
      expect($$(element, '.card')).to.have.length(2);
    } finally {
      answer.restore();
    }
  });

  it('says clearly when src cannot be loaded or is not a log', async () => {
    const missing = await decisionLogRecordingErrors(
      '<decision-log public src="/tests/decision-log/files/missing.json"></decision-log>',
    );
    await waitFor(() => missing.errors.length > 0);
    expect(missing.errors[0]!.detail.code).to.equal('source-unavailable');
    await drawn(missing.element);
    expect(text($(missing.element, '#problems'))).to.contain(
      'We couldn’t load the decisions from /tests/decision-log/files/missing.json',
    );

    const wrong = await decisionLogRecordingErrors(
      '<decision-log public src="/tests/decision-log/files/not-a-log.json"></decision-log>',
    );
    await waitFor(() => wrong.errors.length > 0);
    expect(wrong.errors[0]!.detail.code).to.equal('invalid-source');
    await drawn(wrong.element);
    expect(text($(wrong.element, '#problems'))).to.contain('aren’t in the right form');
    expect(wrong.element.data.decisions).to.have.length(0);

    // Not damaged, only too new: it says so.
    const newer = await decisionLogRecordingErrors(
      '<decision-log public src="/tests/decision-log/files/from-a-newer-version.json"></decision-log>',
    );
    await waitFor(() => newer.errors.length > 0);
    expect(newer.errors[0]!.detail.code).to.equal('invalid-source');
    await drawn(newer.element);
    expect(text($(newer.element, '#problems'))).to.contain(
      'were saved by a newer version of this tool, so they can’t be shown here',
    );
  });
});

describe('<decision-log public>: search and filters on the board', () => {
  const titles = (element: DecisionLog) => $$(element, '.found .card h3').map(text);

  it('folds them away, so the first decision is on the first screen of a small phone', () =>
    atViewport(320, 568, async () => {
      const element = await decisionLog(html`<decision-log public .data=${longLog(40)}></decision-log>`);
      await drawn(element);
      window.scrollTo(0, 0);
      const first = $(element, '.found .card h3').getBoundingClientRect();
      expect(first.bottom, 'the first decision’s title').to.be.at.most(window.innerHeight);
      const fold = $<HTMLDetailsElement>(element, '.finder details');
      expect(fold.open).to.equal(false);
      expect(text($(element, '.finder summary'))).to.equal('Search and filter');
      // How many are showing is said next to it.
      expect(text($(element, '#showing'))).to.equal('20 decisions match, out of 20.');
      await expect(element).to.be.accessible();
    }));

  it('works from the keyboard: open, search, filter by status and by date', async () => {
    const element = await decisionLog(html`<decision-log public .data=${smallLog()}></decision-log>`);
    await drawn(element);
    $(element, '#title').focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(element)?.matches('summary')).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect($<HTMLDetailsElement>(element, '.finder details').open).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(focused(element)?.id).to.equal('search');
    await sendKeys({ type: 'bus' });
    await drawn(element);
    expect(titles(element)).to.deep.equal(['Free bus passes for volunteers']);
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Tab' });
    expect(focused(element)?.id).to.equal('filter-status');
    // "Any", then "Proposed", then "Agreed", then "In progress".
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'ArrowDown' });
    await drawn(element);
    expect(titles(element)).to.deep.equal(['Open the café on Saturdays']);
    $<HTMLSelectElement>(element, '#filter-status').focus();
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'ArrowUp' });
    await drawn(element);
    expect(titles(element)).to.have.length(2);
    $(element, '#filter-from-day').focus();
    await sendKeys({ type: '1' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '2' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '2026' });
    await sendKeys({ press: 'Enter' });
    await drawn(element);
    expect(titles(element)).to.deep.equal(['Open the café on Saturdays']);
    expect(text($(element, '#showing'))).to.equal('1 decision matches, out of 2.');
    await expect(element).to.be.accessible();
  });

  it('names an impossible date at its field, keeps what was typed, and filters nothing by it', async () => {
    const element = await decisionLog(html`<decision-log public .data=${smallLog()}></decision-log>`);
    await drawn(element);
    $(element, '.finder summary').click();
    await settle(element);
    $(element, '#filter-to-day').focus();
    await sendKeys({ type: '31' });
    await sendKeys({ press: 'Tab' });
    // Still typing: nothing is judged yet.
    expect(element.shadowRoot!.querySelector('#filter-to-day-error')).to.equal(null);
    await sendKeys({ type: '2' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '2026' });
    await sendKeys({ press: 'Tab' });
    await drawn(element);
    expect(text($(element, '#filter-to-day-error'))).to.equal(
      'Error: Enter the last day to show as a real day, month and year, for example 28 2 2026',
    );
    expect($(element, '#filter-to-day').getAttribute('aria-invalid')).to.equal('true');
    expect($(element, '.date-filter:has(#filter-to-day) fieldset').getAttribute('aria-describedby')).to.contain(
      'filter-to-day-error',
    );
    expect(
      ['day', 'month', 'year'].map((part) => $<HTMLInputElement>(element, `#filter-to-${part}`).value),
    ).to.deep.equal(['31', '2', '2026']);
    expect(titles(element)).to.have.length(2);
    await expect(element).to.be.accessible();
    // Put right, the message goes and the filter applies.
    $<HTMLInputElement>(element, '#filter-to-day').value = '28';
    $(element, '#filter-to-day').focus();
    await sendKeys({ press: 'Enter' });
    await drawn(element);
    expect(element.shadowRoot!.querySelector('#filter-to-day-error')).to.equal(null);
    expect(titles(element)).to.deep.equal(['Open the café on Saturdays', 'Free bus passes for volunteers']);
    $(element, '.finder button.small').click();
    await drawn(element);
    expect(
      ['day', 'month', 'year'].map((part) => $<HTMLInputElement>(element, `#filter-to-${part}`).value),
    ).to.deep.equal(['', '', '']);
    expect(focused(element)?.id).to.equal('search');
  });

  it('opens by itself when a search is already set, as when a page turns a log into its board', async () => {
    const element = await decisionLog(html`<decision-log .data=${smallLog()}></decision-log>`);
    await drawn(element);
    const search = $<HTMLInputElement>(element, '#search');
    search.value = 'café';
    search.dispatchEvent(new Event('input'));
    element.public = true;
    await drawn(element);
    expect($<HTMLDetailsElement>(element, '.finder details').open).to.equal(true);
    expect(titles(element)).to.deep.equal(['Open the café on Saturdays']);
  });
});
