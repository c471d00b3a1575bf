// <mark-scorer>'s “More about this mark” from the built drop-in file when the
// network refuses its chunk: the details says so, renders do not ask again
// and again, and opening it again fetches it (at a fresh address, which
// Firefox needs). A plain page with a strict Content-Security-Policy, as in
// loader.test.mjs. Runs against packages/coproduce/dist (npm run build first).
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { DIST, readManifest } from '../support/chunks.mjs';
import { apartFromRefusals, asksNoMoreFor, BROWSERS, launch, refuseFile, watchedPage } from '../support/launch.mjs';
import { STRICT_CSP, startStaticServer } from '../support/static-server.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
assert.ok(existsSync(`${root}${DIST}manifest.json`), 'Run npm run build first: packages/coproduce/dist is missing.');
const manifest = readManifest(root);

const pages = {
  '/alone/mark-scorer.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>mark-scorer</title>
    <script type="module" src="${DIST}coproduce.js"></script></head><body><mark-scorer></mark-scorer></body></html>`,
};

/** Waits until <mark-scorer> is defined and has drawn itself. */
const drawn = (tab) =>
  tab.waitForFunction(
    () =>
      customElements.get('mark-scorer') &&
      document.querySelector('mark-scorer')?.shadowRoot?.querySelector('[part="base"]'),
    { timeout: 15000 },
  );

for (const browserName of BROWSERS) {
  describe(`“More about this mark” under a network fault, in ${browserName}`, () => {
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

    it('says in the details that it could not be fetched, asks no more until opened again, then fetches it', async () => {
      const guidance = manifest['packages/mark-scorer/src/i18n/guidance-en.ts'].file;
      const { page: tab, problems, requests } = await watchedPage(browser);
      const network = await refuseFile(tab, guidance);
      await tab.goto(`${server.origin}/alone/mark-scorer.html`);
      await drawn(tab);
      const inside = (selector) => `document.querySelector('mark-scorer').shadowRoot.querySelector('${selector}')`;
      const toggle = () => tab.evaluate(`${inside('#m-listening-more summary')}.click()`);
      await tab.evaluate(`${inside('#m-listening-summary')}.click()`);
      await tab.waitForFunction(`${inside('#m-listening-more summary')}`);
      await toggle();
      await tab.waitForFunction(`${inside('#m-listening-more .guidance-failed')}`, { timeout: 10000 });
      assert.match(
        await tab.evaluate(`${inside('#m-listening-more .guidance-failed')}.textContent`),
        /couldn’t load this/,
      );
      assert.ok(await asksNoMoreFor(requests, guidance), 'not asked for again and again');
      network.restore();
      await toggle();
      // Closed: its message goes once the element has drawn it closed.
      await tab.waitForFunction(`!${inside('#m-listening-more .guidance-failed')}`);
      await toggle();
      await tab.waitForFunction(
        `${inside('#m-listening-more p')}?.textContent.includes('Notice who gets interrupted')`,
        { timeout: 10000 },
      );
      assert.deepEqual(apartFromRefusals(problems), []);
      await tab.close();
    });
  });
}
