import { expect, fixture } from '@open-wc/testing';
import '../support/setup.js';
import * as Y from 'yjs';
import { $, fill, html, recordEvents, settle, text, typeAndLeave, waitFor } from '../support/helpers.js';
import { chooseScore, openMark } from '../mark-scorer/support.js';
import { parseDocument } from '../../packages/core/src/storage/document-store.js';
import { rootOf, seedShared } from '../../packages/core/src/sync/shared-doc.js';
import { MARK_SCORER_FORMAT, type MarkScorer } from '../../packages/mark-scorer/src/index.js';

/**
 * Two elements on one storage key behave as two tabs: each has its own
 * BroadcastChannel, and two channels of one name in one page hear each other.
 */

const KEY = 'coproduce:together';

/** Whether an element shares its document with the other tab yet (the binding, fetched on demand, is in place). */
const sharing = (element: MarkScorer) =>
  Boolean((element as unknown as { document: { sharing: { binding: unknown } } }).document.sharing.binding);

async function twoTabs(): Promise<[MarkScorer, MarkScorer]> {
  const wrapper = await fixture<HTMLDivElement>(html`<div>
    <mark-scorer id="a" storage-key="together"></mark-scorer>
    <mark-scorer id="b" storage-key="together"></mark-scorer>
  </div>`);
  const a = wrapper.querySelector<MarkScorer>('#a')!;
  const b = wrapper.querySelector<MarkScorer>('#b')!;
  await settle(a);
  await settle(b);
  await waitFor(() => sharing(a) && sharing(b));
  return [a, b];
}

const mark = (element: MarkScorer, id: string) => element.data.marks.find((each) => each.id === id)!;
const ideas = (element: MarkScorer) => element.data.ideas.map((idea) => idea.text).sort();

/** Puts text in the lake's form and sends it, without waiting: two tabs do it at once. */
function addIdea(element: MarkScorer, words: string): void {
  fill(element, '#idea-text', words).form!.requestSubmit();
}

describe('two tabs on one storage key', () => {
  it('keeps both tabs’ changes to different fields, and both additions to one list, in both', async () => {
    const [a, b] = await twoTabs();
    await openMark(a, 'listening');
    await openMark(b, 'icebreakers');
    // At once: neither has heard of the other's change yet.
    chooseScore(a, 'm-listening-agreed', 7);
    chooseScore(b, 'm-icebreakers-agreed', 4);
    addIdea(a, 'Meet somewhere with a lift');
    addIdea(b, 'Pay people for their time');
    const both = ['Meet somewhere with a lift', 'Pay people for their time'];
    await waitFor(() => ideas(a).length === 2 && ideas(b).length === 2);
    await waitFor(() => mark(a, 'icebreakers').agreed === 4 && mark(b, 'listening').agreed === 7);
    for (const element of [a, b]) {
      expect(ideas(element)).to.deep.equal(both);
      expect(mark(element, 'listening').agreed).to.equal(7);
      expect(mark(element, 'icebreakers').agreed).to.equal(4);
    }
    // Storage keeps today's envelope, which an older copy of the library reads as ever.
    await waitFor(() => JSON.parse(localStorage.getItem(KEY)!).data.ideas.length === 2);
    const stored = parseDocument(localStorage.getItem(KEY)!, MARK_SCORER_FORMAT);
    expect(stored.ok).to.equal(true);
    expect(JSON.parse(localStorage.getItem(KEY)!)).to.include({ format: 'coproduce/mark-scorer', version: 1 });
  });

  it('never replaces typing: the same field changed in the other tab is shown as a conflict, and “Keep mine” keeps it everywhere', async () => {
    const [a, b] = await twoTabs();
    await openMark(a, 'listening');
    await openMark(b, 'listening');
    const changes = recordEvents(a, 'mark-scorer-change');
    fill(a, '#m-listening-notes', 'Tab A is typing this');
    await typeAndLeave(b, '#m-listening-notes', 'Tab B wrote this');
    await waitFor(() => a.shadowRoot!.querySelector('.notice.conflict') !== null);
    await settle(a);
    expect($<HTMLTextAreaElement>(a, '#m-listening-notes').value).to.equal('Tab A is typing this');
    expect(mark(a, 'listening').notes).to.equal('Tab A is typing this');
    const notice = $(a, '.notice.conflict');
    expect(text(notice)).to.contain('This was also changed somewhere else while you were changing it.');
    expect(text(notice)).to.contain('Yours: “Tab A is typing this”');
    expect(text(notice)).to.contain('Theirs: “Tab B wrote this”');
    expect([...notice.querySelectorAll('button')].map(text)).to.deep.equal(['Keep mine', 'Use theirs']);
    expect(text($(a, '.visually-hidden[role="status"]'))).to.contain('This was also changed somewhere else');
    await expect(a).to.be.accessible();
    // Typing saved after the pause is still not sent over theirs while the person has not chosen.
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(mark(b, 'listening').notes).to.equal('Tab B wrote this');
    $<HTMLButtonElement>(a, '#keep-mine-0').click();
    await settle(a);
    expect(a.shadowRoot!.querySelector('.notice.conflict')).to.equal(null);
    expect(a.shadowRoot!.activeElement?.id).to.equal('title');
    await waitFor(() => mark(b, 'listening').notes === 'Tab A is typing this');
    await settle(b);
    expect($<HTMLTextAreaElement>(b, '#m-listening-notes').value).to.equal('Tab A is typing this');
    expect(b.shadowRoot!.querySelector('.notice.conflict')).to.equal(null);
    expect(changes.length).to.be.greaterThan(0);
  });

  it('“Use theirs” takes the other tab’s words in place of what was typed', async () => {
    const [a, b] = await twoTabs();
    await openMark(a, 'listening');
    await openMark(b, 'listening');
    fill(a, '#m-listening-notes', 'Half-typed in A');
    await typeAndLeave(b, '#m-listening-notes', 'Finished in B');
    await waitFor(() => a.shadowRoot!.querySelector('#use-theirs-0') !== null);
    $<HTMLButtonElement>(a, '#use-theirs-0').click();
    await settle(a);
    expect(mark(a, 'listening').notes).to.equal('Finished in B');
    expect($<HTMLTextAreaElement>(a, '#m-listening-notes').value).to.equal('Finished in B');
    expect(a.shadowRoot!.querySelector('.notice.conflict')).to.equal(null);
    expect(text($(a, '.visually-hidden[role="status"]'))).to.contain('Used theirs.');
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(mark(b, 'listening').notes).to.equal('Finished in B');
  });

  it('follows a change from the other tab that nobody here touched, and says so with <tag>-change', async () => {
    const [a, b] = await twoTabs();
    const changes = recordEvents(a, 'mark-scorer-change');
    await openMark(b, 'listening');
    await typeAndLeave(b, '#m-listening-notes', 'Only B changed this');
    await waitFor(() => mark(a, 'listening').notes === 'Only B changed this');
    expect(a.shadowRoot!.querySelector('.notice.conflict')).to.equal(null);
    expect(changes.at(-1)!.detail.data.marks.find((each) => each.id === 'listening')!.notes).to.equal(
      'Only B changed this',
    );
  });

  it('Undo takes back only this tab’s change: what the other tab added since stays', async () => {
    const [a, b] = await twoTabs();
    fill(a, '#new-mark-name', 'Sharing food').form!.requestSubmit();
    await settle(a);
    const id = a.data.marks.at(-1)!.id;
    await waitFor(() => b.data.marks.some((each) => each.id === id));
    $<HTMLButtonElement>(a, `#m-${id}-card .mark-actions button:last-child`).click();
    await settle(a);
    await waitFor(() => !b.data.marks.some((each) => each.id === id));
    addIdea(b, 'Bring the tea');
    await waitFor(() => ideas(a).includes('Bring the tea'));
    $<HTMLButtonElement>(a, '#undo').click();
    await settle(a);
    expect(a.data.marks.some((each) => each.id === id)).to.equal(true);
    expect(ideas(a)).to.deep.equal(['Bring the tea']);
    expect(text($(a, '.visually-hidden[role="status"]'))).to.contain('Undone.');
    await waitFor(() => b.data.marks.some((each) => each.id === id));
    expect(ideas(b)).to.deep.equal(['Bring the tea']);
  });

  it('Undo says so when the other tab changed part of that change since, and keeps their change', async () => {
    const [a, b] = await twoTabs();
    const copy = JSON.parse(JSON.stringify(a));
    copy.data.marks.find((each: { id: string }) => each.id === 'listening').notes = 'From the copy';
    copy.data.marks.find((each: { id: string }) => each.id === 'icebreakers').notes = 'Also from the copy';
    const input = $<HTMLInputElement>(a, '#open-file');
    const transfer = new DataTransfer();
    transfer.items.add(new File([JSON.stringify(copy)], 'copy.json', { type: 'application/json' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await waitFor(() => mark(b, 'listening').notes === 'From the copy');
    await openMark(b, 'listening');
    await typeAndLeave(b, '#m-listening-notes', 'B changed it after');
    await waitFor(() => mark(a, 'listening').notes === 'B changed it after');
    await settle(a);
    $<HTMLButtonElement>(a, '#undo').click();
    await settle(a);
    expect(mark(a, 'icebreakers').notes).to.equal('');
    expect(mark(a, 'listening').notes).to.equal('B changed it after');
    const said = 'Undone. Someone else changed part of this since, so their change was kept.';
    expect(text($(a, '.notice p'))).to.equal(said);
    expect(text($(a, '.visually-hidden[role="status"]'))).to.contain(said);
    await waitFor(() => mark(b, 'icebreakers').notes === '');
    expect(mark(b, 'listening').notes).to.equal('B changed it after');
  });

  it('refuses a document from elsewhere that does not fit, with <tag>-error, and keeps the last good one', async () => {
    const [a, b] = await twoTabs();
    await openMark(a, 'listening');
    chooseScore(a, 'm-listening-agreed', 6);
    await waitFor(() => mark(b, 'listening').agreed === 6);
    const errors = [recordEvents(a, 'mark-scorer-error'), recordEvents(b, 'mark-scorer-error')];
    // A third tab that breaks the rules: it joins as any tab does, then sends a score of "eleven".
    const channel = new BroadcastChannel(KEY);
    const doc = new Y.Doc();
    const id = `${'z'.repeat(10)}-bad`;
    const joined = new Promise<void>((resolve) => {
      channel.onmessage = (event) => {
        if (event.data.type !== 'state' || event.data.to !== id) return;
        Y.applyUpdate(doc, event.data.update);
        resolve();
      };
    });
    channel.postMessage({ type: 'hello', from: id });
    await joined;
    doc.on('update', (update: Uint8Array) => channel.postMessage({ type: 'update', from: id, update }));
    const marks = (rootOf(doc).get('data') as Y.Map<unknown>).get('marks') as Y.Array<Y.Map<unknown>>;
    marks
      .toArray()
      .find((each) => each.get('id') === 'listening')!
      .set('agreed', 'eleven');
    try {
      await waitFor(() => errors.every((each) => each.length > 0));
      for (const [index, element] of [a, b].entries()) {
        expect(errors[index]![0]!.detail.code).to.equal('invalid-data');
        expect(mark(element, 'listening').agreed).to.equal(6);
        await settle(element);
        expect(text($(element, '#problems'))).to.contain('A change made somewhere else didn’t fit this session');
      }
      const stored = JSON.parse(localStorage.getItem(KEY)!).data.marks;
      expect(stored.find((each: { id: string }) => each.id === 'listening').agreed).to.equal(6);
    } finally {
      channel.close();
      doc.destroy();
    }
  });

  it('two tabs that opened at once and seeded from different stored copies: the newer starts again from the older’s state', async () => {
    const a = await fixture<MarkScorer>(html`<mark-scorer storage-key="together"></mark-scorer>`);
    await settle(a);
    // Another tab, older than this one, whose hello crossed this one's: each answered the other.
    const channel = new BroadcastChannel(KEY);
    const older = '0000000000-older';
    const heard: { type: string; from: string; to?: string; hash?: string }[] = [];
    channel.onmessage = (event) => heard.push(event.data);
    try {
      channel.postMessage({ type: 'hello', from: older });
      await waitFor(() => heard.some((message) => message.type === 'seed' && message.to === older));
      const id = heard.find((message) => message.type === 'seed')!.from;
      // The older tab seeded from a copy saved a moment later, with other notes in it.
      const copy = JSON.parse(JSON.stringify(a));
      copy.data.marks.find((each: { id: string }) => each.id === 'listening').notes = 'In the older tab’s copy';
      const other = new Y.Doc();
      seedShared(other, copy.format, copy.version, copy.data);
      channel.postMessage({ type: 'seed', from: older, to: id, hash: 'another-copy' });
      await waitFor(() => heard.some((message) => message.type === 'want-state' && message.to === older));
      channel.postMessage({ type: 'state', from: older, to: id, update: Y.encodeStateAsUpdate(other) });
      await waitFor(() => mark(a, 'listening').notes === 'In the older tab’s copy');
      other.destroy();
    } finally {
      channel.close();
    }
  });

  it('carries over a session saved before (today’s envelope): both tabs show it and keep changing it', async () => {
    // What an older copy saved is whatever its schema allowed: let the element fill in the rest, as it does on load.
    const scratch = await fixture<MarkScorer>(html`<mark-scorer></mark-scorer>`);
    const full = JSON.parse(JSON.stringify(scratch));
    full.savedAt = '2026-01-12T10:00:00.000Z';
    full.data.marks.find((each: { id: string }) => each.id === 'listening').notes = 'Saved in January';
    full.data.marks.find((each: { id: string }) => each.id === 'listening').agreed = 5;
    scratch.remove();
    localStorage.setItem(KEY, JSON.stringify(full));
    const [a, b] = await twoTabs();
    for (const element of [a, b]) {
      expect(mark(element, 'listening')).to.include({ notes: 'Saved in January', agreed: 5 });
    }
    await openMark(b, 'listening');
    chooseScore(b, 'm-listening-agreed', 8);
    await waitFor(() => mark(a, 'listening').agreed === 8);
    expect(mark(a, 'listening').notes).to.equal('Saved in January');
    const storedListening = () =>
      JSON.parse(localStorage.getItem(KEY)!).data.marks.find((each: { id: string }) => each.id === 'listening');
    await waitFor(() => storedListening().agreed === 8);
    expect(parseDocument(localStorage.getItem(KEY)!, MARK_SCORER_FORMAT).ok).to.equal(true);
  });
});
