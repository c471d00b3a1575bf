// One suite every element passes, as Shoelace runs one for its form
// controls: what the README promises of every element is tested on each.
import { expect, fixture, html } from '@open-wc/testing';
import '../support/setup.js';
import { defineElement } from '../../packages/core/src/index.js';
import { catchDownloads, recordEvents, settle, text } from '../support/helpers.js';
import { ELEMENTS, type Subject } from './subjects.js';

type Coproduce = HTMLElement & {
  updateComplete: Promise<unknown>;
  locale?: string;
  readonly?: boolean;
  headingLevel?: number | string;
};

/** Mounts the element from markup, as a page would, under its own tag or another. */
async function mount(subject: Subject, attributes = '', tag: string = subject.tag): Promise<Coproduce> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.innerHTML = `<${tag} ${attributes}></${tag}>`;
  const element = wrapper.firstElementChild as Coproduce;
  await settle(element);
  return element;
}

const title = (element: Element) => element.shadowRoot!.querySelector<HTMLElement>('#title')!;
const problems = (element: Element) => text(element.shadowRoot!.querySelector('#problems'));

for (const subject of ELEMENTS) {
  const { tag } = subject;
  const errorEvent = `${tag}-error` as `${typeof tag}-error`;

  describe(`Every element: <${tag}>`, () => {
    it('can be defined twice without an error, and under a name of the page’s own', async () => {
      const elementClass = customElements.get(tag)! as typeof HTMLElement;
      expect(() => defineElement(tag, elementClass)).not.to.throw();
      const renamed = `${tag}-renamed`;
      if (!customElements.get(renamed)) customElements.define(renamed, class extends elementClass {});
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const errors = recordEvents(wrapper, errorEvent);
      const element = await mount(subject, 'heading-level="0"', renamed);
      expect(title(element)).to.exist;
      // Its events keep their documented names, whatever the tag.
      wrapper.append(element);
      element.setAttribute('heading-level', '7');
      await settle(element);
      expect(errors.map((error) => error.detail.code)).to.include('invalid-attribute');
    });

    it('names an attribute value it cannot use, reports it, and carries on with the default', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const errors = recordEvents(wrapper, errorEvent);
      wrapper.innerHTML = `<${tag} heading-level="9"></${tag}>`;
      const element = wrapper.firstElementChild as Coproduce;
      await settle(element);
      expect(errors).to.have.length(1);
      expect(errors[0]!.detail.code).to.equal('invalid-attribute');
      expect(errors[0]!.detail.message).to.include('9');
      expect(problems(element)).to.include(errors[0]!.detail.message);
      expect(title(element).localName).to.equal('h2');
    });

    it(`refuses bad ${subject.badInput.property} with a message and ${tag}-error, keeping what it had`, async () => {
      const element = await mount(subject);
      const before = subject.read(element);
      const errors = recordEvents(element, errorEvent);
      (element as unknown as Record<string, unknown>)[subject.badInput.property] = subject.badInput.value;
      await settle(element);
      expect(errors.map((error) => error.detail.code)).to.deep.equal(['invalid-data']);
      expect(errors[0]!.detail).to.have.keys(['message', 'code', 'cause']);
      expect(problems(element)).to.include(errors[0]!.detail.message);
      expect(subject.read(element)).to.deep.equal(before);
    });

    it(`sends ${tag}-error to a listener added just after bad input was set, as React and Vue do`, async () => {
      const element = document.createElement(tag) as Coproduce;
      (element as unknown as Record<string, unknown>)[subject.badInput.property] = subject.badInput.value;
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      wrapper.append(element);
      // The framework adds its listeners after it has set the properties and put the element in the page.
      const errors = recordEvents(element, errorEvent);
      await settle(element);
      expect(errors.map((error) => error.detail.code)).to.deep.equal(['invalid-data']);
    });

    it('follows its locale and the page’s language, and says which it shows', async () => {
      const element = await mount(subject);
      const english = text(title(element));
      element.locale = 'cy';
      await settle(element);
      expect(text(title(element))).not.to.equal(english);
      expect(element.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('cy');
      element.locale = undefined;
      await settle(element);
      expect(text(title(element))).to.equal(english);
    });

    it('starts its headings at heading-level, sections one below', async () => {
      const element = await mount(subject, 'heading-level="4"');
      expect(title(element).localName).to.equal('h4');
      const sections = [...element.shadowRoot!.querySelectorAll('.h-section')].map((heading) => heading.localName);
      expect(sections.every((name) => name === 'h5')).to.equal(true);
    });

    if (subject.readonly) {
      it('changes nothing while readonly, whatever is pressed or typed', async () => {
        const element = await mount(subject, 'readonly');
        subject.fill?.(element);
        await settle(element);
        const before = subject.read(element);
        const changes = recordEvents(element, `${tag}-change` as keyof GlobalEventHandlersEventMap);
        const downloads = catchDownloads();
        try {
          const root = element.shadowRoot!;
          for (const field of root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
            'input:not([type=file]), textarea',
          )) {
            if (field.type === 'radio' || field.type === 'checkbox') field.click();
            else field.value = 'Changed';
            field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
            field.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
          }
          for (const form of root.querySelectorAll('form')) form.requestSubmit();
          for (const button of root.querySelectorAll<HTMLButtonElement>('button')) {
            if (text(button) !== subject.printLabel) button.click();
          }
          await settle(element);
        } finally {
          downloads.stop();
        }
        expect(changes).to.have.length(0);
        expect(subject.read(element)).to.deep.equal(before);
      });
    }

    if (subject.storageKey) {
      it('works where the browser keeps nothing, and says so', async () => {
        const refuse = () => {
          throw new DOMException('This page may not keep data', 'SecurityError');
        };
        const was = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
        Object.defineProperty(window, 'localStorage', { configurable: true, get: refuse });
        try {
          const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
          const errors = recordEvents(wrapper, errorEvent);
          wrapper.innerHTML = `<${tag} storage-key="conformance"></${tag}>`;
          const element = wrapper.firstElementChild as Coproduce;
          await settle(element);
          expect(title(element)).to.exist;
          expect(errors.map((error) => error.detail.code)).to.deep.equal(['storage-unavailable']);
        } finally {
          Object.defineProperty(window, 'localStorage', was);
        }
      });
    }
  });
}
