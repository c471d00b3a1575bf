import { expect } from '@open-wc/testing';
import '../support/setup.js';
import { $, $$, html, settle, text } from '../support/helpers.js';
import { openMark, scorer, scorerRecordingErrors } from './support.js';
import { PRESET_MARKS, STAGES } from '../../packages/mark-scorer/src/index.js';

describe('<mark-scorer> rendering', () => {
  it('shows the Process stage by default: its 13 marks, each named in a closed card', async () => {
    const element = await scorer();
    expect(text($(element, 'h2'))).to.equal('Marks of co-production: Process');
    const names = $$(element, 'details.mark .mark-name').map(text);
    expect(names).to.have.length(13);
    expect(names[0]).to.equal('Listening');
    expect(names).to.include('Comfort in online meetings');
    expect($$<HTMLDetailsElement>(element, 'details.mark').every((card) => !card.open)).to.equal(true);
    await expect(element).to.be.accessible();
  });

  for (const stage of STAGES) {
    it(`stage="${stage}" shows that stage's default marks`, async () => {
      const element = await scorer(html`<mark-scorer stage=${stage}></mark-scorer>`);
      expect($$(element, 'details.mark')).to.have.length(PRESET_MARKS[stage].length);
      expect($$(element, 'details.mark .mark-name').every((name) => text(name).length > 0)).to.equal(true);
    });
  }

  it('planning starts with "starting positively"', async () => {
    const element = await scorer(html`<mark-scorer stage="planning"></mark-scorer>`);
    expect(text($(element, 'details.mark .mark-name'))).to.equal('Starting positively: bringing co-producers together');
  });

  it('an open card has its description, notes, ladders, snakes and score, and passes axe', async () => {
    const element = await scorer();
    await openMark(element, 'listening');
    const card = $(element, '#m-listening-card');
    expect(text(card.querySelector('.description'))).to.equal('Everyone is heard, and we act on what people tell us.');
    expect(card.querySelector('textarea#m-listening-notes')).to.exist;
    expect(text(card.querySelector('.ladders h4'))).to.include('Ladders');
    expect(text(card.querySelector('.snakes h4'))).to.include('Snakes');
    expect(text(card.querySelector('fieldset.score legend'))).to.equal('Our score for “Listening”');
    expect(card.querySelectorAll('fieldset.score input[type=radio]')).to.have.length(11);
    await expect(element).to.be.accessible();
  });

  it('an unknown stage or mode shows a clear message, reports it, and falls back', async () => {
    const { element, errors } = await scorerRecordingErrors('<mark-scorer stage="lunch" mode="solo"></mark-scorer>');
    expect(text($(element, 'h2'))).to.equal('Marks of co-production: Process');
    const problem = text($(element, '#problems'));
    expect(problem).to.include('“lunch”').and.include('“solo”');
    expect(errors.map((event) => event.detail.code)).to.deep.equal(['invalid-attribute', 'invalid-attribute']);
    expect(errors[0]!.detail.message).to.include('lunch');
    await expect(element).to.be.accessible();
    element.setAttribute('stage', 'review');
    await settle(element);
    expect(text($(element, '#problems'))).not.to.include('lunch');
  });
});

describe('<mark-scorer> in Welsh', () => {
  it('follows the locale attribute', async () => {
    const element = await scorer(html`<mark-scorer locale="cy"></mark-scorer>`);
    expect(text($(element, 'h2'))).to.equal('Nodweddion cydgynhyrchu: Y broses');
    expect(text($(element, 'details.mark .mark-name'))).to.equal('Gwrando');
    expect($(element, '.root').getAttribute('lang')).to.equal('cy');
    await openMark(element, 'listening');
    expect(text($(element, '#m-listening-card legend'))).to.equal('Ein sgôr ar gyfer “Gwrando”');
    await expect(element).to.be.accessible();
  });

  it('follows the nearest lang attribute, and changes when the page changes language', async () => {
    const element = await scorer(html`<div lang="cy-GB"><mark-scorer></mark-scorer></div>`);
    expect(text($(element, 'h2'))).to.equal('Nodweddion cydgynhyrchu: Y broses');
    element.parentElement!.setAttribute('lang', 'en');
    await new Promise((resolve) => setTimeout(resolve, 0));
    await settle(element);
    expect(text($(element, 'h2'))).to.equal('Marks of co-production: Process');
  });

  it('prefers its own locale over a project locale, and a project locale over lang', async () => {
    const element = await scorer(
      html`<div lang="en"><coproduction-project locale="cy"><mark-scorer></mark-scorer></coproduction-project></div>`,
    );
    expect(text($(element, 'h2'))).to.include('Nodweddion');
    element.locale = 'en';
    await settle(element);
    expect(text($(element, 'h2'))).to.include('Marks');
  });

  it('falls back to English for a language we do not have', async () => {
    const element = await scorer(html`<mark-scorer locale="fr"></mark-scorer>`);
    expect(text($(element, 'h2'))).to.include('Marks of co-production');
  });
});

describe('<mark-scorer> charts', () => {
  /** The dots a chart draws, as [x, y] pairs. */
  const dots = (chart: Element) =>
    [...chart.querySelectorAll('circle')].map((dot) => [
      Number(dot.getAttribute('cx')),
      Number(dot.getAttribute('cy')),
    ]);

  it('stacks equal scores in the spread and in the rounds, so no dot hides another', async () => {
    const element = await scorer(html`<mark-scorer mode="individual"></mark-scorer>`);
    const doc = element.data;
    element.data = {
      ...doc,
      participants: ['Ana', 'Ben', 'Cy'],
      marks: doc.marks.map((mark) =>
        mark.id === 'listening' ? { ...mark, individual: { Ana: 7, Ben: 7, Cy: 3 }, revealed: true } : mark,
      ),
      rounds: [1, 2, 3].map((n) => ({
        id: `r${n}`,
        label: `Round ${n}`,
        savedAt: `2026-11-0${n}T10:00:00.000Z`,
        scores: { listening: n === 3 ? 4 : 6 },
      })),
    };
    await openMark(element, 'listening');
    const spread = dots($(element, '#m-listening-card .spread-chart'));
    expect(spread).to.have.length(3);
    // Two sevens at one place on the line, one above the other; the three alone.
    expect(new Set(spread.map(([x]) => x)).size).to.equal(2);
    expect(new Set(spread.map(([x, y]) => `${x},${y}`)).size).to.equal(3);
    const trend = dots($(element, '.trend-chart svg'));
    expect(trend).to.have.length(3);
    expect(new Set(trend.map(([x, y]) => `${x},${y}`)).size).to.equal(3);
    expect(trend[0]![0]).to.equal(trend[1]![0]);
  });
});
