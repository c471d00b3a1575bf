// Its own file, and nothing imported before the resource buffer is made big
// enough to hold every module this page fetches: a page fetches a module
// once, so another test's second tab would spoil the count, and the
// browser's default buffer (250 entries) would drop the very fetch we look for.
performance.setResourceTimingBufferSize(100_000);

type Helpers = typeof import('../support/helpers.js');
type ScorerSupport = typeof import('../mark-scorer/support.js');
type MarkScorer = import('../../packages/mark-scorer/src/index.js').MarkScorer;

/** Whether this page has fetched Yjs, or the part that binds a document to it. */
const fetchedShared = () =>
  performance
    .getEntriesByType('resource')
    .some((entry) => /\/node_modules\/yjs\/|\/sync\/(binding|shared-doc)\b/.test(entry.name));

describe('one tab alone on a storage key', () => {
  let helpers: Helpers;
  let support: ScorerSupport;
  let testing: typeof import('@open-wc/testing');
  before(async () => {
    testing = await import('@open-wc/testing');
    await import('../support/setup.js');
    helpers = await import('../support/helpers.js');
    support = await import('../mark-scorer/support.js');
  });

  it('fetches no Yjs, however much it changes; a second element on the key does', async () => {
    const { expect, fixture, html } = testing;
    const { settle, typeAndLeave, waitFor } = helpers;
    const element = await fixture<MarkScorer>(html`<mark-scorer storage-key="alone"></mark-scorer>`);
    await settle(element);
    await support.openMark(element, 'listening');
    await typeAndLeave(element, '#m-listening-notes', 'Only one of us here');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(fetchedShared()).to.equal(false);
    // The same check sees the part arrive once there is someone to share with.
    const second = document.createElement('mark-scorer') as MarkScorer;
    second.setAttribute('storage-key', 'alone');
    element.after(second);
    try {
      await waitFor(fetchedShared);
      await waitFor(() => second.data.marks.some((mark) => mark.notes === 'Only one of us here'));
    } finally {
      second.remove();
    }
  });
});
