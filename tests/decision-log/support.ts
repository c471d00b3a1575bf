// Mounting and driving <decision-log> in tests.
import type { TemplateResult } from 'lit';
import type { DecisionLog } from '../../packages/decision-log/src/index.js';
import { html, mount, mountRecordingErrors, settle } from '../support/helpers.js';

export const decisionLog = (template: TemplateResult = html`<decision-log></decision-log>`) =>
  mount<DecisionLog>('decision-log', template);

/** Mounts <decision-log> markup with its error listener in place before the first render. */
export const decisionLogRecordingErrors = (markup: string) =>
  mountRecordingErrors<DecisionLog>('decision-log', 'decision-log-error', markup);

/** Waits until <decision-log>'s list has drawn the rows near the screen (it draws them after layout). */
export async function drawn(element: DecisionLog): Promise<void> {
  await settle(element);
  const list = () => element.shadowRoot!.querySelector('.found');
  // A long list shows its first rows (each with its place in the whole list) until the virtualizer has loaded.
  const waitingForVirtualizer = () =>
    !list()?.matches('.virtual') && list()?.querySelector('[role="listitem"][aria-setsize]') != null;
  for (let frame = 0; frame < 120 && waitingForVirtualizer(); frame++) {
    await new Promise(requestAnimationFrame);
  }
  await settle(element);
  // Rows are drawn only near the screen, so bring the list to it.
  list()?.scrollIntoView();
  // The virtualizer lays out over a few frames; a list with no rows yet is not drawn.
  for (let frame = 0; frame < 60 && list() && !list()!.querySelector('[role="listitem"]'); frame++) {
    await new Promise(requestAnimationFrame);
  }
  await new Promise(requestAnimationFrame);
  await settle(element);
}
