// The documentation keeps its promises: a short README, a page for every
// element, and API tables that are exactly what custom-elements.json says.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { test } from 'node:test';
import { pagesWithApi } from '../../scripts/docs-api.mjs';

const root = new URL('../../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('packages/coproduce/dist/custom-elements.json', root), 'utf8'));
const tags = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName)
  .map((declaration) => declaration.tagName);

test('the README is short: under 8 KB', () => {
  const size = statSync(new URL('README.md', root)).size;
  assert.ok(size < 8_000, `README.md is ${size} bytes`);
});

test('every element in the manifest has its own page, linked from the README, with its API reference', () => {
  const readme = readFileSync(new URL('README.md', root), 'utf8');
  assert.ok(tags.length >= 6, `only ${tags.length} elements in the manifest`);
  for (const tag of tags) {
    const page = new URL(`docs/elements/${tag}.md`, root);
    assert.ok(existsSync(page), `docs/elements/${tag}.md is missing`);
    const text = readFileSync(page, 'utf8');
    assert.match(text, new RegExp(`<!-- api:start ${tag} -->`), `docs/elements/${tag}.md has no API reference`);
    for (const heading of ['## When to use it, and when not', '## How a session runs']) {
      assert.ok(text.includes(heading), `docs/elements/${tag}.md has no "${heading}"`);
    }
    assert.ok(readme.includes(`(docs/elements/${tag}.md)`), `README.md does not link to <${tag}>'s page`);
  }
});

test('the API tables are what custom-elements.json says (node scripts/docs-api.mjs writes them)', () => {
  const stale = pagesWithApi(manifest).filter((page) => page.before !== page.after);
  assert.deepEqual(
    stale.map((page) => page.name),
    [],
  );
});
