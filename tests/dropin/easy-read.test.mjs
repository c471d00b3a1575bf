// Easy Read from the built drop-in file, as a council pastes it: one script,
// a strict Content-Security-Policy, <coproduction-project easy-read> around
// every element. The pictures are inline SVG: nothing is fetched for them,
// and nothing the policy refuses.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { DIST, fetchedFromDist, filesFor, onDemandFor, readManifest } from '../support/chunks.mjs';
import { BROWSERS, launch, watchedPage } from '../support/launch.mjs';
import { STRICT_CSP, startStaticServer } from '../support/static-server.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dropIn = '/packages/coproduce/dist/coproduce.js';
const manifest = readManifest(root);
const TAGS = ['mark-scorer', 'values-agreement', 'decision-log', 'icebreaker-picker', 'feedback-form'];

const pages = {
  '/easy-read.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>easy read</title>
    <script type="module" src="${dropIn}"></script></head>
    <body><coproduction-project project="self-advocates" easy-read>
      <mark-scorer></mark-scorer>
      <values-agreement participants="Ana, Ben"></values-agreement>
      <decision-log public src="/demo/decisions-public.json"></decision-log>
      <icebreaker-picker seed="easy"></icebreaker-picker>
      <feedback-form no-contact></feedback-form>
    </coproduction-project></body></html>`,
};

assert.ok(existsSync(`${root}${dropIn}`), 'Run npm run build first: packages/coproduce/dist/coproduce.js is missing.');

for (const browserName of BROWSERS) {
  describe(`Easy Read from the drop-in coproduce.js in ${browserName}`, () => {
    let server;
    let browser;
    before(async () => {
      server = await startStaticServer(root, { csp: STRICT_CSP, extraPages: pages });
      browser = await launch(browserName);
    });
    after(async () => {
      await browser?.close();
      await server?.close();
    });

    it('shows every element in Easy Read, pictures and all, under a strict CSP, fetching nothing but the elements’ own files and the log', async () => {
      const { page, problems, requests } = await watchedPage(browser);
      await page.goto(`${server.origin}/easy-read.html`);
      await page.waitForFunction(
        (tags) => tags.every((tag) => document.querySelector(tag)?.shadowRoot?.querySelector('svg.picture')),
        { timeout: 15000 },
        TAGS,
      );
      const pictures = await page.evaluate(
        (tags) =>
          Object.fromEntries(
            tags.map((tag) => [tag, document.querySelector(tag).shadowRoot.querySelectorAll('svg.picture').length]),
          ),
        TAGS,
      );
      for (const tag of TAGS) assert.ok(pictures[tag] > 0, `${tag} has pictures`);
      const intro = await page.$eval(
        'mark-scorer',
        (element) => element.shadowRoot.querySelector('.intro').textContent,
      );
      assert.match(intro, /Co-production means we work together as equals\./);
      // A picture is drawn: its lines have a size on screen.
      const drawn = await page.$eval('values-agreement', (element) => {
        const box = element.shadowRoot.querySelector('.answer-key svg.picture path').getBoundingClientRect();
        return box.width > 0 && box.height > 0;
      });
      assert.equal(drawn, true);
      assert.deepEqual(
        problems.filter((problem) => !problem.includes('ResizeObserver loop')),
        [],
      );
      // The browser asks for /favicon.ico by itself.
      const ours = requests
        .filter((url) => url.startsWith(server.origin))
        .map((url) => new URL(url).pathname)
        .filter((path) => path !== '/favicon.ico');
      // The page, the log, and of ours only the five elements' files (with what they load on demand).
      assert.deepEqual(
        [...new Set(ours)].filter((path) => !path.startsWith(DIST)).sort(),
        ['/demo/decisions-public.json', '/easy-read.html'].sort(),
      );
      // The page wraps the five in a <coproduction-project>.
      const allowed = [...filesFor(manifest, ['coproduction-project', ...TAGS]), ...onDemandFor(manifest, TAGS)];
      const fetched = fetchedFromDist(requests);
      assert.deepEqual(
        fetched.filter((file) => !allowed.includes(file)),
        [],
      );
      for (const file of filesFor(manifest, TAGS)) assert.ok(fetched.includes(file), `${file} fetched`);
      assert.deepEqual(
        requests.filter((url) => !url.startsWith(server.origin) && !url.startsWith('data:')),
        [],
      );
      await page.close();
    });
  });
}
