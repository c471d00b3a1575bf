// node scripts/docs-api.mjs [--check]: writes each element page's API
// reference (docs/elements/<tag>.md, between `<!-- api:start <tag> -->` and
// `<!-- api:end -->`) from custom-elements.json, so the tables cannot drift
// from the code. Run `npm run build` first. `--check` changes nothing and
// fails, naming the pages, if any is not what the manifest says.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';

const root = new URL('..', import.meta.url);
const manifestPath = new URL('packages/coproduce/dist/custom-elements.json', root);
const pagesDir = new URL('docs/elements/', root);

/** What every element has from the base class, documented once in docs/using-the-elements.md. */
const SHARED_ATTRIBUTES = new Set(['locale', 'theme', 'easy-read', 'heading-level']);

const isPublic = (member) => !member.static && member.privacy !== 'private' && member.privacy !== 'protected';
/** Markdown table cells: one line, pipes escaped. */
const cell = (text) =>
  String(text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim() || '—';
const code = (text) => (text ? `\`${cell(text)}\`` : '—');

function table(head, rows) {
  if (!rows.length) return [];
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ];
}

/** The API reference of one element, as markdown lines. */
export function apiReference(declaration) {
  const privateFields = new Set(
    (declaration.members ?? []).filter((member) => !isPublic(member)).map((member) => member.name),
  );
  const inherited = (attribute) => attribute.inheritedFrom && SHARED_ATTRIBUTES.has(attribute.name);
  const attributes = (declaration.attributes ?? []).filter(
    (attribute) => !inherited(attribute) && !privateFields.has(attribute.fieldName),
  );
  const fieldsWithAttribute = new Set(attributes.map((attribute) => attribute.fieldName));
  const members = (declaration.members ?? []).filter((member) => isPublic(member) && !member.inheritedFrom);
  const properties = members.filter(
    (member) => member.kind === 'field' && !fieldsWithAttribute.has(member.name) && !member.name.startsWith('_'),
  );
  const methods = members.filter((member) => member.kind === 'method');
  const lines = [];
  const section = (title, rows) => {
    if (!rows.length) return;
    lines.push('', `### ${title}`, '', ...rows);
  };
  section(
    'Attributes',
    table(
      ['attribute', 'property', 'type', 'default', 'meaning'],
      attributes.map((attribute) => [
        code(attribute.name),
        code(attribute.fieldName),
        code(attribute.type?.text),
        code(attribute.default),
        cell(attribute.description),
      ]),
    ),
  );
  if ((declaration.attributes ?? []).some(inherited)) {
    lines.push(
      '',
      'Also `locale`, `theme`, `easy-read` and `heading-level`, as on [every element](../using-the-elements.md#what-every-element-does-the-same-way).',
    );
  }
  section(
    'Properties',
    table(
      ['property', 'type', 'meaning'],
      properties.map((property) => [
        code(property.name) + (property.readonly ? ' (read-only)' : ''),
        code(property.type?.text),
        cell(property.description),
      ]),
    ),
  );
  section(
    'Methods',
    table(
      ['method', 'returns', 'what it does'],
      methods.map((method) => [
        code(`${method.name}(${(method.parameters ?? []).map((parameter) => parameter.name).join(', ')})`),
        code(method.return?.type?.text),
        cell(method.description),
      ]),
    ),
  );
  section(
    'Events',
    table(
      ['event', 'detail', 'when'],
      (declaration.events ?? []).map((event) => [
        code(event.name),
        code((event.type?.text ?? '').replace(/^CustomEvent<(.*)>$/, '$1')),
        cell(event.description),
      ]),
    ),
  );
  if (declaration.events?.length) {
    lines.push(
      '',
      'Every event bubbles and crosses shadow roots (`composed`), and is typed wherever you listen: see [one vocabulary](../using-the-elements.md#one-vocabulary).',
    );
  }
  section(
    'Slots',
    table(
      ['slot', 'what goes there'],
      (declaration.slots ?? []).map((slot) => [slot.name ? code(slot.name) : '(default)', cell(slot.description)]),
    ),
  );
  section(
    'Parts',
    table(
      ['part', 'what'],
      (declaration.cssParts ?? []).map((part) => [code(part.name), cell(part.description)]),
    ),
  );
  if ((declaration.attributes ?? []).some(inherited)) {
    lines.push(
      '',
      'Colours, font, size, rounding and spacing: the [theme properties](../theming.md), the same on every element.',
    );
  }
  return lines;
}

const MARKER = /<!-- api:start ([a-z-]+) -->[\s\S]*?<!-- api:end -->/g;

export function pagesWithApi(manifest) {
  const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
  const byTag = new Map(declarations.filter((d) => d.customElement && d.tagName).map((d) => [d.tagName, d]));
  const results = [];
  for (const name of readdirSync(pagesDir).filter((file) => file.endsWith('.md'))) {
    const path = new URL(name, pagesDir);
    const before = readFileSync(path, 'utf8');
    const after = before.replace(MARKER, (_whole, tag) => {
      const declaration = byTag.get(tag);
      if (!declaration) throw new Error(`docs/elements/${name}: no <${tag}> in custom-elements.json`);
      return [
        `<!-- api:start ${tag} -->`,
        '<!-- Written by scripts/docs-api.mjs from custom-elements.json: change the element’s JSDoc, not this. -->',
        ...apiReference(declaration),
        '',
        '<!-- api:end -->',
      ].join('\n');
    });
    results.push({ name, path, before, after });
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const pages = pagesWithApi(manifest);
  if (process.argv.includes('--check')) {
    const stale = pages.filter((page) => page.before !== page.after).map((page) => `docs/elements/${page.name}`);
    if (stale.length) {
      console.error(`Out of date with custom-elements.json: ${stale.join(', ')}. Run: node scripts/docs-api.mjs`);
      process.exit(1);
    }
  } else {
    for (const page of pages) if (page.before !== page.after) writeFileSync(page.path, page.after);
    console.log(`API reference written for ${pages.length} pages.`);
  }
}
