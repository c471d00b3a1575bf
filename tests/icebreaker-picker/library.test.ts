import { expect } from '@open-wc/testing';
import '../support/setup.js';
import { SUPPORTED_LOCALES, validate } from '../../packages/core/src/index.js';
import {
  builtInIcebreakers,
  checkIcebreakers,
  fitting,
  icebreakerSchema,
  loadBuiltInIcebreakers,
  type Icebreaker,
} from '../../packages/icebreaker-picker/src/index.js';
import { icebreakersCy } from '../../packages/icebreaker-picker/src/i18n/icebreakers-cy.js';
import { icebreakersEn, type IcebreakerText } from '../../packages/icebreaker-picker/src/i18n/icebreakers-en.js';
import { LOADED_WORDS } from '../support/loaded-words.js';

/** Every piece of text in an icebreaker, in one language. */
function textsIn(icebreaker: Icebreaker, locale: string): Array<[string, string | undefined]> {
  const pick = (value: unknown) => (value as Record<string, unknown> | undefined)?.[locale];
  const steps = (pick(icebreaker.steps) as string[] | undefined) ?? [];
  return [
    ['title', pick(icebreaker.title) as string | undefined],
    ...steps.map((step, index): [string, string] => [`step ${index + 1}`, step]),
    ['prepare', pick(icebreaker.prepare) as string | undefined],
    ['no camera', pick(icebreaker.variants?.noCamera) as string | undefined],
    ['without speaking', pick(icebreaker.variants?.nonVerbal) as string | undefined],
  ];
}

describe('the built-in icebreakers', () => {
  const BUILT_IN_TEXTS: Record<'en' | 'cy', Readonly<Record<string, IcebreakerText>>> = {
    en: icebreakersEn,
    cy: icebreakersCy,
  };
  /** In every language: Welsh is loaded, as an element loads it when it first needs it. */
  let all: readonly Icebreaker[] = [];
  before(async () => {
    all = await loadBuiltInIcebreakers();
  });

  it('are at least 30, each with its own id, and each passes the same check as a host’s own', () => {
    expect(all.length).to.be.at.least(30);
    expect(new Set(all.map((icebreaker) => icebreaker.id)).size).to.equal(all.length);
    for (const icebreaker of all) {
      const result = validate(icebreakerSchema(), icebreaker);
      expect(result.success, `${icebreaker.id}: ${result.success ? '' : result.error.message}`).to.equal(true);
    }
  });

  it('have complete English and Welsh: the same parts, the same number of steps, none empty, none copied', () => {
    for (const icebreaker of all) {
      const english = textsIn(icebreaker, 'en');
      for (const locale of SUPPORTED_LOCALES) {
        const texts = textsIn(icebreaker, locale);
        expect(
          texts.map(([part, text]) => [part, text === undefined]),
          `${icebreaker.id} in ${locale}`,
        ).to.deep.equal(english.map(([part, text]) => [part, text === undefined]));
        for (const [part, text] of texts) {
          if (text !== undefined) expect(text.trim(), `${icebreaker.id} ${part} in ${locale}`).to.not.equal('');
        }
      }
      const welsh = textsIn(icebreaker, 'cy');
      for (const [index, [part, text]] of english.entries()) {
        // Emoji-only or shared words are not a translation problem; whole sentences are.
        if (text && text.length > 12)
          expect(welsh[index]![1], `${icebreaker.id} ${part} is translated`).to.not.equal(text);
      }
    }
  });

  it('use none of the words the brief names as loaded, in any language', () => {
    for (const locale of SUPPORTED_LOCALES) {
      for (const [id, words] of Object.entries(BUILT_IN_TEXTS[locale])) {
        for (const text of [words.title, ...words.steps, words.prepare, words.noCamera, words.nonVerbal]) {
          if (!text) continue;
          for (const word of LOADED_WORDS) expect(text, `${id} in ${locale}`).not.to.match(word);
        }
      }
    }
  });

  it('ask for names, not job titles, and never make anyone disclose', () => {
    for (const [id, words] of Object.entries(BUILT_IN_TEXTS.en)) {
      const text = [words.title, ...words.steps].join(' ');
      expect(text, id).not.to.match(/job title|your role|what you do for a living|must share|have to share/i);
    }
  });

  it('include several that need no speaking at all, and offer a way without speaking for every one that does', () => {
    const silent = all.filter((icebreaker) => !icebreaker.needs.speaking);
    expect(silent.length).to.be.at.least(5);
    for (const icebreaker of all.filter((each) => each.needs.speaking)) {
      expect(icebreaker.variants?.nonVerbal, icebreaker.id).to.not.equal(undefined);
    }
  });

  it('mark what asks something personal as personal, and keep most light', () => {
    const personal = all.filter((icebreaker) => icebreaker.depth === 'personal').map((icebreaker) => icebreaker.id);
    expect(personal).to.include.members(['name-story', 'proud-of', 'place-that-matters', 'childhood-game']);
    expect(all.filter((icebreaker) => icebreaker.depth === 'light').length).to.be.greaterThan(all.length / 2);
  });

  it('offer something for each setting, and something quick enough for a big group in a short meeting', () => {
    for (const setting of ['in-person', 'online', 'hybrid'] as const) {
      expect(all.filter((icebreaker) => icebreaker.settings.includes(setting)).length, setting).to.be.at.least(15);
    }
    expect(all.some((icebreaker) => icebreaker.minutesPerPerson <= 0.25)).to.equal(true);
  });
});

describe('a host’s own icebreakers', () => {
  const good = {
    id: 'our-walk',
    title: { en: 'A walk round the garden' },
    steps: ['Walk round the garden in pairs.'],
    minutesPerPerson: 1,
    settings: ['in-person'],
    depth: 'light',
    needs: { speaking: true, camera: false, materials: false },
  };

  it('are checked one at a time: good ones kept, bad ones named by id or place, an id used twice kept once', () => {
    const checked = checkIcebreakers([
      good,
      { ...good, id: 'no-steps', steps: [] },
      { title: 'No id' },
      { ...good, minutesPerPerson: 90 },
      { ...good, id: 'deep', depth: 'very deep' },
      'not an object',
    ])!;
    expect(checked.icebreakers.map((icebreaker) => icebreaker.id)).to.deep.equal(['our-walk']);
    expect(checked.refused).to.deep.equal([
      { at: 2, id: 'no-steps' },
      { at: 3, id: null },
      { at: 4, id: 'our-walk' },
      { at: 5, id: 'deep' },
      { at: 6, id: null },
    ]);
    expect(checked.causes).to.have.length(5);
  });

  it('may be given as { icebreakers: [...] }, as a JSON file often is; anything else is not a list', () => {
    expect(checkIcebreakers({ icebreakers: [good] })!.icebreakers).to.have.length(1);
    expect(checkIcebreakers({ list: [good] })).to.equal(null);
    expect(checkIcebreakers('our-walk')).to.equal(null);
  });

  it('refuse text that is only spaces, text in no language, and a host’s markup stays text', () => {
    const checked = checkIcebreakers([
      { ...good, id: 'blank', title: '   ' },
      { ...good, id: 'no-language', title: {} },
      { ...good, id: 'markup', title: '<img src=x onerror=alert(1)>' },
    ])!;
    expect(checked.refused.map((refused) => refused.id)).to.deep.equal(['blank', 'no-language']);
    expect(checked.icebreakers[0]!.title).to.equal('<img src=x onerror=alert(1)>');
  });
});

describe('<icebreaker-picker> openers are neutral by default', () => {
  it('never offers a check-in about feelings unless the host allows personal ones', () => {
    const feelings = builtInIcebreakers().filter((icebreaker) => icebreaker.depth === 'feelings');
    expect(feelings.map((icebreaker) => icebreaker.id).sort()).to.deep.equal([
      'colour-of-the-day',
      'name-and-weather',
      'one-word',
      'thumbs',
    ]);
    const meeting = {
      minutes: 600,
      groupSize: 4,
      setting: 'hybrid',
      budgetPercent: 50,
      camerasOff: false,
      someNotSpeaking: false,
      materials: true,
    } as const;
    const offered = fitting(builtInIcebreakers(), { ...meeting, allowPersonal: false }).map(
      (icebreaker) => icebreaker.id,
    );
    for (const icebreaker of feelings) expect(offered).not.to.include(icebreaker.id);
    const allowed = fitting(builtInIcebreakers(), { ...meeting, allowPersonal: true }).map(
      (icebreaker) => icebreaker.id,
    );
    for (const icebreaker of feelings) expect(allowed).to.include(icebreaker.id);
  });

  it('asks nothing about how people feel in the openers it offers by default, in either language', () => {
    const feelingWords = {
      en: /\b(feel|feeling|mood|energy|how (they|you) are|how their (day|week))/i,
      cy: /(teimlo|teimlad|hwyliau|egni|sut mae eu)/i,
    };
    for (const icebreaker of builtInIcebreakers().filter(
      (each) => each.depth === 'light' || each.depth === 'neutral',
    )) {
      for (const locale of ['en', 'cy'] as const) {
        const steps = (icebreaker.steps as Record<string, string[]>)[locale]!.join(' ');
        expect(steps, `${icebreaker.id} (${locale})`).not.to.match(feelingWords[locale]);
      }
    }
  });
});
