import { expect } from '@open-wc/testing';
import '../support/setup.js';
import { $, $$, html, recordEvents, settle, submitText, text, waitFor } from '../support/helpers.js';
import { agreement, agreementRecordingErrors, openCard } from './support.js';
import type { ValuesAgreement } from '../../packages/values-agreement/src/index.js';
import { smallAgreement } from './fixtures.js';

const stored = (key: string) => JSON.parse(localStorage.getItem(key)!);

async function agreeAsAna(element: ValuesAgreement, itemId = 'trust') {
  await openCard(element, itemId);
  $(element, `#i-${itemId}-person-0`).click();
  await settle(element);
  $<HTMLInputElement>(element, `input[name="i-${itemId}-answer-0"][value="agree"]`).click();
  await settle(element);
}

describe('<values-agreement>: data in and out', () => {
  it('saves each change and restores it after a reload', async () => {
    const first = await agreement(html`<values-agreement storage-key="ours" participants="Ana"></values-agreement>`);
    await submitText(first, '#add-value-text', 'Kindness');
    expect(stored('coproduce:ours')).to.include({ format: 'coproduce/values-agreement', version: 1 });
    first.remove();
    const again = await agreement(html`<values-agreement storage-key="ours" participants="Ana"></values-agreement>`);
    expect(again.data.items.map((entry) => entry.text)).to.deep.equal(['Kindness']);
  });

  it('keeps an unsaved note when the page is left mid-typing', async () => {
    const element = await agreement(
      html`<values-agreement storage-key="note" participants="Ana" .data=${smallAgreement()}></values-agreement>`,
    );
    await openCard(element, 'trust');
    $(element, '#i-trust-person-0').click();
    await settle(element);
    $<HTMLInputElement>(element, 'input[name="i-trust-answer-0"][value="not-yet"]').click();
    await settle(element);
    const note = $<HTMLTextAreaElement>(element, '#i-trust-answer-0-note');
    note.value = 'Not sure what it means';
    note.dispatchEvent(new Event('input', { bubbles: true }));
    window.dispatchEvent(new Event('pagehide'));
    expect(stored('coproduce:note').data.items[0].responses.Ana.note).to.equal('Not sure what it means');
  });

  it('refuses invalid data from the page with a message and an event, keeping what was there', async () => {
    const element = await agreement(html`<values-agreement .data=${smallAgreement()}></values-agreement>`);
    const errors = recordEvents(element, 'values-agreement-error');
    element.data = { ...smallAgreement(), items: [{ id: 'x', kind: 'wish', text: '' }] } as never;
    await settle(element);
    expect(errors[0]!.detail).to.include({ code: 'invalid-data' });
    expect(errors[0]!.detail.message).to.equal(
      'The page tried to load an agreement that isn’t in the right form, so we kept what was already here.',
    );
    expect(element.data.items).to.have.length(3);
    expect(text($(element, '#problems'))).to.include('kept what was already here');
    await expect(element).to.be.accessible();
  });

  it('refuses a file that is not a saved agreement, and opens one that is, with Undo', async () => {
    const element = await agreement();
    const errors = recordEvents(element, 'values-agreement-error');
    const open = async (name: string, body: string, opened: () => boolean) => {
      const input = $<HTMLInputElement>(element, '#open-file');
      const files = new DataTransfer();
      files.items.add(new File([body], name, { type: 'application/json' }));
      input.files = files.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await waitFor(opened);
      await settle(element);
    };
    await open(
      'scores.json',
      JSON.stringify({ format: 'coproduce/mark-scorer', version: 1, data: {} }),
      () => errors.length > 0,
    );
    expect(errors[0]!.detail.code).to.equal('invalid-file');
    expect(text($(element, '#problems'))).to.include('“scores.json” can’t be opened here');
    const copy = JSON.stringify({
      format: 'coproduce/values-agreement',
      version: 1,
      savedAt: '2026-03-01T00:00:00Z',
      data: smallAgreement(),
    });
    await open('ours.json', copy, () => element.data.items.length > 0);
    expect(element.data.items).to.have.length(3);
    expect(text($(element, '.notice'))).to.include('Opened “ours.json”.');
    // toJSON is the same envelope a download holds, so the copy round-trips.
    expect(JSON.parse(JSON.stringify(element)).data).to.deep.equal(smallAgreement());
  });

  it('keeps damaged saved data aside, says so, and starts afresh', async () => {
    localStorage.setItem('coproduce:damaged', '{"format":"coproduce/values-agreement","version":1,"data":{"items":[');
    const { element, errors } = await agreementRecordingErrors(
      '<values-agreement storage-key="damaged"></values-agreement>',
    );
    expect(errors[0]!.detail.code).to.equal('unreadable-storage');
    const backupKey = (errors[0]!.detail.cause as { backupKey: string }).backupKey;
    expect(localStorage.getItem(backupKey)).to.include('"items":[');
    expect(text($(element, '#problems'))).to.include('The old copy is kept safely in this browser');
    await submitText(element, '#add-rule-text', 'Phones on silent');
    expect(stored('coproduce:damaged').data.items[0].text).to.equal('Phones on silent');
    expect(localStorage.getItem(backupKey)).to.include('"items":[');
  });

  it('reports a name listed twice in participants, and lists it once', async () => {
    const { element, errors } = await agreementRecordingErrors(
      '<values-agreement participants="Ana, Ben, Ana"></values-agreement>',
    );
    expect(errors[0]!.detail.code).to.equal('invalid-attribute');
    expect(text($(element, '#problems'))).to.include('“Ana” is in the list of names twice');
    expect($$(element, '.people-section .person-name').map(text)).to.deep.equal(['Ana', 'Ben']);
  });

  it('stays consistent with another tab using the same key', async () => {
    const element = await agreement(
      html`<values-agreement storage-key="shared" participants="Ana" .data=${smallAgreement()}></values-agreement>`,
    );
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><script type="module" src="/packages/coproduce/src/define.ts"></script>
      <values-agreement storage-key="shared" participants="Ana"></values-agreement>`;
    document.body.append(frame);
    try {
      let other: ValuesAgreement | null = null;
      await waitFor(() => {
        other = frame.contentDocument?.querySelector('values-agreement') as ValuesAgreement | null;
        return Boolean(other?.shadowRoot?.querySelector('#i-trust-summary'));
      });
      await agreeAsAna(other!);
      await waitFor(() => element.data.items[0]!.responses.Ana?.answer === 'agree');
      await settle(element);
      expect(text($(element, '#i-trust-summary .item-state'))).to.equal('Agreed');
      await agreeAsAna(element, 'breaks');
      await waitFor(() => other!.data.items[2]!.responses.Ana?.answer === 'agree');
    } finally {
      frame.remove();
    }
  });
});

describe('<values-agreement> in Welsh', () => {
  it('every part of the screen is in Welsh, answers included', async () => {
    const element = await agreement(
      html`<values-agreement locale="cy" participants="Ana, Ben" .data=${smallAgreement({ reviewDate: '2099-03-01' })}></values-agreement>`,
    );
    await agreeAsAna(element);
    const root = element.shadowRoot!;
    expect(root.querySelector('.root')!.getAttribute('lang')).to.equal('cy');
    expect(text($(element, '#title'))).to.equal('Ein gwerthoedd a sut rydyn ni’n gweithio gyda’n gilydd');
    // The inserted words never stand after "â", which would have to be "ag" before a vowel and mutate what follows.
    expect(text(root.querySelector('#i-trust-card legend'))).to.equal('Ana, ydych chi’n cytuno â hyn: “Trust”?');
    expect($$(element, '#i-trust-card label.choice').map(text)).to.deep.equal([
      'Cytuno',
      'Cytuno, gyda phryder',
      'Ddim eto, oherwydd…',
      'Pasio',
    ]);
    expect(text($(element, '#i-trust-summary .item-state'))).to.equal('Yn aros am 1 ateb');
    expect(text($(element, '#status p'))).to.equal('Fersiwn 1 o’r cytundeb. 0 o 3 wedi’u cytuno.');
    // Dates are in words from the catalogue, so a review date reads naturally in Welsh.
    expect(text($(element, '.summary'))).to.include('Byddwn ni’n edrych ar y cytundeb hwn eto erbyn 1 Mawrth 2099.');
    expect(element.toCSV().split('\r\n')[0]).to.equal('Fersiwn,Math,Geiriau,Yn ymarferol,Ble mae arni,Atebion');
    await expect(element).to.be.accessible();
  });
});
