import { expect } from '@open-wc/testing';
import '../support/setup.js';
import type { DecisionLog } from '../../packages/decision-log/src/index.js';
import { $, $$, html, settle, text } from '../support/helpers.js';
import { decisionLog, drawn } from './support.js';
import { smallLog } from './fixtures.js';

/** Words that say what a button does but not to what: fine beside one thing, ambiguous in a list of buttons. */
const BARE = {
  en: ['add', 'change', 'remove', 'save', 'cancel', 'edit', 'delete', 'ok', 'yes', 'no', 'open', 'back'],
  cy: ['ychwanegu', 'newid', 'tynnu', 'cadw', 'canslo', 'golygu', 'dileu', 'iawn', 'ie', 'na', 'agor', 'yn ôl'],
};

/** Each button's name as a screen reader lists it, with what it acts on (a decision's row, say). */
function buttons(element: DecisionLog): { name: string; acts: string }[] {
  return $$<HTMLElement>(element, 'button, summary')
    .filter((button) => button.checkVisibility())
    .map((button) => ({
      name: (button.getAttribute('aria-label') ?? text(button)).toLocaleLowerCase(),
      acts: button.dataset['decision'] ?? button.id ?? '',
    }));
}

/** No button is named by a bare verb, and buttons with the same name do the same thing. */
function expectEachNamedForWhatItDoes(element: DecisionLog, locale: 'en' | 'cy', state: string) {
  const found = buttons(element);
  expect(
    found.filter(({ name }) => BARE[locale].includes(name)).map(({ name }) => name),
    `${state} (${locale})`,
  ).to.deep.equal([]);
  const byName = new Map<string, Set<string>>();
  for (const { name, acts } of found) byName.set(name, (byName.get(name) ?? new Set()).add(acts));
  const ambiguous = [...byName].filter(([, acts]) => acts.size > 1).map(([name]) => name);
  expect(ambiguous, `${state} (${locale}): the same name for different things`).to.deep.equal([]);
}

describe('<decision-log>: every button says what it does', () => {
  for (const locale of ['en', 'cy'] as const) {
    it(`in every state, in ${locale === 'en' ? 'English' : 'Welsh'}`, async () => {
      const element = await decisionLog(html`<decision-log locale=${locale} .data=${smallLog()}></decision-log>`);
      await drawn(element);
      expectEachNamedForWhatItDoes(element, locale, 'the list');
      $(element, '#view-timeline').click();
      await drawn(element);
      expectEachNamedForWhatItDoes(element, locale, 'the timeline');
      $(element, '#view-list').click();
      await drawn(element);

      $(element, '#open-cafe').click();
      await settle(element);
      expectEachNamedForWhatItDoes(element, locale, 'a decision');
      $(element, '#correct').click();
      await settle(element);
      expectEachNamedForWhatItDoes(element, locale, 'correcting');
      $<HTMLInputElement>(element, '#f-title').value = '';
      $<HTMLButtonElement>(element, '.decision-form button[type="submit"]').click();
      await settle(element);
      expectEachNamedForWhatItDoes(element, locale, 'a correction refused');
      $<HTMLButtonElement>(element, '.decision-form button[type="button"]').click();
      await settle(element);
      $(element, '.back').click();
      await drawn(element);
      $(element, '#record').click();
      await settle(element);
      expectEachNamedForWhatItDoes(element, locale, 'recording');

      const board = await decisionLog(html`<decision-log public locale=${locale} .data=${smallLog()}></decision-log>`);
      await drawn(board);
      $(board, '.finder summary').click();
      await settle(board);
      const search = $<HTMLInputElement>(board, '#search');
      search.value = 'café';
      search.dispatchEvent(new Event('input'));
      await drawn(board);
      expectEachNamedForWhatItDoes(board, locale, 'the board');
    });
  }
});
