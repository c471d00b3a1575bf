// A page rendered on a server (Lit's server rendering, tests/ssr/) arrives
// with each element's shadow root already drawn, as a declarative shadow
// root. When the element is defined it draws itself in that shadow root once,
// in place of the server's drawing, never beside it.
import { expect, fixture, html } from '@open-wc/testing';
import '../support/setup.js';
import '@coproduce/mark-scorer/define';
import '@coproduce/values-agreement/define';
import '@coproduce/decision-log/define';
import '@coproduce/icebreaker-picker/define';
import '@coproduce/feedback-form/define';

const TAGS = ['mark-scorer', 'values-agreement', 'decision-log', 'icebreaker-picker', 'feedback-form'] as const;

/** What the server sends, in short: the styles, then the drawing in its `.text-size` box. */
const fromServer = (tag: string) =>
  `<${tag}><template shadowrootmode="open"><style>p { color: red; }</style>` +
  `<div class="text-size"><p id="from-server">Drawn on the server</p></div></template></${tag}>`;

describe('an element whose page was rendered on a server', () => {
  for (const tag of TAGS) {
    it(`<${tag}> draws itself once, in place of the server's drawing`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      wrapper.setHTMLUnsafe(fromServer(tag));
      const element = wrapper.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
      // Firefox upgrades an element made this way a little later; Chromium has already.
      customElements.upgrade(element);
      await element.updateComplete;
      const shadow = element.shadowRoot!;
      expect(shadow.querySelector('#from-server')).to.equal(null);
      expect(shadow.querySelectorAll('style')).to.have.length(0);
      expect(shadow.children).to.have.length(1);
      expect(shadow.firstElementChild!.className).to.include('text-size');
      expect(shadow.querySelectorAll('#title')).to.have.length(1);
    });
  }
});
