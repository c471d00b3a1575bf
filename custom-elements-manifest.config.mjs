// custom-elements.json: every tag, attribute, property, event, CSS part and
// custom property, read from the JSDoc on each element class. It feeds the
// Storybook docs, the API tables, and, through the plugins at the end, the
// files editors and frameworks read (all written into packages/coproduce/dist):
//   jsx/custom-elements.d.ts      React 19 JSX types (IntrinsicElements)
//   vue/custom-elements.d.ts      Vue GlobalComponents, for vue-tsc and Volar
//   vscode.html-custom-data.json  VS Code's HTML hints
//   web-types.json                JetBrains editors' hints
// tests/manifest/ checks the manifest and each of those files against it.
import { readFileSync, writeFileSync } from 'node:fs';
import { jsxTypesPlugin } from '@wc-toolkit/jsx-types';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';

const OUT = 'packages/coproduce/dist';

/** The theme's public custom properties: one list, in core, for every element. */
const THEME_PROPERTIES = JSON.parse(
  readFileSync(new URL('./packages/core/src/theme-properties.json', import.meta.url), 'utf8'),
);

/** Leaves out class members (and static `properties` entries) marked `@internal`: they are not API. */
function hideInternalMembers() {
  return {
    name: 'hide-internal-members',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const internal = new Set();
      const isInternal = (member) => ts.getJSDocTags(member).some((tag) => tag.tagName.text === 'internal');
      for (const member of node.members) {
        if (member.name && isInternal(member)) internal.add(member.name.getText());
        if (
          member.name?.getText() === 'properties' &&
          member.initializer &&
          ts.isObjectLiteralExpression(member.initializer)
        ) {
          for (const property of member.initializer.properties) {
            if (isInternal(property)) internal.add(property.name.getText());
          }
        }
      }
      const declaration = moduleDoc.declarations?.find((candidate) => candidate.name === node.name.getText());
      if (!declaration) return;
      // Shared code dispatches `<tag>-change` and `<tag>-error` under a computed name, which the
      // analyzer reads as an event called "type"; each element documents the real names with @event.
      declaration.events = declaration.events?.filter((event) => event.name !== 'type');
      if (internal.size === 0) return;
      declaration.members = declaration.members?.filter((member) => !internal.has(member.name));
      declaration.attributes = declaration.attributes?.filter(
        (attribute) => !internal.has(attribute.fieldName ?? attribute.name),
      );
    },
  };
}

/**
 * Every element takes the same theme properties: they are listed once, in
 * packages/core/src/theme-properties.json, and added to each element here
 * rather than copied into five JSDoc blocks.
 */
function themeCustomProperties() {
  return {
    name: 'theme-custom-properties',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          // The wrapper, <coproduction-project>, draws nothing of its own, so takes no theme.
          if (!declaration.customElement || !declaration.tagName || declaration.tagName === 'coproduction-project')
            continue;
          declaration.cssProperties = THEME_PROPERTIES.map((property) => ({
            name: property.name,
            description: `${property.description} Default ${property.default}${property.dark ? ` (dark: ${property.dark})` : ''}.`,
            default: property.default,
          }));
        }
      }
    },
  };
}

/**
 * Tags are registered with core's `defineElement(tag, Class)` (it checks
 * the tag is free first), which the analyzer does not know as
 * `customElements.define`: each such call becomes the module's
 * `custom-element-definition` export, so tools know which import registers
 * which tag.
 */
function defineElementCalls() {
  return {
    name: 'define-element-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tag, elementClass] = node.arguments;
      if (!tag || !elementClass || !ts.isStringLiteral(tag) || !ts.isIdentifier(elementClass)) return;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tag.text, declaration: { name: elementClass.text } },
      ];
    },
  };
}

/** Where each element's module and define module are shipped, from the package root (vite.config.ts, modules mode). */
const shippedElement = (tag) => `dist/modules/${tag}.js`;
const shippedDefine = (tag) => `dist/modules/${tag}.define.js`;

/** The library's sources as one TypeScript program, so a plugin can ask the type checker what an alias stands for. */
let program;
function sourceFiles({ ts, globs }) {
  const configFile = ts.readConfigFile('tsconfig.build.json', ts.sys.readFile);
  const config = ts.parseJsonConfigFileContent(configFile.config, ts.sys, process.cwd());
  program = ts.createProgram(globs, config.options);
  // Binding, which the checker does, sets each node's parent, which the analyzer reads.
  program.getTypeChecker();
  return globs.map((file) => program.getSourceFile(file));
}

/**
 * A property whose type is a choice of fixed values under a name (`Theme`,
 * `Stage`, `Locale`) is given the values themselves
 * (`'light' | 'dark' | 'auto'`): editors list them, docs show them. Types
 * of data (documents, questions) keep their names.
 */
function choicesSpelledOut() {
  return {
    name: 'choices-spelled-out',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const declaration = moduleDoc.declarations?.find((candidate) => candidate.name === node.name.getText());
      if (!declaration?.members) return;
      const checker = program.getTypeChecker();
      for (const member of node.members) {
        if (!ts.isPropertyDeclaration(member) || !member.type || !member.name) continue;
        const type = checker.getTypeFromTypeNode(member.type);
        const choices = type.isUnion() ? type.types : [type];
        const absent = (choice) => choice.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null);
        const fixed = (choice) => choice.isLiteral() || choice.flags & ts.TypeFlags.BooleanLiteral || absent(choice);
        if (!choices.some((choice) => choice.isLiteral())) continue;
        // The values first, then undefined: the order people read them in.
        const spelt = (list) =>
          [...list.filter((choice) => !absent(choice)), ...list.filter(absent)]
            .map((choice) => checker.typeToString(choice).replaceAll('"', "'"))
            .join(' | ');
        const name = member.name.getText();
        // An attribute holds only the words; a property may also take an object (`storage`'s adapter).
        for (const attribute of declaration.attributes ?? []) {
          if ((attribute.fieldName ?? attribute.name) === name && attribute.type)
            attribute.type.text = spelt(choices.filter(fixed));
        }
        if (!choices.every(fixed)) continue;
        for (const field of declaration.members) {
          if (field.name === name && field.type) field.type.text = spelt(choices);
        }
      }
    },
  };
}

/**
 * The manifest describes the public elements as they are shipped: each
 * element's module and its define module, at their paths in dist/ (never the
 * TypeScript sources), with only public members. Internal modules, private
 * and protected members, and state properties the analyzer took for
 * attributes are left out. Inherited members name the package they come
 * from rather than a source file.
 */
function shippedPublicApi() {
  return {
    name: 'shipped-public-api',
    packageLinkPhase({ customElementsManifest }) {
      const byClass = new Map();
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.customElement && declaration.tagName) byClass.set(declaration.name, declaration.tagName);
        }
      }
      const source = (path) => path?.match(/(?:^|\/)packages\/([^/]+)\/src\//)?.[1];
      const inherited = (reference) =>
        reference?.module ? { name: reference.name, package: `@coproduce/${source(reference.module)}` } : reference;
      const modules = [];
      for (const module of customElementsManifest.modules) {
        const elements = (module.declarations ?? []).filter((item) => item.customElement && item.tagName);
        const definitions = (module.exports ?? []).filter((item) => item.kind === 'custom-element-definition');
        if (elements.length) {
          for (const element of elements) {
            element.members = (element.members ?? []).filter(
              (member) => !member.privacy || member.privacy === 'public',
            );
            const publicFields = new Set(element.members.map((member) => member.name));
            element.attributes = (element.attributes ?? []).filter(
              (attribute) => !attribute.fieldName || publicFields.has(attribute.fieldName),
            );
            for (const item of [...element.members, ...element.attributes, ...(element.events ?? [])]) {
              if (item.inheritedFrom) item.inheritedFrom = inherited(item.inheritedFrom);
            }
            if (element.superclass?.module) element.superclass = inherited(element.superclass);
          }
          const path = shippedElement(elements[0].tagName);
          modules.push({
            ...module,
            path,
            declarations: elements,
            exports: elements.map((element) => ({
              kind: 'js',
              name: element.name,
              declaration: { name: element.name, module: path },
            })),
          });
        } else if (definitions.length) {
          modules.push({
            kind: 'javascript-module',
            path: shippedDefine(definitions[0].name),
            declarations: [],
            exports: definitions.map((definition) => ({
              ...definition,
              declaration: {
                name: definition.declaration.name,
                module: shippedElement(byClass.get(definition.declaration.name) ?? definition.name),
              },
            })),
          });
        }
      }
      customElementsManifest.modules = modules;
    },
  };
}

/**
 * Vue's GlobalComponents. The generator wants each event's type to be its
 * detail (it wraps it in CustomEvent itself and imports it by name), where
 * the manifest gives the whole event type, as the schema means; and a
 * read-only property (`session`) is not something a template can set. So
 * it is given a copy of the manifest put that way, and its imports are
 * tidied after.
 */
function vueTypes(options) {
  return {
    name: 'vue-types',
    packageLinkPhase({ customElementsManifest }) {
      const copy = structuredClone(customElementsManifest);
      for (const module of copy.modules) {
        for (const declaration of module.declarations ?? []) {
          declaration.members = declaration.members?.filter((member) => !member.readonly);
          for (const event of declaration.events ?? []) {
            const detail = event.type?.text.match(/^CustomEvent<(.+)>$/)?.[1];
            if (detail) event.type.text = detail;
          }
        }
      }
      generateVuejsTypes(copy, options);
      // It imports a detail type once per element that sends it (`CoproduceErrorDetail` six times), which
      // TypeScript refuses as a duplicate: each name is kept once.
      const file = `${options.outdir}/${options.fileName}`;
      const types = readFileSync(file, 'utf8').replace(
        /import type \{([^}]*)\} from "coproduce";/,
        (_whole, names) =>
          `import type { ${[...new Set(names.split(',').map((name) => name.trim()))].filter(Boolean).join(', ')} } from "coproduce";`,
      );
      writeFileSync(file, types);
    },
  };
}

/** web-types.json names the package it describes: the generator reads the package.json where it runs, the workspace's. */
function webTypesPackage(file) {
  return {
    name: 'web-types-package',
    packageLinkPhase() {
      const { name, version } = JSON.parse(
        readFileSync(new URL('./packages/coproduce/package.json', import.meta.url), 'utf8'),
      );
      const webTypes = JSON.parse(readFileSync(file, 'utf8'));
      writeFileSync(file, `${JSON.stringify({ ...webTypes, name, version }, null, 2)}\n`);
    },
  };
}

export default {
  globs: ['packages/*/src/**/*.ts'],
  exclude: [
    '**/*.test.ts',
    'packages/coproduce/src/**',
    'packages/*/src/i18n/**',
    'packages/server/**',
    'packages/core/src/sync/**',
  ],
  outdir: OUT,
  litelement: true,
  dev: false,
  overrideModuleCreation: sourceFiles,
  plugins: [
    hideInternalMembers(),
    defineElementCalls(),
    choicesSpelledOut(),
    themeCustomProperties(),
    shippedPublicApi(),
    // Everything below reads the finished manifest, so comes last. Their types import from the package's own entry.
    jsxTypesPlugin({
      outdir: `${OUT}/jsx`,
      fileName: 'custom-elements.d.ts',
      globalTypePath: 'coproduce',
      stronglyTypedEvents: true,
    }),
    vueTypes({
      outdir: `${OUT}/vue`,
      fileName: 'custom-elements.d.ts',
      globalTypePath: 'coproduce',
      hideLogs: true,
    }),
    customElementVsCodePlugin({
      outdir: OUT,
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
      hideLogs: true,
    }),
    customElementJetBrainsPlugin({ outdir: OUT, webTypesFileName: 'web-types.json', hideLogs: true }),
    webTypesPackage(`${OUT}/web-types.json`),
  ],
};
