import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../support/setup.js';
import type { Decision, DecisionLog } from '../../packages/decision-log/src/index.js';
import { $, $$, fill, fillDay, focused, html, recordEvents, settle, text } from '../support/helpers.js';
import { decisionLog, drawn } from './support.js';
import { smallLog } from './fixtures.js';

/** Types into a field from the keyboard. */
async function type(element: HTMLElement, selector: string, value: string) {
  $<HTMLInputElement>(element, selector).focus();
  await sendKeys({ type: value });
}

async function startRecording(element: DecisionLog) {
  $(element, '#record').click();
  await settle(element);
}

async function save(element: DecisionLog) {
  $<HTMLButtonElement>(element, '.decision-form button[type="submit"]').click();
  await settle(element);
}

const errorText = (element: HTMLElement, field: string) => text(element.shadowRoot!.querySelector(`#${field}-error`));
const summaryItems = (element: HTMLElement) => $$(element, '#error-summary li').map(text);

describe('<decision-log>: recording a decision', () => {
  it('records a decision from the keyboard alone and tells the host', async () => {
    const element = await decisionLog();
    const recorded = recordEvents(element, 'decisions-recorded');
    const changes = recordEvents(element, 'decision-log-change');
    $(element, '#record').focus();
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(focused(element)?.id).to.equal('form-heading');
    await sendKeys({ press: 'Tab' });
    expect(focused(element)?.id).to.equal('f-title');
    await sendKeys({ type: 'Open on Saturdays' });
    await type(element, '#f-what', 'The café opens on Saturdays.');
    $(element, '#f-method-consent').focus();
    await sendKeys({ press: ' ' });
    $(element, '.decision-form button[type="submit"]').focus();
    await sendKeys({ press: 'Enter' });
    await settle(element);

    expect(recorded).to.have.length(1);
    expect(recorded[0]!.detail.decisions).to.have.length(1);
    const [decision] = recorded[0]!.detail.decisions as [Decision];
    expect(decision).to.include({ title: 'Open on Saturdays', what: 'The café opens on Saturdays.' });
    expect(decision.how).to.deep.equal({ method: 'consent', votes: null, who: '' });
    expect(decision.history).to.have.length(1);
    expect(decision.history[0]).to.include({ type: 'status', status: 'agreed' });
    expect(recorded[0]!.bubbles && recorded[0]!.composed).to.equal(true);
    expect(changes).to.have.length(1);
    expect(changes[0]!.detail.data.decisions).to.have.length(1);
    expect(text($(element, '#decision-heading'))).to.equal('Open on Saturdays');
    expect(focused(element)?.id).to.equal('decision-heading');
  });

  it('records everything a decision can say', async () => {
    const element = await decisionLog();
    await startRecording(element);
    fill(element, '#f-title', 'Weekend opening');
    fillDay(element, 'f-decided', '3', '2', '2026');
    fill(element, '#f-what', 'Open on Saturdays.');
    fill(element, '#f-why', 'People work in the week.');
    $(element, '#f-method-vote').click();
    fill(element, '#f-votes-for', '7');
    fill(element, '#f-votes-against', '2');
    fill(element, '#f-people', 'Ana,  Bryn , Cerys');
    fill(element, '#f-you-said', 'Open at weekends\n\nhttps://example.org/ideas/4');
    fill(element, '#f-tags', 'Café, opening hours, cafe');
    fillDay(element, 'f-review', '1', '9', '2026');
    $(element, '#f-status-proposed').click();
    $(element, '#f-board').click();
    $(element, '#f-board-why').click();
    await save(element);

    const [decision] = element.data.decisions;
    expect(decision).to.deep.include({
      title: 'Weekend opening',
      decidedOn: '2026-02-03',
      why: 'People work in the week.',
      how: { method: 'vote', votes: { for: 7, against: 2, abstained: 0 }, who: '' },
      people: ['Ana', 'Bryn', 'Cerys'],
      youSaid: ['Open at weekends', 'https://example.org/ideas/4'],
      tags: ['Café', 'opening hours'],
      reviewOn: '2026-09-01',
      board: { shown: true, fields: ['why'] },
    });
    expect(decision!.history[0]).to.include({ status: 'proposed', on: '2026-02-03' });
    const page = text($(element, '.decision'));
    expect(page).to.contain('By a vote: 7 for, 2 against, 0 did not vote.');
    expect(page).to.contain('Ana, Bryn and Cerys');
    expect(page).to.contain('Proposed since 3 February 2026');
    expect(page).to.contain('1 September 2026');
    const link = $<HTMLAnchorElement>(element, '.you-said a');
    expect(link.href).to.equal('https://example.org/ideas/4');
    expect(text($(element, '.you-said q'))).to.equal('Open at weekends');
  });

  it('refuses an empty form with a summary of every problem that takes focus, each a link to its field', async () => {
    const element = await decisionLog();
    await startRecording(element);
    await save(element);
    expect(element.data.decisions).to.have.length(0);
    const summary = $(element, '#error-summary');
    expect(focused(element)).to.equal(summary);
    expect(summary.getAttribute('role')).to.equal('alert');
    expect(text(summary.querySelector('h3'))).to.equal('There is a problem');
    expect(summaryItems(element)).to.deep.equal([
      'Enter a title',
      'Enter what was decided',
      'Choose how it was decided',
    ]);
    // The messages stay at the fields.
    expect(errorText(element, 'f-title')).to.equal('Error: Enter a title');
    expect(errorText(element, 'f-method')).to.equal('Error: Choose how it was decided');
    await expect(element).to.be.accessible();
    // Each link takes the person to its field, from the keyboard too.
    const links = $$<HTMLAnchorElement>(element, '#error-summary a');
    links[0]!.focus();
    await sendKeys({ press: 'Enter' });
    expect(focused(element)?.id).to.equal('f-title');
    links[1]!.click();
    expect(focused(element)?.id).to.equal('f-what');
    links[2]!.click();
    expect(focused(element)?.id).to.equal('f-method-consensus');
    // Put right and saved, the summary goes.
    fill(element, '#f-title', 'A');
    fill(element, '#f-what', 'B');
    $(element, '#f-method-consent').click();
    await save(element);
    expect(element.data.decisions).to.have.length(1);
    expect(element.shadowRoot!.querySelector('#error-summary')).to.equal(null);
  });

  it('shows each problem at its field and in the summary, and keeps what was typed', async () => {
    const element = await decisionLog();
    await startRecording(element);
    fill(element, '#f-why', 'Kept after an error');
    fillDay(element, 'f-decided', '31', '2', '2026');
    fill(element, '#f-people', 'Ana, ana');
    await save(element);
    expect(element.data.decisions).to.have.length(0);
    expect(errorText(element, 'f-title')).to.contain('Enter a title');
    expect(errorText(element, 'f-decided-day')).to.contain('real day, month and year');
    expect(errorText(element, 'f-what')).to.contain('Enter what was decided');
    expect(errorText(element, 'f-method')).to.contain('Choose how it was decided');
    expect(errorText(element, 'f-people')).to.contain('each once');
    expect(summaryItems(element)).to.have.length(5);
    expect(focused(element)?.id).to.equal('error-summary');
    $<HTMLAnchorElement>(element, '#error-summary li:nth-child(2) a').click();
    expect(focused(element)?.id).to.equal('f-decided-day');
    expect($<HTMLInputElement>(element, '#f-title').getAttribute('aria-invalid')).to.equal('true');
    expect($<HTMLInputElement>(element, '#f-title').getAttribute('aria-describedby')).to.contain('f-title-error');
    expect($<HTMLTextAreaElement>(element, '#f-why').value).to.equal('Kept after an error');
  });

  it('asks for vote counts as numbers, and who decides when it is passed on or not ours', async () => {
    const element = await decisionLog();
    await startRecording(element);
    fill(element, '#f-title', 'A');
    fill(element, '#f-what', 'B');
    $(element, '#f-method-vote').click();
    await settle(element);
    expect(getComputedStyle($(element, '.if-vote')).display).to.equal('block');
    expect(getComputedStyle($(element, '.if-not-ours')).display).to.equal('none');
    fill(element, '#f-votes-for', 'lots');
    await save(element);
    expect(errorText(element, 'f-votes')).to.contain('whole numbers');
    $<HTMLAnchorElement>(element, '#error-summary a').click();
    expect(focused(element)?.id).to.equal('f-votes-for');

    $(element, '#f-method-delegated').click();
    await save(element);
    expect(errorText(element, 'f-delegated')).to.contain('who it was passed to');
    expect(errorText(element, 'f-votes')).to.equal('');

    $(element, '#f-method-not-ours').click();
    await save(element);
    expect(errorText(element, 'f-who-decides')).to.contain('who does decide');
    expect(summaryItems(element)).to.deep.equal(['Enter who does decide']);
    $<HTMLAnchorElement>(element, '#error-summary a').click();
    expect(focused(element)?.id).to.equal('f-who-decides');
    fill(element, '#f-who-decides', 'The county council');
    await save(element);
    expect(element.data.decisions[0]!.how).to.deep.equal({
      method: 'not-ours',
      votes: null,
      who: 'The county council',
    });
  });

  it('shows markup and scripts typed into any field as text', async () => {
    const hostile = '<img src=x onerror="window.__hacked=1"><script>window.__hacked=1</script>';
    const element = await decisionLog();
    await startRecording(element);
    fill(element, '#f-title', hostile);
    fill(element, '#f-what', hostile);
    fill(element, '#f-why', hostile);
    $(element, '#f-method-delegated').click();
    fill(element, '#f-delegated', hostile);
    fill(element, '#f-tags', '<b>bold</b>, <i onclick=x>');
    fill(element, '#f-you-said', `${hostile}\njavascript:alert(1)`);
    await save(element);
    await settle(element);
    expect((window as unknown as { __hacked?: number }).__hacked).to.equal(undefined);
    expect($$(element, 'img, script, b, i')).to.have.length(0);
    expect(text($(element, '#decision-heading'))).to.equal(hostile);
    expect($$(element, '.you-said a')).to.have.length(0);
  });

  it('cancels without recording and puts focus back on the button', async () => {
    const element = await decisionLog();
    await startRecording(element);
    fill(element, '#f-title', 'Never mind');
    $<HTMLButtonElement>(element, '.decision-form button[type="button"]').click();
    await settle(element);
    expect(element.data.decisions).to.have.length(0);
    expect(focused(element)?.id).to.equal('record');
  });

  it('corrects a decision, keeping the words it replaced in its history', async () => {
    const element = await decisionLog(html`<decision-log .data=${smallLog()}></decision-log>`);
    const updates = recordEvents(element, 'decision-updated');
    await drawn(element);
    $(element, '#open-cafe').click();
    await settle(element);
    $(element, '#correct').click();
    await settle(element);
    expect(focused(element)?.id).to.equal('form-heading');
    expect(text($(element, '#form-heading'))).to.contain('Open the café on Saturdays');
    expect($<HTMLInputElement>(element, '#f-title').value).to.equal('Open the café on Saturdays');
    expect($<HTMLInputElement>(element, '#f-votes-for').value).to.equal('9');
    expect($<HTMLInputElement>(element, '#f-board-you-said').checked).to.equal(true);
    fill(element, '#f-title', 'Open the café on Saturdays and Sundays');
    await save(element);

    const decision = element.data.decisions.find((each) => each.id === 'cafe')!;
    expect(decision.title).to.equal('Open the café on Saturdays and Sundays');
    expect(decision.how).to.deep.equal({ method: 'vote', votes: { for: 9, against: 2, abstained: 1 }, who: '' });
    const last = decision.history.at(-1)!;
    expect(last.type).to.equal('edited');
    expect(last.type === 'edited' && last.before.title).to.equal('Open the café on Saturdays');
    expect(updates).to.have.length(1);
    expect(updates[0]!.detail.decisionId).to.equal('cafe');
    expect(updates[0]!.detail.change.type).to.equal('edited');
    expect(focused(element)?.id).to.equal('decision-heading');
    expect(text($(element, '.history'))).to.contain('Details corrected');
    expect(text($(element, '.history .before'))).to.contain('Open the café on Saturdays');
  });
});
