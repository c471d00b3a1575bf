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

  /** A project with a <mark-scorer> inside, as a page would write it. */
  async function device(room: string, role: 'facilitator' | 'participant') {
    const box = document.createElement('div');
    box.innerHTML = `<coproduction-project storage="memory"><mark-scorer storage-key="marks"></mark-scorer></coproduction-project>`;
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
});
