// Every element in Easy Read, switched on by its own attribute and by
// <coproduction-project easy-read>: its Easy Read words and pictures show
// (and go when it is switched off), it passes axe, fits 320 px, keeps its
// pictures in system colours in forced colours (light and dark), and every
// picture is either named or hidden beside the words that say the same.
import { expect, fixture } from '@open-wc/testing';
import '../support/setup.js';
import { everyLanguage, sharedEasyRead, type EasyReadCatalogues } from '../../packages/core/src/index.js';
import type { CoproductionProject } from '../../packages/coproduction-project/src/index.js';
import { $, $$, html, settle, text } from '../support/helpers.js';
import { openCard } from '../values-agreement/support.js';
import { openMark } from '../mark-scorer/support.js';
import {
  atViewport,
  expectAccessibleInLightAndDark,
  inForcedColours,
  overflowsHorizontally,
  systemColour,
} from '../support/presentation.js';
import { smallAgreement, said } from '../values-agreement/fixtures.js';
import { smallLog } from '../decision-log/fixtures.js';
import type { MarkScorer } from '../../packages/mark-scorer/src/index.js';
import type { ValuesAgreement } from '../../packages/values-agreement/src/index.js';
import type { DecisionLog } from '../../packages/decision-log/src/index.js';

type Element = HTMLElement & {
  updateComplete: Promise<unknown>;
  easyRead: boolean;
  theme?: string;
  t(key: string, params?: Record<string, string | number>): string;
};

interface Case {
  tag: string;
  attributes: string;
  /** Puts the element in a state with every kind of picture it draws. */
  busy(element: Element): Promise<void>;
  /** At least this many pictures once busy. */
  pictures: number;
}

const CASES: Case[] = [
  {
    tag: 'mark-scorer',
    attributes: '',
    pictures: 10,
    async busy(element) {
      await openMark(element as unknown as MarkScorer, 'listening');
    },
  },
  {
    tag: 'values-agreement',
    attributes: 'participants="Ana, Ben"',
    pictures: 12,
    async busy(element) {
      const doc = smallAgreement();
      doc.items[0]!.responses = { Ben: said('concern', 'Only if we say when we cannot') };
      (element as unknown as ValuesAgreement).data = doc;
      await settle(element);
      await openCard(element as unknown as ValuesAgreement, 'trust');
      $(element, '#i-trust-person-0').click();
      await settle(element);
    },
  },
  {
    tag: 'decision-log',
    attributes: '',
    pictures: 10,
    async busy(element) {
      (element as unknown as DecisionLog).data = smallLog();
      await settle(element);
      $(element, '#open-cafe').click();
      await settle(element);
    },
  },
  { tag: 'icebreaker-picker', attributes: 'seed="shared" setting="hybrid"', pictures: 8, busy: async () => {} },
  { tag: 'feedback-form', attributes: '', pictures: 7, busy: async () => {} },
];

type How = 'attribute' | 'project';

/** Button names that do not say what they act on (as tests/core/button-names.test.ts). */
const BARE = {
  en: ['Add', 'Add it', 'Change', 'Remove', 'Save', 'Delete', 'Edit', 'OK', 'Go', 'Submit', 'Send'],
  cy: ['Ychwanegu', 'Ei ychwanegu', 'Newid', 'Tynnu', 'Cadw', 'Dileu', 'Golygu', 'Iawn', 'Cyflwyno', 'Anfon'],
};

/** The element, in Easy Read by its own attribute or by its project's, in a language, put in its busy state. */
async function place(item: Case, how: How, locale: 'en' | 'cy' = 'en'): Promise<Element> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.innerHTML =
    how === 'project'
      ? `<coproduction-project easy-read locale="${locale}"><${item.tag} ${item.attributes}></${item.tag}></coproduction-project>`
      : `<${item.tag} easy-read locale="${locale}" ${item.attributes}></${item.tag}>`;
  const element = wrapper.querySelector(item.tag) as Element;
  await settle(element);
  await item.busy(element);
  await settle(element);
  return element;
}

/** The first sentence of the element's Easy Read introduction, in a language. */
async function easyIntro(element: Element, locale: 'en' | 'cy'): Promise<string> {
  const { easyReadCatalogues } = element.constructor as unknown as { easyReadCatalogues: EasyReadCatalogues };
  return ((await everyLanguage(easyReadCatalogues))[locale].intro as string).split('. ')[0]!;
}

/** What each picture shows, in each language, as the shared Easy Read strings say it. */
const sharedEasy = await everyLanguage(sharedEasyRead);

/** Every painted part of every picture: its stroke, or its fill where it is solid. */
function paints(element: Element): { shape: globalThis.Element; paint: string }[] {
  return $$(element, 'svg.picture *')
    .filter((shape) => shape.localName !== 'g')
    .map((shape) => {
      const style = getComputedStyle(shape);
      return { shape, paint: shape.classList.contains('solid') ? style.fill : style.stroke };
    });
}

/**
 * Every picture is named in the element's language, or hidden from screen
 * readers with words beside it in the same label, heading, choice or line
 * that say the same thing.
 */
function expectPicturesLabelled(element: Element, locale: 'en' | 'cy'): void {
  const pictures = $$<SVGSVGElement>(element, 'svg.picture');
  for (const picture of pictures) {
    const name = picture.dataset.picture!;
    if (picture.getAttribute('role') === 'img') {
      expect(picture.getAttribute('aria-label'), name).to.equal(sharedEasy[locale][`easy.picture.${name}`]);
      continue;
    }
    expect(picture.getAttribute('aria-hidden'), `${name} is hidden only beside its words`).to.equal('true');
    const beside = picture.parentElement!;
    const words = [...beside.childNodes]
      .filter((node) => node !== picture && !(node instanceof SVGElement))
      .map((node) => node.textContent ?? '');
    expect(words.join('').trim(), `the words beside “${name}”`).not.to.equal('');
  }
}

for (const item of CASES) {
  describe(`<${item.tag}> in Easy Read`, () => {
    for (const how of ['attribute', 'project'] as const) {
      it(`by ${how === 'attribute' ? 'its own easy-read attribute' : '<coproduction-project easy-read>'}: Easy Read words and pictures, gone when it is switched off`, async () => {
        const element = await place(item, how);
        expect(element.shadowRoot!.querySelector('.text-size')!.classList.contains('easy-read')).to.equal(true);
        expect(text($(element, '.intro'))).to.include(await easyIntro(element, 'en'));
        expect($$(element, 'svg.picture').length, 'pictures').to.be.at.least(item.pictures);
        expect(parseFloat(getComputedStyle($(element, '.root')).fontSize), '14 point text').to.be.at.least(18.6);
        if (how === 'attribute') {
          expect(element.getAttribute('easy-read')).to.equal('');
          element.easyRead = false;
        } else {
          (element.closest('coproduction-project') as CoproductionProject).easyRead = false;
          await settle(element.closest('coproduction-project') as CoproductionProject);
        }
        await settle(element);
        expect($$(element, 'svg.picture'), 'no pictures once it is off').to.have.length(0);
        expect(text($(element, '.intro'))).not.to.include(await easyIntro(element, 'en'));
        expect(parseFloat(getComputedStyle($(element, '.root')).fontSize)).to.equal(16);
      });
    }

    it('passes axe in Easy Read, in light and dark', async () => {
      await expectAccessibleInLightAndDark(await place(item, 'attribute'));
    });

    it('passes axe in Easy Read Welsh, with Welsh words', async () => {
      const element = await place(item, 'project', 'cy');
      expect(text($(element, '.intro'))).to.include(await easyIntro(element, 'cy'));
      await expect(element).to.be.accessible();
    });

    it('fits a 320 px wide screen without sideways scrolling, pictures and all', () =>
      atViewport(320, 640, async () => {
        const element = await place(item, 'attribute');
        expect(overflowsHorizontally(element)).to.equal(false);
        for (const picture of $$(element, 'svg.picture')) {
          const box = picture.getBoundingClientRect();
          expect(Math.min(box.width, box.height), picture.dataset.picture).to.be.at.least(24);
        }
      }));

    for (const scheme of ['light', 'dark'] as const) {
      it(`keeps its pictures visible in a ${scheme} forced-colours theme: drawn in system colours`, function () {
        return inForcedColours(
          this,
          async () => {
            const element = await place(item, 'attribute');
            const system = [systemColour('CanvasText'), systemColour('ButtonText')];
            const painted = paints(element);
            expect(painted.length).to.be.greaterThan(item.pictures);
            for (const { shape, paint } of painted) {
              expect(system, `${shape.closest('svg')!.dataset.picture} ${shape.localName} is ${paint}`).to.include(
                paint,
              );
              expect(paint).not.to.equal(systemColour('Canvas'));
            }
            // axe reads the author's colours, not the forced ones, so it is run in the light scheme only (as elsewhere).
            if (scheme === 'light') await expect(element).to.be.accessible();
          },
          scheme,
        );
      });
    }

    for (const locale of ['en', 'cy'] as const) {
      it(`labels every picture in ${locale}: named, or hidden beside the words that say it`, async () => {
        expectPicturesLabelled(await place(item, 'project', locale), locale);
      });

      it(`names every button by what it does in ${locale}, never a bare verb`, async () => {
        const element = await place(item, 'project', locale);
        for (const button of $$(element, 'button')) {
          expect(BARE[locale], `a button named only “${text(button)}”`).not.to.include(text(button));
        }
      });
    }
  });
}

describe('<coproduction-project easy-read>', () => {
  it('switches every element inside live, and an element can be Easy Read on its own inside a plain project', async () => {
    const project = await fixture<CoproductionProject>(
      html`<coproduction-project><mark-scorer></mark-scorer><feedback-form easy-read></feedback-form></coproduction-project>`,
    );
    const scorer = project.querySelector('mark-scorer') as unknown as Element;
    const form = project.querySelector('feedback-form') as unknown as Element;
    await settle(scorer);
    await settle(form);
    expect($$(scorer, 'svg.picture')).to.have.length(0);
    expect($$(form, 'svg.picture').length).to.be.greaterThan(0);
    project.easyRead = true;
    await settle(project);
    await settle(scorer);
    expect(project.getAttribute('easy-read')).to.equal('');
    expect($$(scorer, 'svg.picture').length).to.be.greaterThan(0);
    expect(text($(scorer, '#title'))).to.include('Signs of good co-production');
  });
});
