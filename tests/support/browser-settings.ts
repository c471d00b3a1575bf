/**
 * Settings the browser was started with, for the media a test cannot ask it
 * to emulate. Chromium emulates forced colours, touch and reduced motion
 * through its DevTools protocol; Firefox's WebDriver BiDi cannot, so the test
 * runner also starts Firefox with them set as preferences (a group per set,
 * see web-test-runner.config.mjs), runs there only the tests named for them,
 * and tells the page through `globalThis.browserSettings`.
 */
export interface BrowserSettings {
  /** The page is in forced colours, in this contrast theme. */
  forcedColours?: 'light' | 'dark';
  /** The pointer is a finger (`pointer: coarse`). */
  touch?: boolean;
  /** `prefers-reduced-motion: reduce`. */
  reducedMotion?: boolean;
  /** Only tests whose full title matches this run; the rest are skipped. */
  titles?: string;
}

export const browserSettings: BrowserSettings | undefined = (globalThis as { browserSettings?: BrowserSettings })
  .browserSettings;
