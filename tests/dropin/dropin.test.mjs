// The built drop-in file, as a council officer uses it: one <script
// type="module"> on a plain page with a strict Content-Security-Policy.
// Runs against packages/coproduce/dist (npm run build first; npm test does).
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { fetchedFromDist, filesFor, onDemandFor, readManifest } from '../support/chunks.mjs';
import { BROWSERS, launch, outboxSize, watchedPage } from '../support/launch.mjs';
import { STRICT_CSP, startStaticServer } from '../support/static-server.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dropIn = '/packages/coproduce/dist/coproduce.js';

const pages = {
  '/twice.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>twice</title>
    <script type="module" src="${dropIn}"></script>
    <script type="module" src="${dropIn}?loaded-again"></script></head>
    <body><mark-scorer></mark-scorer></body></html>`,
  '/late-script.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>late</title></head>
    <body><coproduction-project project="late"><mark-scorer storage-key="k"></mark-scorer></coproduction-project>
    <script type="module" src="${dropIn}"></script></body></html>`,
  '/agreement.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>agreement</title>
    <script type="module" src="${dropIn}"></script></head>
    <body><values-agreement participants="Ana, Ben" storage-key="agreement"></values-agreement></body></html>`,
  '/decisions.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>decisions</title>
    <script type="module" src="${dropIn}"></script></head>
    <body><decision-log storage-key="decisions"></decision-log>
    <decision-log id="board" public src="/tests/decision-log/files/log.json"></decision-log></body></html>`,
  '/icebreaker.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>icebreaker</title>
    <script type="module" src="${dropIn}"></script></head>
    <body><icebreaker-picker id="facilitator" seed="shared" minutes="60" group-size="6" setting="hybrid"></icebreaker-picker>
    <icebreaker-picker id="screen" seed="shared" minutes="60" group-size="6" setting="hybrid" locale="cy"></icebreaker-picker></body></html>`,
  '/feedback.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>feedback</title>
    <script type="module" src="${dropIn}"></script></head>
    <body><feedback-form action="/api/feedback" storage-key="visit"></feedback-form></body></html>`,
};

/**
 * The charity's endpoint, as the README asks it to be: up (201), or down (the
 * connection dropped). It keeps one copy per Idempotency-Key and answers 201
 * to a repeat without keeping it again, since a browser can always send a
 * submission twice (a page that goes after the server stored it and before
 * the reply is read). `tries`: the id and key of every POST; `stored`: the copies kept.
 */
const feedbackEndpoint = { mode: 'ok', tries: [], stored: new Map() };
const handlers = {
  '/api/feedback': (request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      const submission = JSON.parse(body);
      const key = request.headers['idempotency-key'] ?? null;
      feedbackEndpoint.tries.push({ id: submission.id, key });
      if (feedbackEndpoint.mode === 'down') {
        request.socket.destroy();
        return;
      }
      if (key === null || !feedbackEndpoint.stored.has(key)) feedbackEndpoint.stored.set(key, submission);
      response.writeHead(201, { 'content-type': 'application/json' });
      response.end('{"ok":true}');
    });
  },
};

/** Text inside the first <mark-scorer>'s shadow root. */
const shadowText = (page, selector) =>
  page.$eval(
    'mark-scorer',
    (element, selector) => element.shadowRoot.querySelector(selector)?.textContent.replace(/\s+/g, ' ').trim() ?? null,
    selector,
  );

async function ready(page) {
  await page.waitForFunction(() => document.querySelector('mark-scorer')?.shadowRoot?.querySelector('details.mark'), {
    timeout: 15000,
  });
}

assert.ok(existsSync(`${root}${dropIn}`), 'Run npm run build first: packages/coproduce/dist/coproduce.js is missing.');
const manifest = readManifest(root);

for (const browserName of BROWSERS) {
  describe(`drop-in coproduce.js in ${browserName}`, () => {
    let server;
    let duplicateServer;
    let browser;
    before(async () => {
      server = await startStaticServer(root, { csp: STRICT_CSP, extraPages: pages, handlers });
      // Two copies of the file are two copies of Lit: a page that enforces Trusted
      // Types must allow Lit's policy twice, as Lit's own documentation says.
      duplicateServer = await startStaticServer(root, {
        csp: STRICT_CSP.replace('trusted-types lit-html', "trusted-types lit-html 'allow-duplicates'"),
        extraPages: pages,
      });
      browser = await launch(browserName);
    });
    after(async () => {
      await browser?.close();
      await server?.close();
      await duplicateServer?.close();
    });

    it('works on a plain page under a strict CSP, with no errors and no third-party requests', async () => {
      const { page, problems, requests } = await watchedPage(browser);
      await page.goto(`${server.origin}/demo/plain.html`);
      await ready(page);
      assert.equal(await shadowText(page, 'h2'), 'Marks of co-production: Process');
      const marks = await page.$eval(
        'mark-scorer',
        (element) => element.shadowRoot.querySelectorAll('details.mark').length,
      );
      assert.equal(marks, 13);
      // Score a mark as a person would: open it, choose 7.
      await page.$eval('mark-scorer', (element) => element.shadowRoot.querySelector('#m-listening-summary').click());
      await page.$eval('mark-scorer', (element) =>
        element.shadowRoot.querySelector('input[name="m-listening-agreed"][value="7"]').click(),
      );
      await page.waitForFunction(() => localStorage.getItem('coproduce:plain-demo')?.includes('"agreed":7'));
      // Restored after a reload.
      await page.reload();
      await ready(page);
      assert.equal(await shadowText(page, '#m-listening-summary .mark-status'), 'Our score: 7 out of 10');
      assert.deepEqual(problems, []);
      // Firefox draws list bullets and disclosure triangles with a font of its own, given as a data:
      // address: not a request, and never the page's (a strict CSP would refuse and report one).
      const foreign = requests.filter((url) => !url.startsWith(server.origin) && !url.startsWith('data:'));
      assert.deepEqual(foreign, [], 'no requests leave the page’s own origin');
      await page.close();
    });

    it('runs <values-agreement> from the same file under the strict CSP: suggestions, an answer, a reload', async () => {
      const { page, problems, requests } = await watchedPage(browser);
      await page.goto(`${server.origin}/agreement.html`);
      const inAgreement = (script) => page.$eval('values-agreement', script);
      await page.waitForFunction(() =>
        document.querySelector('values-agreement')?.shadowRoot?.querySelector('.start button'),
      );
      await inAgreement((element) => element.shadowRoot.querySelector('.start button').click());
      await page.waitForFunction(
        () => document.querySelector('values-agreement').shadowRoot.querySelectorAll('details.card').length === 13,
      );
      const firstId = await inAgreement((element) => element.data.items[0].id);
      await inAgreement(async (element) => {
        const card = element.shadowRoot.querySelector('details.card');
        const toggled = new Promise((resolve) => card.addEventListener('toggle', resolve, { once: true }));
        card.querySelector('summary').click();
        await toggled;
        await element.updateComplete;
        card.querySelector('.person button').click();
        await element.updateComplete;
        card.querySelector('input[value="agree"]').click();
      });
      await page.waitForFunction(
        (id) =>
          JSON.parse(localStorage.getItem('coproduce:agreement') ?? '{}').data?.items.find((item) => item.id === id)
            ?.responses.Ana,
        {},
        firstId,
      );
      await page.reload();
      await page.waitForFunction(() =>
        document.querySelector('values-agreement')?.shadowRoot?.querySelector('details.card'),
      );
      const state = await inAgreement((element) => element.shadowRoot.querySelector('.item-state').textContent.trim());
      assert.equal(state, 'Waiting for 1 answer');
      assert.deepEqual(problems, []);
      // data: URLs are the browser's own resources (Firefox loads a built-in font as one): they never leave the machine.
      assert.deepEqual(
        requests.filter((url) => !url.startsWith(server.origin) && !url.startsWith('data:')),
        [],
      );
      await page.close();
    });

    it('runs <decision-log> from the same file under the strict CSP: a decision recorded and kept, a board loaded from src', async () => {
      const { page, problems, requests } = await watchedPage(browser);
      await page.goto(`${server.origin}/decisions.html`);
      await page.waitForFunction(() => document.querySelector('decision-log')?.shadowRoot?.querySelector('#record'));
      await page.$eval('decision-log', async (element) => {
        element.shadowRoot.querySelector('#record').click();
        await element.updateComplete;
        const root = element.shadowRoot;
        const fill = (selector, value) => {
          root.querySelector(selector).value = value;
        };
        fill('#f-title', 'Open on Saturdays');
        fill('#f-what', 'The café opens on Saturdays.');
        root.querySelector('#f-method-consensus').click();
        root.querySelector('.decision-form button[type="submit"]').click();
      });
      await page.waitForFunction(() => localStorage.getItem('coproduce:decisions')?.includes('Open on Saturdays'));
      await page.reload();
      await page.waitForFunction(() => document.querySelector('decision-log')?.shadowRoot?.querySelector('#showing'));
      const showing = await page.$eval('decision-log', (element) =>
        element.shadowRoot.querySelector('#showing').textContent.trim(),
      );
      assert.equal(showing, '1 decision matches, out of 1.');
      // The board's cards are drawn only near the screen.
      await page.waitForFunction(() => document.querySelector('#board')?.shadowRoot?.querySelector('.found'));
      await page.$eval('#board', (element) => element.shadowRoot.querySelector('.found').scrollIntoView());
      await page.waitForFunction(() => document.querySelector('#board')?.shadowRoot?.querySelector('.card h3'), {
        timeout: 15000,
      });
      const card = await page.$eval('#board', (element) =>
        element.shadowRoot.querySelector('.card h3').textContent.trim(),
      );
      assert.equal(card, 'A community garden behind the hall');
      assert.deepEqual(
        problems.filter((problem) => !problem.includes('ResizeObserver loop')),
        [],
      );
      assert.deepEqual(
        requests.filter((url) => !url.startsWith(server.origin) && !url.startsWith('data:')),
        [],
      );
      // Only <decision-log>'s files: the loader, the element and its chunks, and what it loads on demand.
      const allowed = [...filesFor(manifest, ['decision-log']), ...onDemandFor(manifest, ['decision-log'])];
      assert.deepEqual(
        fetchedFromDist(requests).filter((file) => !allowed.includes(file)),
        [],
      );
      await page.close();
    });

    it('runs <icebreaker-picker> from the same file under the strict CSP: the same seed picks the same on two screens, and the turns run', async () => {
      const { page, problems, requests } = await watchedPage(browser);
      await page.goto(`${server.origin}/icebreaker.html`);
      await page.waitForFunction(() =>
        [...document.querySelectorAll('icebreaker-picker')].every((element) =>
          element.shadowRoot?.querySelector('#pick-title'),
        ),
      );
      const picks = await page.$$eval('icebreaker-picker', (elements) => elements.map((element) => element.picked.id));
      assert.equal(picks[0], picks[1]);
      await page.$eval('#facilitator', async (element) => {
        element.shadowRoot.querySelector('#another').click();
        await element.updateComplete;
        element.shadowRoot.querySelector('#turns-start').click();
        await element.updateComplete;
      });
      const whose = await page.$eval('#facilitator', (element) =>
        element.shadowRoot.querySelector('.whose').textContent.trim(),
      );
      assert.equal(whose, 'Person 1 of 6');
      const again = await page.$eval('#facilitator', (element) => element.picked.id);
      assert.notEqual(again, picks[0]);
      assert.deepEqual(problems, []);
      assert.deepEqual(
        requests.filter((url) => !url.startsWith(server.origin) && !url.startsWith('data:')),
        [],
      );
      await page.close();
    });

    it('keeps feedback through a server that is down and two reloads, then delivers it: the website keeps one copy, every try under the same Idempotency-Key', async () => {
      Object.assign(feedbackEndpoint, { mode: 'down', tries: [], stored: new Map() });
      const { page, problems } = await watchedPage(browser);
      await page.goto(`${server.origin}/feedback.html`);
      await page.waitForFunction(() => document.querySelector('feedback-form')?.shadowRoot?.querySelector('#q-how-4'));
      const id = await page.$eval('feedback-form', (element) => {
        const send = () => element.shadowRoot.querySelector('form button[type="submit"]').click();
        return new Promise((resolve) => {
          element.addEventListener('feedback-queued', (event) => resolve(event.detail.submissionId));
          element.shadowRoot.querySelector('#q-how-4').click();
          // Sent within seconds of appearing, the form asks the person to check and press again: they do.
          element.updateComplete
            .then(send)
            .then(() => element.updateComplete)
            .then(send);
        });
      });
      await page.waitForFunction(() => document.querySelector('feedback-form').shadowRoot.querySelector('.done'));
      // Reloaded while the server is still down: kept, not lost.
      await page.reload();
      await page.waitForFunction(() => document.querySelector('feedback-form')?.shadowRoot?.querySelector('form'));
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.deepEqual([...feedbackEndpoint.stored.values()], []);
      // The server is back; the next page to open sends it.
      feedbackEndpoint.mode = 'ok';
      await page.reload();
      await page.waitForFunction(() => document.querySelector('feedback-form')?.shadowRoot?.querySelector('form'));
      // Sent, and out of the outbox, before the page goes again.
      for (let i = 0; i < 200 && (feedbackEndpoint.stored.size === 0 || (await outboxSize(page)) > 0); i++)
        await new Promise((resolve) => setTimeout(resolve, 50));
      assert.equal(await outboxSize(page), 0);
      const tries = feedbackEndpoint.tries.length;
      // Opened again: nothing more is sent.
      await page.reload();
      await page.waitForFunction(() => document.querySelector('feedback-form')?.shadowRoot?.querySelector('form'));
      await new Promise((resolve) => setTimeout(resolve, 500));
      assert.deepEqual(
        [...feedbackEndpoint.stored.values()].map((submission) => [submission.id, submission.answers]),
        [[id, { how: 4 }]],
      );
      // Every try, while the server was down and after, carried the submission's id as its key.
      assert.ok(feedbackEndpoint.tries.length >= 2);
      assert.deepEqual(
        feedbackEndpoint.tries.filter((each) => each.id !== id || each.key !== id),
        [],
      );
      assert.equal(feedbackEndpoint.tries.length, tries);
      // Failed requests while the server was down are the browser's own report; nothing else went wrong.
      assert.deepEqual(
        problems.filter((problem) => !/Failed to load resource|NetworkError|net::|fetch/i.test(problem)),
        [],
      );
      await page.close();
    });

    it('loading the script twice neither throws nor warns', async () => {
      const { page, problems } = await watchedPage(browser);
      await page.goto(`${duplicateServer.origin}/twice.html`);
      await ready(page);
      assert.deepEqual(problems, []);
      await page.close();
    });

    it('finds its project even when the script comes after the elements', async () => {
      const { page, problems } = await watchedPage(browser);
      await page.goto(`${server.origin}/late-script.html`);
      await ready(page);
      await page.$eval('mark-scorer', (element) => element.shadowRoot.querySelector('#m-listening-summary').click());
      await page.$eval('mark-scorer', (element) =>
        element.shadowRoot.querySelector('input[name="m-listening-agreed"][value="3"]').click(),
      );
      await page.waitForFunction(() => localStorage.getItem('coproduce:late:k') !== null);
      assert.deepEqual(problems, []);
      await page.close();
    });

    it('speaks Welsh on a Welsh page, inside a project, with private scores', async () => {
      const { page, problems } = await watchedPage(browser);
      await page.goto(`${server.origin}/demo/cymraeg.html`);
      await ready(page);
      assert.equal(await shadowText(page, 'h2'), 'Nodweddion cydgynhyrchu: Y broses');
      await page.$eval('mark-scorer', (element) => element.shadowRoot.querySelector('#m-listening-summary').click());
      assert.equal(await shadowText(page, '#m-listening-person-0'), 'Sgorio’n breifat fel Alaw');
      const picker = await page.$eval('icebreaker-picker', (element) =>
        element.shadowRoot.querySelector('#title').textContent.trim(),
      );
      assert.equal(picker, 'Torri’r garw');
      assert.deepEqual(problems, []);
      await page.close();
    });

    it('looks as designed inside the crowded intranet demo page', async () => {
      const { page, problems } = await watchedPage(browser);
      await page.setViewport({ width: 1100, height: 900 });
      await page.goto(`${server.origin}/demo/`);
      await ready(page);
      // A closed card renders only its summary; open one and let Lit render its body.
      await page.$eval('mark-scorer', async (element) => {
        const card = element.shadowRoot.querySelector('details');
        const toggled = new Promise((resolve) => card.addEventListener('toggle', resolve, { once: true }));
        card.querySelector('summary').click();
        await toggled;
        await element.updateComplete;
      });
      const look = await page.$eval('mark-scorer', (element) => {
        const root = element.shadowRoot;
        const style = (selector) => getComputedStyle(root.querySelector(selector));
        const radio = root.querySelector('input[type=radio]');
        radio.focus();
        return {
          fontSize: style('.root').fontSize,
          textTransform: style('h2').textTransform,
          legend: style('fieldset.score legend').display,
          buttonBackground: style('.rounds button.primary').backgroundColor,
          focusOutline: getComputedStyle(radio).outlineStyle,
          hostWidth: element.getBoundingClientRect().width,
        };
      });
      assert.equal(look.fontSize, '16px');
      assert.equal(look.textTransform, 'none');
      assert.notEqual(look.legend, 'none');
      assert.equal(look.buttonBackground, 'rgb(29, 112, 184)');
      assert.equal(look.focusOutline, 'solid');
      assert.ok(look.hostWidth > 300);
      assert.deepEqual(problems, []);
      await page.close();
    });
  });
}
