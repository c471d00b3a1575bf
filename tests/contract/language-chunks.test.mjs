// An English page pays only for English: each element, bundled the way a
// host's bundler (or our build) splits it, reaches its Welsh and Easy Read
// words only through dynamic import(), so they are separate chunks fetched
// when an element first needs them; and words most visits never open (in
// any language) only when they are opened. Reads the sources (esbuild from
// node_modules), so it needs no build. Prints each element's English entry
// size (min + gzip: the entry chunk and every chunk it imports statically).
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, describe, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = new URL('../../', import.meta.url).pathname;
const ELEMENTS = ['mark-scorer', 'values-agreement', 'decision-log', 'icebreaker-picker', 'feedback-form'];

/**
 * Modules of words an English page never shows: Welsh catalogues (`cy.ts`,
 * `…-cy.ts`), Easy Read ones in any language (`easy-read-en.ts`,
 * `easy-read-cy.ts`, `icebreakers-easy-read-…`), core's Welsh-only data,
 * and the Welsh column names of earlier spreadsheets (`earlier-words.ts`).
 */
const NOT_ENGLISH =
  /\/i18n\/(?:[\w-]*-)?cy\.ts$|\/i18n\/[\w-]*easy-read-(?:en|cy)\.ts$|\/i18n\/welsh-|\/i18n\/glossary\.ts$|\/i18n\/earlier-words\.ts$/;

/**
 * Words fetched only when a reader opens them, in every language: each
 * element's guidance modules (`i18n/guidance-….ts`, mark-scorer's “More
 * about this mark”). Each element listed has them, on demand.
 */
const WHEN_OPENED = /\/i18n\/guidance-[\w-]+\.ts$/;
const HAS_GUIDANCE = ['mark-scorer'];

/**
 * Welsh words that no English string, identifier or minified name contains:
 * a second check, for Welsh written inline outside a catalogue module.
 */
const WELSH_WORDS = /\b(?:ddim|rydyn|ydych|eich|gyda’ch|Rhowch)\b/;

const out = mkdtempSync(join(tmpdir(), 'language-chunks-'));
after(() => rmSync(out, { recursive: true, force: true }));

/** The element's define.ts bundled with splitting, and what its entry reaches statically. */
async function bundle(tag) {
  const entry = `packages/${tag}/src/define.ts`;
  const outdir = join(out, tag);
  const result = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    metafile: true,
    write: true,
    outdir,
    logLevel: 'silent',
  });
  const outputs = result.metafile.outputs;
  const entryOutput = Object.keys(outputs).find((path) => outputs[path].entryPoint === entry);
  assert.ok(entryOutput, `esbuild made an entry chunk for ${entry}`);
  // The static graph: the entry and every chunk reached by `import … from`, never through import().
  const statics = new Set([entryOutput]);
  for (const path of statics) {
    for (const { path: next, kind } of outputs[path].imports) if (kind === 'import-statement') statics.add(next);
  }
  const inputsOf = (paths) => [...paths].flatMap((path) => Object.keys(outputs[path].inputs));
  const all = new Set(Object.keys(outputs).filter((path) => path.endsWith('.js')));
  const dynamic = new Set([...all].filter((path) => !statics.has(path)));
  const read = (path) => readFileSync(join(root, path));
  const gzip = (paths) => [...paths].reduce((sum, path) => sum + gzipSync(read(path), { level: 9 }).length, 0);
  // What a Welsh page fetches on top (the chunks holding plain Welsh words), and what Easy Read does.
  const holding = (pattern) =>
    [...dynamic].filter((path) => Object.keys(outputs[path].inputs).some((input) => pattern.test(input)));
  return {
    staticInputs: inputsOf(statics),
    dynamicInputs: inputsOf(dynamic),
    staticText: [...statics].map((path) => read(path).toString('utf8')).join('\n'),
    gzip: gzip(statics),
    welshGzip: gzip(holding(/\/i18n\/(?:[\w-]*-)?cy\.ts$/).filter((path) => !/easy-read|guidance-/.test(path))),
    easyReadEnGzip: gzip(holding(/easy-read-en\.ts$/).filter((path) => !/guidance-/.test(path))),
    // What opening the guidance fetches, in English and in Welsh.
    guidanceGzip: { en: gzip(holding(/guidance-en\.ts$/)), cy: gzip(holding(/guidance-cy\.ts$/)) },
    minified: [...statics].reduce((sum, path) => sum + outputs[path].bytes, 0),
    chunks: { statics: statics.size, dynamic: dynamic.size },
  };
}

describe('an English page loads no Welsh and no Easy Read words', () => {
  const sizes = {};
  after(() => {
    console.log('English entry (the entry chunk and its static imports), esbuild min + gzip -9:');
    for (const [tag, size] of Object.entries(sizes)) console.log(`  ${tag}: ${size}`);
  });

  for (const tag of ELEMENTS) {
    test(`<${tag}>`, async () => {
      const bundled = await bundle(tag);
      const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
      sizes[tag] =
        `${kb(bundled.gzip)} gzip (${kb(bundled.minified)} min, ${bundled.chunks.statics} chunk(s) static, ` +
        `${bundled.chunks.dynamic} on demand); Welsh +${kb(bundled.welshGzip)}, ` +
        `Easy Read English +${kb(bundled.easyReadEnGzip)}` +
        (HAS_GUIDANCE.includes(tag)
          ? `; guidance when opened +${kb(bundled.guidanceGzip.en)} (Welsh +${kb(bundled.guidanceGzip.cy)})`
          : '');
      const stray = bundled.staticInputs.filter((input) => NOT_ENGLISH.test(input));
      assert.deepEqual(
        stray.map((input) => relative(root, join(root, input))),
        [],
        'Welsh or Easy Read modules reached by a static import: load them with import() instead',
      );
      assert.doesNotMatch(bundled.staticText, WELSH_WORDS, 'Welsh words in the English chunks');
      assert.deepEqual(
        bundled.staticInputs.filter((input) => WHEN_OPENED.test(input)),
        [],
        'words fetched when opened, reached by a static import: load them with import() instead',
      );
      if (HAS_GUIDANCE.includes(tag)) {
        for (const name of ['guidance-en', 'guidance-cy', 'guidance-easy-read-en', 'guidance-easy-read-cy']) {
          const words = `packages/${tag}/src/i18n/${name}.ts`;
          assert.ok(bundled.dynamicInputs.includes(words), `${words} is bundled, in a chunk loaded on demand`);
        }
      }
      // Not vacuous: the element's own Welsh and Easy Read words are in the bundle, on demand.
      for (const words of [`packages/${tag}/src/i18n/cy.ts`, `packages/${tag}/src/i18n/easy-read-cy.ts`]) {
        assert.ok(bundled.dynamicInputs.includes(words), `${words} is bundled, in a chunk loaded on demand`);
      }
    });
  }
});
