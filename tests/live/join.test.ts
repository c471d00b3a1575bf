import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { encode } from 'uqr';
import '../support/setup.js';
import type { CoproductionProject } from '../../packages/coproduction-project/src/index.js';
import { readToken } from '../../packages/coproduction-project/src/live.js';
import { seedShared } from '../../packages/core/src/sync/shared-doc.js';
import { liveProject, mint, newRoom, startServer, statusSays, stopServer, until, type LiveServer } from './support.js';

const inside = <T extends Element = HTMLElement>(project: CoproductionProject, selector: string) =>
  project.shadowRoot!.querySelector<T>(selector);
const linkOf = (project: CoproductionProject) => inside<HTMLInputElement>(project, '#join-link')?.value ?? '';

/** The dark squares a QR code's path draws (`M<x> <y>h1v1h-1z` each), as "x,y". */
function darkSquares(path: string): string[] {
  return [...path.matchAll(/M(\d+) (\d+)h1v1h-1z/g)].map(([, x, y]) => `${x},${y}`).sort();
}

describe('<coproduction-project> in a live session: joining', () => {
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
    sinon.restore();
    history.replaceState(null, '', `${location.pathname}${location.search}`);
  });

  it('a facilitator gets “Join on your own phone”: this page’s address with a short code, and its QR code', async () => {
    const room = newRoom();
    const facilitator = await open(server, room, 'facilitator');
    await until('the join link', () => linkOf(facilitator) !== '');
    const link = linkOf(facilitator);
    const [page, fragment] = link.split('#');
    expect(page).to.equal(`${location.origin}${location.pathname}${location.search}`);
    // Short enough to type from a projector: a code, not the whole token.
    expect(fragment!.length - 'join='.length).to.be.at.most(12);
    const code = /^join=(.+)$/.exec(fragment!)![1]!;
    expect(code).to.match(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    // The code stands for a participant token of this room.
    const { token } = await (await fetch(`${server.httpUrl}/join/${code}`)).json();
    const payload = readToken(token)!;
    expect(payload.room).to.equal(room);
    expect(payload.role).to.equal('participant');

    await until('the QR code', () => inside(facilitator, 'svg.qr path') !== null);
    const qr = inside<SVGSVGElement>(facilitator, 'svg.qr')!;
    expect(qr.namespaceURI).to.equal('http://www.w3.org/2000/svg');
    expect(qr.getAttribute('role')).to.equal('img');
    expect(qr.getAttribute('aria-label')).to.include('QR code for the link to join');
    // The code encodes the link: the same text, encoded again, gives the same squares.
    const expected = encode(link, { ecc: 'M', border: 4 });
    const squares = expected.data.flatMap((row, y) => row.flatMap((dark, x) => (dark ? [`${x},${y}`] : []))).sort();
    expect(darkSquares(qr.querySelector('path')!.getAttribute('d')!)).to.deep.equal(squares);
    expect(qr.getAttribute('viewBox')).to.equal(`0 0 ${expected.size} ${expected.size}`);
    // …and not any other link.
    const other = encode(`${link}x`, { ecc: 'M', border: 4 });
    const otherSquares = other.data.flatMap((row, y) => row.flatMap((dark, x) => (dark ? [`${x},${y}`] : []))).sort();
    expect(darkSquares(qr.querySelector('path')!.getAttribute('d')!)).to.not.deep.equal(otherSquares);

    expect(inside(facilitator, '[part="join"] summary')!.textContent).to.include('Join on your own phone');
    await expect(facilitator).to.be.accessible();
  });

  it('`join-page` sends the join link to another page (this one carries the facilitator’s token); only http(s) is taken', async () => {
    const facilitatorWith = async (joinPage: string) => {
      const room = newRoom();
      const project = document.createElement('coproduction-project');
      project.setAttribute('join-page', joinPage);
      project.server = server.url;
      project.room = room;
      project.token = await mint(server, room, 'facilitator');
      document.body.append(project);
      projects.push(project);
      await until('the join link', () => linkOf(project) !== '');
      return linkOf(project);
    };
    expect(await facilitatorWith('/join.html?group=7#ignored')).to.match(
      new RegExp(`^${location.origin}/join\\.html\\?group=7#join=[2-9A-HJKMNP-Z-]{9}$`),
    );
    expect((await facilitatorWith('javascript:alert(1)')).split('#')[0]).to.equal(
      `${location.origin}${location.pathname}${location.search}`,
    );
  });

  it('Copy link puts the link on the clipboard and says so', async () => {
    const room = newRoom();
    const facilitator = await open(server, room, 'facilitator');
    await until('the join link', () => linkOf(facilitator) !== '');
    const writeText = sinon.stub(navigator.clipboard, 'writeText').resolves();
    const copy = [...facilitator.shadowRoot!.querySelectorAll('button')].find((button) =>
      button.textContent!.includes('Copy link'),
    )!;
    copy.click();
    await until('“Link copied.”', () => inside(facilitator, '.copied')!.textContent!.includes('Link copied.'));
    expect(writeText.calledOnceWith(linkOf(facilitator))).to.equal(true);
  });

  it('a participant gets no join panel', async () => {
    const room = newRoom();
    const participant = await open(server, room, 'participant');
    await statusSays(participant, 'connected');
    expect(inside(participant, '[part="join"]')).to.equal(null);
  });

  it('someone who opens the join link joins as a participant, and the token leaves the address bar', async () => {
    const room = newRoom();
    const token = await mint(server, room, 'participant');
    history.replaceState(null, '', `${location.pathname}${location.search}#join=${token}`);
    const project = document.createElement('coproduction-project');
    project.server = server.url;
    project.room = room;
    // The host's own token (a facilitator's) is not what a join link opens.
    project.token = await mint(server, room, 'facilitator');
    document.body.append(project);
    projects.push(project);
    await project.updateComplete;
    expect(location.hash).to.equal('');
    expect(project.session!.role).to.equal('participant');
    await until('“Who are you?”', () => inside(project, '[part="who"]') !== null);
    void project.session!.join('k');
    await statusSays(project, 'connected');
  });

  it('“Who are you?”: the group’s names as large choices, picked by keyboard, kept on the device and sent', async () => {
    const room = newRoom();
    const facilitator = await open(server, room, 'facilitator');
    const mine = await facilitator.session!.join('k');
    await mine.synced;
    seedShared(mine.doc, 'coproduce.mark-scorer', 1, { participants: ['Ana', 'Ben', 'Cai'] }, mine.origin);

    const participant = await open(server, room, 'participant');
    const slot = participant.shadowRoot!.querySelector('slot')!;
    expect(slot.hidden).to.equal(true);
    await participant.session!.join('k');
    await until('the names', () => participant.shadowRoot!.querySelectorAll('.names input').length === 4);
    const who = inside(participant, '[part="who"]')!;
    expect(who.querySelector('legend')!.textContent).to.include('Who are you?');
    const choices = [...who.querySelectorAll<HTMLLabelElement>('.names label')].map((label) =>
      label.textContent!.trim(),
    );
    expect(choices).to.deep.equal(['Ana', 'Ben', 'Cai', 'My name is not here']);
    const box = who.querySelector('.names label')!.getBoundingClientRect();
    expect(box.height).to.be.at.least(44);
    await expect(participant).to.be.accessible();

    who.querySelector<HTMLInputElement>('.names input')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(who.querySelector<HTMLInputElement>('.names input[value="Ben"]')!.checked).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(participant.shadowRoot!.activeElement!.textContent).to.include('This is me');
    await sendKeys({ press: 'Enter' });
    await until('the name to be taken', () => participant.session!.name === 'Ben');
    await participant.updateComplete;
    expect(inside(participant, '[part="who"]')).to.equal(null);
    expect(slot.hidden).to.equal(false);
    expect(participant.shadowRoot!.textContent).to.include('You are taking part as Ben.');
    const kept = JSON.parse(localStorage.getItem(`coproduce:live:${room}:participant`)!);
    expect(kept.name).to.equal('Ben');
    expect(kept.key).to.match(/^[A-Za-z0-9_-]{22}$/);
    await expect(participant).to.be.accessible();
  });

  it('“My name is not here”: they write their own; an empty answer is refused with a message', async () => {
    const room = newRoom();
    const participant = await open(server, room, 'participant');
    await participant.session!.join('k');
    await until('“Who are you?”', () => inside(participant, '[part="who"]') !== null);
    // No names in the room yet: only the box for their own.
    expect(participant.shadowRoot!.querySelectorAll('.names input').length).to.equal(0);
    inside<HTMLButtonElement>(participant, '[part="who"] button[type="submit"]')!.click();
    await participant.updateComplete;
    expect(inside(participant, '#who-missing')!.textContent).to.include('Pick your name, or write it.');
    await expect(participant).to.be.accessible();
    const input = inside<HTMLInputElement>(participant, '#who-name')!;
    input.focus();
    await sendKeys({ type: 'Dewi' });
    await sendKeys({ press: 'Enter' });
    await until('the name to be taken', () => participant.session!.name === 'Dewi');
  });

  it('someone who opens the short link (typed in any case) joins as a participant, and the code leaves the address bar', async () => {
    const room = newRoom();
    const facilitator = await open(server, room, 'facilitator');
    await until('the join link', () => linkOf(facilitator) !== '');
    const code = linkOf(facilitator).split('#join=')[1]!;
    history.replaceState(null, '', `${location.pathname}${location.search}#join=${code.toLowerCase()}`);
    const project = document.createElement('coproduction-project');
    project.server = server.url;
    // No room or token of its own: the link brings both, as on a drop-in page.
    document.body.append(project);
    projects.push(project);
    await project.updateComplete;
    expect(location.hash).to.equal('');
    expect(project.session!.role).to.equal('participant');
    await until('“Who are you?”', () => inside(project, '[part="who"]') !== null);
    void project.session!.join('k');
    await statusSays(project, 'connected');
    // Kept on the device for its room: a reload (the address has no link now) still joins.
    expect(localStorage.getItem(`coproduce:live:${room}:join`)).to.equal(
      (await (await fetch(`${server.httpUrl}/join/${code}`)).json()).token,
    );
  });

  it('a short link that is unknown or has expired says it no longer works (English, Welsh, Easy Read)', async () => {
    const lookups = sinon.spy(globalThis, 'fetch');
    const opened = async (code: string, set: (project: CoproductionProject) => void = () => undefined) => {
      history.replaceState(null, '', `${location.pathname}${location.search}#join=${code}`);
      const project = document.createElement('coproduction-project');
      project.server = server.url;
      set(project);
      document.body.append(project);
      projects.push(project);
      await project.updateComplete;
      return project;
    };
    const unknown = await opened('ABCD-EFGH');
    await statusSays(unknown, 'This link no longer works. Ask the person leading the meeting for a new one.');
    expect(inside(unknown, '[part="status"]')!.getAttribute('data-state')).to.equal('refused');
    expect(unknown.session).to.equal(null);
    expect(inside(unknown, '[part="who"]')).to.equal(null);
    expect(inside(unknown, '[part="join"]')).to.equal(null);
    expect(lookups.calledWithMatch(sinon.match((url: unknown) => String(url).endsWith('/join/ABCD-EFGH')))).to.equal(
      true,
    );
    await expect(unknown).to.be.accessible();

    const welsh = await opened('ABCD-EFGJ', (project) => {
      project.locale = 'cy';
    });
    await statusSays(welsh, 'Dydy’r ddolen hon ddim yn gweithio mwyach.');
    const easy = await opened('ABCD-EFGK', (project) => {
      project.easyRead = true;
    });
    await statusSays(easy, 'This link does not work now. Ask the person who leads the group for a new link.');

    // A code lasts as long as the facilitator’s token it was made with: here two seconds.
    const room = newRoom();
    const short = await mint(server, room, 'facilitator', 2 / 3600);
    const made = await fetch(`${server.httpUrl}/participant-token`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${short}` },
    });
    const { code, expiresAt } = await made.json();
    await new Promise((resolve) => setTimeout(resolve, expiresAt - Date.now() + 1000));
    const expired = await opened(code);
    await statusSays(expired, 'This link no longer works.');
    expect(expired.session).to.equal(null);
  });
});
