import { expect, fixture, html } from '@open-wc/testing';
import '../support/setup.js';
import '../support/helpers.js';
import {
  formatMessage,
  joinList,
  inheritedLang,
  normaliseLocale,
  SUPPORTED_LOCALES,
  everyLanguage,
  sharedCatalogues,
  type Catalogues,
  type Message,
} from '../../packages/core/src/index.js';
import { markScorerCatalogues } from '../../packages/mark-scorer/src/index.js';
import { decisionLogCatalogues } from '../../packages/decision-log/src/index.js';
import { valuesAgreementCatalogues } from '../../packages/values-agreement/src/index.js';
import { icebreakerPickerCatalogues } from '../../packages/icebreaker-picker/src/index.js';
import { feedbackFormCatalogues } from '../../packages/feedback-form/src/index.js';
import { LOADED_WORDS } from '../support/loaded-words.js';
import { catalogueTexts, formsOf } from '../support/catalogue-texts.js';

/** Every element's strings (its own merged over the shared ones), and the shared ones alone. */
const CATALOGUES: Array<[string, Catalogues]> = [
  ['shared', sharedCatalogues],
  ['mark-scorer', markScorerCatalogues],
  ['values-agreement', valuesAgreementCatalogues],
  ['decision-log', decisionLogCatalogues],
  ['icebreaker-picker', icebreakerPickerCatalogues],
  ['feedback-form', feedbackFormCatalogues],
];
/** Each in every language: Welsh is loaded, as an element loads it when it first needs it. */
const ALL_CATALOGUES = await Promise.all(
  CATALOGUES.map(async ([name, catalogues]) => [name, await everyLanguage(catalogues)] as const),
);
const shared = await everyLanguage(sharedCatalogues);

const placeholders = (message: Message): string[] => {
  const texts = typeof message === 'string' ? [message] : Object.values(message);
  return [...new Set(texts.flatMap((text) => [...(text ?? '').matchAll(/\{(\w+)\}/g)].map((m) => m[1]!)))].sort();
};

for (const [name, catalogues] of ALL_CATALOGUES) {
  describe(`${name} strings`, () => {
    const english = catalogues.en;

    for (const locale of SUPPORTED_LOCALES) {
      it(`${locale} has every key, none empty, with the same placeholders as English`, () => {
        const catalogue = catalogues[locale];
        expect(Object.keys(catalogue).sort()).to.deep.equal(Object.keys(english).sort());
        for (const [key, message] of Object.entries(catalogue)) {
          const reference = english[key]!;
          const texts = typeof message === 'string' ? [message] : Object.values(message);
          for (const text of texts) expect(text?.trim(), `${locale} ${key}`).to.not.equal('');
          if (typeof message !== 'string') expect(message.other, `${locale} ${key} needs "other"`).to.be.a('string');
          expect(typeof message, `${locale} ${key} kind`).to.equal(typeof reference);
          expect(placeholders(message), `${locale} ${key}`).to.deep.equal(placeholders(reference));
        }
      });
    }

    it('Welsh is a translation, not a copy of the English', () => {
      const same = Object.entries(catalogues.cy).filter(
        ([key, message]) => typeof message === 'string' && message === english[key] && !/\{/.test(message),
      );
      expect(same.map(([key]) => key)).to.deep.equal([]);
    });
  });
}

describe('Loaded words', () => {
  it('none in any catalogue: plain, Easy Read, “More about this mark” in both, the icebreakers, <coproduction-project>', async () => {
    const texts = await catalogueTexts();
    const places = new Set(texts.map((text) => text.where.split(' › ').slice(0, 2).join(' › ')));
    for (const place of [
      'mark-scorer › markScorerGuidance',
      'mark-scorer › markScorerGuidanceEasyRead',
      'coproduction-project › coproductionProjectCatalogues',
      'coproduction-project › coproductionProjectEasyRead',
      'icebreaker-picker › icebreakerEasyTextCatalogues',
    ]) {
      expect([...places], 'read by this test').to.include(place);
    }
    const found = texts.flatMap(({ language, where, message }) =>
      formsOf(message).flatMap((text) =>
        LOADED_WORDS.filter((word) => word.test(text)).map((word) => `${where} (${language}): ${word} in “${text}”`),
      ),
    );
    expect(found).to.deep.equal([]);
  });

  it('are found in Welsh whatever the mutation, and plain Welsh is not mistaken for them', () => {
    const loaded = (text: string) => LOADED_WORDS.some((word) => word.test(text));
    for (const text of [
      'ein claf',
      'i glaf',
      'fy nghlaf',
      'ei chlaf',
      'y cleifion',
      'a chleifion',
      'pobl fregus',
      'i fuddiolwyr',
      'dau fuddiolwr',
      'i gleient',
      'ei hymgysylltiad',
      'ymgysylltu â phobl',
      'i randdeiliaid',
      'ein rhanddeiliad',
      'gyda defnyddwyr gwasanaeth',
      'i ddefnyddiwr gwasanaeth',
      'pobl sy’n anodd eu cyrraedd',
      'i gyfweliad',
      'er mwyn cydymffurfio',
      'Patients',
      'our clients',
      'engagement',
    ]) {
      expect(loaded(text), text).to.equal(true);
    }
    for (const text of ['Gwael iawn, Gwael, Gweddol', 'glas', 'defnyddio’r ddolen', 'clir', 'gwasanaeth']) {
      expect(loaded(text), text).to.equal(false);
    }
  });
});

describe('formatMessage', () => {
  it('fills placeholders as text and leaves unknown ones visible', () => {
    expect(formatMessage('en', 'Hello {name}, {missing}', { name: '<b>Ana</b>' })).to.equal(
      'Hello <b>Ana</b>, {missing}',
    );
  });

  it('picks English plural forms', () => {
    const message = { one: '{count} mark', other: '{count} marks' };
    expect(formatMessage('en', message, { count: 1 })).to.equal('1 mark');
    expect(formatMessage('en', message, { count: 0 })).to.equal('0 marks');
    expect(formatMessage('en', message, { count: 2 })).to.equal('2 marks');
  });

  it('picks all six Welsh plural forms, falling back to "other"', () => {
    const message = {
      zero: 'z{count}',
      one: 'o{count}',
      two: 't{count}',
      few: 'f{count}',
      many: 'm{count}',
      other: 'x{count}',
    };
    expect([0, 1, 2, 3, 6, 4].map((count) => formatMessage('cy', message, { count }))).to.deep.equal([
      'z0',
      'o1',
      't2',
      'f3',
      'm6',
      'x4',
    ]);
    expect(formatMessage('cy', { one: 'o', other: 'x{count}' }, { count: 3 })).to.equal('x3');
  });
});

describe('locale resolution', () => {
  it('normalises language tags to the languages we have', () => {
    expect(normaliseLocale('cy-GB')).to.equal('cy');
    expect(normaliseLocale('EN_gb')).to.equal('en');
    expect(normaliseLocale('fr')).to.equal(null);
    expect(normaliseLocale('')).to.equal(null);
    expect(normaliseLocale(undefined)).to.equal(null);
  });

  it('finds the nearest lang across shadow roots', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="cy"><span></span></div>`);
    const host = outer.querySelector('span')!;
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('p');
    root.append(inner);
    expect(inheritedLang(inner)).to.equal('cy');
    inner.setAttribute('lang', 'en');
    expect(inheritedLang(inner)).to.equal('en');
  });
});

describe('Lists of names', () => {
  it('are joined from the catalogue: “and” in English; “a”, or “ac” before a vowel, in Welsh; names never mutated', () => {
    const words = (locale: 'en' | 'cy') => ({
      and: shared[locale]['list.and'] as string,
      andBeforeVowel: shared[locale]['list.andBeforeVowel'] as string,
    });
    expect(joinList(['Sam', 'Ali', 'Jo'], words('en'))).to.equal('Sam, Ali and Jo');
    expect(joinList(['Sam', 'Jo'], words('cy'))).to.equal('Sam a Jo');
    expect(joinList(['Sam', 'Ali', 'Ifan'], words('cy'))).to.equal('Sam, Ali ac Ifan');
    expect(joinList(['Sam', 'Ëlin'], words('cy'))).to.equal('Sam ac Ëlin');
    expect(joinList(['Sam', 'Wil'], words('cy'))).to.equal('Sam a Wil');
    expect(joinList(['Sam', 'Huw'], words('cy'))).to.equal('Sam a Huw');
    expect(joinList(['Sam', 'Ysgol'], words('cy'))).to.equal('Sam ac Ysgol');
    expect(joinList(['3', '7', '8'], words('cy'))).to.equal('3, 7 ac 8');
    expect(joinList(['3', '7'], words('cy'))).to.equal('3 a 7');
    expect(joinList(['2', '1'], words('cy'))).to.equal('2 ac 1');
    expect(joinList(['Sam'], words('cy'))).to.equal('Sam');
    // A quotation mark or bracket is not said: “ein-gem” starts with a vowel.
    expect(joinList(['“hen”', '“ein-gem”'], words('cy'))).to.equal('“hen” ac “ein-gem”');
    expect(joinList(['Sam', '(Ifan)'], words('cy'))).to.equal('Sam ac (Ifan)');
    expect(joinList(['“hen”', '“pell”'], words('cy'))).to.equal('“hen” a “pell”');
    expect(joinList([], words('cy'))).to.equal('');
  });

  it('reach the page in Welsh, in the browser, without an English “and”', async () => {
    const element = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(
      html`<values-agreement locale="cy" participants="Ann, Ben, Ifan"></values-agreement>`,
    );
    (element as unknown as { data: unknown }).data = {
      version: 1,
      participants: [],
      items: [
        {
          id: 'trust',
          kind: 'value',
          text: 'Trust',
          meaning: '',
          responses: Object.fromEntries(
            ['Ann', 'Ben', 'Ifan'].map((name) => [name, { answer: 'agree', note: '', at: '2026-03-01T10:00:00.000Z' }]),
          ),
        },
      ],
      history: [],
      reviewDate: null,
      privateAnswers: false,
      revealed: false,
    };
    await element.updateComplete;
    const summary = element.shadowRoot!.querySelector('[part="summary"]')!.textContent!.replace(/\s+/g, ' ');
    expect(summary).to.contain('Ann, Ben ac Ifan');
    expect(summary).not.to.match(/\band\b/);
  });
});
