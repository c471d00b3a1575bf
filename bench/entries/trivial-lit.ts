// The baseline: the smallest useful Lit element.
import { LitElement, html } from 'lit';

class TrivialElement extends LitElement {
  override render() {
    return html`<p>Hello</p>`;
  }
}
customElements.define('trivial-element', TrivialElement);
