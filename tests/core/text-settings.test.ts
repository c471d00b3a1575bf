// A reader's own text settings (a text-spacing bookmarklet, a user
// stylesheet, an extension that makes text bigger) must reach inside every
// element (WCAG 1.4.12), while a page's small or cramped text must not
// shrink it.
import { expect, fixture, html } from '@open-wc/testing';
import '../support/setup.js';
import '../support/helpers.js';
import { overflowsHorizontally, atViewport } from '../support/presentation.js';

const TAGS = ['mark-scorer', 'values-agreement', 'decision-log', 'icebreaker-picker', 'feedback-form'] as const;

/** What the WCAG 1.4.12 text-spacing bookmarklet does, with bigger text and more line height besides. */
const READER_STYLES = `
  * {
    line-height: 2 !important;
    letter-spacing: 0.12em !important;
    word-spacing: 0.16em !important;
    font-size: 24px !important;
  }
`;

/** A page's own cramped, small text, which must not shrink the element. */
const CRAMPED_PAGE = `
  html { font-size: 10px; }
  body { font-size: 11px; line-height: 1; }
`;

async function withStyles<T>(css: string, run: () => Promise<T>): Promise<T> {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  try {
    return await run();
  } finally {
    style.remove();
  }
}

async function mount(tag: string): Promise<HTMLElement> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const element = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
  wrapper.append(element);
  await element.updateComplete;
  return element;
}

const rootStyle = (element: HTMLElement) => getComputedStyle(element.shadowRoot!.querySelector('.root')!);

for (const tag of TAGS) {
  describe(`<${tag}> and the reader’s own text settings`, () => {
    it('takes the reader’s letter and word spacing, line height and text size, and still fits 320 px', async () => {
      await withStyles(READER_STYLES, () =>
        atViewport(320, 800, async () => {
          const element = await mount(tag);
          const style = rootStyle(element);
          expect(style.fontSize).to.equal('24px');
          expect(parseFloat(style.letterSpacing)).to.be.closeTo(0.12 * 24, 0.01);
          expect(parseFloat(style.wordSpacing)).to.be.closeTo(0.16 * 24, 0.01);
          expect(parseFloat(style.lineHeight)).to.be.closeTo(2 * 24, 0.5);
          // Headings and buttons inside take the spacing too, and the reader's line height, in proportion to their size.
          const heading = getComputedStyle(element.shadowRoot!.querySelector('h2')!);
          expect(parseFloat(heading.letterSpacing)).to.be.closeTo(0.12 * 24, 0.01);
          expect(parseFloat(heading.fontSize)).to.be.above(24);
          expect(parseFloat(heading.lineHeight)).to.be.closeTo(2 * parseFloat(heading.fontSize), 0.5);
          expect(overflowsHorizontally(element)).to.equal(false);
        }),
      );
    });

    it('is never smaller or more cramped than the reader’s default, whatever the page’s own text', async () => {
      const plain = rootStyle(await mount(tag));
      const defaultSize = parseFloat(plain.fontSize);
      await withStyles(CRAMPED_PAGE, async () => {
        const element = await mount(tag);
        const style = rootStyle(element);
        expect(parseFloat(style.fontSize)).to.equal(defaultSize);
        expect(parseFloat(style.lineHeight)).to.be.closeTo(1.5 * defaultSize, 0.5);
        // Headings keep their own, a little tighter than the text's.
        const heading = getComputedStyle(element.shadowRoot!.querySelector('h2')!);
        expect(parseFloat(heading.lineHeight)).to.be.closeTo(1.25 * parseFloat(heading.fontSize), 0.5);
      });
    });
  });
}
