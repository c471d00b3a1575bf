// Loads every story of the static Storybook (npm run build-storybook) in
// headless Chromium and fails on a console error, an exception, a failed
// play function or an axe violation reported by @storybook/addon-a11y
// (parameters.a11y.test = 'error'). Build exit codes prove nothing about running.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launch, watchedPage } from '../support/launch.mjs';
import { startStaticServer } from '../support/static-server.mjs';

const staticDir = fileURLToPath(new URL('../../storybook-static/', import.meta.url));
assert.ok(existsSync(`${staticDir}index.json`), 'Run npm run build-storybook first: storybook-static/ is missing.');

const index = JSON.parse(readFileSync(`${staticDir}index.json`, 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');

/** Runs in the page before Storybook: records what the preview channel says about the story. */
function hookChannel() {
  let channel;
  window.__storyEvents = [];
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value) {
      channel = value;
      for (const name of [
        'storyFinished',
        'storyErrored',
        'storyThrewException',
        'playFunctionThrewException',
        'storyMissing',
        'unhandledErrorsWhilePlaying',
      ]) {
        value.on(name, (payload) =>
          window.__storyEvents.push({ name, payload: JSON.parse(JSON.stringify(payload ?? null)) }),
        );
      }
    },
  });
}

describe('every Storybook story renders cleanly and passes axe', () => {
  let server;
  let browser;
  before(async () => {
    server = await startStaticServer(staticDir);
    browser = await launch('chromium');
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('has stories for every element', () => {
    const components = new Set(stories.map((story) => story.title));
    assert.deepEqual([...components].sort(), [
      'Elements/coproduction-project',
      'Elements/decision-log',
      'Elements/feedback-form',
      'Elements/icebreaker-picker',
      'Elements/mark-scorer',
      'Elements/values-agreement',
    ]);
    assert.ok(stories.length >= 20, `only ${stories.length} stories`);
  });

  for (const story of stories) {
    it(story.id, async () => {
      const { page, problems } = await watchedPage(browser);
      await page.evaluateOnNewDocument(hookChannel);
      await page.goto(`${server.origin}/iframe.html?id=${story.id}&viewMode=story`);
      await page.waitForFunction(
        () =>
          window.__storyEvents?.some((event) => event.name !== 'storyFinished' || event.payload) &&
          window.__storyEvents.some((event) =>
            ['storyFinished', 'storyErrored', 'storyThrewException', 'storyMissing'].includes(event.name),
          ),
        { timeout: 30000 },
      );
      const events = await page.evaluate(() => window.__storyEvents);
      await page.close();
      const failures = events.filter((event) => event.name !== 'storyFinished');
      assert.deepEqual(failures, [], `${story.id}: ${JSON.stringify(failures).slice(0, 2000)}`);
      const finished = events.find((event) => event.name === 'storyFinished').payload;
      const a11y = finished.reporters.find((reporter) => reporter.type === 'a11y');
      assert.ok(a11y, 'the a11y addon reported');
      const violations = a11y.result?.violations ?? [];
      assert.deepEqual(
        violations.map(
          (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
        ),
        [],
        'axe violations',
      );
      assert.equal(finished.status, 'success', `story status ${finished.status}`);
      assert.deepEqual(problems, []);
    });
  }
});
