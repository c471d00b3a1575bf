// The built drop-in file (packages/coproduce/dist, `npm run build` first) with
// the real coproduce-server: a page whose <coproduction-project> has no
// `server` fetches none of the live session's code; a facilitator's page
// fetches it, connects and shows the join link; a participant opens that link
// in another browser profile, picks their name, and both count 2 people.
// Under a strict Content-Security-Policy that allows the server only in
// connect-src, as a host would.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { fetchedFromDist, readManifest } from '../support/chunks.mjs';
import { BROWSERS, launch, watchedPage } from '../support/launch.mjs';
import { startLiveServer } from '../support/live-server.mjs';
import { STRICT_CSP, startStaticServer } from '../support/static-server.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dropIn = '/packages/coproduce/dist/coproduce.js';
const manifest = readManifest(root);
/** The built files that only a live session needs. */
const LIVE_FILES = {
  session: manifest['packages/core/src/sync/live-session.ts'].file,
  view: manifest['packages/coproduction-project/src/live-view.ts'].file,
  qr: manifest['packages/coproduction-project/src/qr-code.ts'].file,
};

const page = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>live</title>
  <script type="module" src="${dropIn}"></script></head><body>${body}</body></html>`;

/** Text of the project's status line. */
const statusOf = (tab) =>
  tab.$eval('coproduction-project', (project) =>
    (project.shadowRoot?.querySelector('[part="status"]')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );
const waitForStatus = (tab, words) =>
  tab.waitForFunction(
    (words) =>
      document
        .querySelector('coproduction-project')
        ?.shadowRoot?.querySelector('[part="status"]')
        ?.textContent?.includes(words),
    { timeout: 15000 },
    words,
  );

for (const browserName of BROWSERS) {
  describe(`a live session from the drop-in file in ${browserName}`, () => {
    let live;
    let site;
    let browser;
    const room = `dropin${Date.now().toString(36)}`;
    before(async () => {
      live = await startLiveServer();
      const csp = STRICT_CSP.replace("connect-src 'self'", `connect-src 'self' ${live.url} ${live.httpUrl}`);
      site = await startStaticServer(root, {
        csp,
        extraPages: {
          '/plain.html': page(
            '<coproduction-project project="p"><mark-scorer storage-key="k"></mark-scorer></coproduction-project>',
          ),
          '/no-room.html': page(`<coproduction-project server="${live.url}"></coproduction-project>`),
          '/live.html': page(
            `<coproduction-project server="${live.url}" room="${room}" token="${live.mint(room, 'facilitator')}"></coproduction-project>`,
          ),
        },
      });
      browser = await launch(browserName);
    });
    after(async () => {
      await browser?.close();
      await site?.close();
      await live?.stop();
    });

    it('a project without `server` fetches none of it', async () => {
      const { page: tab, problems, requests } = await watchedPage(browser);
      await tab.goto(`${site.origin}/plain.html`);
      await tab.waitForFunction(() => document.querySelector('mark-scorer')?.shadowRoot?.querySelector('details.mark'));
      await new Promise((resolve) => setTimeout(resolve, 300));
      const fetched = fetchedFromDist(requests);
      for (const file of Object.values(LIVE_FILES)) assert.ok(!fetched.includes(file), `${file} was fetched`);
      assert.deepEqual(problems, []);
      await tab.close();
    });

    it('a facilitator and a participant who opened the join link in another profile: connected, 2 people', async () => {
      const facilitator = await watchedPage(browser);
      await facilitator.page.goto(`${site.origin}/live.html`);
      await waitForStatus(facilitator.page, 'Live session: connected');
      await facilitator.page.waitForFunction(
        () => document.querySelector('coproduction-project').shadowRoot.querySelector('svg.qr path'),
        { timeout: 15000 },
      );
      const link = await facilitator.page.$eval(
        'coproduction-project',
        (project) => project.shadowRoot.querySelector('#join-link').value,
      );
      // A short code, not the whole token: something a person can type from a projector.
      assert.match(link, new RegExp(`^${site.origin}/live\\.html#join=[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$`));
      const fetched = fetchedFromDist(facilitator.requests);
      for (const file of Object.values(LIVE_FILES)) assert.ok(fetched.includes(file), `${file} was not fetched`);

      // Another profile: its own storage, as another person's phone.
      const context = await browser.createBrowserContext();
      const participant = await watchedPage(context);
      // The link as it is: the page's own (facilitator) token gives way to the link's.
      await participant.page.goto(link);
      await participant.page.waitForFunction(
        () => document.querySelector('coproduction-project')?.shadowRoot?.querySelector('[part="who"]'),
        { timeout: 15000 },
      );
      assert.equal(await participant.page.evaluate(() => location.hash), '');
      // Nobody has joined a document yet, so no names to pick from: they write theirs.
      await participant.page.$eval('coproduction-project', (project) => {
        project.shadowRoot.querySelector('#who-name').value = 'Ana';
        project.shadowRoot.querySelector('[part="who"] button[type="submit"]').click();
      });
      await participant.page.waitForFunction(() =>
        document.querySelector('coproduction-project').shadowRoot.textContent.includes('You are taking part as Ana.'),
      );
      // Both join the same element's document, as the elements inside will.
      await facilitator.page.$eval('coproduction-project', (project) => project.session.join('k'));
      await participant.page.$eval('coproduction-project', (project) => project.session.join('k'));
      await waitForStatus(facilitator.page, '2 people are here');
      await waitForStatus(participant.page, '2 people are here');
      const participantFetched = fetchedFromDist(participant.requests);
      assert.ok(participantFetched.includes(LIVE_FILES.session));
      assert.ok(!participantFetched.includes(LIVE_FILES.qr), 'a participant has no QR code to draw');
      assert.deepEqual(facilitator.problems, []);
      assert.deepEqual(participant.problems, []);
      assert.equal(await statusOf(participant.page), 'Live session: connected. 2 people are here.');

      // Reloaded, the page carries the facilitator's token in its HTML: the participant stays a participant.
      await participant.page.reload();
      await waitForStatus(participant.page, 'Live session: connected');
      assert.equal(
        await participant.page.$eval('coproduction-project', (project) => project.session.role),
        'participant',
      );
      assert.equal(
        await participant.page.$eval('coproduction-project', (project) =>
          project.shadowRoot.querySelector('#join-link'),
        ),
        null,
      );

      // A page that names no room (a drop-in page) takes its room from the link, and again after a reload.
      const dropIn = await watchedPage(context);
      await dropIn.page.goto(`${site.origin}/no-room.html#join=${link.split('#join=')[1]}`);
      await waitForStatus(dropIn.page, 'Live session');
      await dropIn.page.reload();
      await waitForStatus(dropIn.page, 'Live session');
      assert.equal(await dropIn.page.$eval('coproduction-project', (project) => project.session?.role), 'participant');
      await facilitator.page.close();
      await context.close();
    });
  });
}
