// Mounting and driving <mark-scorer> in tests.
import type { TemplateResult } from 'lit';
import type { MarkScorer } from '../../packages/mark-scorer/src/index.js';
import { $, html, mount, mountRecordingErrors, settle } from '../support/helpers.js';

export const scorer = (template: TemplateResult = html`<mark-scorer></mark-scorer>`) =>
  mount<MarkScorer>('mark-scorer', template);

/** Mounts <mark-scorer> markup with its error listener in place before the first render. */
export const scorerRecordingErrors = (markup: string) =>
  mountRecordingErrors<MarkScorer>('mark-scorer', 'mark-scorer-error', markup);

/** Opens a mark's card by clicking its summary, as a person would. */
export async function openMark(element: MarkScorer, markId: string): Promise<HTMLDetailsElement> {
  const card = $<HTMLDetailsElement>(element, `#m-${markId}-card`);
  if (!card.open) {
    // The body renders after the details element fires "toggle", which is queued.
    const toggled = new Promise((resolve) => card.addEventListener('toggle', resolve, { once: true }));
    $(element, `#m-${markId}-summary`).click();
    await toggled;
  }
  await settle(element);
  return card;
}

/**
 * Opens a mark's “More about this mark” by clicking its summary (its card must
 * be open), and waits for its words, which are fetched when it first opens.
 */
export async function openGuidance(element: MarkScorer, markId: string): Promise<HTMLDetailsElement> {
  const more = $<HTMLDetailsElement>(element, `#m-${markId}-more`);
  const toggled = new Promise((resolve) => more.addEventListener('toggle', resolve, { once: true }));
  more.querySelector('summary')!.click();
  await toggled;
  await settle(element);
  return more;
}

export function chooseScore(element: MarkScorer, name: string, value: string | number): void {
  $<HTMLInputElement>(element, `input[name="${name}"][value="${value}"]`).click();
}
