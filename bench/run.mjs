// npm run bench: bundle sizes, then, in one Chromium run, for each page: the
// bytes it fetched before its element was ready (gzip), and its ready time as
// a ratio to a trivial Lit page, at normal speed and with the CPU slowed 4×;
// the peers (Shoelace, SurveyJS) in the same run. Figures, not assertions.
//   BENCH_RUNS    timed runs per page and speed (default 15)
//   BENCH_DROPIN  drop-in files in packages/coproduce/dist/ to measure, comma-separated
//                 (default: coproduce.js and coproduce.all.js, each if it is there)
//   BENCH_CPU     the slowed CPU's factor (default 4; Chromium's CDP Emulation.setCPUThrottlingRate)
import { existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startBrowsing } from './browse.mjs';
import { buildPeers } from './peers.mjs';
import { bundle, printSizes } from './sizes.mjs';
import { fetchedGzip, median, printFiles, printReady, printTargets } from './targets.mjs';

const started = performance.now();
const root = fileURLToPath(new URL('..', import.meta.url));
const dist = `${root}packages/coproduce/dist/`;
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const CPU = Number(process.env.BENCH_CPU ?? 4);
if (!(CPU > 1)) throw new Error(`BENCH_CPU must be above 1 (it is ${process.env.BENCH_CPU})`);
const named = (process.env.BENCH_DROPIN ?? 'coproduce.js,coproduce.all.js').split(',').map((name) => name.trim());
const dropIns = named.filter((name) => existsSync(`${dist}${name}`));
if (dropIns.length === 0) throw new Error(`No drop-in to measure in ${dist} (run npm run build; see BENCH_DROPIN)`);
if (process.env.BENCH_DROPIN && dropIns.length < named.length) {
  console.warn(`! not in ${dist}, not measured: ${named.filter((name) => !dropIns.includes(name)).join(', ')}`);
}
// The pages name coproduce.js; any other drop-in is swapped in by the server (browse.mjs).
const dropInQuery = (dropIn) => (dropIn === 'coproduce.js' ? '' : dropIn);

rmSync(`${root}bench/.out/`, { recursive: true, force: true });
await bundle(root, 'bench/entries/trivial-lit.ts', { write: `${root}bench/.out/trivial-lit.js` });
const peerVersions = await buildPeers(root);
await printSizes(root, dist);

// Targets from issue #16: fetched gzip (KB) and ready ratio to the trivial page.
const ELEMENTS = [
  { key: 'mark-scorer', label: '`<mark-scorer>`, 13 marks', page: 'mark-scorer.html', bytes: 28, ratioTarget: 1.5 },
  {
    key: 'feedback-form',
    label: '`<feedback-form>`, the usual questions',
    page: 'feedback-form.html',
    bytes: 22,
    ratioTarget: 1.5,
  },
  {
    key: 'icebreaker-picker',
    label: '`<icebreaker-picker>`, 60 minutes, 8 people',
    page: 'icebreaker-picker.html',
    bytes: 32,
    ratioTarget: 1.5,
  },
  {
    key: 'values-agreement',
    label: '`<values-agreement>`, 10 values, 15 rules, 8 people',
    page: 'values-agreement.html',
    bytes: 32,
    ratioTarget: 2,
  },
  {
    key: 'decision-log-100',
    label: '`<decision-log>`, 100 decisions',
    page: 'decision-log.html?count=100',
    bytes: 32,
    ratioTarget: 2,
  },
  {
    key: 'decision-log-10000',
    label: '`<decision-log>`, 10,000 decisions',
    page: 'decision-log.html?count=10000',
    bytes: 32,
    scaleOf: 'decision-log-100',
    scaleTarget: 3,
  },
];
const TRIVIAL = { key: 'trivial', label: 'trivial Lit element', page: 'trivial.html' };
const PEERS = [
  { key: 'shoelace', label: 'peer: Shoelace rating + textarea + button, theme CSS', page: 'shoelace.html' },
  { key: 'surveyjs', label: 'peer: SurveyJS rating + comment question, CSS', page: 'surveyjs.html' },
];

const url = (page, query = {}) => {
  const [file, search = ''] = page.split('?');
  const params = new URLSearchParams(search);
  for (const [name, value] of Object.entries(query)) if (value) params.set(name, value);
  return `/bench/pages/${file}${params.size ? `?${params}` : ''}`;
};
// The pages that are timed: each element page with each drop-in, the trivial page, the peers.
const timed = [
  TRIVIAL,
  ...dropIns.flatMap((dropIn) =>
    ELEMENTS.map((element) => ({
      ...element,
      id: `${element.key} ${dropIn}`,
      dropIn,
      path: url(element.page, { dropin: dropInQuery(dropIn) }),
    })),
  ),
  ...PEERS,
].map((entry) => ({ id: entry.key, path: url(entry.page), ...entry }));

const seconds = (since) => ((performance.now() - since) / 1000).toFixed(0);
const phases = [`sizes and peers ${seconds(started)} s`];
let phase = performance.now();
const browsing = await startBrowsing(root);
const notDrawn = new Map();
const load = async (entry, options) => {
  const outcome = await browsing.load(entry.path, options);
  if (!outcome.drawn) notDrawn.set(entry.id, (notDrawn.get(entry.id) ?? 0) + 1);
  return outcome;
};

// First, one load of each page that records what it fetched (and warms the
// server and the browser); Welsh pages are recorded only, not timed.
const recorded = [];
const fetched = new Map();
for (const entry of timed) {
  const english = await load(entry, { record: true });
  fetched.set(entry.id, fetchedGzip(english.files));
  recorded.push({ label: `${entry.label} [${entry.dropIn ?? 'own bundle'}]`, files: english.files });
  if (!entry.dropIn || entry.scaleOf) continue;
  // The same element on a page with <html lang="cy">.
  const path = url(entry.page, { dropin: dropInQuery(entry.dropIn), lang: 'cy' });
  const welsh = await load({ ...entry, id: `${entry.id} cy`, path }, { record: true });
  fetched.set(`${entry.id} cy`, fetchedGzip(welsh.files) - fetchedGzip(english.files));
  recorded.push({ label: `${entry.label}, Welsh [${entry.dropIn}]`, files: welsh.files, english: english.files });
  if (welsh.text === english.text) console.warn(`\n! ${entry.label}: the Welsh page showed the English text`);
}

phases.push(`recording ${seconds(phase)} s`);
phase = performance.now();

// Then the timed runs: every page in turn, a fresh context each load, normal
// then slowed. On the normal loads of the first drop-in's pages, half a second
// after ready (as a person would start), a change shown, on the same page.
const times = { 1: new Map(), [CPU]: new Map() };
const updates = new Map();
const UPDATED = ['trivial', 'decision-log-100', 'decision-log-10000', 'icebreaker-picker', 'feedback-form'];
const changed = (entry) => UPDATED.includes(entry.key) && (!entry.dropIn || entry.dropIn === dropIns[0]);
const change = async (page) => {
  await new Promise((resolve) => setTimeout(resolve, 500));
  return page.evaluate(() => window.__update('topic 3'));
};
for (let run = 0; run < RUNS; run++) {
  for (const cpu of [1, CPU]) {
    for (const entry of timed) {
      const work = cpu === 1 && changed(entry) ? change : null;
      const { ready, result } = await load(entry, { cpu, work });
      times[cpu].set(entry.id, [...(times[cpu].get(entry.id) ?? []), ready]);
      if (work) updates.set(entry.key, [...(updates.get(entry.key) ?? []), result]);
    }
  }
}
phases.push(`${RUNS} timed runs ${seconds(phase)} s`);
const foreign = [...browsing.foreign];
const chromium = browsing.version;
await browsing.close();

printFiles(recorded);
const ms = (cpu, id) => median(times[cpu].get(id));
const rows = timed.map((entry) => {
  const scaleOf = entry.scaleOf && `${entry.scaleOf} ${entry.dropIn}`;
  return {
    ...entry,
    label: entry.label,
    gzip: fetched.get(entry.id),
    welshExtra: fetched.get(`${entry.id} cy`),
    ms: ms(1, entry.id),
    msSlow: ms(CPU, entry.id),
    ratio: ms(1, entry.id) / ms(1, 'trivial'),
    ratioSlow: ms(CPU, entry.id) / ms(CPU, 'trivial'),
    ...(scaleOf ? { scale: ms(1, entry.id) / ms(1, scaleOf), scaleSlow: ms(CPU, entry.id) / ms(CPU, scaleOf) } : {}),
  };
});
printReady(
  rows.map((row) => ({ ...row, label: `${row.label.replaceAll('`', '')}${row.dropIn ? ` [${row.dropIn}]` : ''}` })),
  RUNS,
  CPU,
);

const trivialUpdate = median(updates.get('trivial'));
console.log(
  `\nA change shown, ${dropIns[0]}, normal speed (the log: a search typed; the picker: "Suggest another"; the form: a point chosen; the trivial page: a property set), median of ${RUNS}`,
);
for (const key of UPDATED) {
  const value = median(updates.get(key));
  const ratio = key === 'trivial' ? '' : `  ratio ${(value / trivialUpdate).toFixed(2)}`;
  const label = timed.find((entry) => entry.key === key).label.replaceAll('`', '');
  console.log(`  ${label.padEnd(56)}${value.toFixed(1).padStart(7)} ms${ratio}`);
}
const search = median(updates.get('decision-log-10000')) / median(updates.get('decision-log-100'));
console.log(`  10,000 decisions against 100, the search: ${search.toFixed(2)}× (target ≤ 3)`);

printTargets([...rows.filter((row) => row.dropIn), ...rows.filter((row) => !row.dropIn)], CPU);

for (const [id, count] of notDrawn) console.warn(`! ${id}: timed before it was drawn in ${count} loads`);
console.log(
  `\nRequests to any origin but 127.0.0.1: ${foreign.length ? foreign.join(', ') : 'none'}.` +
    `\nChromium ${chromium}; ${RUNS} runs; CPU ÷${CPU} by CDP Emulation.setCPUThrottlingRate (Chromium only);` +
    ` peers ${Object.entries(peerVersions)
      .map(([name, version]) => `${name} ${version}`)
      .join(', ')} (dev dependencies, nothing shipped).` +
    `\nWall time of this run (after the build): ${seconds(started)} s (${phases.join(', ')}).`,
);
