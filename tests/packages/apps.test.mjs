// Installed like a user would: every package packed, then fresh apps made
// outside the workspace (plain Vite with TypeScript, React 19, Vue 3 and
// Svelte 5) install the tarballs by path, with their framework from the npm
// registry, build in production mode, and are checked in Chromium: every
// element registers, takes rich data as a property, and the app hears its
// events with the detail it expects. Run after `npm run build`.
//
// One `npm install` per app (npm's own cache makes a second run quicker); the
// apps are in tests/packages/apps/<framework>/, copied to a temporary folder.
// About 3.5 minutes on 2 cores with a warm npm cache, most of it installing.
// KEEP_APPS=1 keeps the built apps to look at.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { launch, watchedPage } from '../support/launch.mjs';
import { startStaticServer } from '../support/static-server.mjs';
import { ELEMENTS } from '../../scripts/packages.mjs';
import { packAll, requireBuild, root } from './pack.mjs';

requireBuild();

/** COPRODUCE_APPS=vanilla,vue runs only those. */
const APPS = (process.env.COPRODUCE_APPS || 'vanilla,react,vue,svelte').split(',');
const fixtures = `${root}tests/packages/apps/`;

const work = mkdtempSync(join(tmpdir(), 'coproduce-apps-'));
let tarballs;
let browser;
before(async () => {
  ({ tarballs } = packAll());
  browser = await launch('chromium');
});
after(async () => {
  await browser?.close();
  if (!process.env.KEEP_APPS) rmSync(work, { recursive: true, force: true });
  else console.log(`Apps kept in ${work}`);
});

/** Copies an app beside the shared data, points its coproduce packages at the tarballs, installs and builds it. */
function makeApp(name) {
  const folder = join(work, name);
  cpSync(`${fixtures}${name}`, folder, { recursive: true });
  cpSync(`${fixtures}shared/app-data.ts`, join(folder, 'src/app-data.ts'));
  const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
  // Every coproduce package by its tarball, and the same tarball wherever one depends on another.
  const ours = Object.fromEntries(
    Object.entries(tarballs)
      .filter(([pkg]) => pkg !== '@coproduce/server')
      .map(([pkg, path]) => [pkg, `file:${path}`]),
  );
  manifest.dependencies = { ...manifest.dependencies, ...ours };
  manifest.overrides = Object.fromEntries(Object.keys(ours).map((pkg) => [pkg, `$${pkg}`]));
  writeFileSync(join(folder, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const run = (command, args) =>
    execFileSync(command, args, { cwd: folder, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--no-package-lock']);
  run('npm', ['run', 'build']);
  return folder;
}

/** Waits for `check` (run in the page) to give a truthy value; fails with `what` after `timeout` ms. */
async function until(page, what, check) {
  try {
    return await page.waitForFunction(check, { timeout: 10000, polling: 50 });
  } catch {
    assert.fail(`Timed out waiting for ${what}`);
  }
}

for (const name of APPS) {
  describe(`an app built with ${name}, from the packed tarballs`, () => {
    let server;
    let watched;
    before(
      async () => {
        const folder = makeApp(name);
        server = await startStaticServer(join(folder, 'dist'));
        watched = await watchedPage(browser);
        await watched.page.goto(`${server.origin}/index.html`);
        await until(watched.page, 'the app to mount', () => window.appMounted === true);
      },
      { timeout: 600000 },
    );
    after(async () => {
      await watched?.page.close();
      await server?.close();
    });

    test('registers every element', async () => {
      const { page } = watched;
      const registered = await page.evaluate(
        (tags) => tags.filter((tag) => customElements.get(tag) && document.querySelector(tag)),
        ELEMENTS,
      );
      assert.deepEqual(registered, ELEMENTS);
    });

    test('gives rich data as properties, never as "[object Object]" attributes', async () => {
      const { page } = watched;
      const attributes = await page.evaluate(() =>
        [...document.querySelectorAll('*')].flatMap((element) =>
          [...element.attributes].filter((attribute) => attribute.value.includes('[object')).map((a) => a.name),
        ),
      );
      assert.deepEqual(attributes, []);
      assert.ok(
        await page.evaluate(() => document.querySelector('coproduction-project').storage === window.given.storage),
        "<coproduction-project> has the app's storage object",
      );
      await until(
        page,
        '<mark-scorer> to show the score in its data',
        () =>
          document.querySelector('mark-scorer').shadowRoot?.querySelector('#m-listening-summary .mark-status')
            ?.textContent === 'Our score: 9 out of 10',
      );
      await until(page, '<values-agreement> to show the value in its data', () =>
        document.querySelector('values-agreement').shadowRoot?.textContent.includes('Trust from the app'),
      );
      await until(page, '<decision-log> to show the decision in its data', () =>
        document.querySelector('decision-log').shadowRoot?.textContent.includes('Open the café on Saturdays'),
      );
      await until(
        page,
        '<icebreaker-picker> to pick from the icebreakers given',
        () =>
          document.querySelector('icebreaker-picker').shadowRoot?.querySelector('#pick-title')?.textContent.trim() ===
          'A walk round the garden',
      );
      await until(page, '<feedback-form> to ask the question given', () =>
        document.querySelector('feedback-form').shadowRoot?.querySelector('#q-more'),
      );
      assert.ok(
        await page.evaluate(() => document.querySelector('icebreaker-picker').icebreakers.length === 1),
        'the picker has the one icebreaker given',
      );
    });

    test("hears the elements' events with their detail", async () => {
      const { page } = watched;
      const heard = (type) => page.evaluate((wanted) => window.heard.filter((event) => event.type === wanted), type);

      // Picked on its own from the one icebreaker given, before anyone does anything.
      await until(page, 'icebreaker-picked', () => window.heard.some((event) => event.type === 'icebreaker-picked'));
      assert.deepEqual(
        (await heard('icebreaker-picked')).map(({ detail }) => [detail.icebreaker.id, detail.seed]),
        [['garden-walk', 'app']],
      );

      // The group scores "Listening" 7.
      await page.evaluate(() => {
        const root = document.querySelector('mark-scorer').shadowRoot;
        root.querySelector('#m-listening-summary').click();
      });
      await until(page, 'the Listening mark to open', () =>
        document
          .querySelector('mark-scorer')
          .shadowRoot.querySelector('#m-listening-card input[type="radio"][value="7"]'),
      );
      await page.evaluate(() =>
        document
          .querySelector('mark-scorer')
          .shadowRoot.querySelector('#m-listening-card input[type="radio"][value="7"]')
          .click(),
      );
      await until(page, 'mark-scored', () => window.heard.some((event) => event.type === 'mark-scored'));
      assert.deepEqual((await heard('mark-scored')).at(-1).detail, {
        markId: 'listening',
        participant: null,
        score: 7,
        sealed: false,
      });
      await until(page, 'mark-scorer-change', () =>
        window.heard.some(
          (event) =>
            event.type === 'mark-scorer-change' &&
            event.detail.data.marks.find((mark) => mark.id === 'listening')?.agreed === 7,
        ),
      );
      // …saved through the storage object the app gave <coproduction-project>.
      await until(page, "the score saved in the app's storage", () =>
        window.given.storage.keys('').some((key) => window.given.storage.getItem(key).includes('"agreed":7')),
      );

      // Someone types an answer to the question the app gave.
      const field = await page.evaluateHandle(() =>
        document.querySelector('feedback-form').shadowRoot.querySelector('#q-more'),
      );
      await field.type('Kind staff');
      await until(page, 'feedback-form-change with the answer', () =>
        window.heard.some(
          (event) =>
            event.type === 'feedback-form-change' && JSON.parse(event.detail.value).answers?.more === 'Kind staff',
        ),
      );
    });

    test('logs no errors or warnings', () => {
      assert.deepEqual(watched.problems, []);
    });

    if (name === 'vanilla') {
      test('a production build that imports only define entries registers their tags', async () => {
        const { page, problems } = await watchedPage(browser);
        try {
          await page.goto(`${server.origin}/define-only.html`);
          await until(page, 'the page to load', () => document.body.dataset.loaded === 'true');
          assert.deepEqual(
            await page.evaluate(() => ['mark-scorer', 'feedback-form'].filter((tag) => customElements.get(tag))),
            ['mark-scorer', 'feedback-form'],
          );
          assert.deepEqual(problems, []);
        } finally {
          await page.close();
        }
      });
    }
  });
}
