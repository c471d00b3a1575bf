// Reading a spreadsheet is a part of <decision-log> most visits never use: it
// is fetched when someone reaches for "Add decisions from a spreadsheet" (the
// pointer over it, or focus on it), not with the page. This file imports
// nothing that reads spreadsheets itself, so the page has not fetched it
// before the test; tests/dropin/loader.test.mjs checks the built files too.
import { expect } from '@open-wc/testing';
import '../support/setup.js';
import { $, catchDownloads, html, recordEvents, settle, text, waitFor } from '../support/helpers.js';
import { smallLog } from './fixtures.js';
import { decisionLog } from './support.js';

// Room for every request the page makes, so the part's own request is there to be seen.
performance.setResourceTimingBufferSize(10_000);

/** True once the page has fetched the module that reads spreadsheets (`.js`, or the `.ts` it is served from). */
const readerFetched = () =>
  performance
    .getEntriesByType('resource')
    .some((entry) =>
      new URL(entry.name).pathname.replace(/\.ts$/, '.js').endsWith('/decision-log/src/read-spreadsheet.js'),
    );

describe('<decision-log>: reading a spreadsheet, fetched when first reached for', () => {
  it('is not fetched with the log, nor by its other tools, and starts as focus reaches the button', async () => {
    const element = await decisionLog(html`<decision-log .data=${smallLog()}></decision-log>`);
    $(element, '#record').click();
    await settle(element);
    // The other tools: downloading a copy or a spreadsheet needs no reading.
    const downloads = catchDownloads();
    try {
      for (const button of element.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="tools"] button')) {
        if (text(button).startsWith('Download')) button.click();
      }
      await settle(element);
      expect(downloads.files.map((file) => file.name.replace(/\d{4}-\d{2}-\d{2}/, 'DATE'))).to.deep.equal([
        'decisions-DATE.json',
        'decisions-DATE.csv',
        'decisions-public-DATE.json',
      ]);
    } finally {
      downloads.stop();
    }
    expect(readerFetched(), 'not fetched before it is reached for').to.equal(false);

    // Focus reaching the button (Tab, or a screen reader moving to it) starts the fetch; the pointer over it does
    // too (tests/dropin/loader.test.mjs, where no earlier test file has left touch emulated).
    $(element, '#open-csv-button').focus();
    await waitFor(readerFetched);

    // By the time a file is chosen the part is here: the decisions are added.
    const changes = recordEvents(element, 'decision-log-change');
    const input = $<HTMLInputElement>(element, '#open-csv');
    const transfer = new DataTransfer();
    transfer.items.add(new File(['Title,What was decided,Decided on\r\nLibrary,Open late,2026-04-01\r\n'], 'more.csv'));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await waitFor(() => changes.length > 0);
    await settle(element);
    expect(element.data.decisions.map((each) => each.title)).to.include('Library');
    expect(text($(element, '.notice'))).to.contain('Added 1 decision from “more.csv”');
  });
});
