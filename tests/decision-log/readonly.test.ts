import { expect, fixture } from '@open-wc/testing';
import { stub } from 'sinon';
import '../support/setup.js';
import type { DecisionLog } from '../../packages/decision-log/src/index.js';
import { $, $$, catchDownloads, html, recordEvents, settle, text, waitFor } from '../support/helpers.js';
import { fakeSession, type FakeProject } from '../support/fake-session.js';
import { decisionLog, drawn } from './support.js';
import { longLog, smallLog } from './fixtures.js';

/** What a person can read a log with: downloads and print. */
const TOOLS = ['Download a copy', 'Download as a spreadsheet', 'Print', 'Download the public board’s copy'];

/**
 * Every control in the shadow root, each named by what it does: a row's
 * button opens its decision; fields must be the finder's (search and
 * filters). Anything else that could change the log would show up here.
 */
function controls(element: DecisionLog): { buttons: string[]; fieldsOutsideFinder: string[]; editing: number } {
  const buttons = $$<HTMLButtonElement>(element, 'button')
    .filter((button) => !button.dataset['decision'])
    .map((button) => text(button));
  const fieldsOutsideFinder = $$<HTMLElement>(element, 'input, select, textarea')
    .filter((field) => !field.closest('.finder'))
    .map((field) => field.id);
  const editing = $$(
    element,
    'form, textarea, input[type="file"], #record, #correct, #undo, .update, .decision-form',
  ).length;
  return { buttons, fieldsOutsideFinder, editing };
}

async function readOnlyLog(): Promise<DecisionLog> {
  const element = await decisionLog(html`<decision-log readonly .data=${smallLog()}></decision-log>`);
  await drawn(element);
  return element;
}

describe('<decision-log readonly>: the whole log, with nothing to change', () => {
  it('shows every decision, the finder and each decision with its history, and no control that edits', async () => {
    const element = await readOnlyLog();
    expect(text($(element, '#title'))).to.equal('Decisions');
    expect(text($(element, '.hint'))).to.equal('This log can be read here but not changed.');
    // All of it, private decisions and details too: readonly is not the public board.
    expect($$(element, '.found .entry-title').map(text)).to.deep.equal([
      'Who chairs the group',
      'Open the café on Saturdays',
      'Free bus passes for volunteers',
    ]);
    expect(text($(element, '.counts'))).to.contain('Agreed: 1');
    expect($$(element, '.finder details'), 'the finder is open, as on any log').to.have.length(0);
    expect(controls(element)).to.deep.equal({ buttons: TOOLS, fieldsOutsideFinder: [], editing: 0 });
    await expect(element).to.be.accessible();

    $(element, '#view-timeline').click();
    await drawn(element);
    expect($$(element, '.found [role="listitem"]').length).to.be.greaterThan(3);
    expect(controls(element)).to.deep.equal({ buttons: TOOLS, fieldsOutsideFinder: [], editing: 0 });
    $(element, '#view-list').click();
    await drawn(element);

    $(element, '#open-cafe').click();
    await settle(element);
    expect(text($(element, '#decision-heading'))).to.equal('Open the café on Saturdays');
    expect(text($(element, '.decision')))
      .to.contain('Weekdays are hard')
      .and.contain('Ana Jones and Bryn Evans');
    expect($$(element, '.history li')).to.have.length(3);
    expect(controls(element)).to.deep.equal({
      buttons: ['Back to all decisions', ...TOOLS],
      fieldsOutsideFinder: [],
      editing: 0,
    });
    await expect(element).to.be.accessible();
  });

  it('still downloads a copy, the spreadsheet and the public copy, and prints', async () => {
    const element = await readOnlyLog();
    const downloads = catchDownloads();
    const print = stub(window, 'print');
    try {
      for (const name of TOOLS)
        $$<HTMLButtonElement>(element, '.tools button')
          .find((button) => text(button) === name)!
          .click();
      await settle(element);
      expect(print.calledOnce).to.equal(true);
      expect(downloads.files.map((file) => file.name.replace(/\d{4}-\d\d-\d\d/, 'day'))).to.deep.equal([
        'decisions-day.json',
        'decisions-day.csv',
        'decisions-public-day.json',
      ]);
      expect(JSON.parse(await downloads.files[0]!.text).data.decisions).to.have.length(3);
      expect(await downloads.files[1]!.text).to.contain('Who chairs the group');
      expect(JSON.parse(await downloads.files[2]!.text).data.decisions).to.have.length(2);
    } finally {
      downloads.stop();
      print.restore();
    }
  });

  it('reads a log saved in this browser, and takes data from the host', async () => {
    const saved = await decisionLog(html`<decision-log storage-key="kept" .data=${smallLog()}></decision-log>`);
    saved.remove();
    const element = await decisionLog(html`<decision-log readonly storage-key="kept"></decision-log>`);
    await drawn(element);
    expect($$(element, '.found .entry-title')).to.have.length(3);
    element.data = longLog(2);
    await drawn(element);
    expect($$(element, '.found .entry-title').map(text)).to.deep.equal(['Decision number 1', 'Decision number 0']);
  });

  it('keeps no change a person was making when the page made the log read-only', async () => {
    const element = await decisionLog(html`<decision-log .data=${smallLog()}></decision-log>`);
    await drawn(element);
    $(element, '#open-cafe').click();
    await settle(element);
    const updates = recordEvents(element, 'decision-updated');
    const changes = recordEvents(element, 'decision-log-change');
    $(element, '#u-status-done').click();
    const form = $(element, '.update:has(#u-note) form') as HTMLFormElement;
    // Made read-only, then the form sent before the element draws again: the model refuses it.
    element.readonly = true;
    form.requestSubmit();
    await settle(element);
    expect(updates).to.have.length(0);
    expect(changes).to.have.length(0);
    expect(element.data).to.deep.equal(smallLog());
    expect(controls(element).editing).to.equal(0);
  });

  it('takes away Undo, opening a copy and adding from a spreadsheet while read-only, and gives them back after', async () => {
    const element = await decisionLog(html`<decision-log .data=${smallLog()}></decision-log>`);
    const input = $<HTMLInputElement>(element, '#open-csv');
    const transfer = new DataTransfer();
    transfer.items.add(new File(['Title,What was decided,Decided on\r\nNew,Something,2026-01-01\r\n'], 'one.csv'));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await waitFor(() => element.data.decisions.length === 4);
    await settle(element);
    expect($$(element, '#undo')).to.have.length(1);
    element.readonly = true;
    await settle(element);
    expect($$(element, '#undo, #open-file, #open-csv')).to.have.length(0);
    expect($$(element, '.tools button').map(text)).to.deep.equal(TOOLS);
    element.readonly = false;
    await settle(element);
    expect($$(element, '#record, #open-file, #open-csv')).to.have.length(3);
  });
});

describe('<decision-log> for a participant in a live session: to read', () => {
  it('offers a participant nothing that changes the log, and a facilitator everything', async () => {
    const inSession = async (role: 'participant' | 'facilitator') => {
      const project = await fixture<FakeProject>(
        html`<fake-project .session=${fakeSession(role, 'Ana')}><decision-log .data=${smallLog()}></decision-log></fake-project>`,
      );
      const element = project.querySelector('decision-log')!;
      await drawn(element);
      return element;
    };
    const participant = await inSession('participant');
    expect(controls(participant).editing).to.equal(0);
    expect(text($(participant, '.hint'))).to.equal('This log can be read here but not changed.');
    await expect(participant).to.be.accessible();
    expect(controls(await inSession('facilitator')).editing).to.be.greaterThan(0);
  });
});
