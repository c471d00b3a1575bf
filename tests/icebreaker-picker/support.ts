// Mounting and driving <icebreaker-picker> in tests.
import type { TemplateResult } from 'lit';
import type { IcebreakerPicker } from '../../packages/icebreaker-picker/src/index.js';
import { html, mount, mountRecordingErrors } from '../support/helpers.js';

export const icebreakerPicker = (template: TemplateResult = html`<icebreaker-picker></icebreaker-picker>`) =>
  mount<IcebreakerPicker>('icebreaker-picker', template);

/** Mounts <icebreaker-picker> markup with its error listener in place before the first render. */
export const icebreakerPickerRecordingErrors = (markup: string) =>
  mountRecordingErrors<IcebreakerPicker>('icebreaker-picker', 'icebreaker-picker-error', markup);
