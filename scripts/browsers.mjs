// Where the test browsers are. Debian's packages by default; CHROME_PATH and
// FIREFOX_PATH point elsewhere. No test tool may download its own browser.
import { existsSync } from 'node:fs';

export const chromiumPath = process.env.CHROME_PATH || '/usr/bin/chromium';
export const firefoxPath = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

export function hasChromium() {
  return existsSync(chromiumPath);
}

export function hasFirefox() {
  return existsSync(firefoxPath);
}

export const HOW_TO_GET_CHROMIUM = `No Chromium found at ${chromiumPath}.
The tests run in a real browser. Either:
  sudo apt-get install -y chromium        (Debian/Ubuntu: gives /usr/bin/chromium)
or point CHROME_PATH at a Chromium or Chrome you already have:
  CHROME_PATH=/path/to/chrome npm test`;
