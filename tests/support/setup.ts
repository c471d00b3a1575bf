// Imported by every test file. Lit prints dev-mode warnings for real mistakes
// (class fields shadowing properties, change-in-update loops…): such a warning
// fails the test that caused it.
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { fixtureCleanup } from '@open-wc/testing';
import { browserSettings } from './browser-settings.js';

// Tests read which files a page fetched (performance's resource entries). The test runner serves every
// module as its own file: past the browser's default of 250 entries, later fetches would go unrecorded,
// and a check that something was, or was not, fetched would pass or fail by chance.
performance.setResourceTimingBufferSize(100_000);

const warnings: string[] = [];
const originalWarn = console.warn.bind(console);
let expected = 0;

console.warn = (...args: unknown[]) => {
  const text = args.map(String).join(' ');
  if (text.includes('Lit is in dev mode')) return;
  if (expected > 0) {
    expected--;
  } else {
    warnings.push(text);
  }
  originalWarn(...args);
};

/** For a test that expects exactly `count` warnings of its own. */
export function expectWarnings(count: number): void {
  expected += count;
}

afterEach(() => {
  fixtureCleanup();
  localStorage.clear();
  expected = 0;
  const found = warnings.splice(0);
  if (found.length) throw new Error(`Unexpected console warnings:\n${found.join('\n')}`);
});

// "ResizeObserver loop completed with undelivered notifications" is the
// browser saying it put off some size reports to the next frame (CSSWG issue
// 5488). The <decision-log> list's virtualizer causes it when it measures rows
// it has just drawn; its authors call it benign (lit/lit#3154) and ship this
// helper for tests. Any other window error still fails the test.
setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);

// A browser started with settings (forced colours, touch…) runs only the tests named for them.
if (browserSettings?.titles) {
  const wanted = new RegExp(browserSettings.titles, 'i');
  beforeEach(function () {
    if (!wanted.test(this.currentTest?.fullTitle() ?? '')) this.skip();
  });
}
