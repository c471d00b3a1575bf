// custom-elements.json: every tag, attribute, property, event, CSS part and
// custom property, read from the JSDoc on each element class. It feeds the
// Storybook docs and editors' hints (package.json "customElements").

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
        if (member.name?.getText() === 'properties' && member.initializer && ts.isObjectLiteralExpression(member.initializer)) {
          for (const property of member.initializer.properties) {
            if (isInternal(property)) internal.add(property.name.getText());
          }
        }
      }
      const declaration = moduleDoc.declarations?.find((candidate) => candidate.name === node.name.getText());
      if (!declaration) return;
      // DocumentElement dispatches `<tag>-change` and `<tag>-error` under a computed name, which the
      // analyzer reads as an event called "type"; each element documents the real names with @event.
      declaration.events = declaration.events?.filter((event) => event.name !== 'type');
      if (internal.size === 0) return;
      declaration.members = declaration.members?.filter((member) => !internal.has(member.name));
      declaration.attributes = declaration.attributes?.filter((attribute) => !internal.has(attribute.fieldName ?? attribute.name));
    },
  };
}

export default {
  globs: ['packages/*/src/**/*.ts'],
  exclude: ['**/*.test.ts', 'packages/coproduce/src/**', 'packages/*/src/i18n/**'],
  outdir: 'packages/coproduce/dist',
  litelement: true,
  dev: false,
  plugins: [hideInternalMembers()],
};
