// Two real tabs of one browser on one storage key, with the built drop-in
// file under a strict CSP: a tab alone fetches no Yjs; once a second tab
// opens, both fetch the shared-document chunk and each keeps the other's
// changes. Runs against packages/coproduce/dist (npm run build first).
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { fetchedFromDist, filesFor, readManifest } from '../support/chunks.mjs';
import { BROWSERS, launch, watchedPage } from '../support/launch.mjs';
import { STRICT_CSP, startStaticServer } from '../support/static-server.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dropIn = '/packages/coproduce/dist/coproduce.js';
const pages = {
  '/tabs.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>tabs</title>
    <script type="module" src="${dropIn}"></script></head>
    <body><mark-scorer storage-key="tabs"></mark-scorer></body></html>`,
};

assert.ok(existsSync(`${root}${dropIn}`), 'Run npm run build first: packages/coproduce/dist/coproduce.js is missing.');
const manifest = readManifest(root);

/** The files only sharing needs: the binding's chunk and what it imports (Yjs) that the page has not already. */
function sharedFiles() {
  const key = Object.keys(manifest).find((each) => each.endsWith('core/src/sync/binding.ts'));
  assert.ok(key, 'the build has a chunk of its own for sync/binding.ts');
  const files = new Set();
  const follow = (name) => {
    const chunk = manifest[name];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) follow(imported);
  };
  follow(key);
  for (const needed of filesFor(manifest, ['mark-scorer'])) files.delete(needed);
  return [...files];
}

async function ready(page) {
  await page.waitForFunction(() => document.querySelector('mark-scorer')?.shadowRoot?.querySelector('details.mark'), {
    timeout: 15000,
  });
}

/** Opens a mark and chooses a score, as a person would. */
async function score(page, markId, value) {
  await page.$eval(
    'mark-scorer',
    async (element, markId, value) => {
      const card = element.shadowRoot.querySelector(`#m-${markId}-card`);
      if (!card.open) {
        const toggled = new Promise((resolve) => card.addEventListener('toggle', resolve, { once: true }));
        element.shadowRoot.querySelector(`#m-${markId}-summary`).click();
        await toggled;
        await element.updateComplete;
      }
      element.shadowRoot.querySelector(`input[name="m-${markId}-agreed"][value="${value}"]`).click();
    },
    markId,
    value,
  );
}

const agreed = (page, markId) =>
  page.$eval('mark-scorer', (element, markId) => element.data.marks.find((mark) => mark.id === markId).agreed, markId);

for (const browserName of BROWSERS) {
  describe(`two tabs of the drop-in file in ${browserName}`, () => {
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

    it('a tab alone fetches no Yjs; with a second tab, both keep each other’s changes', async () => {
      const shared = sharedFiles();
      assert.ok(shared.length > 0);
      const first = await watchedPage(browser);
      await first.page.goto(`${server.origin}/tabs.html`);
      await ready(first.page);
      await score(first.page, 'listening', 7);
      await first.page.waitForFunction(() => localStorage.getItem('coproduce:tabs')?.includes('"agreed":7'));
      await new Promise((resolve) => setTimeout(resolve, 300));
      const alone = fetchedFromDist(first.requests).filter((file) => shared.includes(file));
      assert.deepEqual(alone, [], 'one tab alone fetches nothing of Yjs');

      const second = await watchedPage(browser);
      await second.page.goto(`${server.origin}/tabs.html`);
      await ready(second.page);
      assert.equal(await agreed(second.page, 'listening'), 7);
      // Both tabs fetch the shared part once the second says hello.
      await first.page.waitForFunction(
        (files) =>
          performance.getEntriesByType('resource').filter((entry) => files.some((file) => entry.name.endsWith(file)))
            .length === files.length,
        { timeout: 10000 },
        shared,
      );
      await second.page.waitForFunction(
        (files) =>
          performance.getEntriesByType('resource').filter((entry) => files.some((file) => entry.name.endsWith(file)))
            .length === files.length,
        { timeout: 10000 },
        shared,
      );
      await new Promise((resolve) => setTimeout(resolve, 300));
      // Each tab scores a different mark, at the same time.
      await Promise.all([score(first.page, 'icebreakers', 4), score(second.page, 'listening', 9)]);
      for (const { page } of [first, second]) {
        await page.waitForFunction(
          () => {
            const marks = document.querySelector('mark-scorer').data.marks;
            const of = (id) => marks.find((mark) => mark.id === id).agreed;
            return of('icebreakers') === 4 && of('listening') === 9;
          },
          { timeout: 10000 },
        );
      }
      assert.deepEqual(first.problems, []);
      assert.deepEqual(second.problems, []);
      await first.page.close();
      await second.page.close();
    });
  });
}
