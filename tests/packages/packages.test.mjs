// What npm would publish, read from `npm pack --dry-run` after `npm run build`:
// each package's files, its exports and sideEffects against them, its
// dependencies against what its modules import, the one version, and a clean
// `npm publish --dry-run`.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { init, parse } from 'es-module-lexer';
import { ELEMENTS } from '../../scripts/packages.mjs';
import { PACKAGES, packList, requireBuild, root } from './pack.mjs';

requireBuild();
await init;

const manifestOf = (dir) => JSON.parse(readFileSync(`${root}packages/${dir}/package.json`, 'utf8'));
const SOURCE_CONDITION = '@coproduce/source';

/** Every file an `exports` entry points at, leaving out the workspace's own condition (sources, not shipped). */
function exportTargets(exportsField) {
  const targets = [];
  const walk = (value, condition) => {
    if (condition === SOURCE_CONDITION) return;
    if (typeof value === 'string') targets.push(value);
    else if (value && typeof value === 'object') for (const [key, inner] of Object.entries(value)) walk(inner, key);
  };
  walk(exportsField, null);
  return targets.map((target) => target.replace(/^\.\//, ''));
}

/** The package a bare import names: `lit` for `lit/static-html.js`, `@lit/context` for itself. */
const packageOf = (specifier) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

/** Packages the shipped modules and declarations import, with the file that first does. */
function importedPackages(dir, files) {
  const found = new Map();
  for (const file of files) {
    if (!file.startsWith('dist/') || !/\.(js|d\.ts)$/.test(file)) continue;
    const text = readFileSync(`${root}packages/${dir}/${file}`, 'utf8');
    const specifiers = file.endsWith('.d.ts')
      ? [
          ...text.matchAll(/^(?:import|export)\b[^'"]*?\bfrom\s*['"]([^'"]+)['"]/gm),
          ...text.matchAll(/^import\s*['"]([^'"]+)['"]/gm),
          ...text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
        ].map((match) => match[1])
      : parse(text)[0]
          .map((entry) => entry.n)
          .filter(Boolean);
    for (const specifier of specifiers) {
      if (/^(\.|\/|node:|data:|https?:)/.test(specifier)) continue;
      if (!found.has(packageOf(specifier))) found.set(packageOf(specifier), file);
    }
  }
  return found;
}

/** Modules bundled for a browser or a command (the drop-in's, the server's), which need no declarations of their own. */
function needsNoDeclaration(dir, file) {
  if (dir === 'coproduce') return /^dist\/(elements|chunks)\/|^dist\/coproduce\.all\.js$/.test(file);
  if (dir === 'server') return /^dist\/(chunks\/|cli\.js$)/.test(file);
  return false;
}

const lists = Object.fromEntries(PACKAGES.map(({ dir }) => [dir, packList(dir)]));

describe('every package is ready to publish', () => {
  for (const { dir, name } of PACKAGES) {
    describe(name, () => {
      const manifest = manifestOf(dir);
      const { files } = lists[dir];

      test('is public, MIT licensed, and describes itself', () => {
        assert.equal(manifest.private, undefined, 'not private');
        assert.equal(manifest.license, 'MIT');
        assert.equal(manifest.type, 'module');
        assert.equal(manifest.publishConfig?.access, 'public', 'a scoped package is otherwise published as restricted');
        // No repository or homepage until the project has a public address: a guessed one would mislead.
        assert.equal(manifest.repository, undefined, 'no guessed repository address');
        assert.ok(manifest.keywords?.length > 0, 'keywords');
        assert.ok(manifest.engines?.node, 'engines');
        assert.ok(manifest.description, 'description');
      });

      test('packs its built modules with a .d.ts beside each, LICENSE and README, and no sources, tests or stories', () => {
        for (const file of ['package.json', 'LICENSE', 'README.md']) assert.ok(files.includes(file), `holds ${file}`);
        assert.equal(readFileSync(`${root}packages/${dir}/LICENSE`, 'utf8'), readFileSync(`${root}LICENSE`, 'utf8'));
        const strays = files.filter(
          (file) =>
            !['package.json', 'LICENSE', 'README.md'].includes(file) &&
            !file.startsWith('dist/') &&
            // The umbrella carries the guide (docs/, copied by the build).
            !(dir === 'coproduce' && /^docs\/.+\.md$/.test(file)),
        );
        assert.deepEqual(strays, [], 'nothing outside dist/ but package.json, LICENSE and README.md');
        assert.deepEqual(
          files.filter((file) => /(^|\/)(src|tests?|stories)\/|\.(test|stories)\.|\.ts$(?<!\.d\.ts)/.test(file)),
          [],
          'no TypeScript sources, tests or stories',
        );
        const modules = files.filter((file) => file.endsWith('.js'));
        assert.ok(modules.length > 0, 'holds JavaScript');
        const bare = modules.filter(
          (file) => !needsNoDeclaration(dir, file) && !files.includes(file.replace(/\.js$/, '.d.ts')),
        );
        assert.deepEqual(bare, [], 'every module has its .d.ts beside it');
        if (dir === 'coproduce') assert.ok(files.includes('dist/custom-elements.json'), 'holds custom-elements.json');
      });

      test('every exports target, types and bin are in the tarball', () => {
        const targets = [
          ...exportTargets(manifest.exports),
          manifest.types,
          manifest['web-types'],
          manifest.customElements,
          ...Object.values(manifest.bin ?? {}),
        ]
          .filter((target) => target && !target.includes('*'))
          .map((target) => target.replace(/^\.\//, ''));
        assert.ok(targets.length > 0);
        assert.deepEqual(
          targets.filter((target) => !files.includes(target)),
          [],
        );
      });

      test('every package its modules and declarations import is a dependency, and every dependency is used', () => {
        const imported = importedPackages(dir, files);
        imported.delete(name);
        const dependencies = Object.keys(manifest.dependencies ?? {});
        // A framework the app brings (React for coproduce/react, Vue for its types) is an optional peer.
        const peers = Object.keys(manifest.peerDependencies ?? {});
        for (const peer of peers)
          assert.equal(manifest.peerDependenciesMeta?.[peer]?.optional, true, `${peer} optional`);
        const missing = [...imported].filter(([used]) => !dependencies.includes(used) && !peers.includes(used));
        assert.deepEqual(missing, [], 'imported (by the file named) but not a dependency');
        // The server's own package for its declarations' types; its code has core's modules bundled in.
        const unused = dependencies.filter((dependency) => !imported.has(dependency));
        assert.deepEqual(unused, [], 'a dependency nothing imports');
      });
    });
  }
});

describe('sideEffects', () => {
  test('each element package names its define module by its shipped path (and its source, for the workspace)', () => {
    for (const dir of ELEMENTS) {
      const { sideEffects } = manifestOf(dir);
      assert.deepEqual(sideEffects, ['./src/define.ts', './dist/define.js'], dir);
      assert.ok(lists[dir].files.includes('dist/define.js'), dir);
    }
  });

  test('coproduce names every module that registers a tag, and each is in its tarball', () => {
    const { sideEffects } = manifestOf('coproduce');
    const shipped = [
      'dist/modules/define.js',
      'dist/modules/all.js',
      'dist/modules/react.js',
      ...ELEMENTS.map((tag) => `dist/modules/${tag}.define.js`),
      'dist/coproduce.js',
      'dist/coproduce.all.js',
    ];
    for (const file of shipped) {
      assert.ok(sideEffects.includes(`./${file}`), `sideEffects names ${file}`);
      assert.ok(lists.coproduce.files.includes(file), `${file} is shipped`);
    }
    // Every define export of the umbrella points at a module named there.
    const { exports } = manifestOf('coproduce');
    for (const tag of ELEMENTS) {
      assert.ok(sideEffects.includes(exports[`./${tag}/define`].import), `./${tag}/define`);
    }
    assert.ok(sideEffects.includes(exports['./define'].import));
  });

  test('core has no side effects', () => {
    assert.equal(manifestOf('core').sideEffects, false);
  });
});

describe('one version', () => {
  test('every package, the dependencies between them and version.ts agree', async () => {
    const { versionProblems } = await import('../../scripts/packages.mjs');
    assert.deepEqual(versionProblems(), []);
  });

  const copy = mkdtempSync(join(tmpdir(), 'coproduce-version-'));
  after(() => rmSync(copy, { recursive: true, force: true }));

  test('npm run set-version sets every package, dependency, version.ts and the lock file at once', () => {
    for (const { dir } of PACKAGES)
      cpSync(`${root}packages/${dir}/package.json`, `${copy}/packages/${dir}/package.json`);
    mkdirSync(`${copy}/packages/core/src`, { recursive: true });
    cpSync(`${root}packages/core/src/version.ts`, `${copy}/packages/core/src/version.ts`);
    cpSync(`${root}package-lock.json`, `${copy}/package-lock.json`);
    cpSync(`${root}scripts/packages.mjs`, `${copy}/scripts/packages.mjs`);
    execFileSync('node', ['scripts/packages.mjs', 'set-version', '9.8.7'], { cwd: copy, stdio: 'pipe' });
    for (const { dir, name } of PACKAGES) {
      const manifest = JSON.parse(readFileSync(`${copy}/packages/${dir}/package.json`, 'utf8'));
      assert.equal(manifest.version, '9.8.7', name);
      for (const [dependency, range] of Object.entries(manifest.dependencies ?? {})) {
        if (PACKAGES.some((known) => known.name === dependency))
          assert.equal(range, '9.8.7', `${name} → ${dependency}`);
      }
    }
    assert.match(readFileSync(`${copy}/packages/core/src/version.ts`, 'utf8'), /VERSION = '9\.8\.7'/);
    const lock = JSON.parse(readFileSync(`${copy}/package-lock.json`, 'utf8'));
    assert.equal(lock.packages['packages/mark-scorer'].version, '9.8.7');
    assert.equal(lock.packages['packages/mark-scorer'].dependencies['@coproduce/core'], '9.8.7');
    // And refuses what is not a version, changing nothing.
    const refused = spawnSync('node', ['scripts/packages.mjs', 'set-version', 'next'], { cwd: copy, encoding: 'utf8' });
    assert.notEqual(refused.status, 0);
    assert.equal(JSON.parse(readFileSync(`${copy}/packages/core/package.json`, 'utf8')).version, '9.8.7');
  });
});

describe('npm publish --dry-run', () => {
  for (const { dir, name } of PACKAGES) {
    test(`${name}: no warnings or corrections`, () => {
      const result = spawnSync('npm', ['publish', '--dry-run', '--ignore-scripts'], {
        cwd: `${root}packages/${dir}`,
        encoding: 'utf8',
      });
      assert.equal(result.status, 0, result.stderr);
      // A dry run cannot log in; everything else npm warns about is ours to fix.
      const warnings = result.stderr
        .split('\n')
        .filter((line) => /npm (warn|error)/i.test(line) && !/requires you to be logged in/.test(line));
      assert.deepEqual(warnings, []);
      assert.match(result.stderr, /with tag latest and public access/);
    });
  }
});
