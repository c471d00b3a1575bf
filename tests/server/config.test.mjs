// Settings come from the environment and are checked at start, with messages that say what to do.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { buildServerOnce, SERVER_COMMAND } from '../support/live-server.mjs';

const run = promisify(execFile);
const start = (env) =>
  run(process.execPath, [SERVER_COMMAND], { env: { PATH: process.env.PATH, ...env }, timeout: 10_000 });

describe('configuration', { timeout: 30_000 }, () => {
  before(buildServerOnce);

  it('will not start without a long enough secret, and says how to make one', async () => {
    await assert.rejects(start({}), (error) => {
      assert.equal(error.code, 2);
      assert.match(error.stderr, /COPRODUCE_SECRET must be at least 32 characters \(it is not set\)/);
      assert.match(error.stderr, /randomBytes/);
      return true;
    });
    await assert.rejects(start({ COPRODUCE_SECRET: 'short' }), /it has 5/);
  });

  it('names every setting that is wrong', async () => {
    await assert.rejects(
      start({
        COPRODUCE_SECRET: 'x'.repeat(40),
        COPRODUCE_PORT: 'eighty',
        COPRODUCE_REDIS_URL: 'localhost:6379',
        COPRODUCE_MAX_DOCUMENT_BYTES: '-1',
        COPRODUCE_ADMIN_KEY: 'short',
      }),
      (error) => {
        assert.match(error.stderr, /COPRODUCE_PORT must be a whole number/);
        assert.match(error.stderr, /COPRODUCE_REDIS_URL must look like redis:\/\//);
        assert.match(error.stderr, /COPRODUCE_MAX_DOCUMENT_BYTES must be a whole number/);
        assert.match(error.stderr, /COPRODUCE_ADMIN_KEY must be at least 32 characters/);
        return true;
      },
    );
  });

  it('lists the settings in --help', async () => {
    const { stdout } = await run(process.execPath, [SERVER_COMMAND, '--help']);
    for (const name of ['COPRODUCE_SECRET', 'COPRODUCE_DATABASE', 'COPRODUCE_REDIS_URL', 'COPRODUCE_ADMIN_KEY']) {
      assert.match(stdout, new RegExp(name));
    }
    assert.match(stdout, /coproduce-server token --room/);
  });
});
