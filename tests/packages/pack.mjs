// Packs the published packages as `npm publish` would, for the tests in this
// folder. Run after `npm run build`: the tarballs hold each package's dist/.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PACKAGES } from '../../scripts/packages.mjs';

export const root = new URL('../../', import.meta.url).pathname;
export { PACKAGES };

export function requireBuild() {
  for (const { dir } of PACKAGES) {
    if (!existsSync(`${root}packages/${dir}/dist`))
      throw new Error('Run `npm run build` first: the packages hold what it builds.');
  }
}

const npm = (args, cwd) =>
  execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });

/** What `npm pack --dry-run --json` says a package's tarball holds: its file paths, and npm's warnings. */
export function packList(dir) {
  const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: `${root}packages/${dir}`,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const [report] = JSON.parse(output);
  return { name: report.name, version: report.version, files: report.files.map((file) => file.path) };
}

/** Packs every package into a new folder outside the workspace; gives that folder and each package's tarball path by name. */
export function packAll() {
  const into = mkdtempSync(join(tmpdir(), 'coproduce-tarballs-'));
  const tarballs = {};
  for (const { dir, name } of PACKAGES) {
    const [report] = JSON.parse(
      npm(['pack', '--json', '--ignore-scripts', '--pack-destination', into], `${root}packages/${dir}`),
    );
    tarballs[name] = join(into, report.filename);
  }
  return { into, tarballs };
}
