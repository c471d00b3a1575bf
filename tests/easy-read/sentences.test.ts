// Every sentence a person meets in Easy Read is short, and English has no
// short forms ("do not", never "don't"), read from what each element shows
// in its usual states, English and Welsh: not only the strings that were
// rewritten (tests/easy-read/catalogues.test.ts holds those), but every plain
// string Easy Read falls back to on the way.
//
// What is read: every text node in the element that is rendered (not in a
// closed fold, not hidden; text hidden only from sight, for screen readers,
// is heard, so it is read too), and the words of each choice in a list. Text
// the host or the group gave (a value's name, a decision's words, a person's
// name) is left out: Easy Read never rewrites it. Text is read block by
// block (a paragraph, heading, label, button, list item); a block's sentences
// end at . ! ? … or at a colon before a capital letter.
import { expect, fixture } from '@open-wc/testing';
import '../support/setup.js';
import type { CoproductionProject } from '../../packages/coproduction-project/src/index.js';
import type { DecisionLog } from '../../packages/decision-log/src/index.js';
import type { MarkScorer } from '../../packages/mark-scorer/src/index.js';
import type { ValuesAgreement } from '../../packages/values-agreement/src/index.js';
import { smallLog } from '../decision-log/fixtures.js';
import { drawn } from '../decision-log/support.js';
import { mint, newRoom, startServer, stopServer, until, type LiveServer } from '../live/support.js';
import { openMark } from '../mark-scorer/support.js';
import { $, html, settle, waitFor } from '../support/helpers.js';
import { said, smallAgreement } from '../values-agreement/fixtures.js';
import { openCard } from '../values-agreement/support.js';

type Locale = 'en' | 'cy';
type Shown = HTMLElement & { updateComplete: Promise<unknown> };

/** The most words in a sentence (as tests/easy-read/catalogues.test.ts): Welsh, with its particles, is allowed 18. */
const MOST_WORDS = { en: 15, cy: 18 } as const;

/**
 * English short forms: "don't", "can't", "we're", "it's", "you'll", "I'm".
 * (Welsh writes ’n, ’r and ’i as standard, not as short forms, so Welsh is not checked for them.)
 */
const SHORT_FORM =
  /\b(\p{L}+n[’']t|I[’']m|(?:I|you|we|they|he|she|it|there|that|who)[’'](?:re|ve|ll|d)|(?:it|that|there|what|here|let|who|where|he|she)[’']s)\b/iu;

/** Blocks of reading: each is read as at least one sentence. */
const BLOCK = 'p, li, h1, h2, h3, h4, h5, h6, label, legend, summary, button, a, dt, dd, th, td, caption, option';

/** Every string in a document the host or group gave, so their words are left out. */
function stringsIn(value: unknown, into = new Set<string>()): Set<string> {
  if (typeof value === 'string') into.add(value.replace(/\s+/g, ' ').trim());
  else if (Array.isArray(value)) for (const item of value) stringsIn(item, into);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) stringsIn(item, into);
  return into;
}

/** The blocks of text shown in a shadow root (and the shadow roots inside it), the host's own words left out. */
function blocksShown(root: ShadowRoot, hostText: ReadonlySet<string>, blocks = new Map<Element, string>()) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Element) {
      if (node.shadowRoot) blocksShown(node.shadowRoot, hostText, blocks);
      continue;
    }
    const words = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
    const parent = node.parentElement;
    if (!words || !parent || hostText.has(words)) continue;
    if (parent.closest('style, [aria-hidden="true"], textarea')) continue;
    const option = parent.closest('option');
    // A choice in a list is read when the list opens; anything else must be rendered.
    if (!option && !parent.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
    if (option && !option.closest('select')!.checkVisibility()) continue;
    const block = parent.closest(BLOCK) ?? parent;
    blocks.set(block, `${blocks.get(block) ?? ''} ${words}`.trim());
  }
  return blocks;
}

/** A block's sentences: after . ! ? or …, and after a colon before a capital letter. */
const sentencesOf = (block: string) =>
  block
    .split(/(?<=[.!?…])\s+|(?<=:)\s+(?=[\p{Lu}“‘"])/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => /[\p{L}\p{N}]/u.test(sentence));

/** Words: runs with a letter or a digit in them ("·" and "–" are not words). */
const wordsIn = (sentence: string) => sentence.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));

/** Every sentence shown that breaks the rules, with why. */
function problemsShown(element: Shown, locale: Locale, hostText: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  for (const block of blocksShown(element.shadowRoot!, hostText).values()) {
    for (const sentence of sentencesOf(block)) {
      const count = wordsIn(sentence).length;
      if (count > MOST_WORDS[locale]) problems.push(`${count} words: “${sentence}”`);
      if (locale === 'en' && SHORT_FORM.test(sentence)) problems.push(`a short form: “${sentence}”`);
    }
  }
  return problems;
}

/** All the sentences shown, for a test that checks the reading finds them. */
function sentencesShown(element: Shown, hostText: ReadonlySet<string> = new Set()): string[] {
  return [...blocksShown(element.shadowRoot!, hostText).values()].flatMap(sentencesOf);
}

interface State {
  name: string;
  /** The element, in Easy Read, in a language, in this state; and the host's words it shows. */
  place(locale: Locale): Promise<{ element: Shown; hostText: ReadonlySet<string> }>;
}

/** An element from markup, in Easy Read, put on the page and rendered. */
async function placed<T extends Shown>(markup: string, locale: Locale): Promise<T> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.innerHTML = markup.replace(/^<([\w-]+)/, `<$1 easy-read locale="${locale}"`);
  const element = wrapper.firstElementChild as T;
  await settle(element);
  return element;
}

const PEOPLE = ['Ana', 'Ben'];

const STATES: State[] = [
  {
    name: '<mark-scorer> with a mark open',
    async place(locale) {
      const element = await placed<MarkScorer>('<mark-scorer participants="Ana, Ben"></mark-scorer>', locale);
      await openMark(element, 'listening');
      return { element, hostText: new Set(PEOPLE) };
    },
  },
  {
    name: '<values-agreement> while a person answers',
    async place(locale) {
      const element = await placed<ValuesAgreement>(
        '<values-agreement participants="Ana, Ben"></values-agreement>',
        locale,
      );
      const doc = smallAgreement();
      doc.items[0]!.responses = { Ben: said('concern', 'Only if we say when we cannot') };
      element.data = doc;
      await settle(element);
      await openCard(element, 'trust');
      $(element, '#i-trust-person-0').click();
      await settle(element);
      return { element, hostText: stringsIn([doc, PEOPLE]) };
    },
  },
  {
    name: '<decision-log> empty, as a group first meets it',
    async place(locale) {
      return { element: await placed<DecisionLog>('<decision-log></decision-log>', locale), hostText: new Set() };
    },
  },
  {
    name: '<decision-log> with decisions, one open',
    async place(locale) {
      const element = await placed<DecisionLog>('<decision-log></decision-log>', locale);
      const data = smallLog();
      element.data = data;
      await drawn(element);
      $(element, '#open-cafe').click();
      await settle(element);
      return { element, hostText: stringsIn(data) };
    },
  },
  {
    name: '<decision-log> with the form to record a decision open',
    async place(locale) {
      const element = await placed<DecisionLog>('<decision-log></decision-log>', locale);
      $(element, '#record').click();
      await settle(element);
      await waitFor(() => element.shadowRoot!.querySelector('.decision-form') !== null);
      await settle(element);
      return { element, hostText: new Set() };
    },
  },
  {
    name: '<decision-log public>: the board',
    async place(locale) {
      const element = await placed<DecisionLog>('<decision-log public></decision-log>', locale);
      const data = smallLog();
      element.data = data;
      await drawn(element);
      return { element, hostText: stringsIn(data) };
    },
  },
  {
    name: '<icebreaker-picker> with a suggestion',
    async place(locale) {
      return {
        element: await placed('<icebreaker-picker seed="shared" setting="hybrid"></icebreaker-picker>', locale),
        hostText: new Set(),
      };
    },
  },
  {
    name: '<icebreaker-picker> when nothing fits the time',
    async place(locale) {
      const markup = '<icebreaker-picker minutes="30" group-size="40" budget-percent="5"></icebreaker-picker>';
      return { element: await placed(markup, locale), hostText: new Set() };
    },
  },
  {
    name: '<feedback-form>',
    async place(locale) {
      return { element: await placed('<feedback-form></feedback-form>', locale), hostText: new Set() };
    },
  },
  // Problems the people in the room meet: a name given twice, words from an address that does not answer.
  {
    name: '<mark-scorer> given a name twice',
    async place(locale) {
      const element = await placed<MarkScorer>('<mark-scorer participants="Ana, Ben, Ana"></mark-scorer>', locale);
      expect(element.shadowRoot!.querySelector('#problems')!.textContent).to.include('Ana');
      return { element, hostText: new Set(PEOPLE) };
    },
  },
  {
    name: '<decision-log public> whose decisions could not be fetched',
    async place(locale) {
      const element = await placed<DecisionLog>(
        '<decision-log public src="/tests/not-there.json"></decision-log>',
        locale,
      );
      await waitFor(() => (element.shadowRoot!.querySelector('#problems')?.textContent ?? '').trim() !== '');
      return { element, hostText: new Set() };
    },
  },
  {
    name: '<feedback-form> whose questions could not be fetched',
    async place(locale) {
      const element = await placed('<feedback-form src="/tests/not-there.json"></feedback-form>', locale);
      await waitFor(() => (element.shadowRoot!.querySelector('#problems')?.textContent ?? '').trim() !== '');
      return { element, hostText: new Set() };
    },
  },
];

for (const state of STATES) {
  describe(`${state.name} in Easy Read`, () => {
    for (const locale of ['en', 'cy'] as const) {
      it(`shows sentences of ${MOST_WORDS[locale]} words at most${locale === 'en' ? ', with no short forms' : ''}, in ${locale}`, async () => {
        const { element, hostText } = await state.place(locale);
        expect(sentencesShown(element, hostText).length, 'sentences read').to.be.greaterThan(5);
        expect(problemsShown(element, locale, hostText)).to.deep.equal([]);
      });
    }
  });
}

describe('<coproduction-project> in a live session, in Easy Read', () => {
  let server: LiveServer;
  const projects: CoproductionProject[] = [];
  before(async () => {
    server = await startServer();
  });
  after(async () => {
    await stopServer(server);
  });
  afterEach(() => {
    for (const project of projects.splice(0)) project.remove();
  });

  async function open(role: 'facilitator' | 'participant', locale: Locale) {
    const room = newRoom();
    const project = document.createElement('coproduction-project');
    project.easyRead = true;
    project.locale = locale;
    projects.push(project);
    project.server = server.url;
    project.room = room;
    project.token = await mint(server, room, role);
    document.body.append(project);
    await project.updateComplete;
    return project;
  }

  for (const locale of ['en', 'cy'] as const) {
    it(`a facilitator’s status and “take part on your own phone”: short sentences in ${locale}`, async () => {
      const project = await open('facilitator', locale);
      await until(
        'the join link',
        () => project.shadowRoot!.querySelector<HTMLInputElement>('#join-link')?.value !== '',
      );
      await project.updateComplete;
      expect(sentencesShown(project).length, 'sentences read').to.be.greaterThan(3);
      expect(problemsShown(project, locale, new Set())).to.deep.equal([]);
    });

    it(`a participant asked their name: short sentences in ${locale}`, async () => {
      const project = await open('participant', locale);
      await project.session!.join('k');
      await until('“Who are you?”', () => project.shadowRoot!.querySelector('[part="who"]') !== null);
      $<HTMLButtonElement>(project, '[part="who"] button[type="submit"]').click();
      await project.updateComplete;
      expect(sentencesShown(project).length, 'sentences read').to.be.greaterThan(3);
      expect(problemsShown(project, locale, new Set())).to.deep.equal([]);
    });
  }
});

describe('How the sentences are read', () => {
  it('splits at a full stop and at a colon before a capital, and counts words, not marks', () => {
    expect(sentencesOf('We said yes: 3. Decided on 12 March 2026 · Now: We are doing it')).to.deep.equal([
      'We said yes: 3.',
      'Decided on 12 March 2026 · Now:',
      'We are doing it',
    ]);
    expect(wordsIn('Decided on 12 March 2026 · We are – doing it')).to.have.length(9);
  });

  it('finds the short forms English Easy Read avoids, and not a possessive', () => {
    for (const short of ['We couldn’t load it', 'It’s here', 'You don’t have to', 'We’re here', 'I’m Ana'])
      expect(short).to.match(SHORT_FORM);
    for (const fine of ['Research in Practice’s marks', 'Ana’s answer', 'Rydych chi’n cytuno'])
      expect(fine).not.to.match(SHORT_FORM);
  });
});
