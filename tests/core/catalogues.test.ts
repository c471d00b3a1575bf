import { expect } from '@open-wc/testing';
import '../support/setup.js';
import {
  catalogueFiles,
  catalogueTexts,
  formsOf,
  textsInModule,
  type CatalogueText,
  type Language,
} from '../support/catalogue-texts.js';

/**
 * The Welsh tests (glossary, counts, loaded words) read every text through
 * tests/support/catalogue-texts.ts. These check that it misses none: every
 * word in every file of every package's src/i18n/ (listed in
 * catalogue-files.json, which a Node test checks against the folders) is
 * found from the packages' catalogues modules, and each package gives its
 * plain, Easy Read and other words there.
 */

/** The language of a file that holds one: …en.ts / …cy.ts. */
const languageOf = (path: string): Language | null => /(?:^|[/-])(en|cy)\.ts$/.exec(path)?.[1] as Language | null;

const key = (language: Language, text: string) => `${language}\u0000${text}`;

describe('The catalogue walker', () => {
  it('reaches every word in every catalogue file of every package', async () => {
    const reached = new Set(
      (await catalogueTexts()).flatMap((text) => formsOf(text.message).map((form) => key(text.language, form))),
    );
    const { files } = await catalogueFiles();
    const missed: string[] = [];
    let checked = 0;
    for (const [path, what] of Object.entries(files)) {
      if (what.startsWith('not shown')) continue;
      const module = (await import(/* @vite-ignore */ `/${path}`)) as Record<string, unknown>;
      const texts: CatalogueText[] = await textsInModule(module, path, languageOf(path));
      for (const text of texts) {
        for (const form of formsOf(text.message)) {
          checked += 1;
          if (!reached.has(key(text.language, form))) missed.push(`${text.where} (${text.language}): “${form}”`);
        }
      }
    }
    expect(checked, 'words found in the files').to.be.greaterThan(5000);
    expect(missed.slice(0, 20), `${missed.length} texts no test reads: export them from catalogues.ts`).to.deep.equal(
      [],
    );
  });

  it('finds each package’s plain words, Easy Read words and other words, in English and Welsh', async () => {
    const places = new Map<string, Set<Language>>();
    for (const text of await catalogueTexts()) {
      const place = text.where.split(' › ').slice(0, 2).join(' › ');
      places.set(place, (places.get(place) ?? new Set()).add(text.language));
    }
    expect([...places.keys()].sort()).to.deep.equal(
      [
        'core › sharedCatalogues',
        'core › sharedEasyRead',
        'coproduction-project › coproductionProjectCatalogues',
        'coproduction-project › coproductionProjectEasyRead',
        'mark-scorer › markScorerCatalogues',
        'mark-scorer › markScorerEasyRead',
        'mark-scorer › markScorerGuidance',
        'mark-scorer › markScorerGuidanceEasyRead',
        'values-agreement › valuesAgreementCatalogues',
        'values-agreement › valuesAgreementEasyRead',
        'decision-log › decisionLogCatalogues',
        'decision-log › decisionLogEasyRead',
        'icebreaker-picker › icebreakerPickerCatalogues',
        'icebreaker-picker › icebreakerPickerEasyRead',
        'icebreaker-picker › icebreakerTextCatalogues',
        'icebreaker-picker › icebreakerEasyTextCatalogues',
        'feedback-form › feedbackFormCatalogues',
        'feedback-form › feedbackFormEasyRead',
      ].sort(),
    );
    for (const [place, languages] of places) expect([...languages].sort(), place).to.deep.equal(['cy', 'en']);
  });
});
