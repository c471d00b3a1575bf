// `npm start`, as a newcomer meets it: the address Vite prints must open the
// demo pages. Runs the same dev server (vite.config.ts) on a free port.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('npm start', () => {
  let server;
  before(async () => {
    server = await createServer({
      configFile: `${root}vite.config.ts`,
      logLevel: 'silent',
      server: { port: 0, open: false, strictPort: false },
    });
    await server.listen();
  });
  after(() => server?.close());

  it('opens the demo index at the address it prints', async () => {
    const [printed] = server.resolvedUrls.local;
    assert.match(printed, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    const response = await fetch(printed);
    assert.equal(response.status, 200);
    assert.equal(new URL(response.url).pathname, '/demo/');
    assert.match(await response.text(), /<mark-scorer[^>]*>/);
  });

  it('still serves the demo pages and the files they load', async () => {
    const base = server.resolvedUrls.local[0];
    assert.equal((await fetch(new URL('demo/plain.html', base))).status, 200);
  });
});
