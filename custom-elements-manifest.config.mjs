// custom-elements.json: every tag, attribute, property, event, CSS part and
// custom property, read from the JSDoc on each element class. It feeds the
// Storybook docs, the API tables, and, through the plugins at the end, the
// files editors and frameworks read (all written into packages/coproduce/dist):
//   jsx/custom-elements.d.ts      React 19 JSX types (IntrinsicElements)
//   vue/custom-elements.d.ts      Vue GlobalComponents, for vue-tsc and Volar
//   vscode.html-custom-data.json  VS Code's HTML hints
//   web-types.json                JetBrains editors' hints
// tests/manifest/ checks the manifest and each of those files against it.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { jsxTypesPlugin } from '@wc-toolkit/jsx-types';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';

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
 * React's own refs in the JSX types. @wc-toolkit/jsx-types (1.8.2) types
 * every element's `ref` as the element or a callback taking it, which React
 * 19 refuses for `useRef<MarkScorer>(null)` (an object whose `current` may be
 * null) and for a callback that returns a cleanup. React's JSX is given the
 * same elements with React's `Ref`; the other frameworks keep the plugin's.
 */
function reactRefs(file) {
  const reactModules = ['react', 'react/jsx-runtime', 'react/jsx-dev-runtime'];
  return {
    name: 'react-refs',
    packageLinkPhase({ customElementsManifest }) {
      const elements = customElementsManifest.modules
        .flatMap((module) => module.declarations ?? [])
        .filter((declaration) => declaration.customElement && declaration.tagName);
      const classes = elements.map((element) => `  ${JSON.stringify(element.tagName)}: ${element.name};`).join('\n');
      const forReact = [
        "/** Each tag's element class. */",
        `type ElementClasses = {\n${classes}\n};`,
        '',
        "/** The elements for React's JSX, with React's own `ref`: a `useRef` object, or a callback that may return a cleanup. */",
        'export type CustomElementsForReact = {',
        '  [Tag in keyof CustomElements]: Omit<CustomElements[Tag], "ref"> & {',
        '    ref?: import("react").Ref<ElementClasses[Tag]> | undefined;',
        '  };',
        '};',
        '',
        '',
      ].join('\n');
      let types = readFileSync(file, 'utf8');
      for (const name of reactModules) {
        const augmented = `declare module "${name}" {\n  namespace JSX {\n    interface IntrinsicElements extends CustomElements {}`;
        if (!types.includes(augmented)) throw new Error(`react-refs: ${file} no longer augments "${name}" as expected`);
        types = types.replace(augmented, augmented.replace('extends CustomElements', 'extends CustomElementsForReact'));
      }
      types = types.replace('declare module "react" {', `${forReact}declare module "react" {`);
      writeFileSync(file, types);
    },
  };
}

/** `mark-scored` → `onMarkScored`: the prop a Vue template's `@mark-scored` is checked against. */
const vueHandler = (event) => `on${event.replace(/(^|-)(\w)/g, (_whole, _dash, letter) => letter.toUpperCase())}`;

/** A description as a JSDoc comment, indented for a member. */
const jsDoc = (text) => (text ? `  /** ${text.replaceAll('*/', '*\\/').split('\n').join('\n   * ')} */\n` : '');

/**
 * Vue's GlobalComponents, written from the manifest here rather than by
 * custom-element-vuejs-integration: its file (1.4.0) names each prop by its
 * attribute (`storage-key`) and each event handler `onmark-scored`, but
 * vue-tsc checks a template's `storage-key` as `storageKey` and
 * `@mark-scored` as `onMarkScored`, so with strictTemplates it refused them
 * all and left the events untyped. Here each public property the element
 * lets a host set is a prop under its property name (a template may still
 * write it `storage-key`), and each event a handler taking the event's type
 * from the manifest. Read-only properties (`session`, `value`) are left out.
 * Each also takes what any HTML element takes (`id`, `lang`, `aria-label`,
 * `@click`…, as Vue types them) and `data-` attributes, which strictTemplates
 * would otherwise refuse.
 */
function vueTypes({ outdir, fileName }) {
  return {
    name: 'vue-types',
    packageLinkPhase({ customElementsManifest }) {
      const elements = customElementsManifest.modules
        .flatMap((module) => module.declarations ?? [])
        .filter((declaration) => declaration.customElement && declaration.tagName);
      const imported = new Set();
      const props = [];
      for (const element of elements) {
        imported.add(element.name);
        let body = '';
        for (const member of element.members ?? []) {
          if (member.kind !== 'field' || member.static || member.readonly) continue;
          body += `${jsDoc(member.description)}  ${member.name}?: ${element.name}[${JSON.stringify(member.name)}];\n`;
        }
        for (const event of element.events ?? []) {
          const type = event.type?.text ?? 'Event';
          for (const name of type.match(/\b[A-Z]\w*/g) ?? [])
            if (name !== 'CustomEvent' && name !== 'Event') imported.add(name);
          body += `${jsDoc(event.description)}  ${vueHandler(event.name)}?: (event: ${type}) => void;\n`;
        }
        props.push(
          `/** Props and events of <${element.tagName}>. */\nexport type ${element.name}Props = {\n${body}};\n`,
        );
      }
      const components = elements.map(
        (element) =>
          `  ${JSON.stringify(element.tagName)}: DefineComponent<${element.name}Props & HostAttributes<${element.name}Props>>;`,
      );
      const capitals = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter) => JSON.stringify(letter)).join(' | ');
      const file = [
        '// Generated from custom-elements.json by custom-elements-manifest.config.mjs: do not edit.',
        'import type { DefineComponent, HTMLAttributes } from "vue";',
        `import type { ${[...imported].join(', ')} } from "coproduce";`,
        '',
        ...props,
        '/** A capital letter: vue-tsc reads `data-section` as `dataSection`, and `data` alone is a prop. */',
        `type Capital = ${capitals};`,
        '',
        "/** What any HTML element takes, where the element's own props do not say otherwise, and `data-` attributes. */",
        // biome-ignore lint/suspicious/noTemplateCurlyInString: a TypeScript template literal type, written out as text.
        'type HostAttributes<Props> = Omit<HTMLAttributes, keyof Props> & { [data: `data${Capital}${string}`]: unknown };',
        '',
        '/** Every coproduce tag, for templates. */',
        `export type CustomElements = {\n${components.join('\n')}\n};`,
        '',
        'declare module "vue" {',
        '  interface GlobalComponents extends CustomElements {}',
        '}',
        '',
      ].join('\n');
      mkdirSync(outdir, { recursive: true });
      writeFileSync(`${outdir}/${fileName}`, file);
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
    reactRefs(`${OUT}/jsx/custom-elements.d.ts`),
    vueTypes({ outdir: `${OUT}/vue`, fileName: 'custom-elements.d.ts' }),
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
