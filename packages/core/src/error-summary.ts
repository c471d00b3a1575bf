import { html, nothing, type TemplateResult } from 'lit';

/** One problem in the summary: its message, and the id of the field that puts it right. */
export interface SummaryItem {
  target: string;
  message: string;
}

/**
 * The GOV.UK error summary, shared by every form: "There is a problem", then
 * each problem as a link that takes the person to its field. It is the
 * element's `#error-summary` (part `error-summary`), and the form moves focus
 * to it when a send or save is refused, so a screen reader hears every
 * problem at once. `goTo` focuses the field (the default scrolls it into
 * view and focuses it inside `root`).
 */
export function errorSummary(
  view: { t(key: 'error.heading'): string },
  items: readonly SummaryItem[],
  root: ParentNode,
  goTo?: (target: string) => void,
): TemplateResult | typeof nothing {
  if (!items.length) return nothing;
  const go = (event: Event, target: string) => {
    event.preventDefault();
    if (goTo) return goTo(target);
    const field = root.querySelector<HTMLElement>(`#${CSS.escape(target)}`);
    field?.scrollIntoView({ block: 'center' });
    field?.focus();
  };
  return html`<div class="problem error-summary" id="error-summary" part="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
    <h3 id="error-summary-title">${view.t('error.heading')}</h3>
    <ul>
      ${items.map((item) => html`<li><a href="#${item.target}" @click=${(event: Event) => go(event, item.target)}>${item.message}</a></li>`)}
    </ul>
  </div>`;
}
