// node bench/easy-read.mjs (after npm run build): how hard the first screen of
// each element is to read, plain and in Easy Read, in English and Welsh.
//
// Each element is loaded from the built drop-in file in headless Chromium, on
// a laptop screen (1280 × 800) and a phone (390 × 844), as a person first
// meets it; <decision-log> both as the public board and as the log a group
// keeps (empty, and with 3 decisions); <coproduction-project> in a live
// session (a coproduce-server started for the run), as the facilitator's
// "take part on your own phone" and as a participant's "what is your name?".
// The text on the first screen is what a sighted reader sees there: every
// text node inside the element whose box starts above the bottom of the
// screen, shown (not in a closed <details>, not visually hidden), not in a
// field. Each block (a paragraph, a heading, a label, a button, a list item)
// is a unit of reading: its sentences end at . ! ? … or at a colon before a
// capital letter ("Now: We did it." is 2; "We said yes: 3" is 1); a block
// with no end mark (a heading, a button) is one sentence. A word is a run
// with a letter or a digit in it ("·" and "–" are not words). Pictures are
// counted, not read.
//
// Reported for the whole first screen, and for the introduction alone (the
// prose under the title, where headings and labels do not pull the average
// down): words, sentences, words per sentence, the longest sentence in words,
// and in English the share of long words (3 syllables or more) and the
// Flesch–Kincaid grade (0.39 × words per sentence + 11.8 × syllables per
// word − 15.59) with its reading age (grade + 5, the UK age of a reader in
// that US school grade). Syllables are counted by the usual vowel-group rule
// (a silent final e dropped, "-le" kept), which is within one syllable for
// most words. A number written in digits ("10", "2026") counts as a word in
// words per sentence, but is left out of the syllable figures: the rule
// cannot count it, and Easy Read writes numbers as digits because they are
// easier to read than the words. The formula is for English and is not
// defined below grade 0: a lower grade is shown as 0 (reading age 5),
// marked "≤". Welsh gets the figures that need no syllables. Figures, not
// assertions.
import { launch } from '../tests/support/launch.mjs';
import { startLiveServer } from '../tests/support/live-server.mjs';
import { startStaticServer } from '../tests/support/static-server.mjs';

const root = new URL('..', import.meta.url).pathname;
const dropIn = '/packages/coproduce/dist/coproduce.js';

/** A log a group keeps: 3 decisions, in different states, as a group writes them. */
const GROUP_LOG = {
  decisions: [
    {
      id: 'cafe',
      title: 'Open the café on Saturdays',
      decidedOn: '2026-02-10',
      what: 'The café opens 10 till 2 on Saturdays from April.',
      why: 'Weekdays are hard for people who work or care for someone.',
      how: { method: 'vote', votes: { for: 9, against: 2, abstained: 1 }, who: '' },
      people: ['Ana Jones', 'Bryn Evans'],
      youSaid: ['Please open at weekends'],
      tags: ['café'],
      reviewOn: '2026-09-01',
      board: { shown: true, fields: ['you-said', 'outcome'] },
      recordedAt: '2026-02-10T18:00:00.000Z',
      history: [
        { type: 'status', status: 'agreed', on: '2026-02-10', note: '', at: '2026-02-10T18:00:00.000Z' },
        { type: 'status', status: 'in-progress', on: '2026-03-01', note: '', at: '2026-03-01T18:00:00.000Z' },
      ],
    },
    {
      id: 'bus',
      title: 'Free bus passes for volunteers',
      decidedOn: '2026-01-20',
      what: 'We asked the council for free bus passes.',
      why: '',
      how: { method: 'not-ours', votes: null, who: 'The county council' },
      people: [],
      youSaid: [],
      tags: ['travel'],
      reviewOn: null,
      board: { shown: true, fields: ['how', 'progress'] },
      recordedAt: '2026-01-20T18:00:00.000Z',
      history: [
        { type: 'status', status: 'proposed', on: '2026-01-20', note: '', at: '2026-01-20T18:00:00.000Z' },
        {
          type: 'status',
          status: 'not-possible',
          on: '2026-02-15',
          note: 'The council has no money for it this year.',
          at: '2026-02-15T18:00:00.000Z',
        },
      ],
    },
    {
      id: 'chair',
      title: 'Who chairs the group',
      decidedOn: '2026-03-05',
      what: 'Cerys chairs until the summer.',
      why: '',
      how: { method: 'consensus', votes: null, who: '' },
      people: ['Cerys Morgan', 'Dai Price'],
      youSaid: [],
      tags: ['group'],
      reviewOn: null,
      board: { shown: false, fields: [] },
      recordedAt: '2026-03-05T18:00:00.000Z',
      history: [{ type: 'status', status: 'done', on: '2026-03-05', note: '', at: '2026-03-05T18:00:00.000Z' }],
    },
  ],
};

/**
 * Each element as a person first meets it: its markup, the element whose
 * text is read (its tag), and what says it is ready. `live` is filled in for
 * each page with a new room and a token for the role.
 */
const CASES = {
  'mark-scorer': { markup: '<mark-scorer stage="process"></mark-scorer>' },
  'values-agreement': { markup: '<values-agreement participants="Ana, Ben, Cy"></values-agreement>' },
  'decision-log (board)': { markup: '<decision-log public src="/demo/decisions-public.json"></decision-log>' },
  'decision-log (a group’s, empty)': { markup: '<decision-log></decision-log>' },
  'decision-log (a group’s, 3 decisions)': {
    markup: '<decision-log></decision-log>',
    script: `document.querySelector('decision-log').data = ${JSON.stringify(GROUP_LOG)};`,
  },
  'icebreaker-picker': {
    markup: '<icebreaker-picker seed="bench" minutes="60" group-size="8" setting="in-person"></icebreaker-picker>',
  },
  'feedback-form': { markup: '<feedback-form no-contact></feedback-form>' },
  'coproduction-project (facilitator)': { live: 'facilitator' },
  'coproduction-project (participant)': { live: 'participant' },
};

const SCREENS = { laptop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };
const LOCALES = ['en', 'cy'];
const MODES = ['plain', 'easy'];

const tagOf = (name) => name.split(' ')[0];

/** A page with the element, in a language, plain or in Easy Read. */
function page(name, locale, mode, live) {
  const { markup, script } = CASES[name];
  const easy = mode === 'easy' ? ' easy-read' : '';
  const body = live
    ? `<coproduction-project${easy} server="${live.server}" room="${live.room}" token="${live.token}"><mark-scorer></mark-scorer></coproduction-project>`
    : markup.replace(/^<([\w-]+)/, `<$1${easy}`);
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>easy read</title>
  <script type="module" src="${dropIn}"></script></head><body style="margin:0">${body}
  ${script ? `<script type="module">${script}</script>` : ''}</body></html>`;
}

/** Runs in the page: the first screen's text blocks, and how many pictures are there. */
function firstScreen(tag) {
  const element = document.querySelector(tag);
  const shadow = element.shadowRoot;
  const height = window.innerHeight;
  const BLOCK = 'p, li, h1, h2, h3, h4, h5, h6, label, legend, summary, button, dt, dd, th, td, caption';
  const blocks = new Map();
  const walker = document.createTreeWalker(shadow, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const words = node.textContent.replace(/\s+/g, ' ').trim();
    if (!words) continue;
    const parent = node.parentElement;
    if (parent.closest('.visually-hidden, [aria-hidden="true"], select, option, textarea, style, .trap')) continue;
    // Inside a closed <details>, or hidden: not on the screen.
    if (!parent.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const box = range.getBoundingClientRect();
    if (box.width === 0 || box.top >= height || box.bottom <= 0) continue;
    const block = parent.closest(BLOCK) ?? parent;
    blocks.set(block, `${blocks.get(block) ?? ''} ${words}`.trim());
  }
  const pictures = [...shadow.querySelectorAll('svg.picture')].filter(
    (svg) => svg.getBoundingClientRect().top < height,
  ).length;
  const intro = [...shadow.querySelectorAll('p.intro')].map((p) => p.textContent.replace(/\s+/g, ' ').trim());
  return { blocks: [...blocks.values()], pictures, intro };
}

/** Runs in the page: true once the element shows what a person first meets. */
function ready(tag, role) {
  const shadow = document.querySelector(tag)?.shadowRoot;
  if (!shadow) return false;
  if (role === 'facilitator') return Boolean(shadow.querySelector('#join-link')?.value);
  if (role === 'participant') return Boolean(shadow.querySelector('[part="who"]'));
  // A src takes a moment to arrive, and the list draws its rows after layout.
  return Boolean(shadow.querySelector('#title')) && !shadow.querySelector('[role="status"].empty');
}

/** Syllables in an English word, by vowel groups. */
export function syllables(word) {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return 0;
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups ? groups.length : 1);
}

/** A block's sentences: after . ! ? or …, and after a colon before a capital letter. */
export const sentencesOf = (block) =>
  block
    .split(/(?<=[.!?…])\s+|(?<=:)\s+(?=\p{Lu})/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => /[\p{L}\p{N}]/u.test(sentence));

/** A sentence's words: runs with a letter or a digit in them. */
export const wordsOf = (sentence) => sentence.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));

/** A number written in digits (with its punctuation): read easily, but not by the syllable rule. */
const isNumber = (word) => !/\p{L}/u.test(word);

/** Reading figures for a list of text blocks; the syllable figures only for English. */
export function readability(blocks, locale = 'en') {
  const sentences = blocks.flatMap(sentencesOf);
  const words = sentences.flatMap(wordsOf);
  const figures = {
    words: words.length,
    sentences: sentences.length,
    perSentence: words.length / sentences.length,
    longest: Math.max(...sentences.map((sentence) => wordsOf(sentence).length)),
  };
  if (locale !== 'en') return figures;
  const counts = words.filter((word) => !isNumber(word)).map(syllables);
  const total = counts.reduce((sum, count) => sum + count, 0);
  const grade = 0.39 * figures.perSentence + 11.8 * (total / counts.length) - 15.59;
  return {
    ...figures,
    longWords: counts.filter((count) => count >= 3).length / counts.length,
    grade: Math.max(0, grade),
    belowZero: grade < 0,
    age: Math.max(0, grade) + 5,
  };
}

/** The page being measured: one at a time, served at /bench-page.html. */
let current = '';
const server = await startStaticServer(root, {
  handlers: {
    '/bench-page.html': (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      response.end(current);
    },
  },
});
const live = await startLiveServer();
const browser = await launch('chromium');
const results = [];
let rooms = 0;
try {
  for (const [screenName, viewport] of Object.entries(SCREENS)) {
    for (const name of Object.keys(CASES)) {
      for (const locale of LOCALES) {
        for (const mode of MODES) {
          const role = CASES[name].live;
          const room = `bench-${rooms++}`;
          const session = role ? { server: live.url, room, token: live.mint(room, role) } : null;
          // Each page in a context of its own: nothing one leaves in storage reaches the next.
          const context = await browser.createBrowserContext();
          const tab = await context.newPage();
          await tab.setViewport(viewport);
          current = page(name, locale, mode, session);
          await tab.goto(`${server.origin}/bench-page.html`);
          const tag = tagOf(name);
          await tab.waitForFunction(ready, { timeout: 20000 }, tag, role ?? null);
          await new Promise((resolve) => setTimeout(resolve, 300));
          const shown = await tab.evaluate(firstScreen, tag);
          await context.close();
          results.push({
            screen: screenName,
            name,
            locale,
            mode,
            pictures: shown.pictures,
            ...readability(shown.blocks, locale),
            intro: shown.intro.length ? readability(shown.intro, locale) : null,
            blocks: shown.blocks,
          });
        }
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
  await live.stop();
}

const fixed = (value, digits = 1) => value.toFixed(digits);
const find = (screen, name, locale, mode) =>
  results.find((row) => row.screen === screen && row.name === name && row.locale === locale && row.mode === mode);
const grade = (row, key) => `${row.belowZero ? '≤' : ''}${fixed(row[key])}`;

for (const screenName of Object.keys(SCREENS)) {
  const { width, height } = SCREENS[screenName];
  console.log(`\nFirst screen, ${screenName} (${width} × ${height}), English: plain → Easy Read`);
  console.log(
    '| element | words | sentences | words per sentence | longest sentence | long words | FK grade | reading age | pictures |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const name of Object.keys(CASES)) {
    const [plain, easy] = MODES.map((mode) => find(screenName, name, 'en', mode));
    console.log(
      `| ${name} | ${plain.words} → ${easy.words} | ${plain.sentences} → ${easy.sentences} | ${fixed(plain.perSentence)} → ${fixed(easy.perSentence)} | ${plain.longest} → ${easy.longest} | ${fixed(plain.longWords * 100, 0)}% → ${fixed(easy.longWords * 100, 0)}% | ${grade(plain, 'grade')} → ${grade(easy, 'grade')} | ${grade(plain, 'age')} → ${grade(easy, 'age')} | ${plain.pictures} → ${easy.pictures} |`,
    );
  }
  console.log(`\nFirst screen, ${screenName}, Welsh: plain → Easy Read`);
  console.log('| element | words | sentences | words per sentence | longest sentence | pictures |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const name of Object.keys(CASES)) {
    const [plain, easy] = MODES.map((mode) => find(screenName, name, 'cy', mode));
    console.log(
      `| ${name} | ${plain.words} → ${easy.words} | ${plain.sentences} → ${easy.sentences} | ${fixed(plain.perSentence)} → ${fixed(easy.perSentence)} | ${plain.longest} → ${easy.longest} | ${plain.pictures} → ${easy.pictures} |`,
    );
  }
}
for (const locale of LOCALES) {
  console.log(`\nThe introduction alone (the prose under the title, laptop), ${locale}: plain → Easy Read`);
  const english = locale === 'en';
  console.log(
    `| element | words | sentences | words per sentence | longest sentence |${english ? ' FK grade | reading age |' : ''}`,
  );
  console.log(`| --- | ---: | ---: | ---: | ---: |${english ? ' ---: | ---: |' : ''}`);
  for (const name of Object.keys(CASES)) {
    const [plain, easy] = MODES.map((mode) => find('laptop', name, locale, mode).intro);
    if (!plain || !easy) continue;
    const syllableFigures = english
      ? ` ${grade(plain, 'grade')} → ${grade(easy, 'grade')} | ${grade(plain, 'age')} → ${grade(easy, 'age')} |`
      : '';
    console.log(
      `| ${name} | ${plain.words} → ${easy.words} | ${plain.sentences} → ${easy.sentences} | ${fixed(plain.perSentence)} → ${fixed(easy.perSentence)} | ${plain.longest} → ${easy.longest} |${syllableFigures}`,
    );
  }
}
if (process.env.SHOW_TEXT) {
  for (const row of results)
    console.log(`\n${row.screen} ${row.name} ${row.locale} ${row.mode}:\n  ${row.blocks.join('\n  ')}`);
}
