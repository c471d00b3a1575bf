/**
 * Every coproduce event is declared in `GlobalEventHandlersEventMap`, so a
 * listener is typed on the element, on any ancestor and on `document` alike.
 */
type EventMap = GlobalEventHandlersEventMap;

/** The `detail` type of a declared event. */
export type EventDetail<K extends keyof EventMap> = EventMap[K] extends CustomEvent<infer D> ? D : never;

/**
 * Why an element refused something or could not do it: the `code` of every
 * `<tag>-error` event, so a host can react without reading the message.
 */
export type CoproduceErrorCode =
  /** An attribute's value is not one the element takes; the default is used. */
  | 'invalid-attribute'
  /** Data given to the element (`data`, a list, a change) does not fit; what was there is kept. */
  | 'invalid-data'
  /** A file someone opened is not a saved copy the element can read. */
  | 'invalid-file'
  /** `src` could not be loaded: not http(s), unreachable, or an error status. */
  | 'source-unavailable'
  /** `src` did not answer in time. */
  | 'source-timeout'
  /** `src` answered with more than the element will read. */
  | 'source-too-big'
  /** `src` answered with something that is not in the right form. */
  | 'invalid-source'
  /** Saved work could not be read; it was kept aside (or left alone if a newer version wrote it). */
  | 'unreadable-storage'
  /** The browser's storage is full: the latest change is shown but not kept. */
  | 'storage-full'
  /** The browser keeps nothing (private browsing, blocked storage). */
  | 'storage-unavailable'
  /** The server refused a submission. */
  | 'send-refused'
  /** A live session's server did not take a change from this device: the element shows the group's copy again. */
  | 'change-refused'
  /** A submission came too soon after the form appeared to be a person's. */
  | 'sent-too-soon'
  /** The words of the element's language, or its Easy Read words, could not be loaded: it shows English, or its usual words. */
  | 'language-unavailable'
  /** A part fetched only when first needed (a form, reading a spreadsheet) could not be fetched: nothing was done, and pressing again tries again. */
  | 'part-unavailable';

/** The detail of every `<tag>-error` event. */
export interface CoproduceErrorDetail {
  /** The plain-language message shown in the element, in its current language. */
  message: string;
  code: CoproduceErrorCode;
  /** What went wrong underneath (a validation error, a DOMException…), for developers. */
  cause: unknown;
}

/** The tags whose `<tag>-error` event is declared: the elements that report problems. */
export type ErrorEventTag = {
  [K in keyof EventMap]: K extends `${infer Tag}-error`
    ? EventMap[K] extends CustomEvent<CoproduceErrorDetail>
      ? Tag
      : never
    : never;
}[keyof EventMap];

/**
 * Dispatches a typed CustomEvent that bubbles and crosses shadow roots, so a
 * host can listen on any ancestor. Returns false if a listener cancelled it.
 */
export function emit<K extends keyof EventMap>(
  target: EventTarget,
  type: K,
  detail: EventDetail<K>,
  options: { cancelable?: boolean } = {},
): boolean {
  const event = new CustomEvent(type, {
    detail,
    bubbles: true,
    composed: true,
    cancelable: options.cancelable ?? false,
  });
  return target.dispatchEvent(event);
}

/** The tags whose `<tag>-change` event carries `{ data: Doc }`: the elements that edit a `Doc`. */
export type ChangeEventTag<Doc> = {
  [K in keyof EventMap]: K extends `${infer Tag}-change`
    ? EventMap[K] extends CustomEvent<{ data: Doc }>
      ? Tag
      : never
    : never;
}[keyof EventMap];
