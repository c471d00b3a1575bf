import { expect } from '@open-wc/testing';
import '../support/setup.js';
import type { CoproductionProject } from '../../packages/coproduction-project/src/index.js';
import {
  killServer,
  liveProject,
  mint,
  newRoom,
  restartServer,
  startServer,
  statusOf,
  statusSays,
  stopServer,
  type LiveServer,
} from './support.js';

const state = (project: CoproductionProject) =>
  project.shadowRoot!.querySelector<HTMLElement>('[part="status"]')!.dataset.state;

describe('<coproduction-project> in a live session: the status line', () => {
  let server: LiveServer;
  const projects: CoproductionProject[] = [];
  const open = async (...args: Parameters<typeof liveProject>) => {
    const project = await liveProject(...args);
    projects.push(project);
    return project;
  };
  before(async () => {
    server = await startServer();
  });
  after(async () => {
    await stopServer(server);
  });
  afterEach(() => {
    for (const project of projects.splice(0)) project.remove();
  });

  it('says it is connected and counts the people here: a facilitator and a participant are 2', async () => {
    const room = newRoom();
    const facilitator = await open(server, room, 'facilitator');
    const participant = await open(server, room, 'participant');
    // The status line is a live region, there before it has anything to say.
    expect(facilitator.shadowRoot!.querySelector('[part="status"]')!.getAttribute('role')).to.equal('status');
    await facilitator.session!.join('k');
    await statusSays(facilitator, 'Live session: connected. Only you are here so far.');
    await participant.session!.join('k');
    await statusSays(facilitator, '2 people are here');
    await statusSays(participant, '2 people are here');
    await expect(facilitator).to.be.accessible();
    await expect(participant).to.be.accessible();
  });

  it('counts people, not tabs: two screens of one facilitator on one device are 1 person', async () => {
    const room = newRoom();
    const first = await open(server, room, 'facilitator');
    const second = await open(server, room, 'facilitator');
    await first.session!.join('k');
    await second.session!.join('k');
    const participant = await open(server, room, 'participant');
    await participant.session!.join('k');
    await statusSays(first, '2 people are here');
    await statusSays(second, '2 people are here');
  });

  it('says so when the server goes away (changes kept on this device), and connected again when it is back', async function () {
    this.timeout(40000);
    const room = newRoom();
    const facilitator = await open(server, room, 'facilitator');
    const handle = await facilitator.session!.join('k');
    await handle.synced;
    await statusSays(facilitator, 'connected');
    await killServer(server);
    await statusSays(facilitator, 'Offline. Your changes are kept on this device and sent when you are back online.');
    expect(state(facilitator)).to.equal('offline');
    await expect(facilitator).to.be.accessible();
    await restartServer(server);
    await statusSays(facilitator, 'Live session: connected', 20000);
  });

  it('says “reconnecting” the moment the connection drops', async function () {
    this.timeout(40000);
    const room = newRoom();
    const facilitator = await open(server, room, 'facilitator');
    await (await facilitator.session!.join('k')).synced;
    await statusSays(facilitator, 'connected');
    const seen = new Set<string>();
    const watching = setInterval(() => seen.add(statusOf(facilitator)), 5);
    await killServer(server);
    await statusSays(facilitator, 'Offline');
    clearInterval(watching);
    expect([...seen]).to.include('The connection dropped. Reconnecting to the live session…');
    await restartServer(server);
    await statusSays(facilitator, 'connected', 20000);
  });

  it('a token with a wrong signature is refused', async () => {
    const room = newRoom();
    const good = await mint(server, room, 'participant');
    const forged = `${good.slice(0, good.lastIndexOf('.') + 1)}${'A'.repeat(43)}`;
    const project = await open(server, room, 'participant', { token: forged });
    void project.session!.join('k');
    await statusSays(project, 'This link no longer works. Ask the person leading the meeting for a new one.');
    expect(state(project)).to.equal('refused');
    await expect(project).to.be.accessible();
  });

  it('a token for another room is refused', async () => {
    const room = newRoom();
    const project = await open(server, room, 'facilitator', { token: await mint(server, newRoom(), 'facilitator') });
    void project.session!.join('k');
    await statusSays(project, 'This link no longer works.');
    // A refused facilitator gets no join link to hand out.
    expect(project.shadowRoot!.querySelector('[part="join"]')).to.equal(null);
  });

  it('an expired token is refused on the device, without asking the server', async () => {
    const room = newRoom();
    const project = await open(server, room, 'participant', { token: await mint(server, room, 'participant', -1) });
    await statusSays(project, 'This link no longer works.');
  });

  it('the document an element joins gets the changes others make through the server', async () => {
    const room = newRoom();
    const facilitator = await open(server, room, 'facilitator');
    const participant = await open(server, room, 'participant');
    const theirs = await participant.session!.join('k');
    const mine = await facilitator.session!.join('k');
    await Promise.all([mine.synced, theirs.synced]);
    expect(mine.mayFill).to.equal(true);
    expect(theirs.mayFill).to.equal(false);
    mine.doc.transact(() => mine.doc.getMap('coproduce').set('format', 'coproduce.test'), mine.origin);
    await statusSays(participant, 'connected');
    await new Promise<void>((resolve) => {
      const check = () => theirs.doc.getMap('coproduce').get('format') === 'coproduce.test' && resolve();
      theirs.doc.on('update', check);
      check();
    });
  });

  it('changes made while the server is away are kept on the device and sent when it is back', async function () {
    this.timeout(40000);
    const room = newRoom();
    const facilitator = await open(server, room, 'facilitator');
    const participant = await open(server, room, 'participant');
    const mine = await facilitator.session!.join('k');
    // Joined (and its copy on the device read) before the change: what reaches it later comes through the server.
    const theirs = await participant.session!.join('k');
    await Promise.all([mine.synced, theirs.synced]);
    await killServer(server);
    await statusSays(facilitator, 'Offline');
    mine.doc.getMap('coproduce').set('format', 'made-offline');
    await restartServer(server);
    await statusSays(facilitator, 'connected', 20000);
    await new Promise<void>((resolve) => {
      const check = () => theirs.doc.getMap('coproduce').get('format') === 'made-offline' && resolve();
      theirs.doc.on('update', check);
      check();
    });
  });
});
