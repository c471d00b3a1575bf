/** The `detail` type of an event declared in HTMLElementEventMap. */
export type EventDetail<K extends keyof HTMLElementEventMap> =
  HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never;

/** Error codes carried by every `*-error` event, so hosts can react without parsing text. */
export type CoproduceErrorCode =
  | 'invalid-attribute'
  | 'invalid-data'
  | 'invalid-file'
  | 'source-unavailable'
  | 'source-timeout'
  | 'source-too-big'
  | 'invalid-source'
  | 'unreadable-storage'
  | 'storage-full'
  | 'storage-unavailable';

export interface CoproduceErrorDetail {
  /** The plain-language message shown in the element, in its current language. */
  message: string;
  /** What went wrong underneath (a validation error, a DOMException…), for developers. */
  cause: unknown;
  code: CoproduceErrorCode;
}

/**
 * Dispatches a typed CustomEvent that bubbles and crosses shadow roots, so a
 * host can listen on any ancestor. Returns false if a listener cancelled it.
 */
export function emit<K extends keyof HTMLElementEventMap>(
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
