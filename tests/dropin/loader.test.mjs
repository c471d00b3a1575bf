// The drop-in loader, as a page uses it: one <script type="module"
// src="coproduce.js">, and a page fetches only the elements it shows (and the
// chunks they share), when their tags appear. Also the one-file build, and the
// script served from another origin. Strict CSP throughout.
// Runs against packages/coproduce/dist (npm run build first; npm test does).
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { DIST, fetchedFromDist, filesFor, onDemandFor, readManifest } from '../support/chunks.mjs';
import { apartFromRefusals, asksNoMoreFor, BROWSERS, launch, refuseFile, watchedPage } from '../support/launch.mjs';
import { STRICT_CSP, startStaticServer } from '../support/static-server.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const loader = `${DIST}coproduce.js`;
const oneFile = `${DIST}coproduce.all.js`;
assert.ok(existsSync(`${root}${DIST}manifest.json`), 'Run npm run build first: packages/coproduce/dist is missing.');
const manifest = readManifest(root);

/** Each element alone on a page, as a council page would have it, in English. */
const ALONE = {
  'mark-scorer': '<mark-scorer></mark-scorer>',
  'values-agreement': '<values-agreement participants="Ana, Ben"></values-agreement>',
  'decision-log': '<decision-log></decision-log>',
  'icebreaker-picker': '<icebreaker-picker seed="s" minutes="60" group-size="6"></icebreaker-picker>',
  'feedback-form': '<feedback-form action="/api/feedback"></feedback-form>',
};
const TAGS = Object.keys(ALONE);

const page = (title, head, body = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;
const script = (src) => `<script type="module" src="${src}"></script>`;

const pages = {
  ...Object.fromEntries(TAGS.map((tag) => [`/alone/${tag}.html`, page(tag, script(loader), ALONE[tag])])),
  '/empty.html': page('nothing yet', script(loader)),
  '/cymraeg/mark-scorer.html': page('Cymraeg', script(loader), ALONE['mark-scorer']).replace('lang="en"', 'lang="cy"'),
  '/all.html': page('one file', `${script(oneFile)}${script('/uses-all.js')}`, Object.values(ALONE).join('')),
};
const handlers = {
  // A page's own module that takes classes from the one file, as a site that bundles nothing would.
  '/uses-all.js': (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/javascript' });
    response.end(
      `import { MarkScorer, VERSION } from '${oneFile}';
       document.body.dataset.version = VERSION;
       document.body.dataset.sameClass = String(customElements.get('mark-scorer') === MarkScorer);`,
    );
  },
};

/** Waits until every one of `tags` on the page is defined and has drawn itself. */
const drawn = (tab, tags) =>
  tab.waitForFunction(
    (tags) =>
      tags.every(
        (tag) => customElements.get(tag) && document.querySelector(tag)?.shadowRoot?.querySelector('[part="base"], *'),
      ),
    { timeout: 15000 },
    tags,
  );

/** Reading a spreadsheet into a log: a part fetched when someone reaches for it, never with a page. */
const spreadsheetReader = manifest['packages/decision-log/src/read-spreadsheet.ts'].file;

const gzipKB = (file) => (gzipSync(readFileSync(`${root}${DIST}${file}`), { level: 9 }).length / 1024).toFixed(1);
const listing = (files) => files.map((file) => `${file} (${gzipKB(file)} KB gzip)`).join(', ');

for (const browserName of BROWSERS) {
  describe(`the drop-in loader in ${browserName}`, () => {
    let server;
    let otherOrigin;
    let browser;
    before(async () => {
      server = await startStaticServer(root, { csp: STRICT_CSP, extraPages: pages, handlers });
      // The same files from another origin that allows them to be used anywhere (CORS), as a shared server would.
      otherOrigin = await startStaticServer(root, { cors: true });
      browser = await launch(browserName);
    });
    after(async () => {
      await browser?.close();
      await server?.close();
      await otherOrigin?.close();
    });

    for (const tag of TAGS) {
      it(`a page with only <${tag}> fetches the loader, that element and the chunks it needs, nothing else`, async (t) => {
        const { page: tab, problems, requests } = await watchedPage(browser);
        await tab.goto(`${server.origin}/alone/${tag}.html`);
        await drawn(tab, [tag]);
        const expected = filesFor(manifest, [tag]);
        const fetched = fetchedFromDist(requests);
        t.diagnostic(`<${tag}> in English: ${listing(expected)}`);
        assert.deepEqual(fetched.sort(), [...expected].sort());
        assert.ok(!expected.includes(spreadsheetReader), 'reading a spreadsheet is not part of any page');
        // Its chunks were asked for with the element's own file, not after it (one round trip fewer).
        const preloaded = await tab.$$eval(
          'link[rel="modulepreload"]',
          (links, dist) => links.map((link) => new URL(link.href).pathname.slice(dist.length)),
          DIST,
        );
        assert.deepEqual(preloaded.sort(), expected.filter((file) => file.startsWith('chunks/')).sort());
        for (const other of TAGS.filter((each) => each !== tag)) {
          assert.equal(
            await tab.evaluate((other) => customElements.get(other), other),
            undefined,
            `<${other}> not loaded`,
          );
        }
        assert.deepEqual(problems, []);
        assert.deepEqual(
          requests.filter((url) => !url.startsWith(server.origin) && !url.startsWith('data:')),
          [],
        );
        await tab.close();
      });
    }

    it('on a Welsh page, fetches the Welsh words with the element and shows Welsh from its first render, never English', async () => {
      const { page: tab, problems, requests } = await watchedPage(browser);
      // Every word any shadow root ever shows, from the moment it exists: an English flash would be caught here.
      await tab.evaluateOnNewDocument(() => {
        const seen = [];
        window.__seenText = seen;
        const attach = Element.prototype.attachShadow;
        Element.prototype.attachShadow = function (init) {
          const root = attach.call(this, init);
          new MutationObserver(() => seen.push(root.textContent)).observe(root, {
            childList: true,
            subtree: true,
            characterData: true,
          });
          return root;
        };
      });
      await tab.goto(`${server.origin}/cymraeg/mark-scorer.html`);
      await drawn(tab, ['mark-scorer']);
      await tab.waitForFunction(() => document.querySelector('mark-scorer').shadowRoot.querySelector('h2'));
      const title = await tab.$eval('mark-scorer', (element) =>
        element.shadowRoot.querySelector('h2').textContent.trim(),
      );
      assert.equal(title, 'Nodweddion cydgynhyrchu: Y broses');
      const seen = await tab.evaluate(() => window.__seenText.join('\n'));
      assert.ok(seen.includes('Nodweddion cydgynhyrchu'), 'the Welsh title was seen');
      assert.ok(!seen.includes('Marks of co-production'), 'the English title never was');
      const english = filesFor(manifest, ['mark-scorer']);
      const welsh = fetchedFromDist(requests).filter((file) => !english.includes(file));
      assert.ok(welsh.length > 0, 'the Welsh words come in a file of their own');
      assert.ok(
        welsh.every((file) => onDemandFor(manifest, ['mark-scorer']).includes(file)),
        `only files the element loads on demand: ${welsh.join(', ')}`,
      );
      const guidance = manifest['packages/mark-scorer/src/i18n/guidance-cy.ts'].file;
      assert.ok(!welsh.includes(guidance), 'the Welsh “More about this mark” waits until one is opened');
      assert.deepEqual(problems, []);
      await tab.close();
    });

    it('fetches a mark’s “More about this mark” only when a reader opens one, in the page’s language', async () => {
      const guidance = (language) => manifest[`packages/mark-scorer/src/i18n/guidance-${language}.ts`].file;
      const { page: tab, problems, requests } = await watchedPage(browser);
      await tab.goto(`${server.origin}/alone/mark-scorer.html`);
      await drawn(tab, ['mark-scorer']);
      const inside = (selector) => `document.querySelector('mark-scorer').shadowRoot.querySelector('${selector}')`;
      await tab.evaluate(`${inside('#m-listening-summary')}.click()`);
      await tab.waitForFunction(`${inside('#m-listening-more summary')}`);
      assert.ok(!fetchedFromDist(requests).includes(guidance('en')), 'not fetched with the element, nor with its card');
      await tab.evaluate(`${inside('#m-listening-more summary')}.click()`);
      await tab.waitForFunction(
        `${inside('#m-listening-more p')}?.textContent.includes('Notice who gets interrupted')`,
      );
      const fetched = fetchedFromDist(requests);
      assert.ok(fetched.includes(guidance('en')), 'fetched once opened');
      assert.ok(!fetched.includes(guidance('cy')), 'in English only');
      const later = fetched.filter((file) => !filesFor(manifest, ['mark-scorer']).includes(file));
      assert.deepEqual(later, [guidance('en')], `only the guidance: ${listing(later)}`);
      assert.deepEqual(problems, []);
      await tab.close();
    });

    it('upgrades a tag added to the page later, fetching its code only then, and tags deep inside added markup', async () => {
      const { page: tab, problems, requests } = await watchedPage(browser);
      await tab.goto(`${server.origin}/empty.html`);
      await tab.waitForFunction(() => document.readyState === 'complete');
      assert.deepEqual(fetchedFromDist(requests), ['coproduce.js'], 'a page with no element fetches only the loader');
      await tab.evaluate(() => document.body.append(document.createElement('feedback-form')));
      await drawn(tab, ['feedback-form']);
      assert.deepEqual(fetchedFromDist(requests).sort(), filesFor(manifest, ['feedback-form']).sort());
      // Markup added in one go (a framework rendering a subtree): the tag deep inside is found too.
      await tab.evaluate(() => {
        const section = document.createElement('section');
        section.append(document.createElement('div'));
        section.firstElementChild.append(document.createElement('mark-scorer'));
        document.body.append(section);
      });
      await drawn(tab, ['mark-scorer']);
      assert.deepEqual(fetchedFromDist(requests).sort(), filesFor(manifest, ['feedback-form', 'mark-scorer']).sort());
      assert.deepEqual(problems, []);
      await tab.close();
    });

    it('fetches the virtualizer only for a log long enough to need it', async () => {
      const virtualList = manifest['packages/decision-log/src/virtual-list.ts'].file;
      const { page: tab, problems, requests } = await watchedPage(browser);
      // The bench's page: a log of ?count= decisions, set before the element is defined, as a host page would.
      await tab.goto(`${server.origin}/bench/pages/decision-log.html?count=100`);
      await tab.waitForFunction(
        () => document.querySelector('decision-log')?.shadowRoot?.querySelector('.found [role="listitem"]'),
        { timeout: 15000 },
      );
      assert.ok(!fetchedFromDist(requests).includes(virtualList), '100 decisions are all in the page');
      await tab.goto(`${server.origin}/bench/pages/decision-log.html?count=600`);
      // Rows are drawn only near the screen: bring the list to it.
      await tab.waitForFunction(
        () => {
          const list = document.querySelector('decision-log')?.shadowRoot?.querySelector('.found.virtual');
          list?.scrollIntoView();
          return list?.querySelector('[role="listitem"]');
        },
        { timeout: 15000 },
      );
      assert.ok(fetchedFromDist(requests).includes(virtualList), '600 decisions draw only the rows near the screen');
      assert.deepEqual(
        problems.filter((problem) => !problem.includes('ResizeObserver loop')),
        [],
      );
      await tab.close();
    });

    it('while the virtualizer is on its way, a long list shows a screenful of its first rows, not hundreds to be drawn again', async () => {
      const virtualList = manifest['packages/decision-log/src/virtual-list.ts'].file;
      const { page: tab } = await watchedPage(browser);
      let release;
      const held = new Promise((resolve) => {
        release = resolve;
      });
      await tab.setRequestInterception(true);
      tab.on('request', (request) => {
        if (new URL(request.url()).pathname.endsWith(virtualList)) held.then(() => request.continue());
        else request.continue();
      });
      // The held file keeps some browsers from finishing the page's load.
      await tab.goto(`${server.origin}/bench/pages/decision-log.html?count=600`, { waitUntil: 'domcontentloaded' });
      await tab.waitForFunction(
        () => document.querySelector('decision-log')?.shadowRoot?.querySelector('.found [role="listitem"]'),
        { timeout: 15000 },
      );
      const meanwhile = await tab.$eval('decision-log', (element) => ({
        rows: element.shadowRoot.querySelectorAll('.found [role="listitem"]').length,
        first: element.shadowRoot.querySelector('.found [role="listitem"]').getAttribute('aria-posinset'),
        of: element.shadowRoot.querySelector('.found [role="listitem"]').getAttribute('aria-setsize'),
        note: element.shadowRoot.querySelector('.not-all-shown'),
      }));
      assert.deepEqual(meanwhile, { rows: 30, first: '1', of: '600', note: null });
      release();
      await tab.waitForFunction(
        () => document.querySelector('decision-log').shadowRoot.querySelector('.found.virtual'),
        { timeout: 15000 },
      );
      await tab.close();
    });

    it('says when a long list is not all shown because the virtualizer could not be fetched, and fetches it when asked', async () => {
      const virtualList = manifest['packages/decision-log/src/virtual-list.ts'].file;
      const { page: tab, requests } = await watchedPage(browser);
      const network = await refuseFile(tab, virtualList);
      await tab.goto(`${server.origin}/bench/pages/decision-log.html?count=600`);
      const inLog = (selector) =>
        tab.waitForFunction(
          (selector) => document.querySelector('decision-log')?.shadowRoot?.querySelector(selector),
          { timeout: 15000 },
          selector,
        );
      await inLog('.not-all-shown');
      const said = await tab.$eval('decision-log', (element) => ({
        note: element.shadowRoot.querySelector('.not-all-shown').textContent,
        rows: element.shadowRoot.querySelectorAll('.found [role="listitem"]').length,
      }));
      assert.match(said.note, /Only the first 500 of 600 are shown/);
      assert.equal(said.rows, 500, 'the first rows are there to read');
      assert.ok(await asksNoMoreFor(requests, virtualList), 'not asked for again and again');
      network.restore();
      await tab.evaluate(() =>
        document.querySelector('decision-log').shadowRoot.querySelector('.not-all-shown button').click(),
      );
      await inLog('.found.virtual');
      assert.equal(
        await tab.$eval('decision-log', (element) => element.shadowRoot.querySelector('.not-all-shown')),
        null,
      );
      await tab.close();
    });

    it('fetches the decision form only when someone is about to record one; if it cannot be fetched, says so and tries again on the next press', async () => {
      const form = manifest['packages/decision-log/src/render-form.ts'].file;
      const { page: tab, problems, requests } = await watchedPage(browser);
      const network = await refuseFile(tab, form);
      await tab.goto(`${server.origin}/alone/decision-log.html`);
      await drawn(tab, ['decision-log']);
      assert.ok(!fetchedFromDist(requests).includes(form), 'a log that is only read never fetches the form');
      await tab.evaluate(() => {
        window.__codes = [];
        document.addEventListener('decision-log-error', (event) => window.__codes.push(event.detail.code));
      });
      const press = () =>
        tab.evaluate(() => document.querySelector('decision-log').shadowRoot.querySelector('#record').click());
      const shown = (selector) =>
        tab.waitForFunction(
          (selector) => document.querySelector('decision-log').shadowRoot.querySelector(selector),
          { timeout: 10000 },
          selector,
        );
      // Focus alone starts the fetch, before any press.
      await tab.evaluate(() => document.querySelector('decision-log').shadowRoot.querySelector('#record').focus());
      for (let i = 0; i < 50 && !requests.some((url) => url.endsWith(form)); i++)
        await new Promise((resolve) => setTimeout(resolve, 20));
      assert.ok(
        requests.some((url) => url.endsWith(form)),
        'focus on Record a decision starts fetching the form',
      );
      await press();
      await shown('#problems');
      const said = await tab.$eval(
        'decision-log',
        (element) => element.shadowRoot.querySelector('#problems').textContent,
      );
      assert.match(said, /couldn’t load the part of this tool that does that/);
      assert.deepEqual(await tab.evaluate(() => window.__codes), ['part-unavailable']);
      assert.equal(await tab.$eval('decision-log', (element) => element.shadowRoot.querySelector('#f-title')), null);
      network.restore();
      await press();
      await shown('#f-title');
      assert.equal(
        await tab.$eval('decision-log', (element) => element.shadowRoot.activeElement?.id),
        'form-heading',
        'the form opens with focus on its heading',
      );
      assert.doesNotMatch(
        await tab.$eval('decision-log', (element) => element.shadowRoot.querySelector('#problems')?.textContent ?? ''),
        /couldn’t load the part/,
        'the problem has gone',
      );
      assert.deepEqual(apartFromRefusals(problems, form), []);
      await tab.close();
    });

    it('fetches the part that reads a spreadsheet when someone reaches for it, and adds the decisions', async () => {
      assert.ok(onDemandFor(manifest, ['decision-log']).includes(spreadsheetReader), 'the log can fetch it later');
      const { page: tab, problems, requests } = await watchedPage(browser);
      await tab.goto(`${server.origin}/alone/decision-log.html`);
      await drawn(tab, ['decision-log']);
      assert.ok(!fetchedFromDist(requests).includes(spreadsheetReader), 'not fetched with the page');
      // The pointer over "Add decisions from a spreadsheet" starts the fetch, before the file chooser opens.
      const button = await tab.waitForSelector('decision-log >>> #open-csv-button');
      await button.hover();
      for (let i = 0; i < 100 && !fetchedFromDist(requests).includes(spreadsheetReader); i++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      assert.ok(fetchedFromDist(requests).includes(spreadsheetReader), 'fetched as the pointer reaches the button');
      const folder = mkdtempSync(`${tmpdir()}/coproduce-`);
      writeFileSync(`${folder}/more.csv`, 'Title,What was decided,Decided on\r\nLibrary,Open late,2026-04-01\r\n');
      const input = await tab.$('decision-log >>> #open-csv');
      await input.uploadFile(`${folder}/more.csv`);
      await tab.waitForFunction(
        () => document.querySelector('decision-log').data.decisions.some((decision) => decision.title === 'Library'),
        { timeout: 15000 },
      );
      rmSync(folder, { recursive: true });
      assert.deepEqual(problems, []);
      await tab.close();
    });

    it('fetches nothing more for a second tag of an element already loaded', async () => {
      const { page: tab, problems, requests } = await watchedPage(browser);
      await tab.goto(`${server.origin}/alone/mark-scorer.html`);
      await drawn(tab, ['mark-scorer']);
      const before = requests.length;
      await tab.evaluate(() => document.body.append(document.createElement('mark-scorer')));
      await tab.waitForFunction(() => document.querySelectorAll('mark-scorer')[1]?.shadowRoot?.childElementCount > 0);
      assert.deepEqual(fetchedFromDist(requests.slice(before)), []);
      assert.deepEqual(problems, []);
      await tab.close();
    });

    it('says which element could not be loaded, and how to fix it, when the files beside the loader are missing', async () => {
      const { page: tab, problems } = await watchedPage(browser);
      // The loader copied on its own, without elements/ and chunks/ beside it.
      let missing = true;
      await tab.setRequestInterception(true);
      tab.on('request', (request) =>
        missing && request.url().includes('/elements/')
          ? request.respond({ status: 404, body: '' })
          : request.continue(),
      );
      await tab.goto(`${server.origin}/alone/decision-log.html`);
      for (let i = 0; i < 50 && !problems.some((text) => text.includes('<decision-log> could not be loaded')); i++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const message = problems.find((text) => text.includes('<decision-log> could not be loaded'));
      assert.ok(message, `the console names the element: ${problems.join(' | ')}`);
      assert.match(message, /Copy the whole dist folder/);
      // The files put in place, the next time the tag appears it is fetched again (at a fresh address: Firefox
      // keeps a failed import() failed for the life of the page) and every log on the page is drawn.
      missing = false;
      await tab.evaluate(() => document.body.append(document.createElement('decision-log')));
      await tab.waitForFunction(
        () => [...document.querySelectorAll('decision-log')].every((log) => log.shadowRoot?.childElementCount > 0),
        { timeout: 15000 },
      );
      await tab.close();
    });

    it('works from another origin that allows it (CORS), under a policy that names that origin', async () => {
      const { page: tab, problems, requests } = await watchedPage(browser);
      const csp = STRICT_CSP.replace("script-src 'self'", `script-src 'self' ${otherOrigin.origin}`);
      const cross = await startStaticServer(root, {
        csp,
        extraPages: {
          '/cross.html': page('cross-origin', script(`${otherOrigin.origin}${loader}`), ALONE['icebreaker-picker']),
        },
      });
      try {
        await tab.goto(`${cross.origin}/cross.html`);
        await drawn(tab, ['icebreaker-picker']);
        const fetched = fetchedFromDist(requests.filter((url) => url.startsWith(otherOrigin.origin)));
        assert.deepEqual(fetched.sort(), filesFor(manifest, ['icebreaker-picker']).sort());
        assert.deepEqual(problems, []);
      } finally {
        await tab.close();
        await cross.close();
      }
    });

    it('still works as one file: coproduce.all.js defines every element, exports every class, fetches nothing more', async () => {
      const { page: tab, problems, requests } = await watchedPage(browser);
      await tab.goto(`${server.origin}/all.html`);
      await drawn(tab, TAGS);
      await tab.waitForFunction(() => document.body.dataset.version);
      assert.equal(await tab.evaluate(() => document.body.dataset.sameClass), 'true');
      assert.deepEqual(fetchedFromDist(requests), ['coproduce.all.js']);
      assert.deepEqual(problems, []);
      await tab.close();
    });
  });
}

describe('the build', () => {
  it('keeps the loader small: at most 3 KB gzip', () => {
    const bytes = gzipSync(readFileSync(`${root}${loader}`), { level: 9 }).length;
    assert.ok(bytes <= 3 * 1024, `coproduce.js is ${bytes} bytes gzip`);
  });
});
