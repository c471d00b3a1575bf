// Tests run in real browsers: Debian's Chromium and Firefox ESR, both driven
// by puppeteer-core (Firefox through WebDriver BiDi). No browser downloads.
// BROWSERS=chromium (or firefox) runs one of them.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import * as puppeteerCore from 'puppeteer-core';

import { chromiumArgs, chromiumPath, firefoxPath } from './scripts/browsers.mjs';
import { feedbackEndpoint, feedbackEndpointPlugin } from './tests/support/feedback-endpoint.mjs';
import { heldRequests, heldRequestsPlugin } from './tests/support/held-requests.mjs';
import { reactAsModules } from './tests/react/react-as-modules.mjs';
import { sourceEndpoint, sourceEndpointPlugin } from './tests/support/source-endpoint.mjs';
import { unreachableOnce, unreachableOncePlugin } from './tests/support/unreachable-once.mjs';

const launchers = {
  chromium: () =>
    chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath,
        headless: true,
        args: chromiumArgs,
      },
    }),
  firefox: (prefs = {}) =>
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: { browser: 'firefox', executablePath: firefoxPath, headless: true, extraPrefsFirefox: prefs },
    }),
};

/**
 * Firefox's WebDriver BiDi cannot emulate forced colours, touch or reduced
 * motion, so Firefox is also started with each set as preferences, and runs
 * there only the tests named for it (tests/support/browser-settings.ts).
 */
const PRESENTATION = ['tests/*/presentation.test.ts', 'tests/easy-read/elements.test.ts'];
const forcedColours = (scheme, [background, foreground]) => ({
  settings: { forcedColours: scheme, titles: 'forced colours|forced-colours theme|contrast theme' },
  files: PRESENTATION,
  prefs: {
    'browser.display.document_color_use': 2,
    'browser.display.use_system_colors': false,
    'browser.display.background_color': background,
    'browser.display.foreground_color': foreground,
    'ui.systemUsesDarkTheme': scheme === 'dark' ? 1 : 0,
  },
});
const FIREFOX_SETTINGS = {
  'firefox-forced-colours': forcedColours('light', ['#ffffff', '#000000']),
  'firefox-forced-colours-dark': forcedColours('dark', ['#000000', '#ffffff']),
  'firefox-touch-reduced-motion': {
    settings: { touch: true, reducedMotion: true, titles: 'touch screen|reduced motion' },
    files: [...PRESENTATION, 'tests/core/touch-targets.test.ts', 'tests/*/participant.test.ts'],
    prefs: {
      'ui.primaryPointerCapabilities': 1,
      'ui.allPointerCapabilities': 1,
      'dom.w3c_touch_events.enabled': 1,
      'dom.maxtouchpoints.testing.value': 5,
      'ui.prefersReducedMotion': 1,
    },
  },
};

const wanted = (process.env.BROWSERS || 'chromium,firefox').split(',');

/**
 * `emulate-touch`: a touch screen (`pointer: coarse`), where the browser can
 * emulate one (Chromium can, through the DevTools protocol). Returns false
 * elsewhere. `{ active: false }` turns it off: the runner reuses the page for
 * the next test file, which would otherwise get a touch screen too (and a
 * mouse that never hovers).
 */
function touchPlugin() {
  // One DevTools session per page: emulation set through a session lasts as long as it, and only it can undo it.
  const sessions = new WeakMap();
  return {
    name: 'touch',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-touch') return undefined;
      const page = session.browser.getPage(session.id);
      try {
        if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
        const cdp = sessions.get(page);
        // Chromium refuses 0 touch points, even to turn touch off: give a count only to turn it on.
        await cdp.send('Emulation.setTouchEmulationEnabled', {
          enabled: Boolean(payload?.active),
          ...(payload?.active ? { maxTouchPoints: 5 } : {}),
        });
        await cdp.send('Emulation.setEmitTouchEventsForMouse', {
          enabled: Boolean(payload?.active),
          configuration: 'mobile',
        });
        return true;
      } catch {
        return false;
      }
    },
  };
}

/**
 * `emulate-forced-colors`: Windows high contrast, where the browser can emulate
 * it (Chromium can); `{ scheme: 'dark' }` for a dark contrast theme. Both go in
 * one call, since each call replaces every emulated feature.
 */
function forcedColorsPlugin() {
  return {
    name: 'forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      try {
        await page.emulateMediaFeatures([
          { name: 'forced-colors', value: payload?.active ? 'active' : 'none' },
          { name: 'prefers-color-scheme', value: payload?.active && payload?.scheme === 'dark' ? 'dark' : 'light' },
        ]);
        return true;
      } catch {
        return false;
      }
    },
  };
}

/**
 * `live-server`: the real coproduce-server (tests/support/live-server.mjs), run
 * in Node for browser tests of live sessions. `{ action: 'start' }` starts one
 * on 127.0.0.1 and a free port and gives `{ id, url, httpUrl }`; `{ action:
 * 'mint', id, room, role, hours? }` a signed token; `{ action: 'kill' | 'restart'
 * | 'stop', id }` takes it down (kill keeps its database, so restart brings the
 * room back) or ends it. Every server still running is stopped when the run ends.
 */
function liveServerPlugin() {
  const servers = new Map();
  let made = 0;
  const serverOf = (id) => {
    const live = servers.get(id);
    if (!live) throw new Error(`No live server ${id}: start one first`);
    return live;
  };
  return {
    name: 'live-server',
    async executeCommand({ command, payload }) {
      if (command !== 'live-server') return undefined;
      const action = payload?.action;
      if (action === 'start') {
        // Imported here: only test files that start a server need it (and the server's build).
        const { startLiveServer } = await import('./tests/support/live-server.mjs');
        const live = await startLiveServer();
        const id = ++made;
        servers.set(id, live);
        return { id, url: live.url, httpUrl: live.httpUrl };
      }
      const live = serverOf(payload.id);
      if (action === 'mint') return live.mint(payload.room, payload.role, payload.hours);
      if (action === 'kill') await live.kill();
      else if (action === 'restart') await live.restart();
      else if (action === 'stop') {
        servers.delete(payload.id);
        await live.stop();
      } else throw new Error(`live-server: unknown action ${action}`);
      return true;
    },
    async serverStop() {
      await Promise.all([...servers.values()].map((live) => live.stop()));
      servers.clear();
    },
  };
}

export default {
  files: 'tests/**/*.test.ts',
  nodeResolve: true,
  concurrency: 1,
  middleware: [feedbackEndpoint, sourceEndpoint, unreachableOnce, heldRequests],
  plugins: [
    reactAsModules(),
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }),
    forcedColorsPlugin(),
    touchPlugin(),
    a11ySnapshotPlugin(),
    feedbackEndpointPlugin(),
    sourceEndpointPlugin(),
    unreachableOncePlugin(),
    heldRequestsPlugin(),
    liveServerPlugin(),
  ],
  browsers: wanted.map((name) => {
    if (!launchers[name]) throw new Error(`Unknown browser "${name}": use chromium or firefox`);
    return launchers[name]();
  }),
  // Not when a few files are asked for (`--files`), unless FIREFOX_SETTINGS=1.
  groups:
    wanted.includes('firefox') && (!process.argv.includes('--files') || process.env.FIREFOX_SETTINGS === '1')
      ? Object.entries(FIREFOX_SETTINGS).map(([name, { settings, files, prefs }]) => ({
          name,
          files,
          browsers: [launchers.firefox(prefs)],
          testRunnerHtml: (framework) => `<!doctype html>
<html><head><script>globalThis.browserSettings = ${JSON.stringify(settings)};</script></head>
<body><script type="module" src="${framework}"></script></body></html>`,
        }))
      : [],
  testFramework: { config: { timeout: 15000 } },
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
};
