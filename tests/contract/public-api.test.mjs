// The public contract, read from what ships: custom-elements.json, the
// declarations (.d.ts) and each element's page in docs/elements/. Run after
// `npm run build`.
//
// - Events follow the one rule of docs/using-the-elements.md: `<tag>-change` and `<tag>-error` on
//   every element, other events named `<subject>-<what happened>` in the past
//   tense (present tense only when cancelable), every one typed, and the
//   types in custom-elements.json the ones declared for TypeScript.
// - The declarations expose only what custom-elements.json and the element's
//   page document.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const manifestPath = 'packages/coproduce/dist/custom-elements.json';
if (!existsSync(new URL(manifestPath, root)))
  throw new Error('Run `npm run build` first: the contract is read from what it builds.');
const manifest = JSON.parse(read(manifestPath));

/** Each element, its class, and the subject its own events start with. */
const ELEMENTS = [
  { tag: 'mark-scorer', className: 'MarkScorer', subjects: ['mark'] },
  { tag: 'values-agreement', className: 'ValuesAgreement', subjects: ['agreement'] },
  { tag: 'decision-log', className: 'DecisionLog', subjects: ['decision', 'decisions'] },
  { tag: 'icebreaker-picker', className: 'IcebreakerPicker', subjects: ['icebreaker'] },
  { tag: 'feedback-form', className: 'FeedbackForm', subjects: ['feedback'] },
];

/** What every element has from its base class (and Lit), documented once in docs/using-the-elements.md. */
const SHARED_MEMBERS = new Set([
  'locale',
  'theme',
  'easyRead',
  'headingLevel',
  'resolvedLocale',
  'connectedCallback',
  'disconnectedCallback',
]);

const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
const declarationOf = (className) =>
  declarations.find((declaration) => declaration.name === className && declaration.customElement);

/** The element's page (docs/elements/<tag>.md). */
function elementPage(tag) {
  const path = `docs/elements/${tag}.md`;
  assert.ok(existsSync(new URL(path, root)), `${path} exists`);
  return read(path);
}

/** Events declared for TypeScript in GlobalEventHandlersEventMap, in the package's built declarations: name → detail type. */
function declaredEvents(tag) {
  const folder = new URL(`packages/coproduce/dist/types/${tag}/src/`, root);
  const events = new Map();
  for (const file of readdirSync(folder, { recursive: true })) {
    if (!String(file).endsWith('.d.ts')) continue;
    const text = readFileSync(new URL(String(file), folder), 'utf8');
    for (const block of text.matchAll(/interface GlobalEventHandlersEventMap \{([^}]*)\}/g)) {
      for (const entry of block[1].matchAll(/'([a-z-]+)': CustomEvent<(\w+)>/g)) events.set(entry[1], entry[2]);
    }
  }
  return events;
}

/** Public instance members of the element's class in its built declaration. */
function declaredMembers(tag, className) {
  const text = read(`packages/coproduce/dist/types/${tag}/src/${tag}.d.ts`);
  const body = text.slice(text.indexOf(`export declare class ${className} `));
  const members = new Set();
  for (const line of body.split('\n').slice(1)) {
    const member = line.match(
      /^ {4}(?!private |protected |static |constructor)(?:readonly )?(?:get |set )?([A-Za-z_$][\w$]*)[?(:;]/,
    );
    if (member) members.add(member[1]);
  }
  return members;
}

for (const { tag, className, subjects } of ELEMENTS) {
  describe(`<${tag}>`, () => {
    const declaration = declarationOf(className);
    const events = declaration?.events ?? [];
    const section = elementPage(tag);

    test('is in custom-elements.json under its tag', () => {
      assert.ok(declaration, `${className} is in custom-elements.json`);
      assert.equal(declaration.tagName, tag);
    });

    test(`sends ${tag}-change and ${tag}-error, the error with the one error detail`, () => {
      const names = events.map((event) => event.name);
      assert.ok(names.includes(`${tag}-change`), `${tag}-change is documented`);
      assert.ok(names.includes(`${tag}-error`), `${tag}-error is documented`);
      assert.equal(
        events.find((event) => event.name === `${tag}-error`).type?.text,
        'CustomEvent<CoproduceErrorDetail>',
      );
    });

    test('names its other events after their subject, in the past tense unless they can be cancelled', () => {
      for (const event of events) {
        if (event.name === `${tag}-change` || event.name === `${tag}-error`) continue;
        const [subject, ...rest] = event.name.split('-');
        assert.ok(subjects.includes(subject), `${event.name} starts with ${subjects.join(' or ')}`);
        const verb = rest.at(-1);
        const pastTense = /ed$/.test(verb) || ['sent'].includes(verb);
        const cancelable = /cancelable/i.test(event.description ?? '');
        assert.ok(
          pastTense || cancelable,
          `${event.name} says what happened (past tense), or is cancelable and says so`,
        );
      }
    });

    test('gives every event a detail type, the same one TypeScript is given', () => {
      const declared = declaredEvents(tag);
      assert.deepEqual(
        [...declared.keys()].sort(),
        events.map((event) => event.name).sort(),
        'the same events are documented and declared',
      );
      for (const event of events) {
        assert.match(event.type?.text ?? '', /^CustomEvent<\w+>$/, `${event.name} has a detail type`);
        assert.equal(
          event.type.text,
          `CustomEvent<${declared.get(event.name)}>`,
          `${event.name}'s type matches its declaration`,
        );
      }
    });

    test('documents every event on its page, with its detail', () => {
      for (const event of events)
        assert.ok(section.includes(`| \`${event.name}\` |`), `<${tag}>'s page lists ${event.name}`);
    });

    test('documents every part on its page', () => {
      for (const part of declaration.cssParts ?? []) {
        assert.ok(section.includes(`| \`${part.name}\``), `<${tag}>'s page lists part ${part.name}`);
      }
    });

    test('extends the one base class directly, so it inherits nothing undocumented', () => {
      const text = read(`packages/coproduce/dist/types/${tag}/src/${tag}.d.ts`);
      assert.match(text, new RegExp(`export declare class ${className} extends CoproduceElement<`));
    });

    test('declares for TypeScript only the members it documents', () => {
      const documented = new Set([
        ...(declaration.members ?? [])
          .filter((member) => !member.static && member.privacy !== 'private' && member.privacy !== 'protected')
          .map((member) => member.name),
        ...SHARED_MEMBERS,
      ]);
      const undocumented = [...declaredMembers(tag, className)].filter((name) => !documented.has(name));
      assert.deepEqual(undocumented, [], 'every public member in the .d.ts is in custom-elements.json');
      for (const name of declaredMembers(tag, className)) {
        if (SHARED_MEMBERS.has(name)) continue;
        assert.ok(
          section.includes(`\`${name}\``) || section.includes(`\`${name}(`),
          `<${tag}>'s page documents ${name}`,
        );
      }
    });
  });
}
