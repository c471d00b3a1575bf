// The theme's public custom properties are listed once (core's
// theme-properties.json, which custom-elements.json is made from); the CSS
// must read exactly those, with exactly those defaults.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const root = new URL('../../', import.meta.url);
const listed = JSON.parse(readFileSync(new URL('packages/core/src/theme-properties.json', root), 'utf8'));
const css = readFileSync(new URL('packages/core/src/theme.ts', root), 'utf8');
const dark = css.slice(css.indexOf('const darkTokens'), css.indexOf('export const themeTokens'));
const light = css.slice(css.indexOf('export const themeTokens'));

test('every listed theme property is read by the CSS with its listed default, light and dark', () => {
  for (const { name, default: fallback, dark: darkFallback } of listed) {
    assert.ok(light.includes(`var(${name}, ${fallback})`), `${name} should default to ${fallback}`);
    if (darkFallback)
      assert.ok(dark.includes(`var(${name}, ${darkFallback})`), `${name} should default to ${darkFallback} when dark`);
  }
});

test('the CSS reads no public theme property that is not listed', () => {
  const internal = new Set(['--coproduce-host-size', '--coproduce-host-line']);
  const used = new Set(
    [...css.matchAll(/var\((--coproduce-[a-z-]+)/g)].map((match) => match[1]).filter((name) => !internal.has(name)),
  );
  assert.deepEqual([...used].sort(), listed.map((property) => property.name).sort());
});
