// “More about this mark” on a slow or failing network: while its words are on
// their way the details opens with nothing misleading in it, and if they
// cannot be fetched it says so plainly, and opening it again tries again.
//
// A real failure: the test runner's server answers 503 for the guidance
// module, once. This file imports no guidance module itself, so the
// element's own fetch is the one refused; the slow network is a loader the
// test holds back, in a subclass.
import { expect } from '@open-wc/testing';
import '../support/setup.js';
import { refuseNext, restoreNetwork } from '../support/unreachable.js';
import { MarkScorer } from '../../packages/mark-scorer/src/index.js';
import type { GuidanceModule } from '../../packages/mark-scorer/src/i18n/guidance.js';
import { $, $$, html, mount, settle, text } from '../support/helpers.js';
import { openGuidance, openMark, scorer } from './support.js';

// Room for every request a test page makes, so each of the guidance's is there to be counted.
performance.setResourceTimingBufferSize(10_000);

/** How many times the page has asked for this guidance module (at any address). */
const asked = (name: string) =>
  performance
    .getEntriesByType('resource')
    .filter((entry) => new URL(entry.name).pathname.replace(/\.ts$/, '.js').endsWith(`/i18n/${name}.js`)).length;

/** The server refuses the next request from this browser for this guidance module. */
const refuseOnce = (name: string) => refuseNext(`/packages/mark-scorer/src/i18n/${name}.js`);

const closeGuidance = async (element: MarkScorer, markId: string) => {
  const more = $<HTMLDetailsElement>(element, `#m-${markId}-more`);
  const toggled = new Promise((resolve) => more.addEventListener('toggle', resolve, { once: true }));
  more.querySelector('summary')!.click();
  await toggled;
  await settle(element);
};

describe('<mark-scorer>: “More about this mark” when its words are slow or cannot be fetched', () => {
  after(() => restoreNetwork());

  it('says plainly that they could not be fetched, tries again only when opened again, and then shows them', async () => {
    await refuseOnce('guidance-en');
    const element = await scorer();
    await openMark(element, 'listening');
    const more = await openGuidance(element, 'listening');
    expect(more.open).to.equal(true);
    expect(text(more.querySelector('p'))).to.equal(
      'We couldn’t load this. Check your internet connection, then close it and open it again.',
    );
    expect(more.classList.contains('no-print'), 'not printed without its words').to.equal(true);
    expect(text($(element, '#problems'))).to.equal('');
    await expect(element).to.be.accessible();
    // Renders do not try again by themselves.
    const tries = asked('guidance-en');
    element.stage = 'process';
    element.requestUpdate();
    await settle(element);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(asked('guidance-en')).to.equal(tries);

    await closeGuidance(element, 'listening');
    await openGuidance(element, 'listening');
    expect(asked('guidance-en')).to.equal(tries + 1);
    expect(text(more.querySelector('p'))).to.match(/^Notice who gets interrupted/);
    expect(more.classList.contains('no-print')).to.equal(false);
  });

  it('says so in Welsh on a Welsh page', async () => {
    await refuseOnce('guidance-cy');
    const element = await scorer(html`<mark-scorer locale="cy"></mark-scorer>`);
    await openMark(element, 'conflict');
    const more = await openGuidance(element, 'conflict');
    expect(text(more.querySelector('p'))).to.equal(
      'Doedden ni ddim yn gallu llwytho hwn. Gwiriwch eich cysylltiad â’r rhyngrwyd, yna caewch e a’i agor eto.',
    );
  });

  it('opens at once while they are on their way, saying “Loading…” only if they take a while', async () => {
    let arrive!: () => void;
    const arrived = new Promise<void>((resolve) => (arrive = resolve));
    const words = { 'mark.listening.more': 'The words, once here.' } as unknown as GuidanceModule['words'];
    class SlowScorer extends MarkScorer {
      static override guidance = {
        ...MarkScorer.guidance,
        plain: { ...MarkScorer.guidance.plain, en: () => arrived.then(() => ({ words })) },
      };
    }
    customElements.define('slow-guidance-scorer', SlowScorer);
    const element = await mount<MarkScorer>(
      'slow-guidance-scorer',
      html`<slow-guidance-scorer></slow-guidance-scorer>`,
    );
    await openMark(element, 'listening');
    const more = $<HTMLDetailsElement>(element, '#m-listening-more');
    const toggled = new Promise((resolve) => more.addEventListener('toggle', resolve, { once: true }));
    more.querySelector('summary')!.click();
    await toggled;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(more.open).to.equal(true);
    const loading = $(element, '#m-listening-more .guidance-loading');
    expect(text(loading)).to.equal('Loading…');
    expect(getComputedStyle(loading).visibility, 'not shown for a quick fetch').to.equal('hidden');
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(getComputedStyle(loading).visibility, 'shown once it takes a while').to.equal('visible');
    await expect(element).to.be.accessible();
    arrive();
    await settle(element);
    expect($$(element, '.guidance-loading')).to.have.length(0);
    expect(text(more.querySelector('p'))).to.equal('The words, once here.');
  });
});
