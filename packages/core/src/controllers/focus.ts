import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** An element whose controllers look into what it rendered. */
export interface RenderedHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * Moves focus to an element of the host's shadow root once the next render
 * is done, so the thing to focus exists: a field just opened, the problem
 * box just filled, the title after a page of the element closes.
 */
export class FocusController implements ReactiveController {
  private target: string | null = null;

  constructor(private readonly host: RenderedHost) {
    host.addController(this);
  }

  /** Focuses what `selector` finds in the shadow root after the next render. */
  after(selector: string): void {
    this.target = selector;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    if (!this.target) return;
    const target = this.host.renderRoot.querySelector<HTMLElement>(this.target);
    this.target = null;
    target?.focus();
  }
}
