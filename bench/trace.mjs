// node bench/trace.mjs: where the time goes before each element page is
// ready, from a Chromium performance trace (the same "devtools.timeline"
// events the DevTools Performance panel shows), through the loader and
// through the one file. Figures, not assertions; npm run build first.
//   BENCH_RUNS  traces per page, the median of each column is printed (default 5)
import { fileURLToPath } from 'node:url';
import { launch } from '../tests/support/launch.mjs';
import { startStaticServer } from '../tests/support/static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PAGES = ['trivial', 'mark-scorer', 'feedback-form', 'icebreaker-picker', 'values-agreement', 'decision-log'];
const DROP_IN = '/packages/coproduce/dist/coproduce.js';

/** Trace events by what the browser was doing, in milliseconds of main-thread time. */
const KINDS = {
  'fetch and parse HTML': ['ParseHTML'],
  'compile script': ['v8.compile', 'v8.compileModule', 'CompileScript', 'v8.produceModuleCache'],
  'run script': ['EvaluateScript', 'v8.evaluateModule', 'FunctionCall', 'TimerFire', 'RunMicrotasks', 'EventDispatch'],
  'style and layout': ['UpdateLayoutTree', 'Layout', 'RecalculateStyles', 'ParseAuthorStyleSheet'],
  paint: ['Paint', 'PrePaint', 'Layerize', 'UpdateLayer', 'CompositeLayers', 'Commit'],
};

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/** Sums the complete events of the page's main thread, by kind, up to ready (nested events counted once, at the top). */
function byKind(events, readyTs) {
  const main = events.find((event) => event.name === 'TracingStartedInBrowser')?.args?.data?.frames?.[0]?.processId;
  const totals = Object.fromEntries(Object.keys(KINDS).map((kind) => [kind, 0]));
  const kindOf = new Map(Object.entries(KINDS).flatMap(([kind, names]) => names.map((name) => [name, kind])));
  let busyUntil = 0;
  const top = events
    .filter((event) => event.ph === 'X' && event.pid === main && event.ts <= readyTs && kindOf.has(event.name))
    .sort((a, b) => a.ts - b.ts);
  for (const event of top) {
    if (event.ts < busyUntil) continue;
    busyUntil = event.ts + (event.dur ?? 0);
    totals[kindOf.get(event.name)] += (event.dur ?? 0) / 1000;
  }
  return totals;
}

const server = await startStaticServer(root);
const browser = await launch('chromium');
const rows = [];
try {
  for (const dropIn of ['coproduce.js', 'coproduce.all.js']) {
    for (const name of PAGES) {
      if (name === 'trivial' && dropIn !== 'coproduce.js') continue;
      const samples = [];
      for (let run = 0; run < RUNS; run++) {
        const context = await browser.createBrowserContext();
        const page = await context.newPage();
        await page.setViewport({ width: 1280, height: 2000 });
        await page.setCacheEnabled(false);
        if (dropIn !== 'coproduce.js') {
          await page.setRequestInterception(true);
          page.on('request', (request) =>
            request.url().endsWith(DROP_IN)
              ? request.continue({ url: request.url().replace('coproduce.js', dropIn) })
              : request.continue(),
          );
        }
        await page.tracing.start({
          categories: ['devtools.timeline', 'v8', 'blink.user_timing', 'disabled-by-default-devtools.timeline'],
        });
        const started = Date.now();
        await page.goto(`${server.origin}/bench/pages/${name}.html`);
        await page.waitForFunction(() => window.__ready, { timeout: 20000 });
        const ready = await page.evaluate(() => window.__ready);
        const trace = JSON.parse(new TextDecoder().decode(await page.tracing.stop()));
        const events = trace.traceEvents;
        const navigation = events.find((event) => event.name === 'navigationStart' || event.name === 'NavigationStart');
        const readyTs = (navigation?.ts ?? events[0].ts) + ready * 1000;
        samples.push({ ready, ...byKind(events, readyTs) });
        await context.close();
        if (Date.now() - started > 20000) break;
      }
      const row = { page: name, dropIn: name === 'trivial' ? '' : dropIn };
      for (const key of Object.keys(samples[0])) row[key] = median(samples.map((sample) => sample[key]));
      rows.push(row);
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const columns = ['ready', ...Object.keys(KINDS)];
console.log(`\nWhere the time goes before ready, main thread, ms (median of ${RUNS} traces)\n`);
console.log(`| page | drop-in | ${columns.join(' | ')} |`);
console.log(`| --- | --- | ${columns.map(() => '---:').join(' | ')} |`);
for (const row of rows) {
  console.log(`| ${row.page} | ${row.dropIn} | ${columns.map((column) => row[column].toFixed(1)).join(' | ')} |`);
}
