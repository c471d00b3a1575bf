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
  // Rows are drawn only near the screen, so bring the list to it.
  list()?.scrollIntoView();
  // The virtualizer lays out over a few frames; a list with no rows yet is not drawn.
  for (let frame = 0; frame < 60 && list() && !list()!.querySelector('[role="listitem"]'); frame++) {
    await new Promise(requestAnimationFrame);
  }
  await new Promise(requestAnimationFrame);
  await settle(element);
}
