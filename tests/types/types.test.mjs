// The types an app gets, checked as an app would check them: each fixture in
// this folder (react/, vue/) is a small project with its own pinned compiler
// and framework. It is copied to a folder outside the workspace, installs
// every coproduce package from tarballs packed here (no workspace links) and
// its framework from the npm registry, then:
//   - its app (src/app.tsx, src/App.vue) compiles with no errors: tsc for
//     React 19, vue-tsc with strictTemplates for Vue 3;
//   - its wrong twin (src/wrong.tsx, src/WrongApp.vue) fails, with an error on
//     each line marked `wrong:` and on no other line, so each mistake there is
//     one the types catch.
// Run after `npm run build`. Most of the time is `npm install` (one per
// fixture; npm's cache makes later runs quicker). KEEP_TYPES=1 keeps the
// projects to look at.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

const root = new URL('../../', import.meta.url).pathname;
const fixtures = new URL('./', import.meta.url).pathname;

if (!existsSync(`${root}packages/coproduce/dist/custom-elements.json`)) {
  throw new Error('Run `npm run build` first: the packages hold what it builds.');
}

/** The workspace's packages an app installs: every one but the server. */
function packagesToPack() {
  const { workspaces } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
  return workspaces.filter((dir) => dir !== 'packages/server');
}

const work = mkdtempSync(join(tmpdir(), 'coproduce-types-'));
/** Each package's tarball by its name, as `file:` paths for a package.json. */
const tarballs = {};

before(() => {
  const into = join(work, 'tarballs');
  mkdirSync(into);
  for (const dir of packagesToPack()) {
    const output = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', into], {
      cwd: `${root}${dir}`,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
    const [report] = JSON.parse(output);
    tarballs[report.name] = `file:${join(into, report.filename)}`;
  }
});
after(() => {
  if (process.env.KEEP_TYPES) console.log(`Type-test projects kept in ${work}`);
  else rmSync(work, { recursive: true, force: true });
});

/** Copies a fixture out of the workspace, points it at the tarballs (the same one wherever one package needs another) and installs it. */
function install(name) {
  const folder = join(work, name);
  cpSync(`${fixtures}${name}`, folder, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
  manifest.dependencies = { ...manifest.dependencies, ...tarballs };
  manifest.overrides = Object.fromEntries(Object.keys(tarballs).map((name) => [name, `$${name}`]));
  writeFileSync(join(folder, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--no-package-lock'], {
    cwd: folder,
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
  return folder;
}

/** Runs a compiler in the project; gives its exit status and its errors as { file, line, text }. */
function compile(folder, compiler, project) {
  const result = spawnSync(process.execPath, [compiler, '-p', project, '--pretty', 'false'], {
    cwd: folder,
    encoding: 'utf8',
  });
  const output = `${result.stdout}${result.stderr}`;
  const errors = [...output.matchAll(/^(.+?)\((\d+),\d+\): error (TS\d+: .*)$/gm)].map(([, file, line, text]) => ({
    file,
    line: Number(line),
    text,
  }));
  return { status: result.status, output, errors };
}

/** The lines of a file marked as a mistake (code, then `// wrong:` or `<!-- wrong:`), numbered from 1. */
function markedLines(file) {
  return readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((text, index) => (/^\s*(?!\/\/|<!--|\*)\S.*(\/\/|<!--) wrong:/.test(text) ? [index + 1] : []));
}

/** The twin must fail on exactly its marked lines: each mistake caught, and nothing else wrong with it. */
function assertCaughtExactly(folder, compiler, wrongFile) {
  const { status, output, errors } = compile(folder, compiler, 'tsconfig.wrong.json');
  assert.notEqual(status, 0, `the wrong twin compiled:\n${output}`);
  const marked = markedLines(join(folder, wrongFile));
  assert.ok(marked.length > 0, `${wrongFile} marks no mistakes`);
  const inTwin = errors.filter((error) => error.file.endsWith(wrongFile));
  const caught = new Set(inTwin.map((error) => error.line));
  const missed = marked.filter((line) => !caught.has(line));
  assert.deepEqual(missed, [], `mistakes on these lines of ${wrongFile} were not caught:\n${output}`);
  const unexpected = errors.filter((error) => !error.file.endsWith(wrongFile) || !marked.includes(error.line));
  assert.deepEqual(unexpected, [], `errors on lines not marked wrong:\n${output}`);
}

describe('React 19 (TSX, tsc)', () => {
  let folder;
  const tsc = 'node_modules/typescript/bin/tsc';
  before(() => {
    folder = install('react');
  });

  test('every element, as a plain tag and as a coproduce/react component, compiles with its properties and typed events', () => {
    const { status, output } = compile(folder, tsc, 'tsconfig.json');
    assert.equal(status, 0, output);
  });

  test('the wrong twin fails, on each marked mistake and nowhere else', () => {
    assertCaughtExactly(folder, tsc, 'src/wrong.tsx');
  });
});

describe('Vue 3 (SFC, vue-tsc with strictTemplates)', () => {
  let folder;
  const vueTsc = 'node_modules/vue-tsc/bin/vue-tsc.js';
  before(() => {
    folder = install('vue');
  });

  test('every element compiles with its properties and typed @event handlers', () => {
    const { status, output } = compile(folder, vueTsc, 'tsconfig.json');
    assert.equal(status, 0, output);
  });

  test('the wrong twin fails, on each marked mistake and nowhere else', () => {
    assertCaughtExactly(folder, vueTsc, 'src/WrongApp.vue');
  });
});
