// node bench/easy-read.mjs (after npm run build): how hard the first screen of
// each element is to read, plain and in Easy Read, in English.
//
// Each element is loaded from the built drop-in file in headless Chromium, on
// a laptop screen (1280 × 800) and a phone (390 × 844), as a person first
// meets it. The text on the first screen is what a sighted reader sees there:
// every text node inside the element whose box starts above the bottom of the
// screen, shown (not in a closed <details>, not visually hidden), not in a field. Each block (a paragraph, a
// heading, a label, a button, a list item) is a unit of reading: its
// sentences end at . ! ? or a colon that ends a clause; a block with no end
// mark (a heading, a button) is one sentence. Pictures are counted, not read.
//
// Reported for the whole first screen, and for the introduction alone (the
// prose under the title, where headings and labels do not pull the average
// down): words, sentences, words per sentence, the share of long words
// (3 syllables or more), the Flesch–Kincaid grade (0.39 × words per sentence
// + 11.8 × syllables per word − 15.59) and its reading age (grade + 5, the
// UK age of a reader in that US school grade). Syllables are counted by the
// usual vowel-group rule (a silent final e dropped, "-le" kept), which is
// within one syllable for most words. Figures, not assertions.
import { launch } from '../tests/support/launch.mjs';
import { startStaticServer } from '../tests/support/static-server.mjs';

const root = new URL('..', import.meta.url).pathname;
const dropIn = '/packages/coproduce/dist/coproduce.js';

/** Each element as a person first meets it. */
const ELEMENTS = {
  'mark-scorer': '<mark-scorer stage="process"></mark-scorer>',
  'values-agreement': '<values-agreement participants="Ana, Ben, Cy"></values-agreement>',
  'decision-log': '<decision-log public src="/demo/decisions-public.json"></decision-log>',
  'icebreaker-picker':
    '<icebreaker-picker seed="bench" minutes="60" group-size="8" setting="in-person"></icebreaker-picker>',
  'feedback-form': '<feedback-form no-contact></feedback-form>',
};

const SCREENS = { laptop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };

const page = (markup) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>easy read</title>
  <script type="module" src="${dropIn}"></script></head><body style="margin:0">${markup}</body></html>`;

const pages = {};
for (const [tag, markup] of Object.entries(ELEMENTS)) {
  pages[`/${tag}-plain.html`] = page(markup);
  pages[`/${tag}-easy.html`] = page(markup.replace(`<${tag} `, `<${tag} easy-read `));
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

/** Syllables in an English word, by vowel groups. */
export function syllables(word) {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return 0;
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups ? groups.length : 1);
}

/** Reading figures for a list of text blocks. */
export function readability(blocks) {
  const sentences = blocks.flatMap((block) =>
    block
      .split(/(?<=[.!?…])\s+|(?<=:)\s+(?=[A-Z0-9“])/)
      .map((sentence) => sentence.trim())
      .filter((sentence) => /[\p{L}\p{N}]/u.test(sentence)),
  );
  const words = sentences.flatMap((sentence) => sentence.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)));
  const counts = words.map(syllables);
  const total = counts.reduce((sum, count) => sum + count, 0);
  const perSentence = words.length / sentences.length;
  const grade = 0.39 * perSentence + 11.8 * (total / words.length) - 15.59;
  return {
    words: words.length,
    sentences: sentences.length,
    perSentence,
    longest: Math.max(...sentences.map((sentence) => sentence.split(/\s+/).length)),
    longWords: counts.filter((count) => count >= 3).length / words.length,
    grade,
    age: grade + 5,
  };
}

const server = await startStaticServer(root, { extraPages: pages });
const browser = await launch('chromium');
const results = [];
try {
  for (const [screenName, viewport] of Object.entries(SCREENS)) {
    for (const tag of Object.keys(ELEMENTS)) {
      for (const mode of ['plain', 'easy']) {
        const tab = await browser.newPage();
        await tab.setViewport(viewport);
        await tab.goto(`${server.origin}/${tag}-${mode}.html`);
        await tab.waitForFunction(
          (name) => document.querySelector(name)?.shadowRoot?.querySelector('#title'),
          { timeout: 15000 },
          tag,
        );
        // A src takes a moment to arrive, and the list draws its rows after layout.
        await tab.waitForFunction(
          (name) => !document.querySelector(name).shadowRoot.querySelector('[role="status"].empty'),
          { timeout: 15000 },
          tag,
        );
        await new Promise((resolve) => setTimeout(resolve, 300));
        const screen = await tab.evaluate(firstScreen, tag);
        await tab.close();
        results.push({
          screen: screenName,
          tag,
          mode,
          pictures: screen.pictures,
          ...readability(screen.blocks),
          intro: readability(screen.intro),
          blocks: screen.blocks,
        });
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const fixed = (value, digits = 1) => value.toFixed(digits);
for (const screenName of Object.keys(SCREENS)) {
  const { width, height } = SCREENS[screenName];
  console.log(`\nFirst screen, ${screenName} (${width} × ${height}), English: plain → Easy Read`);
  console.log(
    '| element | words | sentences | words per sentence | longest sentence | long words | FK grade | reading age | pictures |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const tag of Object.keys(ELEMENTS)) {
    const [plain, easy] = ['plain', 'easy'].map((mode) =>
      results.find((row) => row.screen === screenName && row.tag === tag && row.mode === mode),
    );
    const pair = (key, digits = 1) => `${fixed(plain[key], digits)} → ${fixed(easy[key], digits)}`;
    console.log(
      `| ${tag} | ${plain.words} → ${easy.words} | ${plain.sentences} → ${easy.sentences} | ${pair('perSentence')} | ${plain.longest} → ${easy.longest} | ${fixed(plain.longWords * 100, 0)}% → ${fixed(easy.longWords * 100, 0)}% | ${pair('grade')} | ${pair('age')} | ${plain.pictures} → ${easy.pictures} |`,
    );
  }
}
console.log('\nThe introduction alone (the prose under the title), English: plain → Easy Read');
console.log('| element | words | sentences | words per sentence | longest sentence | FK grade | reading age |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const tag of Object.keys(ELEMENTS)) {
  const [plain, easy] = ['plain', 'easy'].map(
    (mode) => results.find((row) => row.screen === 'laptop' && row.tag === tag && row.mode === mode).intro,
  );
  const pair = (key) => `${fixed(plain[key])} → ${fixed(easy[key])}`;
  console.log(
    `| ${tag} | ${plain.words} → ${easy.words} | ${plain.sentences} → ${easy.sentences} | ${pair('perSentence')} | ${plain.longest} → ${easy.longest} | ${pair('grade')} | ${pair('age')} |`,
  );
}
if (process.env.SHOW_TEXT) {
  for (const row of results) console.log(`\n${row.screen} ${row.tag} ${row.mode}:\n  ${row.blocks.join('\n  ')}`);
}
