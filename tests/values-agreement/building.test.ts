import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../support/setup.js';
import { $, $$, focused, html, recordEvents, settle, submitText, text } from '../support/helpers.js';
import { agreement, openCard } from './support.js';
import { smallAgreement } from './fixtures.js';

const cardTexts = (element: HTMLElement, kind: 'value' | 'rule') =>
  [...element.shadowRoot!.querySelectorAll(`[aria-labelledby="${kind}-heading"] .item-text`)].map(text);

describe('<values-agreement>: building the agreement', () => {
  it('starts empty, offering the suggestions or your own words', async () => {
    const element = await agreement();
    expect(text($(element, '#title'))).to.equal('Our values and how we work together');
    expect(text($(element, '.start'))).to.include('Start with our suggested values and ground rules');
    expect(text($(element, '#value-heading'))).to.equal('Our values');
    expect(text($(element, '[aria-labelledby="value-heading"] .empty'))).to.equal('No values yet.');
    await expect(element).to.be.accessible();
  });

  it('adds the suggested values and ground rules in the language on screen, then they are the group’s to change', async () => {
    const element = await agreement(html`<values-agreement locale="cy"></values-agreement>`);
    const changes = recordEvents(element, 'values-agreement-change');
    $(element, '.start button').click();
    await settle(element);
    expect(element.data.items.filter((entry) => entry.kind === 'value')).to.have.length(7);
    expect(element.data.items.filter((entry) => entry.kind === 'rule')).to.have.length(6);
    expect(cardTexts(element, 'value')[0]).to.equal('Ymddiriedaeth a gonestrwydd');
    expect(changes).to.have.length(1);
    expect(element.shadowRoot!.querySelector('.start')).to.equal(null);
    // Focus lands on where the agreement stands, just before the people and the suggestions: what is needed next.
    expect(focused(element)?.id).to.equal('status');
    expect(text($(element, '[role=status].visually-hidden'))).to.include('13');
    await expect(element).to.be.accessible();
  });

  it('adds a value with what it means in practice, and a ground rule, from the keyboard', async () => {
    const element = await agreement();
    $<HTMLInputElement>(element, '#add-value-text').focus();
    await sendKeys({ type: 'Kindness' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'We check in with each other.' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(element.data.items).to.have.length(1);
    expect(element.data.items[0]).to.include({
      kind: 'value',
      text: 'Kindness',
      meaning: 'We check in with each other.',
    });
    // The form is ready for the next one.
    expect(focused(element)?.id).to.equal('add-value-text');
    expect($<HTMLInputElement>(element, '#add-value-text').value).to.equal('');

    await submitText(element, '#add-rule-text', 'Phones on silent');
    expect(cardTexts(element, 'rule')).to.deep.equal(['Phones on silent']);
    // Rules have no "in practice" field: the rule says it.
    expect(element.shadowRoot!.querySelector('#add-rule-meaning')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('refuses an empty value with a message at the field, and keeps what was typed elsewhere', async () => {
    const element = await agreement();
    $<HTMLTextAreaElement>(element, '#add-value-meaning').value = 'Half-written thought';
    await submitText(element, '#add-value-text', '   ');
    expect(element.data.items).to.have.length(0);
    expect(text($(element, '#add-value-text-error'))).to.equal('Error: Enter what you want to add');
    expect($(element, '#add-value-text').getAttribute('aria-invalid')).to.equal('true');
    expect(focused(element)?.id).to.equal('add-value-form-errors');
    expect(text($(element, '#add-value-form-errors li'))).to.equal('Enter what you want to add');
    expect($<HTMLTextAreaElement>(element, '#add-value-meaning').value).to.equal('Half-written thought');
    await expect(element).to.be.accessible();
  });

  it('refuses a 61st item with a clear message', async () => {
    const many = Array.from({ length: 60 }, (_, index) => ({
      id: `r${index}`,
      kind: 'rule' as const,
      text: `Rule ${index}`,
      meaning: '',
      responses: {},
      answered: [],
    }));
    const element = await agreement(
      html`<values-agreement .data=${smallAgreement({ items: many })}></values-agreement>`,
    );
    await submitText(element, '#add-rule-text', 'One too many');
    expect(element.data.items).to.have.length(60);
    expect(text($(element, '#add-rule-text-error'))).to.include('The agreement is full');
  });

  it('rewords an item nobody has agreed to yet, without a new version', async () => {
    const element = await agreement(html`<values-agreement .data=${smallAgreement()}></values-agreement>`);
    await openCard(element, 'trust');
    $$(element, '#i-trust-card button')
      .find((button) => text(button).startsWith('Change the words'))!
      .click();
    await settle(element);
    expect(focused(element)?.id).to.equal('i-trust-edit-text');
    expect(text($(element, '#i-trust-edit-text-hint'))).to.equal('Changing the words asks everyone again.');
    await expect(element).to.be.accessible();
    $<HTMLTextAreaElement>(element, '#i-trust-edit-meaning').value = 'We keep our promises.';
    await submitText(element, '#i-trust-edit-text', 'Trust and honesty');
    expect(element.data.items[0]).to.include({ text: 'Trust and honesty', meaning: 'We keep our promises.' });
    expect(element.data.version).to.equal(1);
    expect(element.data.history).to.have.length(0);
    expect(focused(element)?.id).to.equal('i-trust-summary');
  });

  it('Escape leaves rewording without saving', async () => {
    const element = await agreement(html`<values-agreement .data=${smallAgreement()}></values-agreement>`);
    await openCard(element, 'breaks');
    $$(element, '#i-breaks-card button')[0]!.click();
    await settle(element);
    const input = $<HTMLInputElement>(element, '#i-breaks-edit-text');
    input.value = 'Something else';
    await sendKeys({ press: 'Escape' });
    await settle(element);
    expect(element.data.items[2]!.text).to.equal('We take breaks');
    expect(focused(element)?.id).to.equal('i-breaks-summary');
  });

  it('reorders values within the values, keeping focus on the control', async () => {
    const element = await agreement(html`<values-agreement .data=${smallAgreement()}></values-agreement>`);
    await openCard(element, 'trust');
    $(element, '#i-trust-down').focus();
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(cardTexts(element, 'value')).to.deep.equal(['Feeling safe', 'Trust']);
    // Now last, it has no "Move down", so focus goes to "Move up".
    expect(focused(element)?.id).to.equal('i-trust-up');
    expect(text($(element, '[role=status].visually-hidden'))).to.equal('Moved “Trust” to position 2.');
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(cardTexts(element, 'value')).to.deep.equal(['Trust', 'Feeling safe']);
    // The rule did not move between kinds.
    expect(cardTexts(element, 'rule')).to.deep.equal(['We take breaks']);
  });

  it('removes an item with Undo', async () => {
    const element = await agreement(html`<values-agreement .data=${smallAgreement()}></values-agreement>`);
    await openCard(element, 'safety');
    $$(element, '#i-safety-card button')
      .find((button) => text(button).startsWith('Remove'))!
      .click();
    await settle(element);
    expect(cardTexts(element, 'value')).to.deep.equal(['Trust']);
    expect(focused(element)?.id).to.equal('undo');
    await expect(element).to.be.accessible();
    $(element, '#undo').click();
    await settle(element);
    expect(cardTexts(element, 'value')).to.deep.equal(['Trust', 'Feeling safe']);
  });

  it('renders hostile text as text', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    const element = await agreement();
    await submitText(element, '#add-rule-text', hostile);
    expect(element.shadowRoot!.querySelector('img')).to.equal(null);
    expect(cardTexts(element, 'rule')).to.deep.equal([hostile]);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});

describe('<values-agreement>: the suggested ground rule on pay', () => {
  it('asks for fair pay in money at the Living Wage, vouchers only by choice, in English and Welsh', async () => {
    for (const [locale, wanted, unwanted] of [
      ['en', /money at the Living Wage, or vouchers if they choose/, /thanked/],
      ['cy', /arian ar y Cyflog Byw, neu dalebau os ydyn nhw’n dewis/, /diolch/],
    ] as const) {
      const element = await agreement(html`<values-agreement locale=${locale}></values-agreement>`);
      $(element, '.start button').click();
      await settle(element);
      const rules = element.data.items.filter((entry) => entry.kind === 'rule').map((entry) => entry.text);
      const pay = rules.find((rule) => wanted.test(rule));
      expect(pay, rules.join(' | ')).to.exist;
      expect(pay).not.to.match(unwanted);
    }
  });
});
