// <feedback-form> from the built drop-in file under real faults: a reload in
// the middle of a send, and a host form whose submit leaves the page. Plain
// pages with a strict Content-Security-Policy, as in dropin.test.mjs.
// Runs against packages/coproduce/dist (npm run build first; npm test does).
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { BROWSERS, launch, outboxSize, watchedPage } from '../support/launch.mjs';
import { STRICT_CSP, startStaticServer } from '../support/static-server.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dropIn = '/packages/coproduce/dist/coproduce.js';

const pages = {
  '/slow-feedback.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Feedback</title>
    <script type="module" src="${dropIn}"></script></head>
    <body><feedback-form action="/api/held" storage-key="held"></feedback-form></body></html>`,
  '/elsewhere.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Elsewhere</title></head>
    <body><p>Another page.</p></body></html>`,
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

/** A charity's endpoint that answers nothing until the test lets it: each POST's id and Idempotency-Key. */
const held = { received: [], answers: [], open: false };
function letHeldAnswer() {
  held.open = true;
  for (const answer of held.answers.splice(0)) answer();
}

function readBody(request) {
  return new Promise((resolve) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => resolve(body));
  });
}

const handlers = {
  '/api/held': async (request, response) => {
    const body = JSON.parse(await readBody(request));
    held.received.push({ id: body.id, key: request.headers['idempotency-key'] ?? null });
    const answer = () => {
      response.writeHead(201, { 'content-type': 'application/json' });
      response.end('{"ok":true}');
    };
    if (held.open) answer();
    else held.answers.push(answer);
  },
  '/thanks': async (request, response) => {
    hostForm.received.push(new URLSearchParams(await readBody(request)));
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': STRICT_CSP });
    response.end(
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Thanks</title></head><body><p>Thank you for registering.</p></body></html>',
    );
  },
};

/** The keys of answers kept in this browser by any <feedback-form>. */
const keptDrafts = (page) =>
  page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('coproduce:feedback-draft:')));

/** Waits, in Node, until `check` is true (up to 30 s: a claim left by a closed page may have to run out). */
async function until(check) {
  for (let i = 0; i < 1200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 25));
  assert.ok(check(), `Still false: ${check}`);
}

/** Answers register.html's feedback form: 4, and "The ramp was too steep". */
const answerRegistration = (page) =>
  page.$eval('feedback-form', (element) => {
    element.shadowRoot.querySelector('#q-how-4').click();
    const more = element.shadowRoot.querySelector('#q-more');
    more.value = 'The ramp was too steep';
    more.dispatchEvent(new Event('input'));
  });

/** Submits register.html's host form, which leaves the page, and checks the website got the answers once. */
async function register(page) {
  await Promise.all([page.waitForNavigation(), page.$eval('#register', (button) => button.click())]);
  assert.equal(hostForm.received.length, 1);
  assert.deepEqual(JSON.parse(hostForm.received[0].get('feedback')).answers, {
    how: 4,
    more: 'The ramp was too steep',
  });
}

const doneHeading = (page) =>
  page.$eval(
    'feedback-form',
    (element) => element.shadowRoot.querySelector('#done-heading')?.textContent.trim() ?? null,
  );

/**
 * The Back button. Puppeteer's page.goBack() waits for a load event, which
 * Firefox does not send for a page brought back from its back/forward cache:
 * history.back(), then wait for the page at `path`.
 */
async function back(page, path) {
  await page.evaluate(() => history.back());
  for (let i = 0; i < 400; i++) {
    const at = await page.evaluate(() => document.readyState === 'complete' && location.pathname).catch(() => false);
    if (at === path) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  assert.fail(`Back never reached ${path}`);
}

const formReady = (page) =>
  page.waitForFunction(() => document.querySelector('feedback-form')?.shadowRoot?.querySelector('#q-how-4'));

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

    it('reloaded in the middle of a send, says it is already being sent, and the website gets one submission, not two', async () => {
      Object.assign(held, { received: [], answers: [], open: false });
      const { page, problems } = await watchedPage(browser);
      await page.goto(`${server.origin}/slow-feedback.html`);
      await formReady(page);
      await page.$eval('feedback-form', async (element) => {
        const send = () => element.shadowRoot.querySelector('form button[type="submit"]').click();
        element.shadowRoot.querySelector('#q-how-2').click();
        await element.updateComplete;
        // Sent within seconds of appearing, the form asks the person to check and press again: they do.
        send();
        await element.updateComplete;
        send();
      });
      // The website has it and has not answered: the person reloads.
      await until(() => held.received.length === 1);
      await page.reload();
      await page.waitForFunction(() =>
        document.querySelector('feedback-form')?.shadowRoot?.querySelector('#done-heading'),
      );
      assert.equal(await doneHeading(page), 'Your feedback is already being sent');
      // Nothing here can send it again: no form, no Send button, and pressing every button there is changes nothing.
      const offered = await page.$eval('feedback-form', (element) => {
        const buttons = [...element.shadowRoot.querySelectorAll('button')];
        for (const button of buttons) button.click();
        return {
          forms: element.shadowRoot.querySelectorAll('form').length,
          buttons: buttons.map((button) => button.textContent.trim()),
        };
      });
      assert.deepEqual(offered, { forms: 0, buttons: [] });
      // The reloaded page takes over from the closed one: the same submission again, which the website can ignore.
      await until(() => held.received.length === 2);
      letHeldAnswer();
      await page.waitForFunction(
        () =>
          document.querySelector('feedback-form').shadowRoot.querySelector('#done-heading')?.textContent.trim() ===
          'Thank you',
      );
      const [{ id }] = held.received;
      assert.deepEqual(held.received, [
        { id, key: id },
        { id, key: id },
      ]);
      assert.equal(await outboxSize(page), 0);
      // Opened again: the answers are gone, and nothing more is sent.
      await page.reload();
      await formReady(page);
      assert.equal(
        await page.$eval('feedback-form', (element) => element.shadowRoot.querySelectorAll('input:checked').length),
        0,
      );
      assert.equal(await outboxSize(page), 0);
      assert.equal(new Set(held.received.map((each) => each.id)).size, 1);
      // A request cut off by the reload is the browser's own report; nothing else went wrong.
      assert.deepEqual(
        problems.filter((problem) => !/Failed to load resource|NetworkError|net::|fetch/i.test(problem)),
        [],
      );
      await page.close();
    });

    it('keeps nothing of answers sent with a host form that leaves the page: the next person sees an empty form', async () => {
      hostForm.received = [];
      const { page, problems } = await watchedPage(browser);
      await page.goto(`${server.origin}/register.html`);
      await formReady(page);
      await answerRegistration(page);
      // Kept as the person writes, as it should be until they send.
      await page.waitForFunction(() =>
        Object.keys(localStorage).some((key) => key.startsWith('coproduce:feedback-draft:')),
      );
      await register(page);
      assert.equal(new URL(page.url()).pathname, '/thanks');
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

    it('a page that has sent feedback can still be kept in the back/forward cache', async () => {
      Object.assign(held, { received: [], answers: [], open: true });
      const { page, problems } = await watchedPage(browser);
      await page.evaluateOnNewDocument(() => {
        window.addEventListener('pageshow', (event) => {
          window.shownFromCache = event.persisted;
        });
      });
      await page.goto(`${server.origin}/slow-feedback.html`);
      await formReady(page);
      await page.$eval('feedback-form', async (element) => {
        const send = () => element.shadowRoot.querySelector('form button[type="submit"]').click();
        element.shadowRoot.querySelector('#q-how-5').click();
        await element.updateComplete;
        send();
        await element.updateComplete;
        send();
      });
      await page.waitForFunction(
        () =>
          document.querySelector('feedback-form').shadowRoot.querySelector('#done-heading')?.textContent.trim() ===
          'Thank you',
      );
      await page.goto(`${server.origin}/elsewhere.html`);
      await back(page, '/slow-feedback.html');
      assert.equal(await page.evaluate(() => window.shownFromCache), true);
      assert.equal(await doneHeading(page), 'Thank you');
      assert.equal(held.received.length, 1);
      assert.deepEqual(problems, []);
      await page.close();
    });

    it('brings nothing back when the Back button returns to a host form that was submitted', async () => {
      hostForm.received = [];
      const { page, problems } = await watchedPage(browser);
      await page.goto(`${server.origin}/register.html`);
      await formReady(page);
      await answerRegistration(page);
      await register(page);
      // The person leaves; the next one presses Back. The page comes back from the browser's
      // back/forward cache as it was, or is loaded again with the form's state restored: either way, empty.
      await back(page, '/register.html');
      await formReady(page);
      await page.$eval('feedback-form', (element) => element.updateComplete);
      const shown = await page.$eval('feedback-form', (element) => ({
        chosen: element.shadowRoot.querySelectorAll('input:checked').length,
        more: element.shadowRoot.querySelector('#q-more').value,
        value: element.value,
      }));
      assert.deepEqual(shown, { chosen: 0, more: '', value: '' });
      assert.deepEqual(await keptDrafts(page), []);
      assert.deepEqual(problems, []);
      await page.close();
    });
  });
}
