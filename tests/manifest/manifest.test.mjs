// custom-elements.json and the editor and framework files made from it
// (custom-elements-manifest.config.mjs), as built by `npm run build`:
// node --test tests/manifest/
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { ELEMENTS } from '../../scripts/packages.mjs';

const PACKAGE = new URL('../../packages/coproduce/', import.meta.url);
const read = (file) => readFileSync(new URL(file, PACKAGE), 'utf8');
const manifest = JSON.parse(read('dist/custom-elements.json'));
const elements = manifest.modules.flatMap((module) =>
  (module.declarations ?? []).filter((item) => item.customElement).map((element) => ({ module, element })),
);
const byTag = new Map(elements.map(({ element }) => [element.tagName, element]));
/** Every element package's tag: the manifest must describe each, and nothing else. */
const TAGS = ELEMENTS;

/** The attributes that take one of a few words, and the words: a bare `string` here is a failure. */
const THEMED = TAGS.filter((tag) => tag !== 'coproduction-project');
const CHOICES = [
  ...TAGS.map((tag) => [tag, 'locale', ['en', 'cy']]),
  ...THEMED.map((tag) => [tag, 'theme', ['light', 'dark', 'auto']]),
  ['coproduction-project', 'storage', ['local', 'memory']],
  ['mark-scorer', 'stage', ['planning', 'process', 'completing', 'review']],
  ['mark-scorer', 'mode', ['group', 'individual']],
  ['icebreaker-picker', 'setting', ['in-person', 'online', 'hybrid']],
];
/** `'a' | 'b' | undefined` → ['a', 'b']; null when the type is anything but quoted words (and undefined). */
function words(typeText) {
  const parts = typeText.split('|').map((part) => part.trim());
  const quoted = parts.filter((part) => part !== 'undefined');
  if (!quoted.every((part) => /^'[^']*'$/.test(part))) return null;
  return quoted.map((part) => part.slice(1, -1));
}

/** Every `path` and `module` anywhere in the manifest. */
function paths(value, found = []) {
  if (Array.isArray(value)) for (const item of value) paths(item, found);
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if ((key === 'path' || key === 'module') && typeof item === 'string') found.push(item);
      else paths(item, found);
    }
  }
  return found;
}

describe('custom-elements.json', () => {
  it('describes exactly the six elements', () => {
    assert.deepEqual([...byTag.keys()].sort(), [...TAGS].sort());
  });

  it('gives every event its detail type', () => {
    for (const { element } of elements) {
      assert.ok(element.events?.length, `<${element.tagName}> lists its events`);
      for (const event of element.events) {
        assert.match(event.type?.text ?? '', /^CustomEvent<[A-Z]\w+>$/, `<${element.tagName}> ${event.name}`);
        assert.ok(event.description, `<${element.tagName}> ${event.name} says when it is sent`);
      }
    }
  });

  it('spells out the words each enumerated attribute takes, never a bare string', () => {
    for (const [tag, name, expected] of CHOICES) {
      const attribute = byTag.get(tag).attributes.find((item) => item.name === name);
      assert.ok(attribute, `<${tag} ${name}>`);
      assert.deepEqual(words(attribute.type.text), expected, `<${tag} ${name}> is ${attribute.type.text}`);
    }
  });

  it('types every public property and attribute, data included', () => {
    for (const { element } of elements) {
      for (const item of [...element.attributes, ...element.members.filter((member) => member.kind === 'field')]) {
        assert.ok(item.type?.text, `<${element.tagName}> ${item.name} has a type`);
        assert.doesNotMatch(item.type.text, /\bany\b|\bunknown\b/, `<${element.tagName}> ${item.name}`);
      }
      assert.ok(
        element.members.every((member) => !member.privacy || member.privacy === 'public'),
        `<${element.tagName}> lists only public members`,
      );
    }
    const data = (tag) => byTag.get(tag).members.find((member) => member.name === 'data').type.text;
    assert.equal(data('mark-scorer'), 'MarkScorerDocument');
    assert.equal(data('values-agreement'), 'ValuesAgreementDocument');
    assert.equal(data('decision-log'), 'DecisionLogDocument');
  });

  it('points only at shipped JavaScript, never at TypeScript sources', () => {
    const found = paths(manifest);
    assert.ok(found.length > 0);
    for (const path of found) {
      assert.doesNotMatch(path, /\.ts$|^packages\/|\/src\//, path);
      assert.match(path, /^dist\/.+\.js$/, path);
      assert.ok(existsSync(new URL(path, PACKAGE)), `${path} is built`);
    }
  });

  it('names the module that registers each tag (custom-element-definition)', () => {
    for (const tag of TAGS) {
      const definitions = manifest.modules.flatMap((module) =>
        (module.exports ?? [])
          .filter((item) => item.kind === 'custom-element-definition' && item.name === tag)
          .map((item) => ({ module, item })),
      );
      assert.equal(definitions.length, 1, `${tag} is defined once`);
      const [{ module, item }] = definitions;
      assert.equal(module.path, `dist/modules/${tag}.define.js`);
      assert.equal(item.declaration.name, byTag.get(tag).name);
      assert.equal(item.declaration.module, `dist/modules/${tag}.js`);
      // It imports the element package's define module (a dependency of coproduce), which registers the tag.
      assert.match(read(module.path), new RegExp(`^import '@coproduce/${tag}/define';$`, 'm'), module.path);
      const define = readFileSync(new URL(`../${tag}/dist/define.js`, PACKAGE), 'utf8');
      assert.match(define, new RegExp(`defineElement\\(['"]${tag}['"]`), `@coproduce/${tag}/define registers ${tag}`);
    }
  });
});

describe('editor files made from the manifest', () => {
  const sorted = (list) => [...list].sort();
  const attributeNames = (tag) => sorted(byTag.get(tag).attributes.map((item) => item.name));
  const eventNames = (tag) => sorted(byTag.get(tag).events.map((item) => item.name));

  it('vscode.html-custom-data.json: every tag and attribute, with the same words, and nothing else', () => {
    const data = JSON.parse(read('dist/vscode.html-custom-data.json'));
    assert.deepEqual(sorted(data.tags.map((tag) => tag.name)), sorted(TAGS));
    for (const tag of data.tags) {
      assert.deepEqual(sorted(tag.attributes.map((item) => item.name)), attributeNames(tag.name), tag.name);
      for (const event of eventNames(tag.name)) assert.ok(tag.description.includes(`**${event}**`), event);
      for (const attribute of tag.attributes) {
        const inManifest = byTag.get(tag.name).attributes.find((item) => item.name === attribute.name);
        const expected = words(inManifest.type.text);
        if (expected) assert.deepEqual(sorted(attribute.values.map((value) => value.name)), sorted(expected));
      }
    }
  });

  it('web-types.json: every tag, attribute and event, and nothing else, for the coproduce package', () => {
    const webTypes = JSON.parse(read('dist/web-types.json'));
    const version = JSON.parse(read('package.json')).version;
    assert.equal(webTypes.name, 'coproduce');
    assert.equal(webTypes.version, version);
    const shown = webTypes.contributions.html.elements;
    assert.deepEqual(sorted(shown.map((element) => element.name)), sorted(TAGS));
    for (const element of shown) {
      assert.deepEqual(sorted(element.attributes.map((item) => item.name)), attributeNames(element.name));
      assert.deepEqual(sorted(element.events.map((item) => item.name)), eventNames(element.name));
    }
  });

  /** The keys of the `CustomElements` type in a generated .d.ts: the tags it types. */
  const typedTags = (text) => {
    const body = text.slice(text.indexOf('export type CustomElements = {'));
    return sorted(new Set([...body.matchAll(/^\s*"([a-z]+(?:-[a-z]+)+)":/gm)].map((match) => match[1])));
  };

  /** React 19 listens for `mark-scored` through the prop `onmark-scored`; vue-tsc checks `@mark-scored` as `onMarkScored`. */
  const reactHandler = (event) => `"on${event}"?:`;
  const vueHandler = (event) => `on${event.replace(/(^|-)(\w)/g, (_whole, _dash, letter) => letter.toUpperCase())}?:`;
  for (const [file, name, handler] of [
    ['dist/jsx/custom-elements.d.ts', 'React JSX', reactHandler],
    ['dist/vue/custom-elements.d.ts', 'Vue', vueHandler],
  ]) {
    it(`${name} types: every tag, each with a handler for each of its events`, () => {
      const text = read(file);
      assert.deepEqual(typedTags(text), sorted(TAGS));
      for (const tag of TAGS) {
        for (const event of eventNames(tag)) assert.ok(text.includes(handler(event)), `${tag} ${handler(event)}`);
      }
    });
  }
});
