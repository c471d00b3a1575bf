// Bundle sizes for npm run bench: minified, gzip -9 and brotli 11 bytes of
// each file the build writes for pages (the drop-in and anything beside it),
// of each element bundled on its own with esbuild, and what each dependency
// and each language adds to a trivial Lit element (bench/entries/).
import { build } from 'esbuild';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
const brotli = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const sizes = (bytes) => ({ raw: bytes.length, gzip: gzip(bytes), brotli: brotli(bytes) });

const LIT_AND_DEPS = ['lit', 'lit/*', '@lit/*', 'zod', 'zod/*'];
const OWN_PACKAGES = ['@coproduce/core'];
const ON_TOP = [...LIT_AND_DEPS, ...OWN_PACKAGES];

/** Bundles `entry` (relative to root) with esbuild; writes it to `write` if given. Returns the bytes. */
export async function bundle(root, entry, { external = [], write = null } = {}) {
  const result = await build({
    entryPoints: [`${root}${entry}`],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    tsconfig: `${root}tsconfig.json`,
    external,
    write: Boolean(write),
    ...(write ? { outfile: write } : { outdir: `${root}bench/.out/` }),
    logLevel: 'error',
  });
  return write ? readFileSync(write) : result.outputFiles[0].contents;
}

const ELEMENT_BUNDLES = [
  ['mark-scorer, self-contained (Lit, context, zod, core)', 'packages/mark-scorer/src/define.ts', []],
  ['mark-scorer on top of core (own code, styles, strings)', 'packages/mark-scorer/src/define.ts', ON_TOP],
  ['values-agreement, self-contained (Lit, context, zod, core)', 'packages/values-agreement/src/define.ts', []],
  ['values-agreement on top of core (own code, styles, strings)', 'packages/values-agreement/src/define.ts', ON_TOP],
  ['decision-log, self-contained (Lit, context, zod, virtualizer, core)', 'packages/decision-log/src/define.ts', []],
  [
    'decision-log on top of core (own code, styles, strings, virtualizer)',
    'packages/decision-log/src/define.ts',
    ON_TOP,
  ],
  [
    'decision-log on top of core and the virtualizer (own code, styles, strings)',
    'packages/decision-log/src/define.ts',
    [...ON_TOP, '@lit-labs/*'],
  ],
  ['icebreaker-picker, self-contained (Lit, context, zod, core)', 'packages/icebreaker-picker/src/define.ts', []],
  [
    'icebreaker-picker on top of core (own code, styles, strings, 34 icebreakers)',
    'packages/icebreaker-picker/src/define.ts',
    ON_TOP,
  ],
  ['  of which the 34 icebreakers’ English words', 'packages/icebreaker-picker/src/i18n/icebreakers-en.ts', []],
  ['  of which the 34 icebreakers’ Welsh words', 'packages/icebreaker-picker/src/i18n/icebreakers-cy.ts', []],
  ['feedback-form, self-contained (Lit, context, zod, core)', 'packages/feedback-form/src/define.ts', []],
  ['feedback-form on top of core (own code, styles, strings)', 'packages/feedback-form/src/define.ts', ON_TOP],
  ['coproduction-project on top of core', 'packages/coproduction-project/src/define.ts', ON_TOP],
  ['core (both catalogues included; Lit, context, zod external)', 'packages/core/src/index.ts', LIT_AND_DEPS],
  ['  of which the Easy Read pictures (32 drawings)', 'bench/entries/easy-read-pictures.ts', LIT_AND_DEPS],
  ['every Easy Read string, English and Welsh (icebreaker steps too)', 'bench/entries/easy-read-strings.ts', ON_TOP],
];

/** Every .js file under `dir` (relative names), sorted; none if it is not there. */
const scripts = (dir, skip = []) =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true })
        .filter((name) => name.endsWith('.js') && !skip.some((folder) => name.startsWith(folder)))
        .sort()
    : [];

const table = (title, entries) => {
  console.log(`\n${title}`);
  console.log(`${'what'.padEnd(80)}${'min'.padStart(9)}${'gzip'.padStart(9)}${'brotli'.padStart(9)}`);
  for (const [name, size] of entries) {
    console.log(
      `${name.padEnd(80)}${String(size.raw).padStart(9)}${String(size.gzip).padStart(9)}${String(size.brotli).padStart(9)}`,
    );
  }
};

/**
 * Prints the size tables. `dist` is the drop-in's folder: every script in it
 * (the drop-in, a loader's element and shared chunks, the one-file build) is
 * listed, then dist/modules/ (the per-element ES modules for apps).
 */
export async function printSizes(root, dist) {
  const rows = scripts(dist, ['modules', 'types']).map((file) => [file, sizes(readFileSync(`${dist}${file}`))]);
  for (const [name, entry, external] of ELEMENT_BUNDLES)
    rows.push([name, sizes(await bundle(root, entry, { external }))]);
  // The per-element modules are small entry files; the code lives in shared/ chunks.
  for (const file of scripts(`${dist}modules/`)) {
    rows.push([`modules/${file}`, sizes(readFileSync(`${dist}modules/${file}`))]);
  }

  // What each dependency and each language adds to a trivial Lit element.
  const base = sizes(await bundle(root, 'bench/entries/trivial-lit.ts'));
  const added = async (entry) => {
    const size = sizes(await bundle(root, entry));
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
  table(`Bundle sizes in bytes (minified, gzip -9, brotli 11); the first rows are ${dist.replace(root, '')}`, rows);
  table('What each dependency adds, in bytes', costs);
}
