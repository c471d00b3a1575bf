// The browser lays out the page for paper straight after `beforeprint`, too
// soon for “More about this mark” to be fetched then: reaching the Print
// button (focus or pointer) fetches it first. A file of its own, so nothing
// earlier in the page has fetched the English guidance.
import { expect } from '@open-wc/testing';
import '../support/setup.js';
import { $, $$, settle, text, waitFor } from '../support/helpers.js';
import { scorer } from './support.js';

performance.setResourceTimingBufferSize(10_000);

const fetched = (name: string) =>
  performance
    .getEntriesByType('resource')
    .some((entry) => new URL(entry.name).pathname.replace(/\.ts$/, '.js').endsWith(`/mark-scorer/src/i18n/${name}.js`));

describe('<mark-scorer>: printing “More about this mark”', () => {
  it('fetches its words when focus reaches Print, so the first printout has them', async () => {
    const element = await scorer();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(fetched('guidance-en'), 'not fetched with the page').to.equal(false);
    const print = $$<HTMLButtonElement>(element, '[part="tools"] button').find((button) => text(button) === 'Print');
    print!.focus();
    await waitFor(() => fetched('guidance-en'));
    await settle(element);
    // The words are here before printing starts: the first print draws them at once, with nothing awaited.
    window.dispatchEvent(new Event('beforeprint'));
    await element.updateComplete;
    const more = $<HTMLDetailsElement>(element, '#m-listening-more');
    expect(more.open).to.equal(true);
    expect(more.querySelector('p')?.textContent).to.match(/^Notice who gets interrupted/);
    window.dispatchEvent(new Event('afterprint'));
    await settle(element);
  });
});
