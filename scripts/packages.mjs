// The published packages, and their version kept in step.
//
//   npm run set-version -- 0.2.0
//
// writes 0.2.0 as the version of every package, of every @coproduce/* (and
// coproduce) dependency between them, of packages/core/src/version.ts (the
// VERSION the elements stamp on themselves), and of the workspace entries in
// package-lock.json, so `npm ci` still agrees. (Not `npm run version`: npm runs
// a script of that name on its own during `npm version`.)
import { readFileSync, writeFileSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;

/** Every package that is published, by its folder in packages/ and its name on npm. */
export const PACKAGES = [
  { dir: 'core', name: '@coproduce/core' },
  { dir: 'coproduction-project', name: '@coproduce/coproduction-project' },
  { dir: 'mark-scorer', name: '@coproduce/mark-scorer' },
  { dir: 'values-agreement', name: '@coproduce/values-agreement' },
  { dir: 'decision-log', name: '@coproduce/decision-log' },
  { dir: 'icebreaker-picker', name: '@coproduce/icebreaker-picker' },
  { dir: 'feedback-form', name: '@coproduce/feedback-form' },
  { dir: 'coproduce', name: 'coproduce' },
  { dir: 'server', name: '@coproduce/server' },
];
/** The elements, each with a package of its own and `define` entries. */
export const ELEMENTS = PACKAGES.filter(({ dir }) => !['core', 'coproduce', 'server'].includes(dir)).map(
  ({ dir }) => dir,
);

const OURS = new Set(PACKAGES.map(({ name }) => name));
const VERSION_FILE = 'packages/core/src/version.ts';
const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;

const readJson = (path) => JSON.parse(readFileSync(`${root}${path}`, 'utf8'));
const writeJson = (path, value) => writeFileSync(`${root}${path}`, `${JSON.stringify(value, null, 2)}\n`);
const stampedVersion = () => readFileSync(`${root}${VERSION_FILE}`, 'utf8').match(/VERSION = '([^']+)'/)?.[1];

/** What is out of step, one line each: empty when every package, dependency between them and version.ts agree. */
export function versionProblems() {
  const version = readJson('packages/coproduce/package.json').version;
  const problems = [];
  if (stampedVersion() !== version) problems.push(`${VERSION_FILE} says ${stampedVersion()}, coproduce is ${version}`);
  for (const { dir, name } of PACKAGES) {
    const pkg = readJson(`packages/${dir}/package.json`);
    if (pkg.name !== name) problems.push(`packages/${dir} is named ${pkg.name}, not ${name}`);
    if (pkg.version !== version) problems.push(`${name} is ${pkg.version}, coproduce is ${version}`);
    for (const [dependency, range] of Object.entries(pkg.dependencies ?? {})) {
      if (OURS.has(dependency) && range !== version)
        problems.push(`${name} depends on ${dependency} ${range}, not ${version}`);
    }
  }
  return problems;
}

/** The one version of every package; exits, saying how to fix it, if they are out of step. */
export function checkVersions() {
  const problems = versionProblems();
  if (problems.length > 0) {
    console.error(`Versions out of step (npm run set-version -- <version> sets them all):\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  return readJson('packages/coproduce/package.json').version;
}

/** Sets every package, the dependencies between them, version.ts and the lock file's workspace entries to `version`. */
export function setVersion(version) {
  if (!SEMVER.test(version ?? '')) throw new Error(`Not a version: ${version} (write it like 0.2.0)`);
  const lock = readJson('package-lock.json');
  for (const { dir } of PACKAGES) {
    for (const [path, entry] of [
      [`packages/${dir}/package.json`, readJson(`packages/${dir}/package.json`)],
      [null, lock.packages[`packages/${dir}`]],
    ]) {
      if (!entry) continue;
      entry.version = version;
      for (const dependency of Object.keys(entry.dependencies ?? {})) {
        if (OURS.has(dependency)) entry.dependencies[dependency] = version;
      }
      if (path) writeJson(path, entry);
    }
  }
  writeJson('package-lock.json', lock);
  const source = readFileSync(`${root}${VERSION_FILE}`, 'utf8');
  writeFileSync(`${root}${VERSION_FILE}`, source.replace(/VERSION = '[^']+'/, `VERSION = '${version}'`));
  const problems = versionProblems();
  if (problems.length > 0) throw new Error(`Still out of step:\n  ${problems.join('\n  ')}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [command, version] = process.argv.slice(2);
  if (command !== 'set-version') {
    console.error('Usage: npm run set-version -- <version>');
    process.exit(2);
  }
  try {
    setVersion(version);
    console.log(`Every package is now ${version}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
