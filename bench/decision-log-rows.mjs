// node bench/decision-log-rows.mjs (after npm run build): when should
// <decision-log> stop putting every row in the page and draw only those near
// the screen? For 100 to 2,000 decisions, in the staff list and on the public
// board, the first render, a status filter shown and the filter cleared, with
// every row in the page (plain) against the virtualizer, alternating, fresh
// page each run. Figures, not assertions: read the ratio plain / virtual.
// BENCH_RUNS (default 7), BENCH_CPU (CPU slow-down, default 1; 4 is a cheap phone).
import { build } from 'esbuild';
import { launch } from '../tests/support/launch.mjs';
import { startStaticServer } from '../tests/support/static-server.mjs';
import { fileURLToPath } from 'node:url';
import { realisticLog } from './pages/decision-log-decisions.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const CPU = Number(process.env.BENCH_CPU ?? 1);
const COUNTS = (process.env.BENCH_COUNTS ?? '100,250,500,1000,2000').split(',').map(Number);
const MODES = ['plain', 'virtual'];
const VIEWS = [
  ['list', ''],
  ['board', '&board=1'],
];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const server = await startStaticServer(root);
const browser = await launch('chromium');
async function measure(query) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  // Tall enough that the list is on screen, as in run.mjs: the virtualizer draws what is near the screen.
  await page.setViewport({ width: 1280, height: 2000 });
  if (CPU > 1) await (await page.createCDPSession()).send('Emulation.setCPUThrottlingRate', { rate: CPU });
  await page.goto(`${server.origin}/bench/pages/decision-log-rows.html?${query}`);
  await page.waitForFunction(() => window.__rows !== undefined, { timeout: 120000 });
  const result = await page.evaluate(() => window.__rows);
  await context.close();
  return result;
}

const results = {};
for (const [view, extra] of VIEWS) {
  for (const count of COUNTS) {
    for (const mode of MODES) results[`${view} ${count} ${mode}`] = [];
    // One run to warm the server and the browser's code cache, not counted.
    await measure(`count=${count}&mode=plain${extra}`);
    for (let run = 0; run < RUNS; run++) {
      for (const mode of MODES)
        results[`${view} ${count} ${mode}`].push(await measure(`count=${count}&mode=${mode}${extra}`));
    }
  }
}
await browser.close();
await server.close();

const of = (key, what) => median(results[key].map((result) => result[what]));
console.log(`\n<decision-log>: every row in the page (plain) against the virtualizer, median of ${RUNS}, CPU ×${CPU}`);
console.log(
  'view   count  rows in page   first render ms (ratio)   filter shown ms (ratio)   filter cleared ms (ratio)',
);
for (const [view] of VIEWS) {
  for (const count of COUNTS) {
    const cell = (what) => {
      const plain = of(`${view} ${count} plain`, what);
      const virtual = of(`${view} ${count} virtual`, what);
      return `${plain.toFixed(0).padStart(5)} / ${virtual.toFixed(0).padStart(4)} (${(plain / virtual).toFixed(2)})`.padEnd(
        26,
      );
    };
    const rows = `${of(`${view} ${count} plain`, 'inPage')} / ${of(`${view} ${count} virtual`, 'inPage')}`;
    console.log(
      `${view.padEnd(7)}${String(count).padStart(5)}  ${rows.padEnd(13)}  ${cell('first')}${cell('filter')}${cell('unfilter')}`,
    );
  }
}

// How big a long log is as a file: a saved copy (as downloaded, indented), the same without indents, and as a spreadsheet.
const csvModule = `${root}bench/.out/decision-log-csv.mjs`;
await build({
  entryPoints: [`${root}bench/entries/decision-log-csv.ts`],
  bundle: true,
  format: 'esm',
  platform: 'node',
  outfile: csvModule,
  tsconfig: `${root}tsconfig.json`,
  logLevel: 'error',
});
const { logToCsv } = await import(csvModule);
const envelope = (data) => ({ format: 'coproduce/decision-log', version: 1, savedAt: new Date().toISOString(), data });
const mib = (text) => (Buffer.byteLength(text) / 1048576).toFixed(1);
console.log(
  '\nA log as a file, MiB: decisions, saved copy (indented, as downloaded), without indents, spreadsheet (CSV)',
);
for (const count of [1000, 10000, 20000]) {
  const log = realisticLog(count);
  const sizes = [JSON.stringify(envelope(log), null, 2), JSON.stringify(envelope(log)), logToCsv(log)].map(mib);
  console.log(`  ${String(count).padStart(6)}${sizes.map((size) => size.padStart(8)).join('')}`);
}
