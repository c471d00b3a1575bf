// Welsh and Easy Read words load when an element first needs them, from
// beside the script, before the render that shows them: a Welsh element is
// Welsh from its first render (no English shown first), a switch shows the
// new words all at once, one load serves every element, and words that cannot
// be loaded leave the element in English, saying so once.
//
// Each test uses words no earlier test in this file has loaded, and checks
// that they are not loaded yet before it starts, so the order matters.
import { expect, fixture } from '@open-wc/testing';
import '../support/setup.js';
import { stringsNow, type CoproduceErrorDetail } from '../../packages/core/src/index.js';
import { DecisionLog } from '../../packages/decision-log/src/index.js';
import { FeedbackForm } from '../../packages/feedback-form/src/index.js';
import { IcebreakerPicker } from '../../packages/icebreaker-picker/src/index.js';
import { MarkScorer } from '../../packages/mark-scorer/src/index.js';
import { ValuesAgreement } from '../../packages/values-agreement/src/index.js';
import { $, $$, html, recordEvents, settle, text } from '../support/helpers.js';
import { openMark } from '../mark-scorer/support.js';
import { openCard } from '../values-agreement/support.js';
import { smallAgreement } from '../values-agreement/fixtures.js';

type Element = HTMLElement & {
  updateComplete: Promise<unknown>;
  locale?: string;
  easyRead: boolean;
  resolvedLocale: string;
  addController(controller: { hostUpdated(): void }): void;
};

// Room for every request a test page makes, so a language's own request is there to be seen.
performance.setResourceTimingBufferSize(10_000);

/** True once the page has fetched a module whose address ends with `path` (`.js` or the `.ts` it is served from). */
const fetched = (path: string) =>
  performance
    .getEntriesByType('resource')
    .some((entry) => new URL(entry.name).pathname.replace(/\.ts$/, '.js').endsWith(path));

/**
 * Puts an element in the page and keeps the text of its shadow root at every
 * render, and every text the page could ever have seen there: a
 * MutationObserver from before the first render, and a controller that reads
 * the text as each update finishes.
 */
async function watched(tag: string, attributes: Record<string, string> = {}, errorEvent = `${tag}-error`) {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const element = document.createElement(tag) as Element;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const renders: string[] = [];
  element.addController({ hostUpdated: () => renders.push(text(element.shadowRoot!.querySelector('.text-size'))) });
  const errors = recordEvents(element, errorEvent as 'mark-scorer-error') as CustomEvent<CoproduceErrorDetail>[];
  wrapper.append(element);
  const seen: string[] = [];
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'characterData') seen.push(record.target.textContent ?? '');
      for (const node of record.addedNodes) seen.push(node.textContent ?? '');
    }
  });
  observer.observe(element.shadowRoot!, { childList: true, characterData: true, subtree: true });
  return {
    element,
    renders,
    errors,
    /** Every text ever put in the shadow root, once the observer has reported. */
    seen: () => {
      for (const record of observer.takeRecords()) {
        if (record.type === 'characterData') seen.push(record.target.textContent ?? '');
        for (const node of record.addedNodes) seen.push(node.textContent ?? '');
      }
      return seen.join(' ');
    },
  };
}

describe('Welsh and Easy Read words, loaded when first needed', () => {
  it('a Welsh <mark-scorer> is Welsh at its first render, and never showed English', async () => {
    expect(stringsNow(MarkScorer.catalogues.cy), 'Welsh not loaded before').to.equal(undefined);
    expect(fetched('/mark-scorer/src/i18n/cy.js')).to.equal(false);
    const { element, renders, seen } = await watched('mark-scorer', { locale: 'cy' });
    await element.updateComplete;
    expect(renders.length, 'rendered').to.be.at.least(1);
    expect(renders[0]).to.contain('Nodweddion cydgynhyrchu: Y broses');
    expect(seen()).to.contain('Nodweddion cydgynhyrchu');
    expect(seen()).not.to.contain('Marks of co-production');
    expect(seen()).not.to.contain('Talk about each mark together');
    expect(fetched('/mark-scorer/src/i18n/cy.js'), 'its own request, from beside the script').to.equal(true);
  });

  it('a Welsh <feedback-form> asks its usual questions in Welsh from its first render', async () => {
    expect(stringsNow(FeedbackForm.catalogues.cy), 'Welsh not loaded before').to.equal(undefined);
    const { element, renders, seen } = await watched('feedback-form', { locale: 'cy' });
    await element.updateComplete;
    expect(renders[0]).to.contain('Dywedwch wrthon ni beth rydych chi’n ei feddwl');
    expect(renders[0]).to.contain('Sut oedd e?');
    expect(seen()).not.to.contain('How was it?');
    expect(seen()).not.to.contain('Tell us what you think');
  });

  it('a switch to Welsh after the first render keeps the English until the Welsh is shown, all at once', async () => {
    expect(stringsNow(ValuesAgreement.catalogues.cy), 'Welsh not loaded before').to.equal(undefined);
    const { element, renders } = await watched('values-agreement');
    await element.updateComplete;
    const english = renders.length;
    expect(renders.at(-1)).to.contain('Our values and how we work together');
    element.locale = 'cy';
    await element.updateComplete;
    const after = renders.slice(english);
    expect(after.length, 'a render after the switch').to.be.at.least(1);
    // The first render after the switch is already Welsh: no English, and no key names, in between.
    expect(after[0]).to.contain('Ein gwerthoedd a sut rydyn ni’n gweithio gyda’n gilydd');
    expect(after.join(' ')).not.to.contain('Our values and how we work together');
    expect(after.join(' ')).not.to.match(/\b(title|intro)\b/);
    expect($(element, '[part="base"]').getAttribute('lang')).to.equal('cy');
  });

  it('Easy Read turned on later loads its words, and shows them with its look at the same render', async () => {
    expect(stringsNow(DecisionLog.easyReadCatalogues.en), 'Easy Read not loaded before').to.equal(undefined);
    expect(fetched('/decision-log/src/i18n/easy-read-en.js')).to.equal(false);
    const { element, renders } = await watched('decision-log');
    await element.updateComplete;
    const plain = renders.length;
    element.easyRead = true;
    await element.updateComplete;
    expect(renders[plain]).to.contain('What we decided');
    expect(element.shadowRoot!.querySelector('.text-size')!.classList.contains('easy-read')).to.equal(true);
    expect($$(element, 'svg.picture').length, 'its pictures').to.be.at.least(1);
    expect(fetched('/decision-log/src/i18n/easy-read-en.js'), 'its own request').to.equal(true);
    expect(fetched('/decision-log/src/i18n/cy.js'), 'and not the Welsh').to.equal(false);
  });

  it('an English <decision-log> loads the Welsh words to read a spreadsheet written in Welsh', async () => {
    expect(stringsNow(DecisionLog.catalogues.cy), 'Welsh not loaded before').to.equal(undefined);
    const { element } = await watched('decision-log');
    await element.updateComplete;
    const changes = recordEvents(element, 'decision-log-change');
    const input = $<HTMLInputElement>(element, '#open-csv');
    const transfer = new DataTransfer();
    transfer.items.add(
      new File(['Teitl,Beth gafodd ei benderfynu,Wedi’i benderfynu ar\r\nT,W,2026-01-01\r\n'], 'a.csv'),
    );
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await new Promise((resolve) => {
      element.addEventListener('decision-log-change', resolve, { once: true });
      element.addEventListener('decision-log-error', resolve, { once: true });
    });
    expect(changes[0]!.detail.data.decisions.map((decision) => [decision.title, decision.what])).to.deep.equal([
      ['T', 'W'],
    ]);
    expect(fetched('/decision-log/src/i18n/cy.js')).to.equal(true);
    await settle(element);
    expect(element.resolvedLocale, 'the element stays English').to.equal('en');
  });

  it('loads a language once, however many elements ask for it at once or later', async () => {
    let loads = 0;
    // The element's own loader, counted: a subclass with the same words shares nothing with it, so counts only its own.
    class CountedPicker extends IcebreakerPicker {
      static override catalogues = {
        ...IcebreakerPicker.catalogues,
        cy: () => {
          loads++;
          return IcebreakerPicker.catalogues.cy();
        },
      };
    }
    customElements.define('counted-icebreaker-picker', CountedPicker);
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="cy"></div>`);
    wrapper.innerHTML = '<counted-icebreaker-picker pick="would-you-rather"></counted-icebreaker-picker>'.repeat(2);
    const pickers = [...wrapper.querySelectorAll<CountedPicker>('counted-icebreaker-picker')];
    await Promise.all(pickers.map((picker) => picker.updateComplete));
    expect(loads).to.equal(1);
    // The built-in icebreakers' Welsh words come with the element's.
    for (const picker of pickers) expect(text($(picker, '#pick-title'))).to.equal('Fyddai’n well gennych chi');
    wrapper.insertAdjacentHTML('beforeend', '<counted-icebreaker-picker></counted-icebreaker-picker>');
    const later = wrapper.lastElementChild as CountedPicker;
    await later.updateComplete;
    expect(text($(later, '#title'))).to.equal('Torri’r garw');
    expect(loads).to.equal(1);
  });
});

/**
 * A <mark-scorer> whose Welsh (or Easy Read English) is at an address that
 * does not answer: its loader is replaced by one that imports a file that is
 * not there, as a network failure would leave it (the browser refuses the
 * import). The real loader cannot be made to fail from a test.
 */
function unreachable(
  words: 'cy' | 'easy-read-en',
  tag: string,
  Element: typeof MarkScorer | typeof ValuesAgreement = MarkScorer,
) {
  const missing = (() =>
    import(/* @vite-ignore */ `/packages/mark-scorer/src/i18n/not-there-${words}.js`)) as () => Promise<never>;
  class Unreachable extends (Element as unknown as new () => HTMLElement) {}
  // The element's own words, but for the ones at an address that does not answer.
  Object.assign(Unreachable, {
    catalogues: words === 'cy' ? { ...Element.catalogues, cy: missing } : Element.catalogues,
    easyReadCatalogues: words === 'cy' ? Element.easyReadCatalogues : { ...Element.easyReadCatalogues, en: missing },
  });
  customElements.define(tag, Unreachable);
}

/** Key names of Easy Read words (`easy.scale.low`) anywhere a person could read or hear them. */
const keyNames = (element: Element): string[] => everythingShown(element).match(/\beasy\.[\w.-]+/g) ?? [];

/** Everything a person could read or hear in the element: its text, and the names and descriptions given in attributes. */
function everythingShown(element: Element): string {
  const root = element.shadowRoot!;
  const attributes = [...root.querySelectorAll('*')].flatMap((node) =>
    ['aria-label', 'title', 'placeholder', 'alt'].map((name) => node.getAttribute(name) ?? ''),
  );
  return [root.textContent ?? '', ...attributes].join(' ');
}

describe('Words that cannot be loaded', () => {
  before(() => {
    unreachable('cy', 'welsh-unreachable-scorer');
    unreachable('easy-read-en', 'easy-unreachable-scorer');
    unreachable('easy-read-en', 'easy-unreachable-agreement', ValuesAgreement);
  });

  it('leave the element in English, never blank, saying so once as language-unavailable', async () => {
    const { element, renders, errors } = await watched(
      'welsh-unreachable-scorer',
      { locale: 'cy' },
      'mark-scorer-error',
    );
    await settle(element);
    expect(renders[0], 'its first render').to.contain('Marks of co-production: Process');
    expect(element.resolvedLocale).to.equal('en');
    expect($(element, '[part="base"]').getAttribute('lang')).to.equal('en');
    expect(text($(element, '#problems'))).to.contain(
      'We couldn’t load the words in Welsh, so this is in English. Reloading the page may help.',
    );
    expect(errors.map((error) => error.detail.code)).to.deep.equal(['language-unavailable']);
    expect(errors[0]!.type).to.equal('mark-scorer-error');
    expect(errors[0]!.detail.message).to.contain('We couldn’t load the words in Welsh');
    expect(errors[0]!.detail.cause).to.be.instanceOf(Error);
    // More renders, and the same language asked for again: still one report.
    element.setAttribute('stage', 'planning');
    await settle(element);
    element.locale = 'cy-GB';
    await settle(element);
    expect(errors).to.have.length(1);
    // The page switches to English: nothing is missing any more.
    element.locale = 'en';
    await settle(element);
    expect(text($(element, '#problems'))).to.equal('');
  });

  it('leave an element in Easy Read with its usual words, saying so', async () => {
    const { element, renders, errors } = await watched(
      'easy-unreachable-scorer',
      { 'easy-read': '' },
      'mark-scorer-error',
    );
    await settle(element);
    expect(renders[0]).to.contain('Marks of co-production: Process');
    expect(text($(element, '#problems'))).to.contain(
      'We couldn’t load the Easy Read words, so the usual words are shown.',
    );
    expect(errors.map((error) => error.detail.code)).to.deep.equal(['language-unavailable']);
  });

  it('leave a <mark-scorer> in Easy Read with its usual layout too: a mark open shows no key names (easy.…)', async () => {
    const { element } = await watched('easy-unreachable-scorer', { 'easy-read': '' }, 'mark-scorer-error');
    await settle(element);
    await openMark(element as unknown as MarkScorer, 'listening');
    expect($$(element, 'fieldset.score').length, 'a score to give').to.be.at.least(1);
    expect(keyNames(element), 'key names shown').to.deep.equal([]);
    expect($$(element, '.scale-ends'), 'the usual scale, without Easy Read’s words at its ends').to.have.length(0);
    expect($$(element, 'svg.picture'), 'no Easy Read pictures').to.have.length(0);
    expect(element.shadowRoot!.querySelector('.text-size')!.classList.contains('easy-read')).to.equal(false);
  });

  it('leave a <values-agreement> being answered in Easy Read with its usual layout: no key names (easy.…)', async () => {
    const { element, errors } = await watched(
      'easy-unreachable-agreement',
      { 'easy-read': '', participants: 'Ana, Ben' },
      'values-agreement-error',
    );
    const agreementElement = element as unknown as ValuesAgreement;
    agreementElement.data = smallAgreement();
    await settle(element);
    await openCard(agreementElement, 'trust');
    $(element, '#i-trust-person-0').click();
    await settle(element);
    expect($$(element, 'input[type="radio"]').length, 'answers to choose').to.be.at.least(4);
    expect(keyNames(element), 'key names shown').to.deep.equal([]);
    expect(text($(element, '#problems'))).to.contain('We couldn’t load the Easy Read words');
    expect(errors.map((error) => error.detail.code)).to.deep.equal(['language-unavailable']);
  });
});
