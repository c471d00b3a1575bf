import { expect } from '@open-wc/testing';
import '../support/setup.js';
import { $, $$, settle, submitText, text } from '../support/helpers.js';
import { chooseScore, openMark, scorer } from './support.js';
import type { MarkScorer } from '../../packages/mark-scorer/src/index.js';

async function score(element: MarkScorer, markId: string, value: number | 'pass') {
  await openMark(element, markId);
  chooseScore(element, `m-${markId}-agreed`, value);
  await settle(element);
}

describe('<mark-scorer> rounds and looking back', () => {
  it('saves a dated, labelled snapshot of the agreed scores', async () => {
    const element = await scorer();
    expect(text($(element, '.rounds .empty'))).to.equal('No rounds saved yet.');
    await score(element, 'listening', 4);
    await score(element, 'power', 'pass');
    await submitText(element, '#round-label', '');
    const [round] = element.data.rounds;
    expect(round!.label).to.equal('Round 1');
    expect(Date.now() - Date.parse(round!.savedAt)).to.be.lessThan(60_000);
    expect(round!.scores).to.include({ listening: 4, power: 'pass', conflict: null });
    expect(text($(element, '.reflection'))).to.include('Save another round later');
    expect(text($(element, '.visually-hidden[role=status]'))).to.equal('Saved “Round 1”.');
  });

  it('shows each mark across rounds as a chart and as a table, and says what moved most', async () => {
    const element = await scorer();
    await score(element, 'listening', 4);
    await score(element, 'power', 6);
    await score(element, 'conflict', 5);
    await submitText(element, '#round-label', 'Start of project');
    await score(element, 'listening', 8);
    await score(element, 'power', 5);
    await score(element, 'conflict', 'pass');
    await submitText(element, '#round-label', 'End of project');

    const moved = $$(element, '.reflection ul.moved li').map(text);
    expect(moved).to.deep.equal([
      '“Listening” went up by 4, from 4 to 8',
      '“Thinking and talking about power” went down by 1, from 6 to 5',
    ]);

    const table = $<HTMLTableElement>(element, 'table.rounds-table');
    expect(text(table.caption)).to.equal('Agreed scores in each round');
    const headings = [...table.tHead!.rows[0]!.cells].map((cell) => text(cell));
    expect(headings[0]).to.equal('Mark');
    expect(headings[1]).to.include('Start of project');
    expect(headings[2]).to.include('End of project');
    const row = (name: string) => [...table.tBodies[0]!.rows].find((candidate) => text(candidate.cells[0]) === name)!;
    expect([...row('Listening').cells].map((cell) => text(cell))).to.deep.equal(['Listening', '4', '8']);
    expect([...row('Handling conflict and difficult dynamics').cells].slice(1).map((cell) => text(cell))).to.deep.equal(
      ['5', 'Passed'],
    );
    expect([...row('Icebreakers').cells].slice(1).map((cell) => text(cell))).to.deep.equal([
      'Not scored',
      'Not scored',
    ]);

    // The chart: one line per scored mark, a numbered dot per scored round.
    const trends = $$(element, '.trend-chart .trend');
    expect(trends.map((trend) => text(trend.querySelector('.trend-name')))).to.deep.equal([
      'Listening',
      'Handling conflict and difficult dynamics',
      'Thinking and talking about power',
    ]);
    expect([...trends[0]!.querySelectorAll('g.dot text')].map((dot) => dot.textContent)).to.deep.equal(['1', '2']);
    expect($(element, '.trend-chart').getAttribute('aria-hidden')).to.equal('true');
    await expect(element).to.be.accessible();
  });

  it('says so when nothing moved', async () => {
    const element = await scorer();
    await score(element, 'listening', 5);
    await submitText(element, '#round-label', 'One');
    await submitText(element, '#round-label', 'Two');
    expect(text($(element, '.reflection'))).to.include('No agreed scores have changed between rounds.');
    // Equal scores stack, so both round numbers stay readable.
    const dots = $$(element, '.trend g.dot circle').map((circle) => circle.getAttribute('cy'));
    expect(new Set(dots).size).to.equal(2);
  });
});
