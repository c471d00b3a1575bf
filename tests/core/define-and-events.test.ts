import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import '../support/setup.js';
import { defineElement, emit, VERSION } from '../../packages/core/src/index.js';

class First extends LitElement {
  static version = VERSION;
}
class SameVersionCopy extends LitElement {
  static version = VERSION;
}
class OtherVersion extends LitElement {
  static version = '99.0.0';
}

describe('defineElement', () => {
  it('registers a free tag', () => {
    defineElement('test-define-a', First);
    expect(customElements.get('test-define-a')).to.equal(First);
  });

  it('is silent when the same class or the same version is defined again', () => {
    const warn = console.warn;
    let warned = 0;
    console.warn = () => warned++;
    try {
      defineElement('test-define-a', First);
      defineElement('test-define-a', SameVersionCopy);
    } finally {
      console.warn = warn;
    }
    expect(warned).to.equal(0);
    expect(customElements.get('test-define-a')).to.equal(First);
  });

  it('warns, naming both versions, when another version is already there, and does not throw', () => {
    const messages: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => messages.push(message);
    try {
      expect(() => defineElement('test-define-a', OtherVersion)).not.to.throw();
    } finally {
      console.warn = warn;
    }
    expect(messages).to.have.length(1);
    expect(messages[0]).to.include(VERSION).and.include('99.0.0').and.include('<test-define-a>');
  });
});

describe('emit', () => {
  it('dispatches a typed event that bubbles out of shadow roots and can be cancelled', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div><span></span></div>`);
    const root = outer.querySelector('span')!.attachShadow({ mode: 'open' });
    const inner = document.createElement('p');
    root.append(inner);
    let seen: CustomEvent | null = null;
    outer.addEventListener('mark-scorer-error', (event) => {
      seen = event;
      event.preventDefault();
    });
    const notCancelled = emit(
      inner,
      'mark-scorer-error',
      { message: 'm', cause: null, code: 'invalid-data' },
      { cancelable: true },
    );
    expect(seen).to.not.equal(null);
    expect(seen!.detail).to.deep.equal({ message: 'm', cause: null, code: 'invalid-data' });
    expect(seen!.bubbles && seen!.composed).to.equal(true);
    expect(notCancelled).to.equal(false);
  });
});
