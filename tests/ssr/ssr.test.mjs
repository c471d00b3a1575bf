// In plain Node, with no DOM: every built module imports without throwing,
// and Lit's server rendering (@lit-labs/ssr) draws each element's shell, its
// declarative shadow root holding what the browser draws first. Run after
// `npm run build`.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';

const root = new URL('../../', import.meta.url).pathname;
const modules = `${root}packages/coproduce/dist/modules/`;
if (!existsSync(modules)) throw new Error('Run `npm run build` first: these tests import what it builds.');

const TAGS = JSON.parse(readFileSync(`${root}packages/coproduce/dist/custom-elements.json`, 'utf8'))
  .modules.flatMap((module) => module.declarations ?? [])
  .map((declaration) => declaration.tagName)
  .filter(Boolean);

/** Every package the workspace publishes for apps (not the server, which is a program of its own). */
function packages() {
  const { workspaces } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
  return workspaces
    .filter((dir) => dir !== 'packages/server')
    .map((dir) => JSON.parse(readFileSync(`${root}${dir}/package.json`, 'utf8')));
}

/** An export that leads to a module (not only to types, as `coproduce/jsx` does). */
const isModule = (target) =>
  typeof target === 'string'
    ? /\.[cm]?js$/.test(target) || (target.endsWith('.ts') && !target.endsWith('.d.ts'))
    : Object.entries(target ?? {}).some(([condition, inner]) => condition !== 'types' && isModule(inner));

/** `coproduce`, `coproduce/mark-scorer/define`…: each subpath a package exports that leads to a module. */
function entryPoints() {
  return packages().flatMap(({ name, exports }) => {
    const subpaths = Object.keys(exports ?? {}).some((key) => key.startsWith('.')) ? exports : { '.': exports };
    return Object.entries(subpaths)
      .filter(([, target]) => isModule(target))
      .map(([subpath]) => (subpath === '.' ? name : `${name}${subpath.slice(1)}`));
  });
}

const strip = (markup) =>
  markup
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** What the server sends for one element: its tag with attributes, as HTML. */
async function serve(tag, attributes = '') {
  const name = unsafeStatic(tag);
  const given = unsafeStatic(attributes);
  return collectResult(render(html`<${name} ${given}></${name}>`));
}

/** The inside of the element's declarative shadow root. */
function shadowOf(markup, tag) {
  const found = markup.match(
    new RegExp(`<${tag}\\b[^>]*><template shadowroot="open" shadowrootmode="open">([\\s\\S]*)</template></${tag}>`),
  );
  assert.ok(found, `no declarative shadow root in <${tag}>:\n${markup.slice(0, 400)}`);
  return found[1];
}

describe('in Node, with no DOM', () => {
  test('every built module in packages/coproduce/dist/modules imports without throwing', async () => {
    const files = readdirSync(modules, { recursive: true }).filter((file) => String(file).endsWith('.js'));
    assert.ok(files.length > 0, 'no modules built');
    const failed = [];
    for (const file of files) {
      await import(`${modules}${file}`).catch((error) => failed.push(`${file}: ${error.message}`));
    }
    assert.deepEqual(failed, []);
  });

  test('every entry point the packages export imports without throwing, the drop-in files too', async () => {
    const entries = entryPoints();
    // The drop-in files carry Lit's browser build for pages; in Node their `node` condition gives the modules.
    for (const entry of ['coproduce', 'coproduce/define', 'coproduce/loader', 'coproduce/all'])
      assert.ok(entries.includes(entry), `${entry} in ${entries.join(', ')}`);
    const failed = [];
    for (const entry of entries) {
      await import(entry).catch((error) => failed.push(`${entry}: ${error.message.split('\n')[0]}`));
    }
    assert.deepEqual(failed, []);
  });
});

describe("Lit's server rendering (@lit-labs/ssr)", async () => {
  // The built modules themselves, as the entry points `coproduce/define` and `coproduce/internal` give them.
  await import(`${modules}define.js`);
  const { loadStrings } = await import(`${modules}internal.js`);

  test('the manifest names every element', () => {
    assert.deepEqual(TAGS.toSorted(), [
      'coproduction-project',
      'decision-log',
      'feedback-form',
      'icebreaker-picker',
      'mark-scorer',
      'values-agreement',
    ]);
  });

  for (const tag of TAGS) {
    test(`<${tag}> is drawn into a declarative shadow root, with its styles`, async () => {
      const shadow = shadowOf(await serve(tag), tag);
      assert.match(shadow, /^(<!--[^>]*-->)*<style>/, 'the styles come first');
      if (tag === 'coproduction-project') {
        // The wrapper draws nothing of its own: the elements inside show through its slot.
        assert.match(shadow, /<slot\b/);
      } else {
        // In the same `.text-size` box the browser draws it in, with words in it.
        assert.match(shadow, /<div class=" ?text-size ?">/);
        assert.ok(strip(shadow).length > 40, strip(shadow));
      }
    });
  }

  test('attributes are read: the stage and the heading level; Easy Read, like a language, waits for its words', async () => {
    const shadow = shadowOf(await serve('mark-scorer', 'stage="review" heading-level="4" easy-read'), 'mark-scorer');
    // Easy Read's own layout comes only with its words (never key names): until they load, the usual words.
    assert.match(shadow, /<div class=" ?text-size ?">/);
    assert.doesNotMatch(strip(shadow), /\beasy\.\w/);
    assert.match(shadow, /<h4 [^>]*id="title"/);
    assert.match(strip(shadow), /Marks of co-production: Review/);
  });

  test('a language whose words are not loaded yet is drawn in English, and says so (lang="en")', async () => {
    const shadow = shadowOf(await serve('mark-scorer', 'locale="cy"'), 'mark-scorer');
    assert.match(strip(shadow), /Marks of co-production/);
    assert.deepEqual([...new Set(shadow.match(/ lang="[^"]*"/g))], [' lang="en"']);
  });

  test("with its words loaded, the element's own lang or locale is drawn in that language", async () => {
    await loadStrings(customElements.get('mark-scorer').catalogues.cy);
    for (const attributes of ['lang="cy"', 'locale="cy"', 'lang="en" locale="cy"']) {
      const shadow = shadowOf(await serve('mark-scorer', attributes), 'mark-scorer');
      assert.match(strip(shadow), /Nodweddion cydgynhyrchu/, attributes);
      assert.deepEqual([...new Set(shadow.match(/ lang="[^"]*"/g))], [' lang="cy"'], attributes);
    }
  });
});
