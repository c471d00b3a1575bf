// <feedback-form> from the built drop-in file under real faults: a reload in
// the middle of a send, and a host form whose submit leaves the page. Plain
// pages with a strict Content-Security-Policy, as in dropin.test.mjs.
// Runs against packages/coproduce/dist (npm run build first; npm test does).
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { BROWSERS, launch, watchedPage } from '../support/launch.mjs';
import { STRICT_CSP, startStaticServer } from '../support/static-server.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dropIn = '/packages/coproduce/dist/coproduce.js';

const pages = {
  '/register.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Register</title>
    <script type="module" src="${dropIn}"></script></head>
    <body><form action="/thanks" method="post">
      <label>Your event <input name="event" value="Open day"></label>
      <feedback-form name="feedback"></feedback-form>
      <button id="register">Register</button>
    </form></body></html>`,
};

/** What the host form posted to /thanks. */
const hostForm = { received: [] };

function readBody(request) {
  return new Promise((resolve) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => resolve(body));
  });
}

const handlers = {
  '/thanks': async (request, response) => {
    hostForm.received.push(new URLSearchParams(await readBody(request)));
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': STRICT_CSP });
    response.end('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Thanks</title></head><body><p>Thank you for registering.</p></body></html>');
  },
};

/** The keys of answers kept in this browser by any <feedback-form>. */
const keptDrafts = (page) =>
  page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('coproduce:feedback-draft:')));

const formReady = (page) => page.waitForFunction(() => document.querySelector('feedback-form')?.shadowRoot?.querySelector('#q-how-4'));

assert.ok(existsSync(`${root}${dropIn}`), 'Run npm run build first: packages/coproduce/dist/coproduce.js is missing.');

for (const browserName of BROWSERS) {
  describe(`<feedback-form> from coproduce.js under real faults, in ${browserName}`, () => {
    let server;
    let browser;
    before(async () => {
      server = await startStaticServer(root, { csp: STRICT_CSP, extraPages: pages, handlers });
      browser = await launch(browserName);
    });
    after(async () => {
      await browser?.close();
      await server?.close();
    });

    it('keeps nothing of answers sent with a host form that leaves the page: the next person sees an empty form', async () => {
      hostForm.received = [];
      const { page, problems } = await watchedPage(browser);
      await page.goto(`${server.origin}/register.html`);
      await formReady(page);
      await page.$eval('feedback-form', (element) => {
        element.shadowRoot.querySelector('#q-how-4').click();
        const more = element.shadowRoot.querySelector('#q-more');
        more.value = 'The ramp was too steep';
        more.dispatchEvent(new Event('input'));
      });
      // Kept as the person writes, as it should be until they send.
      await page.waitForFunction(() => Object.keys(localStorage).some((key) => key.startsWith('coproduce:feedback-draft:')));
      await Promise.all([page.waitForNavigation(), page.$eval('#register', (button) => button.click())]);
      assert.equal(new URL(page.url()).pathname, '/thanks');
      assert.equal(hostForm.received.length, 1);
      assert.deepEqual(JSON.parse(hostForm.received[0].get('feedback')).answers, { how: 4, more: 'The ramp was too steep' });
      assert.deepEqual(await keptDrafts(page), []);
      // The next person at this computer.
      await page.goto(`${server.origin}/register.html`);
      await formReady(page);
      const shown = await page.$eval('feedback-form', (element) => ({
        chosen: element.shadowRoot.querySelectorAll('input:checked').length,
        more: element.shadowRoot.querySelector('#q-more').value,
      }));
      assert.deepEqual(shown, { chosen: 0, more: '' });
      assert.deepEqual(problems, []);
      await page.close();
    });
  });
}
