import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, decisionLog, focused, recordEvents, settle, text } from '../support/helpers.js';

async function type(element: HTMLElement, selector: string, value: string) {
  const field = $<HTMLInputElement>(element, selector);
  field.focus();
  await sendKeys({ type: value });
}

describe('<decision-log>: recording a decision', () => {
  it('records a decision from the keyboard and tells the host', async () => {
    const element = await decisionLog();
    const recorded = recordEvents(element, 'decision-recorded');
    $(element, '#record').focus();
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(focused(element)?.id).to.equal('form-heading');
    await type(element, '#f-title', 'Open on Saturdays');
    await type(element, '#f-what', 'The café opens on Saturdays.');
    $<HTMLInputElement>(element, '#f-method-consent').click();
    $<HTMLButtonElement>(element, 'form button[type="submit"]').click();
    await settle(element);
    expect(recorded).to.have.length(1);
    expect(recorded[0]!.detail.decision.title).to.equal('Open on Saturdays');
    expect(text($(element, '#decision-heading'))).to.equal('Open on Saturdays');
    expect(focused(element)?.id).to.equal('decision-heading');
  });
});
