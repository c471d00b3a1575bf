// Drawing only the rows near the screen, for lists past VIRTUALISE_ABOVE. Its
// own module, imported only when a list gets that long: most logs never do,
// and the virtualizer is about a quarter of <decision-log>'s code.
import type { RangeChangedEvent } from '@lit-labs/virtualizer/events.js';
import { flow } from '@lit-labs/virtualizer/layouts/flow.js';
import { type VirtualizerHostElement, virtualize, virtualizerRef } from '@lit-labs/virtualizer/virtualize.js';
import type { TemplateResult } from 'lit';

/**
 * Given, not left to the virtualizer's default, which it loads with a dynamic
 * import of its own: one file fewer to wait for.
 */
const LAYOUT = flow();

export function virtualRows<T>(
  items: readonly T[],
  renderItem: (item: T, index: number) => TemplateResult,
  keyFunction: (item: T) => unknown,
): unknown {
  return virtualize({ items: items as T[], renderItem, keyFunction, layout: LAYOUT });
}

/**
 * Scrolls a virtual list to row `index` and calls `drawn` once the
 * virtualizer says a range holding it is in the page (`rangeChanged`).
 * False when `list` has no virtualizer.
 */
export function scrollToRow(list: Element, index: number, drawn: () => void): boolean {
  const virtualizer = (list as VirtualizerHostElement)[virtualizerRef];
  if (!virtualizer) return false;
  const onRange = (event: Event) => {
    const { first, last } = event as RangeChangedEvent;
    if (index < first || index > last) return;
    list.removeEventListener('rangeChanged', onRange);
    // The virtualizer puts the rows it drew in place just after it says so.
    queueMicrotask(drawn);
  };
  list.addEventListener('rangeChanged', onRange);
  virtualizer.element(index)?.scrollIntoView({ block: 'center' });
  return true;
}
