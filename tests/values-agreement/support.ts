// Mounting and driving <values-agreement> in tests.
import type { TemplateResult } from 'lit';
import type { ValuesAgreement } from '../../packages/values-agreement/src/index.js';
import { $, html, mount, mountRecordingErrors, settle } from '../support/helpers.js';

export const agreement = (template: TemplateResult = html`<values-agreement></values-agreement>`) =>
  mount<ValuesAgreement>('values-agreement', template);

/** Mounts <values-agreement> markup with its error listener in place before the first render. */
export const agreementRecordingErrors = (markup: string) =>
  mountRecordingErrors<ValuesAgreement>('values-agreement', 'values-agreement-error', markup);

/** Opens a value's or rule's card by clicking its summary, as a person would. */
export async function openCard(element: ValuesAgreement, itemId: string): Promise<HTMLDetailsElement> {
  const card = $<HTMLDetailsElement>(element, `#i-${itemId}-card`);
  if (!card.open) {
    const toggled = new Promise((resolve) => card.addEventListener('toggle', resolve, { once: true }));
    $(element, `#i-${itemId}-summary`).click();
    await toggled;
  }
  await settle(element);
  return card;
}
