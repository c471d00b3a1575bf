// “More about this mark” is fetched when a reader first opens one, in the
// element's language (and Easy Read), never before: most visits never open
// one. Pointing at or focusing its summary starts the fetch early; printing
// opens and fetches them all.
//
// Each test uses guidance no earlier test in this file has fetched, and
// checks that it is not fetched before it starts, so the order matters. This
// file imports no guidance module itself.
import { expect } from '@open-wc/testing';
import { executeServerCommand, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../support/setup.js';
import { $, $$, html, settle, text, waitFor } from '../support/helpers.js';
import { openGuidance, openMark, scorer } from './support.js';

// Room for every request a test page makes, so the guidance's own request is there to be seen.
performance.setResourceTimingBufferSize(10_000);

/** True once the page has fetched this guidance module (`guidance-en`, say), as `.js` or the `.ts` it is served from. */
const fetched = (name: string) =>
  performance
    .getEntriesByType('resource')
    .some((entry) => new URL(entry.name).pathname.replace(/\.ts$/, '.js').endsWith(`/mark-scorer/src/i18n/${name}.js`));

/** A moment for a fetch that should not start to show itself. */
const aMoment = () => new Promise((resolve) => setTimeout(resolve, 100));

describe('<mark-scorer>: “More about this mark” is fetched when first opened', () => {
  // A mouse that points, whatever an earlier test file left in the page the runner reuses.
  before(() => executeServerCommand('emulate-touch', { active: false }));
  afterEach(() => resetMouse());

  it('in English: nothing of it in the page, nor fetched, until a click opens it', async () => {
    const element = await scorer();
    await openMark(element, 'listening');
    await aMoment();
    const more = $<HTMLDetailsElement>(element, '#m-listening-more');
    expect(more.open).to.equal(false);
    expect(more.querySelectorAll('p'), 'no words in the closed details').to.have.length(0);
    expect(text(element.shadowRoot!.querySelector('.root'))).not.to.contain('Notice who gets interrupted');
    expect(fetched('guidance-en'), 'not fetched before it is opened').to.equal(false);

    await openGuidance(element, 'listening');
    expect(more.open).to.equal(true);
    expect(text(more.querySelector('p'))).to.match(/^Notice who gets interrupted or talked over/);
    expect(fetched('guidance-en')).to.equal(true);
    expect(fetched('guidance-cy'), 'only the language shown').to.equal(false);
    expect(fetched('guidance-easy-read-en')).to.equal(false);
    await expect(element).to.be.accessible();
  });

  it('in Welsh: pointing at the summary starts the fetch, and Enter opens it', async () => {
    const element = await scorer(html`<mark-scorer locale="cy"></mark-scorer>`);
    await openMark(element, 'conflict');
    await aMoment();
    expect(fetched('guidance-cy')).to.equal(false);
    const summary = $(element, '#m-conflict-more summary');
    summary.scrollIntoView({ block: 'center' });
    const box = summary.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.x + 10), Math.round(box.y + box.height / 2)] });
    await waitFor(() => fetched('guidance-cy'));
    expect($<HTMLDetailsElement>(element, '#m-conflict-more').open, 'pointing does not open it').to.equal(false);

    summary.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => $<HTMLDetailsElement>(element, '#m-conflict-more').open);
    await settle(element);
    expect(text($(element, '#m-conflict-more p'))).to.match(/^Mae anghytuno’n normal/);
  });

  it('in Easy Read: focusing the summary starts the fetch, and Space opens it', async () => {
    const element = await scorer(html`<mark-scorer easy-read></mark-scorer>`);
    await openMark(element, 'listening');
    await aMoment();
    expect(fetched('guidance-easy-read-en')).to.equal(false);
    $(element, '#m-listening-more summary').focus();
    await waitFor(() => fetched('guidance-easy-read-en'));

    await sendKeys({ press: ' ' });
    await waitFor(() => $<HTMLDetailsElement>(element, '#m-listening-more').open);
    await settle(element);
    expect(text($(element, '#m-listening-more summary'))).to.equal('More about this');
    expect(text($(element, '#m-listening-more p'))).to.equal(
      'Notice who gets talked over. Give people time to finish. Show what you did with their ideas.',
    );
    await expect(element).to.be.accessible();
  });

  it('in Easy Read Welsh: printing opens every one, with its words, and closes them after', async () => {
    const element = await scorer(html`<mark-scorer easy-read locale="cy"></mark-scorer>`);
    await aMoment();
    expect(fetched('guidance-easy-read-cy')).to.equal(false);
    window.dispatchEvent(new Event('beforeprint'));
    await settle(element);
    const all = $$<HTMLDetailsElement>(element, 'details.guidance');
    expect(all.length).to.equal($$(element, 'details.mark').length);
    for (const more of all) {
      expect(more.open, more.id).to.equal(true);
      expect(more.classList.contains('no-print'), `${more.id} is on paper`).to.equal(false);
      expect(text(more.querySelector('p')).split(' ').length, more.id).to.be.greaterThan(5);
    }
    expect(text($(element, '#m-icebreakers-more p'))).to.equal(
      'Cadwch nhw’n fyr ac yn hawdd. Gall unrhyw un basio. Defnyddiwch enwau cyntaf yn unig.',
    );
    window.dispatchEvent(new Event('afterprint'));
    await settle(element);
    expect($$(element, 'details.guidance'), 'the cards close again, as they were').to.have.length(0);
  });
});
