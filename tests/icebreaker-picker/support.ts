// Mounting and driving <icebreaker-picker> in tests.
import type { TemplateResult } from 'lit';
import type { IcebreakerPicker } from '../../packages/icebreaker-picker/src/index.js';
import { html, mount, mountRecordingErrors } from '../support/helpers.js';

export const icebreakerPicker = (template: TemplateResult = html`<icebreaker-picker></icebreaker-picker>`) =>
  mount<IcebreakerPicker>('icebreaker-picker', template);

/** Mounts <icebreaker-picker> markup with its error listener in place before the first render. */
export const icebreakerPickerRecordingErrors = (markup: string) =>
  mountRecordingErrors<IcebreakerPicker>('icebreaker-picker', 'icebreaker-picker-error', markup);

/** Every turn that starts or ends, in the order the host hears of them: `['started', 0, 30]`, `['ended', 0, 'next']`. */
export function recordTurns(target: HTMLElement): Array<['started', number, number] | ['ended', number, string]> {
  const turns: Array<['started', number, number] | ['ended', number, string]> = [];
  target.addEventListener('icebreaker-turn-started', ({ detail }) =>
    turns.push(['started', detail.turnIndex, detail.seconds]),
  );
  target.addEventListener('icebreaker-turn-ended', ({ detail }) =>
    turns.push(['ended', detail.turnIndex, detail.reason]),
  );
  return turns;
}
