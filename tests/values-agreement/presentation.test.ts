import { expect } from '@open-wc/testing';
import '../support/setup.js';
import {
  atViewport,
  expectAccessibleInLightAndDark,
  expectBigEnoughToPress,
  expectChoiceAndFocusVisible,
  expectNoMotion,
  fitsAtDoubleTextSize,
  inForcedColours,
  overflowsHorizontally,
  whileEmulating,
} from '../support/presentation.js';
import { $, $$, html, settle, text } from '../support/helpers.js';
import { agreement, openCard } from './support.js';
import type { ValuesAgreement } from '../../packages/values-agreement/src/index.js';
import { everyoneSaid, said, smallAgreement } from './fixtures.js';

const people = 'Ana, Bartholomew-Llewellyn, Cy';

/** An agreement in every state at once: agreed, blocked with a reason, waiting with a concern, an earlier version, due for review. */
function busyAgreement() {
  const doc = everyoneSaid(
    smallAgreement({ version: 2, reviewDate: '2020-01-01' }),
    ['Ana', 'Bartholomew-Llewellyn', 'Cy'],
    'agree',
  );
  doc.items[1]!.responses = { Ana: said('not-yet', 'We need to talk about what “safe” means for people who are new') };
  doc.items[2]!.responses = { Cy: said('concern', 'Breaks should be long enough to get to the lift') };
  doc.history = [
    {
      version: 1,
      endedAt: '2026-02-01T10:00:00.000Z',
      change: { itemId: 'trust', from: 'Honesty', to: 'Trust' },
      items: [{ id: 'trust', kind: 'value', text: 'Honesty', meaning: '', agreedBy: ['Ana', 'Cy'] }],
    },
  ];
  return doc;
}

async function busy(extra = html``): Promise<ValuesAgreement> {
  const element = await agreement(html`<div>
    ${extra}<values-agreement participants=${people} .data=${busyAgreement()}></values-agreement>
  </div>`);
  for (const id of ['trust', 'safety', 'breaks']) await openCard(element, id);
  $<HTMLDetailsElement>(element, 'details.history').open = true;
  await settle(element);
  return element;
}

describe('<values-agreement> on screen and on paper', () => {
  it('every state at once passes the accessibility checks, in light and dark', async () => {
    const element = await busy();
    expect($(element, '.due')).to.exist;
    expect($$(element, 'details.card.agreed, details.card.blocked')).to.have.length(2);
    await expectAccessibleInLightAndDark(element);
  });

  it('fits a 320 px wide screen, with every control big enough to press', () =>
    atViewport(320, 640, async () => {
      const element = await busy();
      $(element, '#i-safety-person-1').click();
      await settle(element);
      expect(overflowsHorizontally(element)).to.equal(false);
      expectBigEnoughToPress($$(element, 'button, label.choice, summary'));
    }));

  it('works at 200% text size', () => fitsAtDoubleTextSize(busy));

  it('stays usable in forced colours: the chosen answer and focus stay visible', function () {
    return inForcedColours(this, async () => {
      const element = await busy();
      $(element, '#i-trust-person-0').click();
      await settle(element);
      expectChoiceAndFocusVisible($<HTMLInputElement>(element, '#i-trust-card input:checked'));
      await expect(element).to.be.accessible();
    });
  });

  it('has no motion when the person asks for reduced motion', function () {
    return whileEmulating(this, { reducedMotion: 'reduce' }, async () => expectNoMotion(await busy()));
  });

  it('prints the agreement: title, due date, and the summary, nothing to press', async function () {
    const element = await busy();
    await whileEmulating(this, { media: 'print' }, async () => {
      const shown = [...element.shadowRoot!.querySelectorAll('.root > *')].filter(
        (node) => getComputedStyle(node).display !== 'none' && !node.classList.contains('visually-hidden'),
      );
      expect(shown.map((node) => node.id || node.className)).to.deep.equal(['title', 'problems', 'due', 'summary']);
      expect(text($(element, '.summary'))).to.include('Agreed by Ana, Bartholomew-Llewellyn and Cy.');
      expect($$(element, 'button').every((button) => getComputedStyle(button).display === 'none')).to.equal(true);
    });
  });
});
