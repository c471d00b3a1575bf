// Pasted under a page's h3, an element whose title is an h2 breaks the page's
// outline for anyone moving by headings. `heading-level` sets the title's
// level; the element's sections sit one below it, and their parts one below
// that, never past h6. The look does not change with the level.
import { expect, fixture, html } from '@open-wc/testing';
import '../support/setup.js';
import { recordEvents, settle, text } from '../support/helpers.js';
import { smallAgreement } from '../values-agreement/fixtures.js';

/** Each element, with what makes it show sections and their parts. */
const ALL = ['title', 'section', 'sub'] as const;
const ELEMENTS = [
  {
    tag: 'mark-scorer',
    error: 'mark-scorer-error',
    attributes: 'mode="individual" participants="Ann"',
    open: '#m-listening-summary',
    data: null,
    roles: ALL,
  },
  {
    tag: 'values-agreement',
    error: 'values-agreement-error',
    attributes: 'participants="Ann"',
    open: '#i-trust-summary',
    data: smallAgreement,
    roles: ALL,
  },
  { tag: 'icebreaker-picker', error: 'icebreaker-picker-error', attributes: '', open: null, data: null, roles: ALL },
  {
    tag: 'decision-log',
    error: 'decision-log-error',
    attributes: '',
    open: '#record',
    data: null,
    roles: ['title', 'section'],
  },
  // The form's only section is its error summary, shown after a refused send.
  {
    tag: 'feedback-form',
    error: 'feedback-form-error',
    attributes: '',
    open: 'button[type="submit"]',
    data: null,
    roles: ['title', 'section'],
  },
] as const;

type Element = HTMLElement & { updateComplete: Promise<unknown>; headingLevel?: number | string };

async function mount(
  tag: string,
  attributes: string,
  open: string | null,
  data: (() => unknown) | null,
): Promise<Element> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.innerHTML = `<${tag} ${attributes}></${tag}>`;
  const element = wrapper.firstElementChild as Element;
  if (data) (element as unknown as { data: unknown }).data = data();
  await settle(element);
  if (open) {
    (element.shadowRoot!.querySelector(open) as HTMLElement).click();
    await settle(element);
  }
  return element;
}

/** Every heading's level in the element, by the look it has: title, section, or part of a section. */
function levels(element: Element, roles: readonly string[] = ALL): Record<string, number[]> {
  const found: Record<string, number[]> = Object.fromEntries(roles.map((role) => [role, []]));
  for (const heading of element.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
    const level = Number(heading.localName[1]);
    for (const role of roles)
      if (heading.classList.contains(`h-${role}`) && !found[role]!.includes(level)) found[role]!.push(level);
  }
  return found;
}

const expected = (roles: readonly string[], title: number) =>
  Object.fromEntries(roles.map((role, depth) => [role, [Math.min(6, title + depth)]]));

for (const { tag, error, attributes, open, data, roles } of ELEMENTS) {
  describe(`<${tag} heading-level>`, () => {
    it('starts at h2, with sections at h3 and their parts at h4', async () => {
      const element = await mount(tag, attributes, open, data);
      expect(levels(element, roles)).to.deep.equal(expected(roles, 2));
    });

    it('starts where the page says, and looks the same', async () => {
      const plain = await mount(tag, attributes, open, data);
      const size = (element: Element, role: string) =>
        getComputedStyle(element.shadowRoot!.querySelector(`.h-${role}`)!).fontSize;
      const element = await mount(tag, `${attributes} heading-level="4"`, open, data);
      expect(levels(element, roles)).to.deep.equal(expected(roles, 4));
      for (const role of roles) expect(size(element, role)).to.equal(size(plain, role));
      await expect(element).to.be.accessible();
    });

    it('never goes past h6', async () => {
      const element = await mount(tag, `${attributes} heading-level="6"`, open, data);
      expect(levels(element, roles)).to.deep.equal(expected(roles, 6));
    });

    it('names a level it cannot use, keeps h2, and follows a level set later', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const errors = recordEvents(wrapper, error as 'mark-scorer-error');
      wrapper.innerHTML = `<${tag} ${attributes} heading-level="seven"></${tag}>`;
      const element = wrapper.firstElementChild as Element;
      await settle(element);
      expect(errors.map((event) => event.detail.code)).to.deep.equal(['invalid-attribute']);
      expect(text(element.shadowRoot!.querySelector('#problems'))).to.contain(
        '“seven” can’t be used as a heading level',
      );
      expect(levels(element).title).to.deep.equal([2]);
      element.headingLevel = 3;
      await settle(element);
      expect(levels(element).title).to.deep.equal([3]);
      expect(element.shadowRoot!.querySelector('#problems .problem')).to.equal(null);
    });
  });
}
