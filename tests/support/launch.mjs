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
