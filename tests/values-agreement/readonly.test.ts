// `public` shows the agreement alone, for a noticeboard. `readonly` shows
// everything as usual but lets nobody change anything: no control that edits
// is in the page, the model refuses changes too, and downloads, print and the
// host's `data` still work.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../support/setup.js';
import { $, $$, html, recordEvents, settle, text } from '../support/helpers.js';
import { agreement, openCard } from './support.js';
import type { ValuesAgreement } from '../../packages/values-agreement/src/index.js';
import { everyoneSaid, said, smallAgreement } from './fixtures.js';

const people = 'Ana, Ben, Cy';

/** Version 2, with its history, due for review, Cy away today and Ben not yet sure about feeling safe. */
function secondVersion() {
  const doc = everyoneSaid(
    smallAgreement({ version: 2, reviewDate: '2020-01-01', absent: ['Cy'] }),
    ['Ana', 'Ben'],
    'agree',
  );
  doc.items[1]!.responses = { Ana: said('agree'), Ben: said('not-yet', 'What does safe mean for someone new?') };
  doc.history = [
    {
      version: 1,
      endedAt: '2026-01-01T10:00:00.000Z',
      change: { itemId: 'breaks', from: 'Breaks', to: 'We take breaks' },
      items: [{ id: 'breaks', kind: 'rule', text: 'Breaks', meaning: '', agreedBy: ['Ana'] }],
    },
  ];
  return doc;
}

/** The only controls a read-only agreement may have: downloads and print. Disclosures (`summary`) open and close. */
const STILL_WORKING = ['Download a copy', 'Download as a spreadsheet', 'Print'];

describe('<values-agreement public>: the agreement alone, for a noticeboard', () => {
  it('shows the current agreement only, with nothing to change', async () => {
    const doc = everyoneSaid(smallAgreement({ version: 2 }), ['Ana', 'Ben', 'Cy'], 'agree');
    doc.history = secondVersion().history;
    const element = await agreement(
      html`<values-agreement public participants=${people} .data=${doc}></values-agreement>`,
    );
    const root = element.shadowRoot!;
    expect(element.hasAttribute('public')).to.equal(true);
    expect(root.querySelectorAll('button, input, textarea, select, details')).to.have.length(0);
    expect(text($(element, '.intro'))).to.equal('This is what the group has agreed so far.');
    expect(text($(element, '.summary'))).to.include('Version 2. Taking part today: Ana, Ben and Cy.');
    expect(text($(element, '.summary .who'))).to.equal('Agreed by Ana, Ben and Cy.');
    expect(text(root.querySelector('.root'))).not.to.include('Breaks –');
    await expect(element).to.be.accessible();
  });

  it('gives nothing away while answers are private', async () => {
    const doc = everyoneSaid(smallAgreement({ privateAnswers: true }), ['Ana', 'Ben', 'Cy'], 'agree');
    const element = await agreement(
      html`<values-agreement public participants=${people} .data=${doc}></values-agreement>`,
    );
    expect(text($(element, '.summary'))).to.include('Answers are private');
    expect(element.shadowRoot!.querySelectorAll('.summary li')).to.have.length(0);
  });
});

describe('<values-agreement readonly>: everything shown, nothing to change', () => {
  it('shows where it stands, the people, everyone’s answers, the summary, history and review, with no control that edits', async () => {
    const element = await agreement(
      html`<values-agreement readonly participants=${people} .data=${secondVersion()}></values-agreement>`,
    );
    expect(element.hasAttribute('readonly')).to.equal(true);
    expect(text($(element, '.intro + .intro'))).to.equal('You can read this agreement here, but you can’t change it.');
    expect(text($(element, '#status'))).to.include('Version 2 of the agreement. 2 of 3 agreed.');
    expect($(element, '.due')).to.exist;
    expect($$(element, '.people-section .person').map(text)).to.deep.equal([
      'Ana answered 3 of 3',
      'Ben answered 3 of 3',
      'Cy not here today',
    ]);
    // A card opens, as a disclosure, to show who said what.
    await openCard(element, 'safety');
    expect(text($(element, '#i-safety-summary .item-state'))).to.equal('Not yet: 1 person');
    expect(text($(element, '#i-safety-card .detail'))).to.include('Ben: What does safe mean for someone new?');
    expect($$(element, '#i-safety-card .people .person-answer').map(text)).to.deep.equal([
      'Agree',
      'Not yet, because…: What does safe mean for someone new?',
      'Not answered yet',
    ]);
    expect(text($(element, '.summary'))).to.include('Agreed by Ana and Ben.');
    expect($(element, 'details.history')).to.exist;
    expect(text($(element, '.summary'))).to.include('We will look at this agreement again by 1 January 2020.');

    for (const id of ['trust', 'breaks']) await openCard(element, id);
    $<HTMLDetailsElement>(element, 'details.history').open = true;
    await settle(element);
    const controls = $$(element, 'button, input, textarea, select');
    expect(controls.map((control) => `${control.localName} ${text(control)}`)).to.deep.equal(
      STILL_WORKING.map((words) => `button ${words}`),
    );
    expect(controls.every((control) => control.closest('[part="tools"]'))).to.equal(true);
    expect($$(element, 'form, [contenteditable]')).to.have.length(0);
    await expect(element).to.be.accessible();
  });

  it('the keyboard stops only at the cards, the history, downloads and print', async () => {
    const element = await agreement(html`<div>
      <button id="before">Before</button>
      <values-agreement readonly participants=${people} .data=${secondVersion()}></values-agreement>
      <button id="after">After</button>
    </div>`);
    await openCard(element, 'trust');
    document.querySelector<HTMLButtonElement>('#before')!.focus();
    const stops: string[] = [];
    for (let step = 0; step < 30; step++) {
      await sendKeys({ press: 'Tab' });
      if (document.activeElement?.id === 'after') break;
      const stop = element.shadowRoot!.activeElement as HTMLElement | null;
      stops.push(stop ? `${stop.localName} ${stop.id || text(stop)}` : String(document.activeElement?.localName));
    }
    expect(stops).to.deep.equal([
      'summary i-trust-summary',
      'summary i-safety-summary',
      'summary i-breaks-summary',
      'summary history-summary',
      ...STILL_WORKING.map((words) => `button ${words}`),
    ]);
  });

  it('a private answer is seen by nobody before the group shows them, read-only too', async () => {
    const doc = everyoneSaid(smallAgreement({ privateAnswers: true }), ['Ana', 'Ben'], 'agree');
    doc.items[0]!.responses = { Ana: said('not-yet', 'Secret reason') };
    const element = await agreement(
      html`<values-agreement readonly participants="Ana, Ben" .data=${doc}></values-agreement>`,
    );
    const card = await openCard(element, 'trust');
    expect(text(card)).not.to.include('Secret reason');
    expect(text(card)).not.to.match(/Not yet,|Agree/);
    expect(text(card.querySelector('.detail'))).to.equal('Have answered: Ana. Still to answer: Ben.');
    expect(text($(element, '#status'))).to.include('Answers are private until you show them together.');
    // Showing them is a change, so only an editable agreement offers it.
    expect($$(element, '#status button')).to.have.length(0);
    expect(text($(element, '.summary'))).to.include('Answers are private');
    expect(element.toCSV()).not.to.include('Secret reason');
    expect(JSON.stringify(element)).not.to.include('Secret reason');
    await expect(element).to.be.accessible();
  });

  it('closes an answer being given when the page makes it read-only, for good, and is editable again after', async () => {
    const element = await agreement(
      html`<values-agreement participants=${people} .data=${smallAgreement()}></values-agreement>`,
    );
    await openCard(element, 'trust');
    $(element, '#i-trust-person-0').click();
    await settle(element);
    expect($$(element, '#i-trust-card input[type=radio]')).to.have.length(4);
    element.readonly = true;
    await settle(element);
    expect($$(element, 'input, textarea, select, form')).to.have.length(0);
    element.readonly = false;
    await settle(element);
    // Editable again, with nothing half done coming back.
    expect($$(element, '#i-trust-card input[type=radio]')).to.have.length(0);
    expect($(element, '#i-trust-person-0')).to.exist;
    expect($(element, '#add-value-text')).to.exist;
    expect($(element, '#open-file')).to.exist;
  });

  it('refuses every change in the model too, while the host can still set `data`', async () => {
    localStorage.removeItem('coproduce:read-only');
    const element = await agreement(
      html`<values-agreement readonly storage-key="read-only" participants=${people} .data=${smallAgreement()}></values-agreement>`,
    );
    const changes = recordEvents(element, 'values-agreement-change');
    // No control can ask for a change, so this reaches the element's document controller directly: the
    // guard under the controls, for any path that might call it (a stale handler, a later template).
    const controller = element['document'] as { dispatch(action: unknown): boolean };
    const changed = controller.dispatch({
      type: 'add-items',
      items: [{ id: 'more', kind: 'rule', text: 'More', meaning: '' }],
    });
    await settle(element);
    expect(changed).to.equal(false);
    expect(element.data.items).to.have.length(3);
    expect(changes).to.have.length(0);

    // The host's data is not a person editing: it is shown and kept.
    element.data = smallAgreement({ reviewDate: '2099-03-01' });
    await settle(element);
    expect(element.data.reviewDate).to.equal('2099-03-01');
    expect(text($(element, '.summary'))).to.include('We will look at this agreement again by 1 March 2099.');
    expect(JSON.parse(localStorage.getItem('coproduce:read-only')!).data.reviewDate).to.equal('2099-03-01');
  });
});

describe('<values-agreement>: errors reach a listener added after the data', () => {
  it('invalid data set as a property before the listener is added still sends values-agreement-error', async () => {
    const element = document.createElement('values-agreement') as ValuesAgreement;
    element.data = { ...smallAgreement(), items: 'not a list' } as never;
    const errors = recordEvents(element, 'values-agreement-error');
    document.body.append(element);
    try {
      await settle(element);
      expect(errors.map((event) => event.detail.code)).to.deep.equal(['invalid-data']);
      expect(errors[0]!.detail.message).to.equal(
        'The page tried to load an agreement that isn’t in the right form, so we kept what was already here.',
      );
      expect(text($(element, '#problems'))).to.include('kept what was already here');
    } finally {
      element.remove();
    }
  });
});
