import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../support/setup.js';
import { $, $$, focused, recordEvents, settle, text } from '../support/helpers.js';
import { openMark, scorer } from './support.js';
import { createDocument, type MarkScorerDocument } from '../../packages/mark-scorer/src/index.js';

/** A session with something in every part: notes, a ladder, a snake, scores, an idea and a round. */
function session(): MarkScorerDocument {
  const doc = createDocument();
  return {
    ...doc,
    participants: ['Ana', 'Ben'],
    marks: doc.marks.map((mark) => {
      if (mark.id === 'listening') {
        return {
          ...mark,
          notes: 'We meet where people already are.',
          ladders: [{ id: 'l1', text: 'Paid travel' }],
          snakes: [{ id: 's1', text: 'Jargon' }],
          agreed: 7,
          individual: { Ana: 6, Ben: 8 },
          revealed: true,
        };
      }
      if (mark.id === 'power') return { ...mark, individual: { Ana: 3 }, revealed: false };
      return mark;
    }),
    ideas: [{ id: 'i1', text: 'Ask the youth group', stage: 'review', addedAt: '2026-11-01T10:00:00.000Z' }],
    rounds: [{ id: 'r1', label: 'First look', savedAt: '2026-11-02T10:00:00.000Z', scores: { listening: 7 } }],
  };
}

/** What a read-only element may still offer: reading, downloading and printing. */
const READING_CONTROLS = new Set(['Download a copy', 'Download as a spreadsheet', 'Print']);

describe('<mark-scorer readonly>', () => {
  it('shows the whole session to read, with no control that changes it', async () => {
    const element = await scorer(html`<mark-scorer readonly mode="individual" .data=${session()}></mark-scorer>`);
    await openMark(element, 'listening');
    await openMark(element, 'power');
    const card = $(element, '#m-listening-card');
    expect(text(card.querySelector('.notes-read'))).to.equal('We meet where people already are.');
    expect(text(card.querySelector('.ladders'))).to.include('Paid travel');
    expect(text(card.querySelector('.snakes'))).to.include('Jargon');
    expect(text(card.querySelector('.spread'))).to.include('6 and 8');
    expect(text(card.querySelector('.score-read'))).to.equal('Our score: 7 out of 10');
    expect(text($(element, '.lake'))).to.include('Ask the youth group');
    expect(text($(element, '.reflection'))).to.include('First look');
    expect(text($(element, '.people-read'))).to.include('Ana');
    // Editing controls are not in the page at all, and a score not yet revealed is not either.
    expect($$(element, 'input, textarea, select, form')).to.have.length(0);
    const buttons = $$(element, 'button').map((button) => text(button));
    expect(buttons.filter((name) => !READING_CONTROLS.has(name))).to.deep.equal([]);
    expect(buttons).to.include.members([...READING_CONTROLS]);
    expect(text($(element, '#m-power-card'))).not.to.include('3');
    expect(text($(element, '.intro'))).to.equal('This session can be read here but not changed.');
    await expect(element).to.be.accessible();
  });

  it('takes keyboard users only to what can be read or downloaded', async () => {
    const element = await scorer(html`<mark-scorer readonly .data=${session()}></mark-scorer>`);
    // Tab ends on a button after the element: tabbing off the page would leave Firefox's keyboard in its own toolbar for later tests.
    const after = document.createElement('button');
    after.textContent = 'After';
    element.after(after);
    $(element, '#m-listening-summary').focus();
    const stops: string[] = [];
    for (let i = 0; i < 40; i++) {
      await sendKeys({ press: 'Tab' });
      const now = focused(element);
      if (!now) break;
      stops.push(now.localName === 'button' ? text(now) : `${now.localName}.${now.className}`);
    }
    // Cards open to be read; the rounds table scrolls from the keyboard; the source credit is a link.
    const reading = (stop: string) =>
      stop.startsWith('summary.') || stop === 'div.table-scroll' || stop.startsWith('a.');
    expect(stops.filter((stop) => !reading(stop) && !READING_CONTROLS.has(stop))).to.deep.equal([]);
    expect(stops).to.include('Print');
    expect(document.activeElement).to.equal(after);
    after.remove();
  });

  it('still takes data from the host, and sends no change of its own', async () => {
    const element = await scorer(html`<mark-scorer readonly></mark-scorer>`);
    const changes = recordEvents(element, 'mark-scorer-change');
    element.data = session();
    await settle(element);
    expect(text($(element, '#m-listening-summary .mark-status'))).to.equal('Our score: 7 out of 10');
    expect(changes).to.have.length(0);
  });

  it('becomes editable again when readonly is removed', async () => {
    const element = await scorer(html`<mark-scorer readonly .data=${session()}></mark-scorer>`);
    element.readonly = false;
    await openMark(element, 'listening');
    expect($(element, '#m-listening-card textarea#m-listening-notes')).to.exist;
    expect($(element, '#open-file')).to.exist;
  });
});
