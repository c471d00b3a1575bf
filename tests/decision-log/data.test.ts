import { expect, fixture } from '@open-wc/testing';
import { spy } from 'sinon';
import '../support/setup.js';
import { readSpreadsheet, type SpreadsheetRefusal } from '../../packages/decision-log/src/read-spreadsheet.js';
import {
  decisionLogCatalogues,
  decisionsFromCsv,
  spreadsheetWords,
  type Decision,
  type DecisionLog,
} from '../../packages/decision-log/src/index.js';
import { formatMessage } from '../../packages/core/src/index.js';
import { $, $$, fill, fillDay, focused, html, recordEvents, settle, text, waitFor } from '../support/helpers.js';
import { decisionLog, decisionLogRecordingErrors, drawn } from './support.js';
import { decision, longLog, smallLog } from './fixtures.js';

const stored = (key: string) => JSON.parse(localStorage.getItem(key)!);

/** Records what happened to a decision through its form: we couldn't, on 1 March 2026. */
async function addOutcome(element: DecisionLog, id: string, why: string) {
  await drawn(element);
  $(element, `#open-${id}`).click();
  await settle(element);
  $(element, '#o-result-could-not').click();
  fill(element, '#o-text', why);
  fillDay(element, 'o-date', '1', '3', '2026');
  $<HTMLButtonElement>(element, '.update:has(#o-text) button[type="submit"]').click();
  await settle(element);
}

/**
 * Chooses a file as a person would, and waits until the log has taken it
 * (`decision-log-change`) or refused it (`decision-log-error`): reading a file
 * takes as long as it takes.
 */
async function chooseFile(element: DecisionLog, selector: string, name: string, content: BlobPart) {
  const input = $<HTMLInputElement>(element, selector);
  const transfer = new DataTransfer();
  transfer.items.add(new File([content], name));
  const stop = new AbortController();
  const answered = new Promise((resolve) => {
    element.addEventListener('decision-log-change', resolve, { signal: stop.signal });
    element.addEventListener('decision-log-error', resolve, { signal: stop.signal });
  });
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
  await answered;
  stop.abort();
  await settle(element);
}

describe('<decision-log>: data in and out', () => {
  it('saves each change and restores it after a reload', async () => {
    const first = await decisionLog(html`<decision-log storage-key="log" .data=${smallLog()}></decision-log>`);
    await addOutcome(first, 'bus', 'No budget');
    expect(stored('coproduce:log')).to.include({ format: 'coproduce/decision-log', version: 1 });
    first.remove();
    const again = await decisionLog(html`<decision-log storage-key="log"></decision-log>`);
    expect(again.data.decisions).to.have.length(3);
    expect(again.data.decisions[1]!.history.at(-1)).to.include({
      type: 'outcome',
      text: 'No budget',
      on: '2026-03-01',
    });
  });

  it('refuses invalid data from the page with a message and an event, keeping what was there', async () => {
    const element = await decisionLog(html`<decision-log .data=${smallLog()}></decision-log>`);
    const errors = recordEvents(element, 'decision-log-error');
    element.data = { decisions: [decision('a'), decision('a')] };
    element.data = { decisions: [{ ...decision('b'), history: [] }] };
    await settle(element);
    expect(errors).to.have.length(2);
    expect(errors[0]!.detail.code).to.equal('invalid-data');
    expect(element.data.decisions).to.have.length(3);
    expect(text($(element, '#problems'))).to.contain('isn’t in the right form');
  });

  it('takes data set to undefined, as templates bind an unset property, as nothing given', async () => {
    const element = await decisionLog(html`<decision-log .data=${smallLog()}></decision-log>`);
    const errors = recordEvents(element, 'decision-log-error');
    element.data = undefined;
    await settle(element);
    expect(errors).to.have.length(0);
    expect(element.data.decisions).to.have.length(3);
    expect(text($(element, '#problems'))).to.equal('');
  });

  it('reports invalid data set before a listener is added, as a framework sets properties first', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    // Set as a property on an element not yet in the page, the listener added just after.
    const early = document.createElement('decision-log');
    early.data = { decisions: 'none' } as never;
    const earlyErrors = recordEvents(early, 'decision-log-error');
    wrapper.append(early);
    await settle(early);
    expect(earlyErrors.map((event) => event.detail.code)).to.deep.equal(['invalid-data']);
    expect(text($(early, '#problems'))).to.contain('isn’t in the right form');
    // And on one already in the page.
    const element = await decisionLog(html`<decision-log .data=${smallLog()}></decision-log>`);
    element.data = { decisions: [{ id: 1 }] } as never;
    const errors = recordEvents(element, 'decision-log-error');
    await settle(element);
    expect(errors.map((event) => event.detail.code)).to.deep.equal(['invalid-data']);
    expect(element.data.decisions).to.have.length(3);
  });

  it('keeps damaged stored data aside and starts an empty log', async () => {
    localStorage.setItem(
      'coproduce:damaged',
      '{"format":"coproduce/decision-log","version":1,"data":{"decisions":[{"id":1}]}}',
    );
    const { element, errors } = await decisionLogRecordingErrors('<decision-log storage-key="damaged"></decision-log>');
    expect(errors[0]!.detail.code).to.equal('unreadable-storage');
    expect(element.data.decisions).to.have.length(0);
    const backups = Object.keys(localStorage).filter(
      (key) => key.startsWith('coproduce:damaged') && key !== 'coproduce:damaged',
    );
    expect(backups).to.have.length(1);
    expect(localStorage.getItem(backups[0]!)).to.contain('"id":1');
  });

  it('copies the log for a change listener only when it reads it', async () => {
    const element = await decisionLog(html`<decision-log .data=${smallLog()}></decision-log>`);
    const changes = recordEvents(element, 'decision-log-change');
    await addOutcome(element, 'bus', 'No budget');
    expect(changes).to.have.length(1);
    expect(JSON.parse(JSON.stringify(changes[0]!.detail)).data.decisions).to.have.length(3);
    const { data } = changes[0]!.detail;
    expect(data.decisions[1]!.history).to.have.length(3);
    data.decisions.length = 0;
    expect(element.data.decisions).to.have.length(3);
  });

  it('exports CSV in the reader’s language, with formulas made safe', async () => {
    const log = smallLog();
    log.decisions[2]!.title = '=HYPERLINK("http://evil")';
    const element = await decisionLog(html`<decision-log .data=${log}></decision-log>`);
    const csv = element.toCSV();
    const [header, first] = csv.split('\r\n');
    expect(header).to.match(/^Id,Title,Decided on,What was decided,Why,How,/);
    expect(first).to.contain('cafe,Open the café on Saturdays,2026-02-10');
    expect(first).to.contain('A vote,9,2,1');
    expect(first).to.contain('In progress,2026-03-01');
    expect(first).to.contain('We did it,Opened on 4 April.');
    expect(csv).to.contain(`"'=HYPERLINK(""http://evil"")"`);
    // Who took part: one name per line in the cell, as every list in our spreadsheets, so no “and” to translate.
    expect(csv).to.contain(',"Ana Jones\nBryn Evans",');
    expect(csv).not.to.match(/Ana Jones,? and/);
    element.locale = 'cy';
    await settle(element);
    const welsh = element.toCSV().split('\r\n');
    expect(welsh[0]).to.match(/^Dynodydd,Teitl,/);
    expect(welsh[0]).to.contain(',"Wedi’i drosglwyddo i, neu pwy sy’n penderfynu",Pwy gymerodd ran,');
    // In Welsh the same: one name per line, never an English “and”, nor a Welsh “a” or “ac” to get right.
    expect(welsh.join('\r\n')).to.contain(',"Ana Jones\nBryn Evans",');
    expect(welsh.join('\r\n')).to.contain(
      'Trosglwyddo’r penderfyniad i unigolyn neu grŵp penodol,,,,Cerys Morgan,"Cerys Morgan\nDai Price",',
    );
    element.data = { decisions: [{ ...log.decisions[0]!, people: ['Bryn Evans', 'Cerys Morgan', 'Ifan Hughes'] }] };
    await settle(element);
    expect(element.toCSV()).to.contain(',"Bryn Evans\nCerys Morgan\nIfan Hughes",');
    expect(element.toCSV()).not.to.match(/\band\b| ac Ifan| a Cerys/);
  });

  it('adds decisions from its own spreadsheet, in either language, once', async () => {
    const source = await decisionLog(html`<decision-log locale="cy" .data=${smallLog()}></decision-log>`);
    const csv = source.toCSV();
    const element = await decisionLog(html`<decision-log></decision-log>`);
    const recorded = recordEvents(element, 'decisions-recorded');
    await chooseFile(element, '#open-csv', 'log.csv', csv);
    expect(element.data.decisions.map((each) => each.id)).to.deep.equal(['cafe', 'bus', 'staff']);
    // One action, one event, with every decision it added.
    expect(recorded).to.have.length(1);
    expect(recorded[0]!.detail.decisions).to.deep.equal(element.data.decisions);
    const cafe = element.data.decisions[0]!;
    expect(cafe.how).to.deep.equal({ method: 'vote', votes: { for: 9, against: 2, abstained: 1 }, who: '' });
    expect(cafe.tags).to.deep.equal(['café', 'opening hours']);
    expect(cafe.youSaid).to.deep.equal(['Please open at weekends', 'https://example.org/feedback/12']);
    expect(cafe.board).to.deep.equal({ shown: true, fields: ['you-said', 'outcome'] });
    // Names one per line come back as names.
    expect(cafe.people).to.deep.equal(['Ana Jones', 'Bryn Evans']);
    expect(element.data.decisions[2]!.people).to.deep.equal(['Cerys Morgan', 'Dai Price']);
    expect(element.data.decisions[2]!.how).to.deep.equal({ method: 'delegated', votes: null, who: 'Cerys Morgan' });
    expect(cafe.history.map((change) => change.type)).to.deep.equal(['status', 'outcome']);
    expect(element.data.decisions[1]!.history[0]).to.include({
      status: 'not-possible',
      note: 'The council has no budget this year.',
    });
    expect(text($(element, '.notice'))).to.contain('Added 3 decisions from “log.csv”');
    // The same file again adds nothing, and says so.
    await chooseFile(element, '#open-csv', 'log.csv', csv);
    expect(element.data.decisions).to.have.length(3);
    expect(text($(element, '#problems'))).to.contain('has no decisions in it');
  });

  it('reads names one per line, or separated by commas (older files, or typed by hand), never split at “and” or “a”', async () => {
    const words = await spreadsheetWords(decisionLogCatalogues);
    const people = (heading: string, names: string) =>
      decisionsFromCsv(
        `Title,What was decided,Decided on,${heading}\r\nT,W,2026-01-01,"${names}"\r\n`,
        words,
        new Set(),
        () => 'n',
        '2026-01-01T00:00:00.000Z',
      )[0]!.people;
    expect(people('Who took part', 'Sam\nAli\nJo')).to.deep.equal(['Sam', 'Ali', 'Jo']);
    expect(people('Who took part', 'Sam, Ali, Jo')).to.deep.equal(['Sam', 'Ali', 'Jo']);
    expect(people('Pwy gymerodd ran', 'Sam\r\nTîm Iechyd a Lles')).to.deep.equal(['Sam', 'Tîm Iechyd a Lles']);
    expect(people('Pwy gymerodd ran', 'Tîm Iechyd a Lles')).to.deep.equal(['Tîm Iechyd a Lles']);
    expect(people('Who took part', 'Friends and Neighbours, Sam')).to.deep.equal(['Friends and Neighbours', 'Sam']);
  });

  it('gives back every name it wrote, in either language, even one with “a” or “and” in it', async () => {
    const log = smallLog();
    log.decisions[0]!.people = ['Tîm Iechyd a Lles'];
    log.decisions[1]!.people = ['Ifan', 'Tîm Iechyd a Lles', 'Friends and Neighbours', 'Ëlin ac Osian'];
    for (const locale of ['cy', 'en']) {
      const source = await decisionLog(html`<decision-log locale=${locale} .data=${log}></decision-log>`);
      const element = await decisionLog(html`<decision-log></decision-log>`);
      await chooseFile(element, '#open-csv', 'log.csv', source.toCSV());
      expect(
        element.data.decisions.map((each) => each.people),
        locale,
      ).to.deep.equal(log.decisions.map((each) => each.people));
    }
  });

  it('still reads a Welsh spreadsheet from before “trosglwyddo” replaced “pasio” for a delegated decision', async () => {
    const [earlier] = decisionsFromCsv(
      'Teitl,Beth gafodd ei benderfynu,Wedi’i benderfynu ar,Sut,"Wedi’i basio i, neu pwy sy’n penderfynu"\r\n' +
        'T,W,2026-01-01,Wedi’i basio i unigolyn neu grŵp penodol i benderfynu,Cerys Morgan\r\n',
      await spreadsheetWords(decisionLogCatalogues),
      new Set(),
      () => 'n',
      '2026-01-01T00:00:00.000Z',
    );
    expect(earlier!.how).to.deep.equal({ method: 'delegated', votes: null, who: 'Cerys Morgan' });
  });

  it('sends one event for a spreadsheet of 500 decisions, not one a row', async () => {
    const element = await decisionLog(html`<decision-log .data=${smallLog()}></decision-log>`);
    const recorded = recordEvents(element, 'decisions-recorded');
    const changes = recordEvents(element, 'decision-log-change');
    const rows = Array.from({ length: 500 }, (_, index) => `Row ${index},Something,2026-01-01`);
    await chooseFile(element, '#open-csv', 'many.csv', `Title,What was decided,Decided on\r\n${rows.join('\r\n')}\r\n`);
    await waitFor(() => recorded.length > 0);
    await settle(element);
    expect(recorded).to.have.length(1);
    expect(changes).to.have.length(1);
    const { decisions } = recorded[0]!.detail;
    expect(decisions).to.have.length(500);
    expect(decisions.map((each) => each.title)).to.deep.equal(rows.map((row) => row.split(',')[0]));
    expect(changes[0]!.detail.data.decisions).to.have.length(503);
    expect(recorded[0]!.bubbles && recorded[0]!.composed).to.equal(true);
  });

  it('refuses a spreadsheet with a bad row, naming the row, and adds nothing', async () => {
    const element = await decisionLog(html`<decision-log></decision-log>`);
    const errors = recordEvents(element, 'decision-log-error');
    const csv = 'Title,What was decided,Decided on\r\nGood,Fine,2026-01-01\r\nBad,,2026-01-02\r\n';
    await chooseFile(element, '#open-csv', 'mine.csv', csv);
    expect(element.data.decisions).to.have.length(0);
    expect(errors[0]!.detail.code).to.equal('invalid-file');
    expect(text($(element, '#problems'))).to.contain('row 3');
  });

  it('says how many rows a spreadsheet has and how many the log can take, when it cannot take them all', async () => {
    const element = await decisionLog(html`<decision-log .data=${longLog(50)}></decision-log>`);
    const errors = recordEvents(element, 'decision-log-error');
    const header = 'Title,What was decided,Decided on\r\n';
    const rows = Array.from({ length: 100_000 }, (_, index) => `Row ${index},Something,2026-01-01`);
    await chooseFile(element, '#open-csv', 'big.csv', `${header}${rows.join('\r\n')}`);
    await waitFor(() => errors.length > 0);
    await settle(element);
    expect(text($(element, '#problems li'))).to.equal(
      '“big.csv” has 100,000 new decisions, but the log can take 19,950 more. Nothing has been added.',
    );
    expect(errors[0]!.detail.code).to.equal('invalid-file');
    expect(element.data.decisions).to.have.length(50);
    expect(focused(element)?.id).to.equal('problems');

    element.locale = 'cy';
    await chooseFile(element, '#open-csv', 'big.csv', `${header}${rows.slice(0, 20_000).join('\r\n')}`);
    await waitFor(() => errors.length > 1);
    await settle(element);
    expect(text($(element, '#problems li'))).to.equal(
      'Mae 20,000 o benderfyniadau newydd yn “big.csv”, ond dim ond lle i 19,950 arall sydd yn y cofnod. Does dim wedi’i ychwanegu.',
    );
  });

  it('says the log is full, rather than that it can take none, when it is', async () => {
    // Only the ids of what is in the log matter here.
    const full = Array.from({ length: 20_000 }, (_, index) => ({ id: `x${index}` })) as unknown as Decision[];
    const csv = new File(['Title,What was decided\r\nA,B\r\nC,D\r\n'], 'two.csv');
    const refused = await readSpreadsheet(csv, full, decisionLogCatalogues, () => 'new', 'en-GB');
    expect(Array.isArray(refused)).to.equal(false);
    const { key, params } = refused as SpreadsheetRefusal;
    expect(key).to.equal('error.logFull');
    expect(formatMessage('en', decisionLogCatalogues.en[key], { file: 'two.csv', ...params })).to.equal(
      '“two.csv” has 2 new decisions, but the log is full: it holds 20,000, the most it can. Download a copy and start a new log to add more. Nothing has been added.',
    );
  });

  it('refuses a spreadsheet too big to be a log before reading it', async () => {
    const element = await decisionLog(html`<decision-log .data=${smallLog()}></decision-log>`);
    const errors = recordEvents(element, 'decision-log-error');
    const read = spy(Blob.prototype, 'text');
    try {
      await chooseFile(element, '#open-csv', 'huge.csv', new Uint8Array(17 * 1024 * 1024));
      await waitFor(() => errors.length > 0);
      expect(read.called, 'the file was read').to.equal(false);
    } finally {
      read.restore();
    }
    await settle(element);
    expect(text($(element, '#problems li'))).to.equal(
      '“huge.csv” is too big to add: a spreadsheet can be up to 16 MB. Nothing has been added.',
    );
    expect(element.data.decisions).to.have.length(3);
    await expect(element).to.be.accessible();
  });

  it('opens a saved copy (validated), and a wrong file changes nothing', async () => {
    const element = await decisionLog(html`<decision-log></decision-log>`);
    const errors = recordEvents(element, 'decision-log-error');
    await chooseFile(element, '#open-file', 'wrong.json', '{"decisions": "no"}');
    expect(errors[0]!.detail.code).to.equal('invalid-file');
    expect(text($(element, '#problems'))).to.contain('“wrong.json” can’t be opened here');
    const copy = JSON.stringify((await decisionLog(html`<decision-log .data=${smallLog()}></decision-log>`)).toJSON());
    await chooseFile(element, '#open-file', 'right.json', copy);
    await waitFor(() => element.data.decisions.length === 3);
  });

  it('speaks Welsh', async () => {
    const element = await decisionLog(html`<decision-log locale="cy" .data=${smallLog()}></decision-log>`);
    await drawn(element);
    expect(text($(element, '#title'))).to.equal('Penderfyniadau');
    expect(text($(element, '#record'))).to.equal('Cofnodi penderfyniad');
    // "Tri" takes the aspirate mutation: 3 phenderfyniad.
    expect(text($(element, '#showing'))).to.equal('Mae 3 phenderfyniad yn cyfateb, allan o 3.');
    expect(text($(element, '.found'))).to.contain('Wedi’i benderfynu ar 10 Chwefror 2026');
    expect(text($(element, '.found'))).to.contain('Angen ei adolygu');
    $(element, '#open-bus').click();
    await settle(element);
    expect(text($(element, '.decision'))).to.contain('Nid ni sy’n penderfynu: The county council sy’n penderfynu.');
    expect($$(element, '.history li').map(text)[1]).to.contain('Nawr: Ddim yn bosibl.');
    $(element, '.back').click();
    await settle(element);
    $(element, '#open-staff').click();
    await settle(element);
    // Delegated is "trosglwyddo" ("pasio" is the opt-out), and the name stands after a colon, where it need not mutate.
    const staff = text($(element, '.decision'));
    expect(staff).to.contain('Trosglwyddwyd y penderfyniad i: Cerys Morgan.');
    expect(staff).to.contain('Cerys Morgan a Dai Price');
    expect(staff).not.to.match(/\band\b|basio/);
  });
});
