import { expect, fixture } from '@open-wc/testing';
import '../support/setup.js';
import { $, html, recordEvents, settle, text, waitFor } from '../support/helpers.js';
import { chooseScore, openMark, scorer, scorerRecordingErrors } from './support.js';
import { MemoryStorageAdapter } from '../../packages/core/src/index.js';
import type { MarkScorer } from '../../packages/mark-scorer/src/index.js';

const stored = (key: string) => JSON.parse(localStorage.getItem(key)!);
const agreedIn = (element: MarkScorer, id = 'listening') => element.data.marks.find((mark) => mark.id === id)!.agreed;

async function scoreListening(element: MarkScorer, value: number) {
  await openMark(element, 'listening');
  chooseScore(element, 'm-listening-agreed', value);
  await settle(element);
}

class FullStorage extends MemoryStorageAdapter {
  full = true;
  override setItem(key: string, value: string): void {
    if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    super.setItem(key, value);
  }
}

describe('<mark-scorer storage-key>', () => {
  it('saves each change and restores it after a reload', async () => {
    const first = await scorer(html`<mark-scorer storage-key="review-2026"></mark-scorer>`);
    await scoreListening(first, 7);
    expect(stored('coproduce:review-2026')).to.include({ format: 'coproduce/mark-scorer', version: 1 });
    expect(text($(first, '.tools .hint'))).to.equal('Everything is saved in this browser as you go.');
    first.remove();
    const again = await scorer(html`<mark-scorer storage-key="review-2026"></mark-scorer>`);
    expect(agreedIn(again)).to.equal(7);
  });

  it('without a storage key, saves nothing and says so', async () => {
    const element = await scorer();
    await scoreListening(element, 3);
    expect(localStorage.length).to.equal(0);
    expect(text($(element, '.tools .hint'))).to.equal('Nothing is saved in this browser. Download a copy to keep it.');
  });

  it('namespaces the key by project, so two projects never share a session', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <coproduction-project project="parks"><mark-scorer storage-key="s"></mark-scorer></coproduction-project>
      <coproduction-project project="housing"><mark-scorer storage-key="s"></mark-scorer></coproduction-project>
    </div>`);
    const [parks, housing] = [...wrapper.querySelectorAll('mark-scorer')] as MarkScorer[];
    await settle(parks!);
    await scoreListening(parks!, 9);
    await scoreListening(housing!, 2);
    expect(
      stored('coproduce:parks:s').data.marks.find((mark: { id: string }) => mark.id === 'listening').agreed,
    ).to.equal(9);
    expect(
      stored('coproduce:housing:s').data.marks.find((mark: { id: string }) => mark.id === 'listening').agreed,
    ).to.equal(2);
  });

  it('keeps damaged saved data aside, says so, and starts afresh without losing it', async () => {
    localStorage.setItem('coproduce:damaged', '{"format":"coproduce/mark-scorer","version":1,"data":{"marks":[{"id":');
    const { element, errors } = await scorerRecordingErrors('<mark-scorer storage-key="damaged"></mark-scorer>');
    expect(text($(element, '#problems'))).to.include('The old copy is kept safely in this browser');
    expect(errors[0]!.detail.code).to.equal('unreadable-storage');
    const backupKey = (errors[0]!.detail.cause as { backupKey: string }).backupKey;
    expect(backupKey).to.match(/^coproduce:damaged:unreadable:/);
    expect(localStorage.getItem(backupKey)).to.include('"marks":[{"id":');
    await expect(element).to.be.accessible();
    await scoreListening(element, 5);
    expect(
      stored('coproduce:damaged').data.marks.find((mark: { id: string }) => mark.id === 'listening').agreed,
    ).to.equal(5);
    expect(localStorage.getItem(backupKey)).to.include('"marks":[{"id":');
  });

  it('never writes over a session saved by a newer version', async () => {
    const newer = JSON.stringify({
      format: 'coproduce/mark-scorer',
      version: 99,
      savedAt: '2030-01-01T00:00:00Z',
      data: {},
    });
    localStorage.setItem('coproduce:newer', newer);
    const element = await scorer(html`<mark-scorer storage-key="newer"></mark-scorer>`);
    expect(text($(element, '#problems'))).to.include('from a newer version of this tool');
    await scoreListening(element, 5);
    expect(agreedIn(element)).to.equal(5);
    expect(localStorage.getItem('coproduce:newer')).to.equal(newer);
  });

  it('reports a full browser store, keeps the work on screen, and recovers when there is room', async () => {
    const storage = new FullStorage();
    const wrapper = await fixture<HTMLElement>(
      html`<coproduction-project .storage=${storage}><mark-scorer storage-key="full"></mark-scorer></coproduction-project>`,
    );
    const element = wrapper.querySelector('mark-scorer') as MarkScorer;
    await settle(element);
    const errors = recordEvents(element, 'mark-scorer-error');
    await scoreListening(element, 6);
    expect(errors[0]!.detail.code).to.equal('storage-full');
    expect(text($(element, '#problems'))).to.include('run out of space');
    expect(agreedIn(element)).to.equal(6);
    storage.full = false;
    chooseScore(element, 'm-listening-agreed', 7);
    await settle(element);
    expect(element.shadowRoot!.querySelector('.problem')).to.equal(null);
    expect(
      JSON.parse(storage.getItem('coproduce:full')!).data.marks.find((mark: { id: string }) => mark.id === 'listening')
        .agreed,
    ).to.equal(7);
  });

  it('stays consistent with another tab using the same key', async () => {
    const element = await scorer(html`<mark-scorer storage-key="shared"></mark-scorer>`);
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><script type="module" src="/packages/coproduce/src/define.ts"></script>
      <mark-scorer storage-key="shared"></mark-scorer>`;
    document.body.append(frame);
    try {
      let other: MarkScorer | null = null;
      await waitFor(() => {
        other = frame.contentDocument?.querySelector('mark-scorer') as MarkScorer | null;
        return Boolean(other?.shadowRoot?.querySelector('#m-listening-summary'));
      });
      await other!.updateComplete;
      // The other tab scores; this one follows (merged once the two share, `tests/sync/tabs-slow-part.test.ts`).
      await scoreListening(other!, 8);
      await waitFor(() => agreedIn(element) === 8);
      await settle(element);
      expect(text($(element, '#m-listening-summary .mark-status'))).to.equal('Our score: 8 out of 10');
      // And the other way round.
      await scoreListening(element, 3);
      await waitFor(() => agreedIn(other!) === 3);
    } finally {
      frame.remove();
    }
  });
});
