import { expect, fixture, html } from '@open-wc/testing';
import '../support/setup.js';
import type { CoproductionProject } from '../../packages/coproduction-project/src/index.js';
import '../../packages/mark-scorer/src/define.js';
import { liveProject, mint, newRoom, startServer, statusSays, stopServer, type LiveServer } from './support.js';

/** Yjs, the provider, IndexedDB persistence, the session module, the project's live view and the QR code: what only a live session needs. */
const LIVE_CODE =
  /\/(yjs|lib0|y-indexeddb|y-protocols|@hocuspocus|uqr)\/|\/sync\/live-session\.|\/coproduction-project\/src\/(live|live-view|qr-code)\./;
const liveCodeFetched = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => LIVE_CODE.test(name));

describe('The live session arrives only on pages that use a server', () => {
  let server: LiveServer;
  before(async () => {
    server = await startServer();
  });
  after(async () => {
    await stopServer(server);
  });

  // First in this file: nothing before it has asked for the session's code.
  it('a project without `server` fetches no Yjs and no connection code', async () => {
    const project = await fixture<CoproductionProject>(
      html`<coproduction-project project="p" room="r" token=${await mint(server, 'r', 'facilitator')}
        ><mark-scorer storage-key="k"></mark-scorer
      ></coproduction-project>`,
    );
    await (project.querySelector('mark-scorer') as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(liveCodeFetched()).to.deep.equal([]);
    expect(project.session).to.equal(null);
    expect(project.shadowRoot!.querySelector('[part="status"]')).to.equal(null);
  });

  it('a project with `server` fetches it, connects and shares the session with the elements inside', async () => {
    const room = newRoom();
    const project = await liveProject(server, room, 'facilitator');
    await statusSays(project, 'Live session: connected');
    const fetched = liveCodeFetched();
    expect(fetched.some((name) => /\/yjs\//.test(name))).to.equal(true);
    expect(fetched.some((name) => /@hocuspocus\/provider/.test(name))).to.equal(true);
    expect(fetched.some((name) => /y-indexeddb/.test(name))).to.equal(true);
    expect(project.session?.role).to.equal('facilitator');
    project.remove();
  });
});
