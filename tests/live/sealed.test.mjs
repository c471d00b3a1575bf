// The built drop-in file and the real coproduce-server, a facilitator and two
// participants, each in a browser profile of their own (their own storage),
// as three phones would be. Answers are private: what Ana writes stays on her
// phone until the facilitator shows everyone's answers. Before that it is in
// no other page's screen, memory (a heap snapshot), storage (localStorage and
// IndexedDB) or WebSocket traffic, and not in the server's database; after
// it, it is on every screen. Ben's phone is off at that moment: his answer
// arrives when it comes back, and until then the facilitator is told it is
// still to come. Chromium only: memory and WebSocket frames are read through
// the DevTools protocol, which Firefox does not offer.
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { BROWSERS, launch, watchedPage } from '../support/launch.mjs';
import { startLiveServer } from '../support/live-server.mjs';
import { STRICT_CSP, startStaticServer } from '../support/static-server.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const ANAS_NOTE = 'Only-if-we-are-paid-7f3a9';
const BENS_NOTE = 'Not-until-we-see-the-budget-c41e2';
const TIMEOUT = { timeout: 20000 };

const page = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>live</title>
  <script type="module" src="/packages/coproduce/dist/coproduce.js"></script></head><body>${body}</body></html>`;

/** Runs `action(element, ...args)` on the page's <values-agreement>. */
const inAgreement = (tab, action, ...args) => tab.$eval('values-agreement', action, ...args);

/** Everything a page keeps where a later visit (or another script) could read it. */
async function storedText(tab) {
  return tab.evaluate(async () => {
    const parts = [JSON.stringify({ ...localStorage })];
    const decoder = new TextDecoder('utf-8', { fatal: false });
    const text = (value) =>
      value instanceof Uint8Array || value instanceof ArrayBuffer ? decoder.decode(value) : JSON.stringify(value);
    for (const { name } of await indexedDB.databases()) {
      const db = await new Promise((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      for (const store of db.objectStoreNames) {
        const values = await new Promise((resolve) => {
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result);
        });
        parts.push(...values.map(text));
      }
      db.close();
    }
    return parts.join('\n');
  });
}

/** Every WebSocket frame the page sends or receives, as text (binary frames decoded as UTF-8). */
async function recordFrames(tab) {
  const frames = [];
  const cdp = await tab.createCDPSession();
  await cdp.send('Network.enable');
  const keep = ({ response }) =>
    frames.push(
      response.opcode === 2 ? Buffer.from(response.payloadData, 'base64').toString('utf8') : response.payloadData,
    );
  cdp.on('Network.webSocketFrameReceived', keep);
  cdp.on('Network.webSocketFrameSent', keep);
  return { text: () => frames.join('\n') };
}

/** The page's whole JavaScript heap, after garbage collection, as text. */
async function heapText(tab) {
  const cdp = await tab.createCDPSession();
  const chunks = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await cdp.detach();
  return chunks.join('');
}

const screenText = (tab) =>
  tab.evaluate(() => {
    const texts = [];
    const walk = (node) => {
      texts.push(node.textContent ?? '');
      for (const field of node.querySelectorAll?.('input, textarea') ?? []) texts.push(field.value);
      for (const child of node.querySelectorAll?.('*') ?? []) if (child.shadowRoot) walk(child.shadowRoot);
    };
    walk(document);
    return texts.join('\n');
  });

/** The server's database, its write-ahead log included. */
const databaseText = (file) =>
  [file, `${file}-wal`]
    .filter(existsSync)
    .map((path) => readFileSync(path).toString('latin1'))
    .join('\n');

const notesIn = (tab) =>
  inAgreement(tab, (element) => element.data.items.flatMap((item) => Object.values(item.responses).map((r) => r.note)));

/** A participant's phone: opens the join link in its own profile and writes their name. */
async function joinAs(context, link, name) {
  const phone = await watchedPage(context);
  await phone.page.goto(link);
  await phone.page.waitForFunction(
    () => document.querySelector('coproduction-project')?.shadowRoot?.querySelector('#who-name'),
    TIMEOUT,
  );
  await phone.page.$eval(
    'coproduction-project',
    (project, name) => {
      project.shadowRoot.querySelector('#who-name').value = name;
      project.shadowRoot.querySelector('[part="who"] button[type="submit"]').click();
    },
    name,
  );
  await phone.page.waitForFunction(
    () => document.querySelector('values-agreement')?.shadowRoot?.querySelector('[part="item"] fieldset'),
    TIMEOUT,
  );
  return phone;
}

/** Answers the item on screen "I have a concern", with a note, on the participant's own view. */
async function answerWithConcern(tab, note) {
  await inAgreement(tab, (element) => element.shadowRoot.querySelector('[part="item"] input[value="concern"]').click());
  await tab.waitForFunction(
    () => document.querySelector('values-agreement').shadowRoot.querySelector('[part="item"] textarea'),
    TIMEOUT,
  );
  await inAgreement(
    tab,
    (element, note) => {
      const field = element.shadowRoot.querySelector('[part="item"] textarea');
      field.value = note;
      field.dispatchEvent(new Event('input', { bubbles: true }));
      field.dispatchEvent(new Event('change', { bubbles: true }));
    },
    note,
  );
}

for (const browserName of BROWSERS.filter((name) => name === 'chromium')) {
  describe(`sealed private answers in a live session (${browserName}, three profiles)`, () => {
    let live;
    let site;
    let browser;
    const room = `sealed${Date.now().toString(36)}`;
    before(async () => {
      live = await startLiveServer();
      const csp = STRICT_CSP.replace("connect-src 'self'", `connect-src 'self' ${live.url} ${live.httpUrl}`);
      const project = (token) =>
        page(
          `<coproduction-project server="${live.url}" room="${room}" token="${token}"><values-agreement storage-key="agreement"></values-agreement></coproduction-project>`,
        );
      site = await startStaticServer(root, {
        csp,
        extraPages: { '/room.html': project(live.mint(room, 'facilitator')) },
      });
      browser = await launch(browserName);
    });
    after(async () => {
      await browser?.close();
      await site?.close();
      await live?.stop();
    });

    it('stay on their own phone until Reveal, then reach everyone; one offline at Reveal arrives later', async () => {
      const facilitator = await watchedPage(await browser.createBrowserContext());
      const facilitatorFrames = await recordFrames(facilitator.page);
      await facilitator.page.goto(`${site.origin}/room.html`);
      await facilitator.page.waitForFunction(
        () =>
          document
            .querySelector('coproduction-project')
            ?.shadowRoot?.querySelector('[part="status"]')
            ?.textContent?.includes('connected'),
        TIMEOUT,
      );
      // The facilitator starts from the suggestions and asks for private answers.
      await facilitator.page.waitForFunction(
        () => document.querySelector('values-agreement')?.shadowRoot?.querySelector('section.start button.primary'),
        TIMEOUT,
      );
      await inAgreement(facilitator.page, (element) =>
        element.shadowRoot.querySelector('section.start button.primary').click(),
      );
      await facilitator.page.waitForFunction(
        () => document.querySelector('values-agreement').shadowRoot.querySelector('#private'),
        TIMEOUT,
      );
      await inAgreement(facilitator.page, (element) => element.shadowRoot.querySelector('#private').click());
      await facilitator.page.waitForFunction(
        () => document.querySelector('coproduction-project').shadowRoot.querySelector('#join-link')?.value,
        TIMEOUT,
      );
      const link = await facilitator.page.$eval(
        'coproduction-project',
        (project) => project.shadowRoot.querySelector('#join-link').value,
      );

      const anasPhone = await browser.createBrowserContext();
      const bensPhone = await browser.createBrowserContext();
      const ana = await joinAs(anasPhone, link, 'Ana');
      let ben = await joinAs(bensPhone, link, 'Ben');
      const bensFrames = await recordFrames(ben.page);
      // The participants see the facilitator's agreement, private answers asked for.
      assert.equal(await inAgreement(ana.page, (element) => element.data.privateAnswers), true);

      await answerWithConcern(ana.page, ANAS_NOTE);
      await answerWithConcern(ben.page, BENS_NOTE);
      // Everyone can know who has answered, and nothing more.
      await facilitator.page.waitForFunction(() => {
        const names = document.querySelector('values-agreement').data.items.flatMap((item) => item.answered);
        return names.includes('Ana') && names.includes('Ben');
      }, TIMEOUT);
      await new Promise((resolve) => setTimeout(resolve, 500));

      // On Ana's own phone, and only there.
      assert.ok((await storedText(ana.page)).includes(ANAS_NOTE), 'kept on her phone (the search works)');
      for (const [who, tab, frames] of [
        ['the facilitator', facilitator.page, facilitatorFrames],
        ['Ben', ben.page, bensFrames],
      ]) {
        assert.ok(!(await screenText(tab)).includes(ANAS_NOTE), `not on ${who}’s screen`);
        assert.ok(!(await storedText(tab)).includes(ANAS_NOTE), `not in ${who}’s storage`);
        assert.ok(!frames.text().includes(ANAS_NOTE), `not in ${who}’s WebSocket traffic`);
        assert.ok(!(await heapText(tab)).includes(ANAS_NOTE), `not in ${who}’s memory`);
      }
      assert.ok(!databaseText(live.database).includes(ANAS_NOTE), 'not in the server’s database');
      assert.ok(!(await storedText(ana.page)).includes(BENS_NOTE), 'Ben’s note is not on Ana’s phone');
      assert.deepEqual(await notesIn(facilitator.page), []);

      // Ben's phone goes off; then the facilitator shows everyone's answers.
      await ben.page.close();
      await inAgreement(facilitator.page, (element) => element.shadowRoot.querySelector('#status button').click());
      await facilitator.page.waitForFunction(
        (note) => JSON.stringify(document.querySelector('values-agreement').data).includes(note),
        TIMEOUT,
        ANAS_NOTE,
      );
      assert.ok(facilitatorFrames.text().includes(ANAS_NOTE), 'it came over the connection (the search works)');
      assert.ok((await heapText(facilitator.page)).includes(ANAS_NOTE), 'it is in memory now (the search works)');
      assert.ok((await screenText(facilitator.page)).includes('Still to arrive: the answers from Ben.'));
      assert.ok(!(await notesIn(facilitator.page)).includes(BENS_NOTE));

      // Ben's phone comes back: his answer is sent, and reaches the facilitator and Ana.
      ben = await watchedPage(bensPhone);
      await ben.page.goto(link);
      await facilitator.page.waitForFunction(
        (note) => JSON.stringify(document.querySelector('values-agreement').data).includes(note),
        TIMEOUT,
        BENS_NOTE,
      );
      await ana.page.waitForFunction(
        (note) => JSON.stringify(document.querySelector('values-agreement').data).includes(note),
        TIMEOUT,
        BENS_NOTE,
      );
      // On every screen now: Ben's phone has Ana's answer too.
      await ben.page.waitForFunction(
        (note) => JSON.stringify(document.querySelector('values-agreement').data).includes(note),
        TIMEOUT,
        ANAS_NOTE,
      );
      assert.ok(!(await screenText(facilitator.page)).includes('Still to arrive'));
      for (const tab of [facilitator, ana, ben]) assert.deepEqual(tab.problems, []);
    });
  });
}
