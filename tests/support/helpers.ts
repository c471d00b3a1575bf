import { aTimeout, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../packages/coproduce/src/define.js';

/** Any coproduce element, as the helpers need it. */
export type Rendered = HTMLElement & { updateComplete: Promise<unknown> };

export { html };

/** Mounts a template and returns the element with this tag in it (or the template's own root), rendered. */
export async function mount<T extends Rendered>(tag: string, template: TemplateResult): Promise<T> {
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
export async function mountRecordingErrors<T extends Rendered>(
  tag: string,
  errorEvent: `${string}-error` & keyof GlobalEventHandlersEventMap,
  markup: string,
) {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const errors = recordEvents(wrapper, errorEvent);
  wrapper.innerHTML = markup;
  const element = wrapper.querySelector(tag) as T;
  await settle(element);
  return { element, errors };
}

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

/** Waits (up to about 5 seconds) until `check` is true, then asserts it. */
export async function waitFor(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 25));
  if (!check()) throw new Error(`Still false after 5 s: ${check.toString()}`);
}

export async function settle(element: { updateComplete: Promise<unknown> }): Promise<void> {
  await element.updateComplete;
  await aTimeout(0);
  await element.updateComplete;
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
/** Every `type` event that reaches `target` from now on, typed as the element declares it. */
export function recordEvents<K extends keyof GlobalEventHandlersEventMap>(
  target: EventTarget,
  type: K,
): Array<GlobalEventHandlersEventMap[K]> {
  const events: Array<GlobalEventHandlersEventMap[K]> = [];
  target.addEventListener(type, (event) => events.push(event as GlobalEventHandlersEventMap[K]));
  return events;
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
