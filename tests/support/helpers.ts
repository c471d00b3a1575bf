import { aTimeout, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../packages/coproduce/src/define.js';
import type { DecisionLog } from '../../packages/decision-log/src/index.js';
import type { IcebreakerPicker } from '../../packages/icebreaker-picker/src/index.js';
import type { FeedbackForm } from '../../packages/feedback-form/src/index.js';
import type { MarkScorer } from '../../packages/mark-scorer/src/index.js';
import type { ValuesAgreement } from '../../packages/values-agreement/src/index.js';

/** Any coproduce element, as the helpers need it. */
type Rendered = HTMLElement & { updateComplete: Promise<unknown> };

export { html };

/** Mounts a template and returns the element with this tag in it (or the template's own root), rendered. */
async function mount<T extends Rendered>(tag: string, template: TemplateResult): Promise<T> {
  const element = await fixture<HTMLElement>(template);
  const found = (element.localName === tag ? element : element.querySelector(tag)) as T;
  await found.updateComplete;
  return found;
}

/**
 * Mounts markup with a `<tag>-error` listener already in place, so problems
 * reported on the first render are caught too. The wrapper is a fixture,
 * removed after the test.
 */
async function mountRecordingErrors<T extends Rendered>(tag: string, errorEvent: `${string}-error` & keyof HTMLElementEventMap, markup: string) {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const errors = recordEvents(wrapper, errorEvent);
  wrapper.innerHTML = markup;
  const element = wrapper.querySelector(tag) as T;
  await settle(element);
  return { element, errors };
}

export const scorer = (template: TemplateResult = html`<mark-scorer></mark-scorer>`) => mount<MarkScorer>('mark-scorer', template);

export function $<T extends Element = HTMLElement>(element: Element, selector: string): T {
  const found = element.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`Nothing matches ${selector}`);
  return found;
}

export function $$<T extends Element = HTMLElement>(element: Element, selector: string): T[] {
  return [...element.shadowRoot!.querySelectorAll<T>(selector)];
}

/** Visible text, spaces folded. */
export function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export const agreement = (template: TemplateResult = html`<values-agreement></values-agreement>`) =>
  mount<ValuesAgreement>('values-agreement', template);

/** Mounts <values-agreement> markup with its error listener in place before the first render. */
export const agreementRecordingErrors = (markup: string) =>
  mountRecordingErrors<ValuesAgreement>('values-agreement', 'values-agreement-error', markup);

export const decisionLog = (template: TemplateResult = html`<decision-log></decision-log>`) =>
  mount<DecisionLog>('decision-log', template);

/** Mounts <decision-log> markup with its error listener in place before the first render. */
export const decisionLogRecordingErrors = (markup: string) =>
  mountRecordingErrors<DecisionLog>('decision-log', 'decision-log-error', markup);

export const icebreakerPicker = (template: TemplateResult = html`<icebreaker-picker></icebreaker-picker>`) =>
  mount<IcebreakerPicker>('icebreaker-picker', template);

/** Mounts <icebreaker-picker> markup with its error listener in place before the first render. */
export const icebreakerPickerRecordingErrors = (markup: string) =>
  mountRecordingErrors<IcebreakerPicker>('icebreaker-picker', 'icebreaker-picker-error', markup);

export const feedbackForm = (template: TemplateResult = html`<feedback-form></feedback-form>`) =>
  mount<FeedbackForm>('feedback-form', template);

/** Mounts <feedback-form> markup with its error listener in place before the first render. */
export const feedbackFormRecordingErrors = (markup: string) =>
  mountRecordingErrors<FeedbackForm>('feedback-form', 'feedback-error', markup);

/** Waits (up to about 5 seconds) until `check` is true, then asserts it. */
export async function waitFor(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 25));
  if (!check()) throw new Error(`Still false after 5 s: ${check.toString()}`);
}

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

export async function settle(element: { updateComplete: Promise<unknown> }): Promise<void> {
  await element.updateComplete;
  await aTimeout(0);
  await element.updateComplete;
}

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

/** The element focused inside the element's shadow root. */
export function focused(element: Element): Element | null {
  return element.shadowRoot!.activeElement;
}

/** Puts text in a field as typing would: its value, then an input event. Returns the field. */
export function fill(element: Element, selector: string, value: string): HTMLInputElement | HTMLTextAreaElement {
  const field = $<HTMLInputElement | HTMLTextAreaElement>(element, selector);
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  return field;
}

/** Fills a date's day, month and year fields (`#<id>-day`, `-month`, `-year`). */
export function fillDay(element: Element, id: string, day: string, month: string, year: string): void {
  fill(element, `#${id}-day`, day);
  fill(element, `#${id}-month`, month);
  fill(element, `#${id}-year`, year);
}

/** Types into a field and submits its form, as a person would with Enter. */
export async function submitText(element: Rendered, selector: string, value: string): Promise<void> {
  fill(element, selector, value).form!.requestSubmit();
  await settle(element);
}

/** Collects the events of one type that an element dispatches. */
export function recordEvents<K extends keyof HTMLElementEventMap>(
  target: EventTarget,
  type: K,
): Array<HTMLElementEventMap[K]> {
  const events: Array<HTMLElementEventMap[K]> = [];
  target.addEventListener(type, (event) => events.push(event as HTMLElementEventMap[K]));
  return events;
}

/** Mounts <mark-scorer> markup with its error listener in place before the first render. */
export const scorerRecordingErrors = (markup: string) =>
  mountRecordingErrors<MarkScorer>('mark-scorer', 'mark-scorer-error', markup);

export function chooseScore(element: MarkScorer, name: string, value: string | number): void {
  $<HTMLInputElement>(element, `input[name="${name}"][value="${value}"]`).click();
}

/** Types into a field that has no form (the notes), then leaves it. */
export async function typeAndLeave(element: Rendered, selector: string, value: string): Promise<void> {
  fill(element, selector, value).dispatchEvent(new Event('change', { bubbles: true }));
  await settle(element);
}

/**
 * Catches the files an element offers to download (its `downloadText` makes a
 * Blob URL and clicks a link to it) without the browser saving anything.
 * Call `stop()` to put things back.
 */
export function catchDownloads(): { files: { name: string; text: Promise<string> }[]; stop: () => void } {
  const files: { name: string; text: Promise<string> }[] = [];
  const blobs = new Map<string, Blob>();
  const createObjectURL = URL.createObjectURL;
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    const url = createObjectURL.call(URL, blob);
    if (blob instanceof Blob) blobs.set(url, blob);
    return url;
  };
  const onClick = (event: Event) => {
    const link = event.target as HTMLAnchorElement;
    if (!(link instanceof HTMLAnchorElement) || !link.download) return;
    event.preventDefault();
    files.push({ name: link.download, text: blobs.get(link.href)?.text() ?? Promise.resolve('') });
  };
  document.addEventListener('click', onClick, true);
  return {
    files,
    stop: () => {
      URL.createObjectURL = createObjectURL;
      document.removeEventListener('click', onClick, true);
    },
  };
}
