// The browser side of tests/support/unreachable-once.mjs: the test runner's
// server refuses a module to this browser, as a dropped connection would.
import { executeServerCommand } from '@web/test-runner-commands';

/** The server answers 503 to this browser's next `times` requests for `path` (its .js or .ts). */
export const refuseNext = (path: string, times = 1) =>
  executeServerCommand('unreachable-once', { path, userAgent: navigator.userAgent, times });

/** Lets the page use the browser's cache again, which refuseNext turned off. */
export const restoreNetwork = () => executeServerCommand('unreachable-once', { restore: true });
