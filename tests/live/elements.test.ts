import { expect } from '@open-wc/testing';
import '../support/setup.js';
import type { CoproductionProject } from '../../packages/coproduction-project/src/index.js';
import type { MarkScorer } from '../../packages/mark-scorer/src/index.js';
import type { MarkScorerAction } from '../../packages/mark-scorer/src/model.js';
import '../../packages/mark-scorer/src/define.js';
import { mint, newRoom, startServer, statusSays, stopServer, until, type LiveServer } from './support.js';

const act = (element: MarkScorer, action: MarkScorerAction) =>
  (element as unknown as { document: { dispatch(action: MarkScorerAction): boolean } }).document.dispatch(action);
const agreed = (element: MarkScorer, id: string) => element.data.marks.find((mark) => mark.id === id)?.agreed;

describe('elements inside a live <coproduction-project>, through the real server', () => {
  let server: LiveServer;
  const boxes: HTMLElement[] = [];
  before(async () => {
    server = await startServer();
  });
  after(async () => {
    await stopServer(server);
  });
  afterEach(() => {
    for (const box of boxes.splice(0)) box.remove();
  });

  /** A project with <mark-scorer>s inside (`count` of them, on one storage key), as a page would write it. */
  async function device(room: string, role: 'facilitator' | 'participant', count = 1) {
    const box = document.createElement('div');
    const scorers = '<mark-scorer storage-key="marks"></mark-scorer>'.repeat(count);
    box.innerHTML = `<coproduction-project storage="memory">${scorers}</coproduction-project>`;
    const project = box.querySelector('coproduction-project') as CoproductionProject;
    project.server = server.url;
    project.room = room;
    project.token = await mint(server, room, role);
    document.body.append(box);
    boxes.push(box);
    await project.updateComplete;
    const element = box.querySelector('mark-scorer') as MarkScorer;
    await element.updateComplete;
    return { project, element };
  }

  it('a score the facilitator agrees reaches the participant’s screen', async () => {
    const room = newRoom();
    const facilitator = await device(room, 'facilitator');
    await statusSays(facilitator.project, 'connected');
    const participant = await device(room, 'participant');
    await statusSays(participant.project, '2 people are here');
    act(facilitator.element, { type: 'set-agreed', markId: 'icebreakers', score: 6 });
    await until('the participant to see 6', () => agreed(participant.element, 'icebreakers') === 6);
    expect(agreed(facilitator.element, 'icebreakers')).to.equal(6);
  });

  it('two elements on one key in one project each see the other’s changes', async () => {
    const room = newRoom();
    const { project, element: first } = await device(room, 'facilitator', 2);
    const second = project.querySelectorAll('mark-scorer')[1] as MarkScorer;
    await statusSays(project, 'connected');
    act(first, { type: 'set-agreed', markId: 'icebreakers', score: 4 });
    await until('the second element to see 4', () => agreed(second, 'icebreakers') === 4);
    act(second, { type: 'set-agreed', markId: 'listening', score: 8 });
    await until('the first element to see 8', () => agreed(first, 'listening') === 8);
  });

  it('a change the server turns down is taken back here, said plainly, and later changes still go through', async () => {
    const room = newRoom();
    const facilitator = await device(room, 'facilitator');
    await statusSays(facilitator.project, 'connected');
    const participant = await device(room, 'participant');
    await until('“Who are you?”', () => participant.project.shadowRoot!.querySelector('#who-name') !== null);
    participant.project.shadowRoot!.querySelector<HTMLInputElement>('#who-name')!.value = 'Ana';
    participant.project.shadowRoot!.querySelector<HTMLButtonElement>('[part="who"] button[type="submit"]')!.click();
    await until('the name to be taken', () => participant.project.session?.name === 'Ana');
    act(facilitator.element, { type: 'set-agreed', markId: 'conflict', score: 3 });
    await until('the participant to have the group’s copy', () => agreed(participant.element, 'conflict') === 3);
    const errors: CustomEvent[] = [];
    participant.element.addEventListener('mark-scorer-error', (event) => errors.push(event as CustomEvent));

    // Agreeing the group's score is the facilitator's: a changed page could try it anyway.
    act(participant.element, { type: 'set-agreed', markId: 'icebreakers', score: 9 });
    await until('the refusal', () => errors.some((event) => event.detail.code === 'change-refused'));
    await until('the group’s copy again', () => agreed(participant.element, 'icebreakers') === null);
    expect(participant.element.shadowRoot!.textContent).to.contain(
      'The group’s copy did not take your last change, so this shows the group’s copy again.',
    );
    expect(agreed(facilitator.element, 'icebreakers')).to.equal(null);

    // Joined again: what the participant may do still reaches the facilitator, and the other way.
    act(participant.element, { type: 'set-notes', markId: 'listening', notes: 'After the refusal' });
    await until('the note to arrive', () =>
      facilitator.element.data.marks.some((mark) => mark.notes === 'After the refusal'),
    );
    act(facilitator.element, { type: 'set-agreed', markId: 'power', score: 5 });
    await until('the participant to see 5', () => agreed(participant.element, 'power') === 5);
  });

  it('keeps each room’s record apart on the device: a page opened for another room starts from that room', async () => {
    const onThisDevice = async (room: string) => {
      const box = document.createElement('div');
      // Stored in this browser (not memory), under the same project and key, as a page used week after week.
      box.innerHTML = `<coproduction-project project="rooms-apart"><mark-scorer storage-key="marks"></mark-scorer></coproduction-project>`;
      const project = box.querySelector('coproduction-project') as CoproductionProject;
      project.server = server.url;
      project.room = room;
      project.token = await mint(server, room, 'facilitator');
      document.body.append(box);
      boxes.push(box);
      await statusSays(project, 'connected');
      return box.querySelector('mark-scorer') as MarkScorer;
    };
    const first = await onThisDevice(newRoom());
    act(first, { type: 'set-notes', markId: 'listening', notes: 'Only for the first group' });
    await first.updateComplete;
    for (const box of boxes.splice(0)) box.remove();
    const second = await onThisDevice(newRoom());
    const notes = () => second.data.marks.find((mark) => mark.id === 'listening')?.notes;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(notes()).to.equal('');
  });
});
