// When the part that reads spreadsheets cannot be fetched (the connection
// dropped, the server was busy), <decision-log> says so plainly, in the
// page's language, reports `part-unavailable`, changes nothing, and the next
// try fetches it again. A real failure: the test runner's server answers 503.
// This file imports nothing that reads spreadsheets itself, so the element's
// own fetch is the one refused.
import { expect } from '@open-wc/testing';
import '../support/setup.js';
import { refuseNext, restoreNetwork } from '../support/unreachable.js';
import type { DecisionLog } from '../../packages/decision-log/src/index.js';
import { $, focused, html, recordEvents, settle, text, waitFor } from '../support/helpers.js';
import { smallLog } from './fixtures.js';
import { decisionLog } from './support.js';

const CSV = 'Title,What was decided,Decided on\r\nLibrary,Open late,2026-04-01\r\n';

/** Chooses a spreadsheet as a person would, and waits until the log has taken it or said why not. */
async function addSpreadsheet(element: DecisionLog): Promise<void> {
  const answered = new Promise((resolve) => {
    element.addEventListener('decision-log-change', resolve, { once: true });
    element.addEventListener('decision-log-error', resolve, { once: true });
  });
  const input = $<HTMLInputElement>(element, '#open-csv');
  const transfer = new DataTransfer();
  transfer.items.add(new File([CSV], 'more.csv'));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
  await answered;
  await settle(element);
}

describe('<decision-log>: the part that reads spreadsheets, when it cannot be fetched', () => {
  after(() => restoreNetwork());

  it('says so plainly in English and Welsh, changes nothing, and fetches it at the next try', async () => {
    // Refused twice: the first try, and the first try again (from a Welsh log).
    await refuseNext('/packages/decision-log/src/read-spreadsheet.js', 2);
    const element = await decisionLog(html`<decision-log .data=${smallLog()}></decision-log>`);
    const errors = recordEvents(element, 'decision-log-error');
    await addSpreadsheet(element);
    expect(errors.map((error) => error.detail.code)).to.deep.equal(['part-unavailable']);
    const message =
      'We couldn’t load the part of this tool that does that, so nothing has changed. Check your internet connection and try again.';
    expect(errors[0]!.detail.message).to.equal(message);
    expect(errors[0]!.detail.cause).to.be.instanceOf(Error);
    expect(text($(element, '#problems li'))).to.equal(message);
    expect(focused(element)?.id).to.equal('problems');
    expect(element.data.decisions).to.have.length(3);
    await expect(element).to.be.accessible();

    const welsh = await decisionLog(html`<decision-log locale="cy" .data=${smallLog()}></decision-log>`);
    const welshErrors = recordEvents(welsh, 'decision-log-error');
    await addSpreadsheet(welsh);
    expect(welshErrors.map((error) => error.detail.code)).to.deep.equal(['part-unavailable']);
    expect(text($(welsh, '#problems li'))).to.equal(
      'Doedden ni ddim yn gallu llwytho’r rhan o’r offeryn hwn sy’n gwneud hynny, felly does dim byd wedi newid. Gwiriwch eich cysylltiad â’r rhyngrwyd a rhowch gynnig arall arni.',
    );

    // The person tries again: the part is fetched, the decisions are added, and the problem goes.
    const changes = recordEvents(element, 'decision-log-change');
    await addSpreadsheet(element);
    await waitFor(() => changes.length > 0);
    expect(element.data.decisions.map((each) => each.title)).to.include('Library');
    expect(text($(element, '#problems'))).to.equal('');
    expect(text($(element, '.notice'))).to.contain('Added 1 decision from “more.csv”');
    expect(errors).to.have.length(1);
  });
});
