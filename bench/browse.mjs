// Loads bench pages in headless Chromium for npm run bench: a fresh browser
// context each time, cache off, the CPU optionally slowed (CDP), and, when
// asked, every file the page fetched before it was ready, with its body.
import { readFileSync, readdirSync } from 'node:fs';
import { launch } from '../tests/support/launch.mjs';
import { startStaticServer } from '../tests/support/static-server.mjs';
import { gzip } from './sizes.mjs';

// What the bench pages load; ?dropin=<file> swaps it for another file beside it.
const DROP_IN = '/packages/coproduce/dist/coproduce.js';
// The bench's own scripts and the host page's data: listed, never counted.
export const HARNESS = '/bench/pages/';

/**
 * Every bench page is served as written, or with ?dropin=coproduce.all.js
 * (any file in dist/) instead of coproduce.js, and ?lang=cy on <html>.
 */
function pageHandlers(root) {
  const handlers = {};
  for (const name of readdirSync(`${root}bench/pages/`).filter((file) => file.endsWith('.html'))) {
    handlers[`${HARNESS}${name}`] = (request, response) => {
      const query = new URL(request.url, 'http://localhost').searchParams;
      let html = readFileSync(`${root}bench/pages/${name}`, 'utf8');
      const dropIn = query.get('dropin');
      if (dropIn && /^[\w.-]+\.js$/.test(dropIn)) html = html.replaceAll(DROP_IN, DROP_IN.replace(/[^/]+$/, dropIn));
      const lang = query.get('lang');
      if (lang && /^[a-z-]+$/.test(lang)) html = html.replace(/<html lang="[^"]*"/, `<html lang="${lang}"`);
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      response.end(html);
    };
  }
  return handlers;
}

/** Starts the page server (127.0.0.1 only) and Chromium; `load` opens one page. */
export async function startBrowsing(root) {
  const server = await startStaticServer(root, { handlers: pageHandlers(root) });
  const browser = await launch('chromium');
  const foreign = new Set();

  /**
   * Opens `path`, waits for window.__ready, runs `work(page)` if given.
   * Returns { ready, drawn, text, files, result }: `files` (when `record`) are
   * the responses to requests started before ready, in order, each with its
   * gzip -9 size (the page's own HTML left out).
   */
  async function load(path, { cpu = 1, record = false, work = null } = {}) {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    // Tall enough that the log's list is on screen, so its first rows are drawn.
    await page.setViewport({ width: 1280, height: 2000 });
    await page.setCacheEnabled(false);
    if (cpu > 1) await (await page.createCDPSession()).send('Emulation.setCPUThrottlingRate', { rate: cpu });
    const bodies = new Map();
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(`${server.origin}/`) && !/^(data|blob):/.test(url)) foreign.add(url);
    });
    if (record) {
      page.on('response', (response) => {
        if (!response.url().startsWith(server.origin)) return;
        const type = response.request().resourceType();
        bodies.set(response.url(), { type, body: response.buffer().catch(() => null) });
      });
    }
    const url = `${server.origin}${path}`;
    await page.goto(url, { timeout: 120000 });
    await page.waitForFunction(() => window.__ready !== undefined, { timeout: 120000, polling: 50 });
    const { ready, drawn } = await page.evaluate(() => ({ ready: window.__ready, drawn: window.__drawn }));
    const outcome = { ready, drawn, files: [], text: '' };
    if (record) {
      // A request started before ready may still be arriving: let it land.
      await page.waitForNetworkIdle({ idleTime: 200, timeout: 10000 }).catch(() => {});
      const started = await page.evaluate(
        (until) =>
          performance
            .getEntriesByType('resource')
            // The browser asks for /favicon.ico on its own; the page does not.
            .filter((entry) => entry.startTime <= until && !entry.name.endsWith('/favicon.ico'))
            .map((entry) => entry.name),
        ready,
      );
      for (const name of started) {
        const seen = bodies.get(name);
        const body = seen ? await seen.body : null;
        const file = name.slice(server.origin.length);
        if (!body) {
          outcome.files.push({ file, type: seen?.type ?? 'unknown', raw: 0, gzip: 0, missing: true });
        } else {
          outcome.files.push({ file, type: seen.type, raw: body.length, gzip: body.length ? gzip(body) : 0 });
        }
      }
      // What the element shows, to tell a Welsh page from an English one.
      outcome.text = await page.evaluate(() => {
        const tag = document.documentElement.dataset.measure?.split(' ')[0];
        return tag ? (document.querySelector(tag)?.shadowRoot?.textContent ?? '') : document.body.textContent;
      });
    }
    if (work) outcome.result = await work(page);
    await context.close();
    return outcome;
  }

  const close = async () => {
    await browser.close();
    await server.close();
  };
  const version = await browser.version();
  return { load, close, foreign, version, origin: server.origin };
}
