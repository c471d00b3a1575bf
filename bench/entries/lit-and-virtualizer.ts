// A trivial Lit element with @lit-labs/virtualizer's virtualize directive: what the long list costs.
import { virtualize } from '@lit-labs/virtualizer/virtualize.js';
import { LitElement, html } from 'lit';
import './trivial-lit.js';

class VirtualList extends LitElement {
  override render() {
    return html`<div>${virtualize({ items: [1, 2, 3], renderItem: (item) => html`<p>${item}</p>` })}</div>`;
  }
}
customElements.define('virtual-list', VirtualList);
