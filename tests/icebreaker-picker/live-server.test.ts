import { expect } from '@open-wc/testing';
import { useFakeTimers, type SinonFakeTimers } from 'sinon';
import '../support/setup.js';
import type { CoproductionProject } from '../../packages/coproduction-project/src/index.js';
import type { IcebreakerPicker } from '../../packages/icebreaker-picker/src/index.js';
import { $, text } from '../support/helpers.js';
import { liveProject, newRoom, startServer, statusSays, stopServer, until, type LiveServer } from '../live/support.js';

const HOUR = 60 * 60 * 1000;
/** The real time, whatever the page's Date says. */
const realNow = () => performance.timeOrigin + performance.now();

/** A project on `server` with a picker inside, for 4 people, showing "Something to look forward to" (30 seconds each). */
async function withPicker(server: LiveServer, room: string, role: 'facilitator' | 'participant') {
  const project = await liveProject(server, room, role);
  project.innerHTML = '<icebreaker-picker minutes="60" group-size="4" pick="looking-forward"></icebreaker-picker>';
  const picker = project.querySelector('icebreaker-picker') as IcebreakerPicker;
  await picker.updateComplete;
  return { project, picker };
}

const whose = (element: IcebreakerPicker) => text(element.shadowRoot!.querySelector('.whose'));
const countdown = (element: IcebreakerPicker) => text(element.shadowRoot!.querySelector('.countdown .digits'));

describe('<icebreaker-picker> turns with the real server', () => {
  let server: LiveServer;
  let clock: SinonFakeTimers;
  const projects: CoproductionProject[] = [];
  before(async () => {
    server = await startServer();
  });
  after(async () => {
    await stopServer(server);
  });
  beforeEach(() => {
    // This device's clock is an hour fast; time still passes.
    clock = useFakeTimers({ now: Date.now() + HOUR, toFake: ['Date'], shouldAdvanceTime: true });
  });
  afterEach(() => {
    for (const project of projects.splice(0)) project.remove();
    clock.restore();
  });

  it('every screen counts the facilitator’s turns on the server’s clock, not its own', async () => {
    const room = newRoom();
    const lead = await withPicker(server, room, 'facilitator');
    const phone = await withPicker(server, room, 'participant');
    projects.push(lead.project, phone.project);
    await statusSays(lead.project, 'Live session: connected');
    await statusSays(phone.project, 'Live session: connected');
    // The session knows the server's time though this device's clock is an hour out.
    for (const { project } of [lead, phone])
      await until('the session to learn the server’s time', () => Math.abs(project.session!.now() - realNow()) < 2000);
    // And this device's clock is still about an hour out (the fake clock falls a little behind on a busy machine).
    expect(Math.abs(Date.now() - realNow() - HOUR)).to.be.below(60_000);

    $(lead.picker, '#turns-start').click();
    await until('the participant to see the first turn', () => whose(phone.picker) === 'Person 1 of 4');
    expect(['0:30', '0:29']).to.include(countdown(phone.picker));
    expect(phone.picker.shadowRoot!.querySelector('#turns-next'), 'no controls on the participant’s screen').to.equal(
      null,
    );

    $(lead.picker, '#turns-next').click();
    await until('the participant to see the next turn', () => whose(phone.picker) === 'Person 2 of 4');
    expect(['0:30', '0:29']).to.include(countdown(phone.picker));
  });
});
