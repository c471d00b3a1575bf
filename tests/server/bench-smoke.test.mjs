// The live-session bench must keep working: its quick mode (10 connections, one server
// and two with redis-server) runs to the end, prints its table, and every change a
// participant made reached the facilitator. Times are printed, never checked.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { it } from 'node:test';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** The environment without any BENCH_ setting someone has exported, so the quick run is always the same. */
const benchless = (env) => Object.fromEntries(Object.entries(env).filter(([name]) => !name.startsWith('BENCH_')));

it('bench/live.mjs in quick mode prints its table with every change arrived', { timeout: 60_000 }, async (t) => {
  const output = await new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['bench/live.mjs'],
      { cwd: root, env: { ...benchless(process.env), BENCH_QUICK: '1' }, timeout: 55_000 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`bench/live.mjs failed: ${error.message}\n${stdout}\n${stderr}`));
        else resolve(stdout);
      },
    );
  });
  const rows = output
    .split('\n')
    .filter((line) => /^\| (one|two \+ redis) \|/.test(line))
    .map((line) => line.split('|').map((cell) => cell.trim()));
  assert.equal(rows.length, 2, `one row each for one server and two with redis:\n${output}`);
  for (const row of rows) {
    const [, servers, connections, rooms, made, arrived, lost, median, p95] = row;
    assert.equal(connections, '10', `${servers}: 10 connections`);
    assert.equal(rooms, '1', `${servers}: one room of 10`);
    // 9 participants, 3 changes each.
    assert.equal(made, '27', `${servers}: every participant's changes were made:\n${output}`);
    assert.equal(arrived, '27', `${servers}: every change reached the facilitator:\n${output}`);
    assert.equal(lost, '0', `${servers}: nothing lost`);
    assert.match(median, /^\d+\.\d$/, `${servers}: a median time is printed`);
    assert.match(p95, /^\d+\.\d$/, `${servers}: a 95th percentile is printed`);
  }
  assert.match(output, /Every change arrived/);
  assert.match(output, /COPRODUCE_CONNECTIONS_PER_ADDRESS=\d+/, 'the raised limit is said');
  t.diagnostic(
    output
      .split('\n')
      .filter((line) => line.startsWith('|'))
      .join('\n'),
  );
});
