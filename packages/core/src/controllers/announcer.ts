import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * The element's polite live region: what it says to screen readers about
 * a change that happened where their focus is not. The element renders
 * `render()` once, anywhere.
 */
export class Announcer {
  private text = '';
  private toggle = false;

  constructor(private readonly host: ReactiveControllerHost) {}

  say(text: string): void {
    // Alternating a trailing space makes a repeated message a change that screen readers announce again.
    this.toggle = !this.toggle;
    this.text = this.toggle ? text : `${text}\u00a0`;
    this.host.requestUpdate();
  }

  render(): TemplateResult {
    return html`<div class="visually-hidden" role="status">${this.text}</div>`;
  }
}
