import { expect, fixture } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../support/setup.js';
import {
  atViewport,
  expectBigEnoughToPress,
  expectChoiceAndFocusVisible,
  expectNoMotion,
  fitsAtDoubleTextSize,
  inForcedColours,
  overflowsHorizontally,
  systemColour,
  whileEmulating,
} from '../support/presentation.js';
import { $, $$, html, settle, submitText } from '../support/helpers.js';
import { chooseScore, openMark, scorer } from './support.js';
import type { MarkScorer } from '../../packages/mark-scorer/src/index.js';

/** What a crowded council intranet throws at anything pasted into it. */
const HOSTILE_PAGE_CSS = `
  html { font-size: 62.5%; }
  body { font: 11px/1 "Comic Sans MS", cursive; color: #f00; background: #ffc; }
  body * { font-family: "Comic Sans MS" !important; letter-spacing: 3px !important; text-transform: uppercase !important;
    color: red !important; line-height: 0.8 !important; word-spacing: 10px !important; text-align: right !important; }
  * { box-sizing: content-box !important; margin: 7px !important; padding: 0 !important; }
  button, input, select, textarea, details, summary, fieldset, label { display: none !important; border: 0 !important; }
  div, section, p, ul, li { float: left; width: 50px !important; visibility: hidden; }
  svg, circle, line { display: none !important; fill: red !important; }
`;

async function fillSession(element: MarkScorer) {
  await openMark(element, 'listening');
  await submitText(element, '#m-listening-ladders-new', 'A listening circle that meets every month in the library');
  chooseScore(element, 'm-listening-agreed', 6);
  await settle(element);
  await submitText(element, '#round-label', 'First');
  await openMark(element, 'allyship');
}

describe('<mark-scorer> in someone else’s page', () => {
  it('looks and works as designed under a hostile intranet stylesheet', async () => {
    const style = document.createElement('style');
    style.textContent = HOSTILE_PAGE_CSS;
    document.head.append(style);
    try {
      const element = await scorer(html`<mark-scorer style="visibility: visible"></mark-scorer>`);
      await fillSession(element);
      const root = $(element, '.root');
      const rootStyle = getComputedStyle(root);
      expect(rootStyle.fontSize).to.equal(getComputedStyle(document.createElement('html')).fontSize || '16px');
      expect(parseFloat(rootStyle.fontSize)).to.be.at.least(16);
      expect(rootStyle.fontFamily).not.to.include('Comic');
      expect(rootStyle.textTransform).to.equal('none');
      // Spacing reaches inside, as a reader's own text-spacing settings must (WCAG 1.4.12); cramped lines do not.
      expect(rootStyle.letterSpacing).to.equal('3px');
      expect(rootStyle.wordSpacing).to.equal('10px');
      expect(parseFloat(rootStyle.lineHeight)).to.be.at.least(1.5 * parseFloat(rootStyle.fontSize));
      expect(rootStyle.color).to.equal('rgb(11, 12, 12)');
      expect(rootStyle.visibility).to.equal('visible');
      const button = $(element, '#m-listening-ladders-new + button');
      expect(getComputedStyle(button).display).not.to.equal('none');
      expect(button.getBoundingClientRect().height).to.be.at.least(24);
      expect(getComputedStyle($(element, 'details.mark')).display).to.equal('block');
      expect(getComputedStyle($(element, '.trend svg')).display).not.to.equal('none');
      await expect(element).to.be.accessible();
    } finally {
      style.remove();
    }
  });

  it('fits a 320 px wide screen without sideways scrolling', () =>
    atViewport(320, 640, async () => {
      const element = await scorer();
      await fillSession(element);
      expect(overflowsHorizontally(element)).to.equal(false);
      const controls = $$(element, '#m-listening-card button, #m-listening-card label.choice');
      expect(controls.length).to.be.greaterThan(12);
      expectBigEnoughToPress(controls);
      element.remove();
      const individual = await scorer(
        html`<mark-scorer mode="individual" participants="Ana, Bartholomew-Llewellyn, Cy"></mark-scorer>`,
      );
      await openMark(individual, 'listening');
      $(individual, '#m-listening-person-1').click();
      await settle(individual);
      expect(overflowsHorizontally(individual)).to.equal(false);
    }));

  it('works at 200% text size', () =>
    fitsAtDoubleTextSize(async (style) => {
      const element = await scorer(html`<div>${style}<mark-scorer></mark-scorer></div>`);
      await fillSession(element);
      return element;
    }));

  it('has no motion when the person asks for reduced motion', function () {
    return whileEmulating(this, { reducedMotion: 'reduce' }, async () => {
      const element = await scorer();
      await fillSession(element);
      expectNoMotion(element);
      expect(element.shadowRoot!.getAnimations().length).to.equal(0);
    });
  });

  it('stays usable in forced colours (Windows high contrast)', function () {
    return inForcedColours(this, async () => {
      const element = await scorer();
      await openMark(element, 'listening');
      chooseScore(element, 'm-listening-agreed', 6);
      await settle(element);
      expectChoiceAndFocusVisible($<HTMLInputElement>(element, 'input[name="m-listening-agreed"][value="6"]'));
      await expect(element).to.be.accessible();
    });
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`keeps the spread and rounds charts visible in a ${scheme} contrast theme`, function () {
      return inForcedColours(
        this,
        async () => {
          const element = await scorer(html`<mark-scorer mode="individual" participants="Ann, Ben"></mark-scorer>`);
          const data = element.data;
          const listening = data.marks.find((mark) => mark.id === 'listening')!;
          Object.assign(listening, { individual: { Ann: 3, Ben: 7 }, revealed: true, agreed: 5 });
          data.rounds = [
            { id: 'r1', label: 'Start', savedAt: '2026-01-01T10:00:00.000Z', scores: { listening: 3 } },
            { id: 'r2', label: 'End', savedAt: '2026-06-01T10:00:00.000Z', scores: { listening: 5 } },
          ];
          element.data = data;
          await openMark(element, 'listening');
          const background = getComputedStyle(element.shadowRoot!.querySelector('.root')!).backgroundColor;
          expect(background).to.equal(systemColour('Canvas'));
          const system = [systemColour('CanvasText'), systemColour('Highlight')];
          const painted = $$(
            element,
            '.spread-chart line, .spread-chart circle, .spread-chart text, .trend svg line, .trend svg polyline, .trend svg text',
          );
          expect(painted.length).to.be.greaterThan(10);
          for (const shape of painted) {
            const style = getComputedStyle(shape);
            const colour = shape.localName === 'line' || shape.localName === 'polyline' ? style.stroke : style.fill;
            expect(system, `${shape.localName}.${shape.getAttribute('class')} is ${colour}`).to.include(colour);
          }
          for (const dot of $$(element, '.trend g.dot circle')) {
            expect(getComputedStyle(dot).stroke).to.equal(systemColour('CanvasText'));
          }
        },
        scheme,
      );
    });
  }

  it('prints the whole session legibly: every mark open, scores and notes as text, no buttons', async function () {
    const element = await scorer();
    await openMark(element, 'listening');
    chooseScore(element, 'm-listening-agreed', 6);
    await settle(element);
    window.dispatchEvent(new Event('beforeprint'));
    await settle(element);
    expect($$<HTMLDetailsElement>(element, 'details.mark').every((card) => card.open)).to.equal(true);
    await whileEmulating(this, { media: 'print' }, async () => {
      expect(getComputedStyle($(element, '#m-listening-card .print-only')).display).to.equal('block');
      expect($(element, '#m-listening-card p.print-only:not(.notes-print)').textContent).to.include('6 out of 10');
      expect(getComputedStyle($(element, '#m-listening-card fieldset.score')).display).to.equal('none');
      expect(getComputedStyle($(element, '#m-listening-card textarea')).display).to.equal('none');
      expect($$(element, 'button').every((button) => getComputedStyle(button).display === 'none')).to.equal(true);
    });
    window.dispatchEvent(new Event('afterprint'));
    await settle(element);
    expect($$<HTMLDetailsElement>(element, 'details.mark').filter((card) => card.open)).to.have.length(1);
  });

  it('has a dark theme that passes the contrast checks', async () => {
    const element = await scorer(html`<mark-scorer theme="dark"></mark-scorer>`);
    await fillSession(element);
    expect(getComputedStyle($(element, '.root')).backgroundColor).to.equal('rgb(27, 27, 31)');
    await expect(element).to.be.accessible();
  });

  it('follows the device with theme="auto": light by default, dark on a dark device', async function () {
    const element = await scorer(html`<mark-scorer theme="auto"></mark-scorer>`);
    await whileEmulating(this, { colorScheme: 'light' }, async () => {
      expect(getComputedStyle($(element, '.root')).backgroundColor).to.equal('rgb(255, 255, 255)');
      await emulateMedia({ colorScheme: 'dark' });
      expect(getComputedStyle($(element, '.root')).backgroundColor).to.equal('rgb(27, 27, 31)');
      await expect(element).to.be.accessible();
    });
  });

  it('takes theme tokens from the host page', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="--coproduce-color-accent: rgb(0, 94, 165)"><mark-scorer></mark-scorer></div>`,
    );
    const element = wrapper.querySelector('mark-scorer') as MarkScorer;
    await settle(element);
    expect(getComputedStyle($(element, '.rounds button.primary')).backgroundColor).to.equal('rgb(0, 94, 165)');
  });
});
