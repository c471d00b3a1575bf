// node scripts/api-table.mjs: the five elements' public API side by side,
// read from custom-elements.json (run `npm run build` first), as markdown.
import { readFileSync } from 'node:fs';

const manifest = JSON.parse(
  readFileSync(new URL('../packages/coproduce/dist/custom-elements.json', import.meta.url), 'utf8'),
);
const TAGS = ['mark-scorer', 'values-agreement', 'decision-log', 'icebreaker-picker', 'feedback-form'];
const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
const byTag = new Map(
  declarations
    .filter((declaration) => declaration.customElement)
    .map((declaration) => [declaration.tagName, declaration]),
);
const base = declarations.find((declaration) => declaration.name === 'CoproduceElement');

const isPublic = (member) => !member.static && member.privacy !== 'private' && member.privacy !== 'protected';
const shared = new Set((base?.members ?? []).filter(isPublic).map((member) => member.name));
const cell = (names) => (names.length ? names.map((name) => `\`${name}\``).join('<br>') : '—');

const rows = {
  attributes: (d) =>
    (d.attributes ?? [])
      .map((attribute) => attribute.name)
      .filter((name) => !['locale', 'theme', 'easy-read', 'heading-level'].includes(name)),
  properties: (d) =>
    (d.members ?? [])
      .filter((member) => isPublic(member) && member.kind === 'field' && !shared.has(member.name))
      .map((member) => member.name),
  methods: (d) =>
    (d.members ?? [])
      .filter((member) => isPublic(member) && member.kind === 'method' && !shared.has(member.name))
      .map((member) => `${member.name}()`),
  events: (d) =>
    (d.events ?? []).map((event) => `${event.name}: ${(event.type?.text ?? '?').replace(/^CustomEvent<(.*)>$/, '$1')}`),
  parts: (d) => (d.cssParts ?? []).map((part) => part.name),
};

console.log(`| | ${TAGS.map((tag) => `\`<${tag}>\``).join(' | ')} |`);
console.log(`| --- | ${TAGS.map(() => '---').join(' | ')} |`);
for (const [row, pick] of Object.entries(rows)) {
  console.log(`| ${row} | ${TAGS.map((tag) => cell(byTag.has(tag) ? pick(byTag.get(tag)) : [])).join(' | ')} |`);
}
console.log(
  `\nOn every element as well: attributes \`locale\`, \`theme\`, \`easy-read\`, \`heading-level\`; property \`resolvedLocale\` (read-only); ${15} theme custom properties.`,
);
