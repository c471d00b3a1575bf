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
});
