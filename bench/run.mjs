// npm run bench: bundle sizes (gzip and brotli) and ready time, measured now,
// on this machine. Figures, not assertions: timings are noisy, so speed is a
// ratio against a trivial Lit page measured in the same run.
import { build } from 'esbuild';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { launch } from '../tests/support/launch.mjs';
import { startStaticServer } from '../tests/support/static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}bench/.out/`;
const RUNS = Number(process.env.BENCH_RUNS ?? 15);

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
const brotli = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const sizes = (bytes) => ({ raw: bytes.length, gzip: gzip(bytes), brotli: brotli(bytes) });

async function bundle(entry, { external = [], write = null } = {}) {
  const result = await build({
    entryPoints: [`${root}${entry}`],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    tsconfig: `${root}tsconfig.json`,
    external,
    write: Boolean(write),
    ...(write ? { outfile: write } : { outdir: out }),
    logLevel: 'error',
  });
  return write ? readFileSync(write) : result.outputFiles[0].contents;
}

const LIT_AND_DEPS = ['lit', 'lit/*', '@lit/*', 'zod', 'zod/*'];
const OWN_PACKAGES = ['@coproduce/core'];

rmSync(out, { recursive: true, force: true });
const dropIn = readFileSync(`${root}packages/coproduce/dist/coproduce.js`);
const trivial = await bundle('bench/entries/trivial-lit.ts', { write: `${out}trivial-lit.js` });

const rows = [
  ['coproduce.js (drop-in: everything, Lit bundled)', sizes(dropIn)],
  ['mark-scorer, self-contained (Lit, context, zod, core)', sizes(await bundle('packages/mark-scorer/src/define.ts'))],
  [
    'mark-scorer on top of core (own code and styles only)',
    sizes(await bundle('packages/mark-scorer/src/define.ts', { external: [...LIT_AND_DEPS, ...OWN_PACKAGES] })),
  ],
  [
    'values-agreement, self-contained (Lit, context, zod, core)',
    sizes(await bundle('packages/values-agreement/src/define.ts')),
  ],
  [
    'values-agreement on top of core (own code, styles, strings)',
    sizes(await bundle('packages/values-agreement/src/define.ts', { external: [...LIT_AND_DEPS, ...OWN_PACKAGES] })),
  ],
  [
    'decision-log, self-contained (Lit, context, zod, virtualizer, core)',
    sizes(await bundle('packages/decision-log/src/define.ts')),
  ],
  [
    'decision-log on top of core (own code, styles, strings, virtualizer)',
    sizes(await bundle('packages/decision-log/src/define.ts', { external: [...LIT_AND_DEPS, ...OWN_PACKAGES] })),
  ],
  [
    'decision-log on top of core and the virtualizer (own code, styles, strings)',
    sizes(
      await bundle('packages/decision-log/src/define.ts', {
        external: [...LIT_AND_DEPS, ...OWN_PACKAGES, '@lit-labs/*'],
      }),
    ),
  ],
  [
    'icebreaker-picker, self-contained (Lit, context, zod, core)',
    sizes(await bundle('packages/icebreaker-picker/src/define.ts')),
  ],
  [
    'icebreaker-picker on top of core (own code, styles, strings, 34 icebreakers)',
    sizes(await bundle('packages/icebreaker-picker/src/define.ts', { external: [...LIT_AND_DEPS, ...OWN_PACKAGES] })),
  ],
  [
    '  of which the 34 icebreakers’ English words',
    sizes(await bundle('packages/icebreaker-picker/src/i18n/icebreakers-en.ts')),
  ],
  [
    '  of which the 34 icebreakers’ Welsh words',
    sizes(await bundle('packages/icebreaker-picker/src/i18n/icebreakers-cy.ts')),
  ],
  [
    'feedback-form, self-contained (Lit, context, zod, core)',
    sizes(await bundle('packages/feedback-form/src/define.ts')),
  ],
  [
    'feedback-form on top of core (own code, styles, strings)',
    sizes(await bundle('packages/feedback-form/src/define.ts', { external: [...LIT_AND_DEPS, ...OWN_PACKAGES] })),
  ],
  [
    'coproduction-project on top of core',
    sizes(
      await bundle('packages/coproduction-project/src/define.ts', { external: [...LIT_AND_DEPS, ...OWN_PACKAGES] }),
    ),
  ],
  [
    'core (both catalogues included; Lit, context, zod external)',
    sizes(await bundle('packages/core/src/index.ts', { external: LIT_AND_DEPS })),
  ],
  [
    '  of which the Easy Read pictures (32 drawings)',
    sizes(await bundle('bench/entries/easy-read-pictures.ts', { external: LIT_AND_DEPS })),
  ],
  [
    'every Easy Read string, English and Welsh (icebreaker steps too)',
    sizes(await bundle('bench/entries/easy-read-strings.ts', { external: [...LIT_AND_DEPS, ...OWN_PACKAGES] })),
  ],
];
// The per-element modules are small entry files; the code lives in shared/ chunks.
const modules = `${root}packages/coproduce/dist/modules/`;
for (const file of readdirSync(modules, { recursive: true })
  .filter((name) => name.endsWith('.js'))
  .sort()) {
  rows.push([`modules/${file}`, sizes(readFileSync(`${modules}${file}`))]);
}

// What each dependency and each language adds to a trivial Lit element.
const base = sizes(trivial);
const added = async (entry) => {
  const size = sizes(await bundle(entry));
  return { raw: size.raw - base.raw, gzip: size.gzip - base.gzip, brotli: size.brotli - base.brotli };
};
const costs = [
  ['lit (a trivial element)', base],
  ['+ @lit/context', await added('bench/entries/lit-and-context.ts')],
  ['+ zod/mini (the mark-scorer schema)', await added('bench/entries/lit-and-zod.ts')],
  ['+ English strings', await added('bench/entries/lit-and-english.ts')],
  ['+ Welsh strings', await added('bench/entries/lit-and-welsh.ts')],
  ['+ @lit-labs/virtualizer (the virtualize directive)', await added('bench/entries/lit-and-virtualizer.ts')],
];

const table = (title, entries) => {
  console.log(`\n${title}`);
  console.log(`${'what'.padEnd(62)}${'min'.padStart(9)}${'gzip'.padStart(9)}${'brotli'.padStart(9)}`);
  for (const [name, size] of entries) {
    console.log(
      `${name.padEnd(62)}${String(size.raw).padStart(9)}${String(size.gzip).padStart(9)}${String(size.brotli).padStart(9)}`,
    );
  }
};
table('Bundle sizes in bytes (minified, gzip -9, brotli 11)', rows);
table('What each dependency adds, in bytes', costs);
const dropInGzip = rows[0][1].gzip;
console.log(`\ncoproduce.js: ${(dropInGzip / 1024).toFixed(1)} KB gzip (target ≤ 20 KB)`);

// Ready time: navigation start → the element rendered, painted and interactive,
// over the same for a trivial Lit element. Alternating, fresh tab each run.
const server = await startStaticServer(root);
const browser = await launch('chromium');
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const openPage = async (path, work) => {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  // Tall enough that the log's list is on screen, so its first rows are drawn.
  await page.setViewport({ width: 1280, height: 2000 });
  await page.setCacheEnabled(false);
  await page.goto(`${server.origin}${path}`);
  await page.waitForFunction(() => window.__ready !== undefined, { timeout: 60000 });
  const result = await work(page);
  await context.close();
  return result;
};
const readyTime = (path) => openPage(path, (page) => page.evaluate(() => window.__ready));
// The same change on each page: a search for a word in one decision in seven on the log.
// Typed half a second after the page is ready, as a person would, on every page alike.
const updateTime = (path) =>
  openPage(path, async (page) => {
    await new Promise((resolve) => setTimeout(resolve, 500));
    return page.evaluate(() => window.__update('topic 3'));
  });

const pages = {
  trivial: ['trivial Lit element', '/bench/pages/trivial.html'],
  markScorer: ['mark-scorer (13 marks)', '/bench/pages/mark-scorer.html'],
  agreement: ['values-agreement (10 values, 15 rules, 8 people)', '/bench/pages/values-agreement.html'],
  log100: ['decision-log, 100 decisions', '/bench/pages/decision-log.html?count=100'],
  log1000: ['decision-log, 1,000 decisions', '/bench/pages/decision-log.html?count=1000'],
  log10000: ['decision-log, 10,000 decisions', '/bench/pages/decision-log.html?count=10000'],
  icebreaker: ['icebreaker-picker (60 minutes, 8 people)', '/bench/pages/icebreaker-picker.html'],
  feedback: ['feedback-form (the usual questions)', '/bench/pages/feedback-form.html'],
};
const updated = ['trivial', 'log100', 'log1000', 'log10000', 'icebreaker', 'feedback'];
const times = Object.fromEntries(Object.keys(pages).map((key) => [key, []]));
const updates = Object.fromEntries(updated.map((key) => [key, []]));
for (const [, path] of Object.values(pages)) await readyTime(path);
for (let run = 0; run < RUNS; run++) {
  for (const [key, [, path]] of Object.entries(pages)) times[key].push(await readyTime(path));
  for (const key of updated) updates[key].push(await updateTime(pages[key][1]));
}
await browser.close();
await server.close();
const trivialMedian = median(times.trivial);
console.log(`\nReady time in headless Chromium, median of ${RUNS} runs (noisy: read the ratio)`);
for (const [key, [name]] of Object.entries(pages)) {
  const value = median(times[key]);
  const ratio = key === 'trivial' ? '' : `  ratio ${(value / trivialMedian).toFixed(2)}`;
  console.log(`  ${name.padEnd(50)}${value.toFixed(1).padStart(7)} ms${ratio}`);
}
const trivialUpdate = median(updates.trivial);
console.log(
  `\nA change shown (the log: a search typed; the picker: "Suggest another"; the form: a point chosen; the trivial page: a property set), median of ${RUNS}`,
);
for (const key of updated) {
  const value = median(updates[key]);
  const ratio = key === 'trivial' ? '' : `  ratio ${(value / trivialUpdate).toFixed(2)}`;
  console.log(`  ${pages[key][0].padEnd(50)}${value.toFixed(1).padStart(7)} ms${ratio}`);
}
const scale = (series) => (median(series.log10000) / median(series.log100)).toFixed(2);
console.log(`\n10,000 decisions against 100: first render ${scale(times)}×, search ${scale(updates)}× (target ≤ 3)`);
