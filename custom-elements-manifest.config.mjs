// custom-elements.json: every tag, attribute, property, event, CSS part and
// custom property, read from the JSDoc on each element class. It feeds the
// Storybook docs and editors' hints (package.json "customElements").
import { readFileSync } from 'node:fs';

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

export default {
  globs: ['packages/*/src/**/*.ts'],
  exclude: ['**/*.test.ts', 'packages/coproduce/src/**', 'packages/*/src/i18n/**'],
  outdir: 'packages/coproduce/dist',
  litelement: true,
  dev: false,
  plugins: [hideInternalMembers(), themeCustomProperties()],
};
