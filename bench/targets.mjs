// What npm run bench prints about pages: the files each fetched before it was
// ready, the ready medians, and the table of issue #16's targets (a Markdown
// table, to paste into bench/README.md). KB here is 1,000 bytes, as in the issue.
import { HARNESS } from './browse.mjs';

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
const mark = (value, limit) => (value <= limit ? '✓' : '✗');
const counted = (files) => files.filter((file) => !file.file.startsWith(HARNESS));
/** gzip bytes of everything a page fetched before ready, the harness left out. */
export const fetchedGzip = (files) => counted(files).reduce((sum, file) => sum + file.gzip, 0);

/** Every file per recorded page; for a Welsh page only what the English page did not fetch. */
export function printFiles(recorded) {
  console.log('\nFetched before ready, per page (gzip -9 of each body as received; bytes)');
  console.log(`  files under ${HARNESS} are the bench's own and the host page's data, never counted`);
  for (const { label, files, english } of recorded) {
    const known = new Set((english ?? []).map((file) => file.file));
    const shown = files.filter((file) => !known.has(file.file));
    const extra = english ? fetchedGzip(files) - fetchedGzip(english) : fetchedGzip(files);
    console.log(`  ${label}: ${english ? 'extra over English' : 'total'} ${extra.toLocaleString('en-GB')} gzip`);
    for (const file of shown) {
      const note = file.file.startsWith(HARNESS) ? '  (harness)' : file.missing ? '  (no body recorded)' : '';
      console.log(
        `    ${file.file.padEnd(64)}${file.type.padEnd(11)}${file.raw.toLocaleString('en-GB').padStart(11)}${file.gzip.toLocaleString('en-GB').padStart(10)}${note}`,
      );
    }
  }
}

/** Ready medians in ms, normal and throttled, with the ratio to the trivial page. */
export function printReady(rows, runs, cpu) {
  console.log(`\nReady time in headless Chromium, median of ${runs} runs (ms; ratio to the trivial page)`);
  console.log(`${'page'.padEnd(70)}${'normal'.padStart(16)}${`CPU ÷${cpu}`.padStart(18)}`);
  for (const row of rows) {
    const cell = (ms, ratio) => `${ms.toFixed(1)} (${ratio.toFixed(2)})`;
    console.log(
      `  ${row.label.padEnd(68)}${cell(row.ms, row.ratio).padStart(16)}${cell(row.msSlow, row.ratioSlow).padStart(18)}`,
    );
  }
}

/**
 * The issue's table. `rows`: { label, dropIn, gzip, bytes?, welshExtra?, ratio, ratioSlow, ratioTarget?,
 * scale?, scaleSlow?, scaleTarget? }, element rows first, then the trivial page and the peers.
 */
export function printTargets(rows, cpu) {
  const lines = [
    `| page | drop-in | fetched before ready, gzip | target | ready ÷ trivial | CPU ÷${cpu}: ready ÷ trivial | target |`,
    '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const row of rows) {
    const bytes = row.bytes ? `${kb(row.gzip)} ${mark(row.gzip, row.bytes * 1000)}` : kb(row.gzip);
    let ratio = row.ratio.toFixed(2);
    let slow = row.ratioSlow.toFixed(2);
    let target = '';
    if (row.ratioTarget) {
      ratio += ` ${mark(row.ratio, row.ratioTarget)}`;
      slow += ` ${mark(row.ratioSlow, row.ratioTarget)}`;
      target = `≤ ${row.ratioTarget.toFixed(1)}×`;
    } else if (row.scaleTarget) {
      ratio += `; ${row.scale.toFixed(2)}× its 100 ${mark(row.scale, row.scaleTarget)}`;
      slow += `; ${row.scaleSlow.toFixed(2)}× its 100 ${mark(row.scaleSlow, row.scaleTarget)}`;
      target = `≤ ${row.scaleTarget}× its 100`;
    }
    lines.push(
      `| ${row.label} | ${row.dropIn ?? ''} | ${bytes} | ${row.bytes ? `≤ ${row.bytes} KB` : ''} | ${ratio} | ${slow} | ${target} |`,
    );
    if (row.welshExtra !== undefined) {
      lines.push(
        `| … in Welsh, extra | ${row.dropIn} | ${kb(row.welshExtra)} ${mark(row.welshExtra, 6000)} | ≤ 6 KB | | | |`,
      );
    }
  }
  console.log(`\nIssue #16's targets (KB = 1,000 bytes; ratios are medians ÷ the trivial Lit page's, same run)\n`);
  console.log(lines.join('\n'));
}
