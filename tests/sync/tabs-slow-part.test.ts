import { expect, fixture } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../support/setup.js';
// This page has the shared part already; only the other tab (the frame) has to fetch it, and is held.
import '../../packages/core/src/sync/binding.js';
import { $, html, settle, waitFor } from '../support/helpers.js';
import { chooseScore, openMark } from '../mark-scorer/support.js';
import type { MarkScorer } from '../../packages/mark-scorer/src/index.js';

const SHARED_PART = '/packages/core/src/sync/binding.js';
const held = (action: 'hold' | 'waiting' | 'release') =>
  executeServerCommand<number, object>('held-requests', { action, path: SHARED_PART, userAgent: navigator.userAgent });

const agreed = (element: MarkScorer) => element.data.marks.find((mark) => mark.id === 'listening')!.agreed;
const sharing = (element: MarkScorer) =>
  Boolean((element as unknown as { document: { sharing: { binding: unknown } } }).document.sharing.binding);

/** Another tab: a frame with its own modules, so it fetches the shared part itself. */
async function otherTab(key: string): Promise<[HTMLIFrameElement, MarkScorer]> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><script type="module" src="/packages/coproduce/src/define.ts"></script>
    <mark-scorer storage-key="${key}"></mark-scorer>`;
  document.body.append(frame);
  let other: MarkScorer | null = null;
  // With the browser's cache off (to hold one module), the frame fetches every module afresh: give it time.
  for (let i = 0; i < 1200 && !other?.shadowRoot?.querySelector('#m-listening-summary'); i++) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    other = frame.contentDocument?.querySelector('mark-scorer') as MarkScorer | null;
  }
  expect(other?.shadowRoot?.querySelector('#m-listening-summary'), 'the other tab shows its marks').to.not.equal(null);
  return [frame, other!];
}

/** Scores the listening mark on an element, as a person does. */
async function score(element: MarkScorer, value: number): Promise<void> {
  await openMark(element, 'listening');
  chooseScore(element, 'm-listening-agreed', value);
  await settle(element);
}

describe('two tabs, while one is still fetching the part that shares', function () {
  // A frame that fetches every module afresh takes a while on a busy machine.
  this.timeout(60_000);
  const frames: HTMLIFrameElement[] = [];
  afterEach(async () => {
    for (const frame of frames.splice(0)) frame.remove();
    await held('release');
  });

  /**
   * This page's tab shares already; the other tab (a frame) is held fetching the shared part
   * while this one scores 8.
   */
  async function scoredWhileTheOtherIsHeld(key: string): Promise<{ here: MarkScorer; slow: MarkScorer }> {
    const here = await fixture<MarkScorer>(html`<mark-scorer storage-key="${key}"></mark-scorer>`);
    await settle(here);
    await held('hold');
    const [frame, slow] = await otherTab(key);
    frames.push(frame);
    await waitFor(() => sharing(here));
    // The frame's request for the shared part is on its way, and stays there.
    for (let i = 0; i < 200 && (await held('waiting')) === 0; i++) await new Promise((r) => setTimeout(r, 25));
    expect(await held('waiting')).to.equal(1);
    expect(sharing(slow)).to.equal(false);
    await score(here, 8);
    await waitFor(() => JSON.parse(localStorage.getItem(`coproduce:${key}`)!).data.marks[0].agreed !== undefined);
    // Long enough for the slow tab to have loaded that save, if it did.
    await new Promise((resolve) => setTimeout(resolve, 300));
    return { here, slow };
  }

  it('does not load the other tab’s saves meanwhile; a change made then meets theirs as a conflict, never silently lost', async () => {
    const { here, slow } = await scoredWhileTheOtherIsHeld('slow-part');
    // Loading that save would have made it look like the slow tab's own change.
    expect(agreed(slow)).to.equal(null);

    await score(slow, 3);
    await held('release');
    await waitFor(() => sharing(slow));
    // Theirs came first; the slow tab's own change came beside it, so the person chooses.
    await waitFor(() => slow.shadowRoot!.querySelector('.notice.conflict') !== null);
    expect(agreed(slow)).to.equal(3);
    expect(agreed(here)).to.equal(8);
    $<HTMLButtonElement>(slow, '#keep-mine-0').click();
    await waitFor(() => agreed(here) === 3);
    expect(agreed(slow)).to.equal(3);
  });

  it('once it has the part, the other tab’s change comes merged, and a change made after it reaches the other tab', async () => {
    const { here, slow } = await scoredWhileTheOtherIsHeld('slow-part-2');
    await held('release');
    await waitFor(() => sharing(slow) && agreed(slow) === 8);
    expect(slow.shadowRoot!.querySelector('.notice.conflict')).to.equal(null);
    await score(slow, 3);
    await waitFor(() => agreed(here) === 3);
    expect(agreed(slow)).to.equal(3);
  });
});
