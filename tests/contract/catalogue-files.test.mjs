// The list of catalogue files the Welsh and English tests rely on
// (tests/support/catalogue-files.json) against the folders, both ways: every
// file in every packages/<name>/src/i18n/ is listed, nothing listed is
// missing, and every package with words names its catalogues module as its
// one entry. In the browser, tests/core/catalogues.test.ts then checks that
// every word in every listed file is reached from an entry. Needs no build.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

const root = new URL('../../', import.meta.url);
const { files } = JSON.parse(readFileSync(new URL('tests/support/catalogue-files.json', root), 'utf8'));
const { workspaces } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

/** Every .ts file in every workspace package's src/i18n/, as a path from the root. */
function onDisk() {
  return workspaces.flatMap((folder) => {
    const dir = new URL(`${folder}/src/i18n/`, root);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((name) => name.endsWith('.ts'))
      .map((name) => `${folder}/src/i18n/${name}`);
  });
}

test('every file in every package’s src/i18n is in tests/support/catalogue-files.json, and nothing else', () => {
  const listed = Object.keys(files).sort();
  const found = onDisk().sort();
  assert.deepEqual(
    found.filter((path) => !listed.includes(path)),
    [],
    'not listed: add each to catalogue-files.json, as "words" (and reach it from the package’s catalogues.ts)',
  );
  assert.deepEqual(
    listed.filter((path) => !found.includes(path)),
    [],
    'listed but not there: remove from catalogue-files.json',
  );
});

test('each file says what it is, and every package with an i18n folder has its catalogues.ts as its one entry', () => {
  for (const [path, what] of Object.entries(files)) {
    assert.match(what, /^(entry|words|code|not shown: .+)$/, path);
    assert.equal(what === 'entry', path.endsWith('/catalogues.ts'), `${path}: only catalogues.ts is an entry`);
  }
  const withWords = new Set(onDisk().map((path) => path.replace(/\/src\/i18n\/.*$/, '')));
  assert.ok(withWords.size >= 7, `found ${withWords.size} packages with words`);
  for (const folder of withWords) assert.equal(files[`${folder}/src/i18n/catalogues.ts`], 'entry', folder);
});
