// Names people type (and ids in a host's data) are keys of plain objects. A
// name that is also the name of something every object inherits must be just
// a name: never "already answered", never a score nobody gave.
import { expect } from '@open-wc/testing';
import '../support/setup.js';
import { $, $$, fill, html, settle, text } from '../support/helpers.js';
import { agreement, agreementRecordingErrors, openCard } from '../values-agreement/support.js';
import { chooseScore, openMark, scorer, scorerRecordingErrors } from '../mark-scorer/support.js';
import { decisionLog } from '../decision-log/support.js';
import type { MarkScorer, MarkScorerDocument } from '../../packages/mark-scorer/src/index.js';
import type { ValuesAgreement } from '../../packages/values-agreement/src/index.js';
import { smallAgreement } from '../values-agreement/fixtures.js';

const BUILT_INS = 'constructor, toString, hasOwnProperty';

async function scorePrivately(element: MarkScorer, index: number, score: number) {
  $(element, `#m-listening-person-${index}`).click();
  await settle(element);
  chooseScore(element, `m-listening-private-${index}`, score);
  await settle(element);
  $(element, `#m-listening-done-${index}`).click();
  await settle(element);
}

async function answer(element: ValuesAgreement, itemId: string, index: number, value: string) {
  await openCard(element, itemId);
  $(element, `#i-${itemId}-person-${index}`).click();
  await settle(element);
  $<HTMLInputElement>(element, `input[name="i-${itemId}-answer-${index}"][value="${value}"]`).click();
  await settle(element);
  $$(element, `#i-${itemId}-card .entering button`).at(-1)!.click();
  await settle(element);
}

describe('Names that are also names of JavaScript built-ins', () => {
  it('<mark-scorer>: nobody has answered until they score, and the spread counts only real scores', async () => {
    const element = await scorer(html`<mark-scorer mode="individual" participants=${BUILT_INS}></mark-scorer>`);
    await openMark(element, 'listening');
    expect(text($(element, '#m-listening-summary .mark-status'))).to.equal('Answered: 0 of 3');
    expect($$(element, '#m-listening-card .person-status').map(text)).to.deep.equal([
      'not answered yet',
      'not answered yet',
      'not answered yet',
    ]);
    await scorePrivately(element, 1, 4);
    expect(text($(element, '#m-listening-summary .mark-status'))).to.equal('Answered: 1 of 3');
    $<HTMLButtonElement>(element, '#m-listening-card .individual button.primary').click();
    await settle(element);
    expect(text($(element, '#m-listening-spread .spread-text'))).to.equal(
      '1 score: 4. Lowest 4, middle 4, highest 4. 2 people have not answered.',
    );
  });

  it('<mark-scorer>: a mark whose id is a built-in name has no score in a round it was not part of', async () => {
    const element = await scorer();
    const data = element.data;
    data.rounds = [{ id: 'r1', label: 'Start', savedAt: '2026-03-01T10:00:00.000Z', scores: { listening: 5 } }];
    const mark = data.marks.find((each) => each.id === 'listening')!;
    data.marks.push({ ...mark, id: 'toString', preset: false, name: 'Our own', description: '', agreed: 7 });
    element.data = data as MarkScorerDocument;
    await settle(element);
    const row = $$<HTMLTableRowElement>(element, 'table.rounds-table tbody tr').find(
      (each) => text(each.querySelector('th')) === 'Our own',
    )!;
    expect(text(row.querySelector('td'))).to.equal('Not scored');
    expect(element.toCSV()).not.to.contain('function');
  });

  it('<mark-scorer>: "__proto__", which a saved record cannot keep, is left out of the names and named in a message', async () => {
    const { element, errors } = await scorerRecordingErrors(
      '<mark-scorer mode="individual" participants="Ana, __proto__"></mark-scorer>',
    );
    await openMark(element, 'listening');
    expect($$(element, '#m-listening-card .person-name').map(text)).to.deep.equal(['Ana']);
    expect(text($(element, '#problems'))).to.contain('“__proto__” can’t be used as a name here');
    expect(errors[0]!.detail.code).to.equal('invalid-attribute');
  });

  it('<values-agreement>: an item waits for everyone, and is agreed once they all agree', async () => {
    const element = await agreement(
      html`<values-agreement participants=${BUILT_INS} .data=${smallAgreement()}></values-agreement>`,
    );
    const state = () => text($(element, '#i-trust-summary .item-state'));
    expect(state()).to.equal('Waiting for 3 answers');
    expect($$(element, '.people-section .person-answer').map(text)).to.deep.equal([
      'answered 0 of 3',
      'answered 0 of 3',
      'answered 0 of 3',
    ]);
    for (const index of [0, 1, 2]) await answer(element, 'trust', index, 'agree');
    expect(state()).to.equal('Agreed');
  });

  it('<decision-log>: names that are built-ins are recorded like any other; "__proto__" is named at its field', async () => {
    const element = await decisionLog();
    $(element, '#record').click();
    await settle(element);
    fill(element, '#f-title', 'Open on Saturdays');
    fill(element, '#f-what', 'The café opens on Saturdays.');
    $<HTMLInputElement>(element, '#f-method-consent').click();
    fill(element, '#f-people', 'Ann, __proto__');
    $<HTMLButtonElement>(element, '.decision-form button[type="submit"]').click();
    await settle(element);
    expect(text($(element, '#f-people-error'))).to.equal(
      'Error: One of the names can’t be used here. Please write it another way',
    );
    expect(element.data.decisions).to.have.length(0);
    fill(element, '#f-people', 'Ann, constructor, toString');
    $<HTMLButtonElement>(element, '.decision-form button[type="submit"]').click();
    await settle(element);
    expect(element.data.decisions[0]!.people).to.deep.equal(['Ann', 'constructor', 'toString']);
  });

  it('<values-agreement>: a name added on screen that a record cannot keep is refused at the field', async () => {
    const { element } = await agreementRecordingErrors('<values-agreement></values-agreement>');
    const field = $<HTMLInputElement>(element, '#person-new');
    field.value = '__proto__';
    field.form!.requestSubmit();
    await settle(element);
    expect(text($(element, '#person-new-error'))).to.equal(
      'Error: That name can’t be used here. Please write it another way',
    );
    expect(element.data.participants).to.deep.equal([]);
  });
});
