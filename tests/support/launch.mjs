// Launches Debian's Chromium or Firefox ESR through puppeteer-core for the
// Node-side tests (drop-in file, Storybook) and the bench.
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath, firefoxPath, hasFirefox } from '../../scripts/browsers.mjs';

export const BROWSERS = (process.env.BROWSERS || (hasFirefox() ? 'chromium,firefox' : 'chromium')).split(',');

export function launch(name) {
  if (name === 'firefox') {
    return puppeteer.launch({ browser: 'firefox', executablePath: firefoxPath, headless: true });
  }
  return puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
}

/**
 * A page that records console errors and warnings, uncaught exceptions, CSP
 * violations and every request's origin.
 */
export async function watchedPage(browser) {
  const page = await browser.newPage();
  const problems = [];
  const requests = [];
  page.on('console', (message) => {
    if (['error', 'warn', 'warning'].includes(message.type())) {
      problems.push(`console ${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => requests.push(request.url()));
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return { page, problems, requests };
}

/**
 * The network refuses every request from `page` for `file` (a path ending),
 * as a dropped connection would, until `restore()`.
 */
export async function refuseFile(page, file) {
  let down = true;
  await page.setRequestInterception(true);
  page.on('request', (request) =>
    down && new URL(request.url()).pathname.endsWith(file) ? request.abort('internetdisconnected') : request.continue(),
  );
  return {
    restore() {
      down = false;
    },
  };
}

/** The console lines left once the browser's own reports of a refused file are set aside (and any naming `file`). */
export const apartFromRefusals = (problems, file) =>
  problems.filter(
    (problem) =>
      !(file && problem.includes(file)) && !/Failed to (load|fetch)|ERR_INTERNET_DISCONNECTED|import/i.test(problem),
  );

/** True if the page asks for `file` no more over a moment (nothing fetching it again and again). */
export async function asksNoMoreFor(requests, file) {
  const asked = requests.filter((url) => url.includes(file)).length;
  await new Promise((resolve) => setTimeout(resolve, 300));
  return requests.filter((url) => url.includes(file)).length === asked;
}

/** How many submissions a page's `<feedback-form>` outbox holds (its IndexedDB store). */
export const outboxSize = (page) =>
  page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('coproduce-feedback', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('outbox', { keyPath: 'id' });
        open.onsuccess = () => {
          const count = open.result.transaction('outbox').objectStore('outbox').count();
          count.onsuccess = () => {
            open.result.close();
            resolve(count.result);
          };
          count.onerror = () => reject(count.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );
