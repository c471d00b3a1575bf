// The baseline: the smallest useful Lit element, with one property to change.
import { LitElement, html } from 'lit';

class TrivialElement extends LitElement {
  static override properties = { text: { type: String } };
  declare text: string;
  constructor() {
    super();
    this.text = 'Hello';
  }
  override render() {
    return html`<p>${this.text}</p>`;
  }
}
customElements.define('trivial-element', TrivialElement);
