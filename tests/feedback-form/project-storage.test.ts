// Inside a <coproduction-project>, <feedback-form> keeps what it keeps
// through the project's storage adapter, as every element does: a host that
// keeps things in memory (or on its own server) finds nothing of the form in
// the browser's storage.
import { expect, fixture } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../support/setup.js';
import { MemoryStorageAdapter } from '../../packages/core/src/index.js';
import type { FeedbackForm } from '../../packages/feedback-form/src/index.js';
import { openOutbox } from '../../packages/feedback-form/src/outbox.js';
import { $, fill, html, recordEvents, settle, waitFor } from '../support/helpers.js';
import { quick } from './support.js';

/** A form inside a project given `storage`, as a host sets the project's `storage` property, before either is on the page. */
async function inProject(storage: MemoryStorageAdapter, attributes = 'storage-key="s"', projectId?: string) {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const project = document.createElement('coproduction-project');
  project.storage = storage;
  if (projectId) project.project = projectId;
  project.innerHTML = `<feedback-form ${attributes}></feedback-form>`;
  wrapper.append(project);
  const element = project.querySelector('feedback-form') as FeedbackForm;
  await settle(element);
  return element;
}

/** Every key of IndexedDB's outbox, so a test can say nothing went there. */
const inIndexedDb = async () => (await (await openOutbox()).list()).map((entry) => entry.id);

describe('<feedback-form> in a <coproduction-project> with its own storage', () => {
  it('keeps the draft in the project’s adapter, and nothing of the form in localStorage', async () => {
    const storage = new MemoryStorageAdapter();
    const element = await inProject(storage);
    $(element, '#q-how-4').click();
    fill(element, '#q-more', 'The room was too hot');
    await settle(element);
    await waitFor(() => storage.getItem('coproduce:feedback-draft:s') !== null);
    expect(JSON.parse(storage.getItem('coproduce:feedback-draft:s')!).answers).to.deep.equal({
      how: 4,
      more: 'The room was too hot',
    });
    expect(Object.keys(localStorage)).to.deep.equal([]);
    // Opened again with the same project storage: the answers are back.
    element.closest('div')!.remove();
    const again = await inProject(storage);
    expect($<HTMLInputElement>(again, '#q-how-4').checked).to.equal(true);
    expect($<HTMLTextAreaElement>(again, '#q-more').value).to.equal('The room was too hot');
    expect(Object.keys(localStorage)).to.deep.equal([]);
  });

  it('keeps the draft under the project’s own keys, so two projects never share answers', async () => {
    const storage = new MemoryStorageAdapter();
    const element = await inProject(storage, 'storage-key="s"', 'carers');
    $(element, '#q-how-2').click();
    await settle(element);
    await waitFor(() => storage.keys('coproduce:').length > 0);
    expect(storage.keys('coproduce:')).to.deep.equal(['coproduce:carers:feedback-draft:s']);
  });

  it('keeps feedback it cannot send yet in the project’s adapter, not in the browser', async () => {
    const { path } = await executeServerCommand<{ path: string }, object>('feedback-endpoint', {
      lane: 'project',
      reset: true,
      mode: 'down',
    });
    const before = await inIndexedDb();
    const storage = new MemoryStorageAdapter();
    const element = quick(await inProject(storage, `action="${path}" storage-key="s"`), {
      minimumMs: 0,
      retryBaseMs: 60_000,
    });
    const queued = recordEvents(element, 'feedback-queued');
    $(element, '#q-how-5').click();
    await settle(element);
    $<HTMLButtonElement>(element, 'form button[type="submit"]').click();
    await waitFor(() => queued.length === 1);
    const kept = JSON.parse(storage.getItem('coproduce:feedback-outbox')!) as { id: string }[];
    expect(kept.map((entry) => entry.id)).to.deep.equal([queued[0]!.detail.submissionId]);
    expect(await inIndexedDb()).to.deep.equal(before);
    expect(Object.keys(localStorage)).to.deep.equal([]);
  });
});
