import { expect } from '@open-wc/testing';
import { a11ySnapshot, sendKeys } from '@web/test-runner-commands';
import '../support/setup.js';
import { VIRTUALISE_ABOVE } from '../../packages/decision-log/src/render-list.js';
import { $, $$, focused, html, settle, text, waitFor } from '../support/helpers.js';
import { decisionLog, drawn } from './support.js';
import { longLog } from './fixtures.js';

/**
 * Every accessible name of a role in the page's accessibility tree. The
 * snapshot needs CDP, so Firefox gets null and the DOM checks alone.
 */
async function namesInTree(role: string): Promise<string[] | null> {
  if (navigator.userAgent.includes('Firefox')) return null;
  const names: string[] = [];
  const walk = (node: { role?: string; name?: string; children?: unknown[] } | null) => {
    if (!node) return;
    if (node.role === role && node.name) names.push(node.name.trim());
    for (const child of node.children ?? []) walk(child as typeof node);
  };
  walk((await a11ySnapshot({})) as unknown as Parameters<typeof walk>[0]);
  return names;
}

const { rows: ROWS, cards: CARDS } = VIRTUALISE_ABOVE;

const titles = (count: number) => Array.from({ length: count }, (_, index) => `Decision number ${index}`).sort();

describe('<decision-log>: every row of an ordinary log is in the page', () => {
  it('puts all 300 decisions in the page without scrolling, where a screen reader and Find in page reach them', async () => {
    const element = await decisionLog(html`<decision-log .data=${longLog(300)}></decision-log>`);
    await settle(element);
    expect($$(element, '.found .entry-title').map(text).sort()).to.deep.equal(titles(300));
    // None hidden, nor left unrendered until scrolled to (content-visibility).
    expect(
      $$(element, '.found .entry-title').every((heading) => heading.checkVisibility({ contentVisibilityAuto: true })),
    ).to.equal(true);
    expect($(element, '.found').hasAttribute('tabindex'), 'no extra Tab stop: the rows are there to Tab to').to.equal(
      false,
    );
    // Each title is a button that opens the decision, under its heading.
    const buttons = await namesInTree('button');
    if (buttons) expect(titles(300).filter((title) => !buttons.includes(title))).to.deep.equal([]);
  });

  it(`puts every card of the public board in the page too, up to ${CARDS}`, async () => {
    // Half of longLog's decisions are marked for the board.
    const element = await decisionLog(html`<decision-log public .data=${longLog(2 * CARDS)}></decision-log>`);
    await settle(element);
    const shown = titles(2 * CARDS).filter((title) => Number(title.split(' ').at(-1)) % 2 === 0);
    expect($$(element, '.found .card h3').map(text).sort()).to.deep.equal(shown);
    const headings = await namesInTree('heading');
    if (headings) expect(shown.filter((title) => !headings.includes(title))).to.deep.equal([]);
  });

  it('goes from the filters to the first decision with Tab, and Enter opens it', async () => {
    const element = await decisionLog(html`<decision-log .data=${longLog(300)}></decision-log>`);
    await settle(element);
    const first = $(element, '.found [role="listitem"] button');
    $(element, '#view-list').focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(element)).to.equal(first);
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(focused(element)?.id).to.equal('decision-heading');
  });

  it('brings focus back to a decision far down the list', async () => {
    const element = await decisionLog(html`<decision-log .data=${longLog(300)}></decision-log>`);
    await settle(element);
    $(element, '#open-n10').click();
    await settle(element);
    $(element, '.back').click();
    await waitFor(() => focused(element)?.id === 'open-n10');
  });
});

describe(`<decision-log>: a list longer than ${ROWS} decisions`, () => {
  it('draws only the rows near the screen, each saying its place, and the list takes focus to reach them', async () => {
    const element = await decisionLog(html`<decision-log .data=${longLog(ROWS + 1)}></decision-log>`);
    await drawn(element);
    const rows = $$(element, '.found [role="listitem"]');
    expect(rows.length).to.be.greaterThan(0).and.lessThan(60);
    expect(rows[0]!.getAttribute('aria-setsize')).to.equal(String(ROWS + 1));
    $(element, '#view-list').focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(element)?.matches('.found')).to.equal(true);
    await drawn(element);
    const first = $(element, '.found [role="listitem"] button');
    await sendKeys({ press: 'Tab' });
    expect(focused(element)).to.equal(first);
  });

  it(`draws only the cards near the screen on a board of more than ${CARDS}`, async () => {
    const element = await decisionLog(html`<decision-log public .data=${longLog(2 * CARDS + 2)}></decision-log>`);
    await drawn(element);
    const cards = $$(element, '.found .card');
    expect(cards.length).to.be.greaterThan(0).and.lessThan(CARDS);
    expect(cards[0]!.getAttribute('aria-setsize')).to.equal(String(CARDS + 1));
  });

  it('puts every row in the page again once a filter leaves no more than that', async () => {
    const element = await decisionLog(html`<decision-log .data=${longLog(ROWS + 1)}></decision-log>`);
    await drawn(element);
    const status = $<HTMLSelectElement>(element, '#filter-status');
    status.value = 'agreed';
    status.dispatchEvent(new Event('change'));
    await settle(element);
    // longLog's statuses take turns, "agreed" second.
    const agreed = Array.from({ length: ROWS + 1 }, (_, index) => index).filter((index) => index % 5 === 1).length;
    expect($$(element, '.found [role="listitem"]')).to.have.length(agreed);
    expect($(element, '.found').hasAttribute('tabindex')).to.equal(false);
  });
});
