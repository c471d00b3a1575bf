// npm run docs: the documentation (README, CONTRIBUTING, docs/ and every
// local page they link to) and the static Storybook as one site in site/,
// then every link in it checked, anchors included. Run after
// `npm run build-storybook` (Storybook goes in site/storybook/) and
// `npm run build` (the element pages' API tables are checked against
// custom-elements.json first).
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { LinkChecker } from 'linkinator';
import { Marked } from 'marked';
import { gfmHeadingId } from 'marked-gfm-heading-id';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'site');

/** The pages in the site's menu, in order: [source, title]. */
const MENU = [
  ['README.md', 'Home'],
  ['docs/getting-started.md', 'Getting started'],
  ['docs/using-the-elements.md', 'What every element shares'],
  ['docs/elements/mark-scorer.md', '<mark-scorer>'],
  ['docs/elements/values-agreement.md', '<values-agreement>'],
  ['docs/elements/decision-log.md', '<decision-log>'],
  ['docs/elements/icebreaker-picker.md', '<icebreaker-picker>'],
  ['docs/elements/feedback-form.md', '<feedback-form>'],
  ['docs/elements/coproduction-project.md', '<coproduction-project>'],
  ['docs/frameworks.md', 'React, Vue, Angular and plain pages'],
  ['docs/live-sessions.md', 'Live sessions'],
  ['docs/theming.md', 'Theming'],
  ['docs/languages-and-easy-read.md', 'Welsh and Easy Read'],
  ['docs/saving-and-data.md', 'Saving and data'],
  ['docs/accessibility.md', 'Accessibility statement'],
  ['CONTRIBUTING.md', 'Contributing'],
];

const escapeHtml = (text) =>
  text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]);

/** Where a source page goes in the site: README.md → index.html, any other x.md → x.html. */
const htmlPathOf = (source) =>
  source === 'README.md' ? 'index.html' : source.replace(/(^|\/)README\.md$/, '$1index.html').replace(/\.md$/, '.html');

const isLocal = (href) => !/^[a-z][a-z0-9+.-]*:/i.test(href) && !href.startsWith('#') && !href.startsWith('//');

function render(source, pages, files) {
  const text = readFileSync(join(root, source), 'utf8');
  const marked = new Marked(gfmHeadingId());
  marked.use({
    walkTokens(token) {
      if (token.type !== 'link' || !isLocal(token.href)) return;
      const [path, fragment] = token.href.split('#');
      const target = posix.normalize(posix.join(posix.dirname(source), decodeURI(path)));
      if (target.endsWith('.md')) {
        pages.add(target);
        const from = posix.dirname(htmlPathOf(source));
        token.href = posix.relative(from, htmlPathOf(target)) + (fragment ? `#${fragment}` : '');
      } else {
        files.add(target.replace(/\/$/, ''));
      }
    },
  });
  const body = marked.parse(text);
  const title = text.match(/^# (.+)$/m)?.[1].replace(/`/g, '') ?? 'coproduce';
  const here = htmlPathOf(source);
  const up = posix.relative(posix.dirname(here), '.') || '.';
  const link = (target) => posix.relative(posix.dirname(here), target);
  const menu = MENU.map(
    ([page, name]) =>
      `<li><a href="${link(htmlPathOf(page))}"${page === source ? ' aria-current="page"' : ''}>${escapeHtml(name)}</a></li>`,
  ).join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · coproduce</title>
<link rel="stylesheet" href="${up}/site.css">
</head>
<body>
<a class="skip" href="#main">Skip to the page</a>
<header><a class="home" href="${link('index.html')}">coproduce</a></header>
<div class="page">
<nav aria-label="Documentation"><ul>${menu}<li><a href="${link('storybook/index.html')}">Storybook: every element, every state</a></li></ul></nav>
<main id="main">
${body}
</main>
</div>
</body>
</html>
`;
}

const STYLE = `:root { color-scheme: light dark; font-family: system-ui, sans-serif; line-height: 1.5; }
body { margin: 0; }
.skip { position: absolute; left: -999px; } .skip:focus { left: 1rem; top: 1rem; background: Canvas; padding: .5rem; }
header { padding: .75rem 1.5rem; border-bottom: 1px solid; } .home { font-weight: bold; font-size: 1.25rem; }
.page { display: flex; flex-wrap: wrap; gap: 2rem; padding: 0 1.5rem; }
nav { flex: 1 1 14rem; max-width: 18rem; } nav ul { list-style: none; padding: 0; } nav li { margin: .4rem 0; }
main { flex: 999 1 30rem; min-width: 0; max-width: 60rem; }
table { border-collapse: collapse; display: block; overflow-x: auto; } th, td { border: 1px solid; padding: .3rem .5rem; text-align: left; vertical-align: top; }
pre { overflow-x: auto; padding: .75rem; border: 1px solid; } code { font-size: .95em; }
a:focus-visible { outline: 3px solid; outline-offset: 2px; }
`;

export async function buildSite() {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'site.css'), STYLE);
  const pages = new Set(MENU.map(([page]) => page));
  const files = new Set();
  const done = new Set();
  const missing = [];
  for (let pending = [...pages]; pending.length; pending = [...pages].filter((page) => !done.has(page))) {
    for (const source of pending) {
      done.add(source);
      if (!existsSync(join(root, source))) {
        missing.push(source);
        continue;
      }
      const target = join(out, htmlPathOf(source));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, render(source, pages, files));
    }
  }
  // Files the pages link to that are not pages (a source file, a demo): copied as they are.
  for (const file of files) {
    const from = join(root, file);
    if (!existsSync(from)) continue; // the link check names it
    if (statSync(from).isDirectory()) continue;
    mkdirSync(dirname(join(out, file)), { recursive: true });
    cpSync(from, join(out, file));
  }
  const storybook = join(root, 'storybook-static');
  if (existsSync(storybook)) cpSync(storybook, join(out, 'storybook'), { recursive: true });
  return { pages: done.size - missing.length, files: files.size, storybook: existsSync(storybook), missing };
}

/** Every link in the site, anchors included; links to other sites are not followed (no internet here). */
export async function checkLinks() {
  const checker = new LinkChecker();
  const broken = [];
  checker.on('link', (result) => {
    if (result.state === 'BROKEN') broken.push(`${result.url} (from ${result.parent}, ${result.status})`);
  });
  const result = await checker.check({
    path: out,
    recurse: true,
    checkFragments: true,
    linksToSkip: async (link) => /^https?:\/\//.test(link) && !/^https?:\/\/(localhost|127\.0\.0\.1)[:/]/.test(link),
  });
  return { checked: result.links.length, broken };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const built = await buildSite();
  console.log(
    `Site: ${built.pages} pages, ${built.files} linked files${built.storybook ? ', Storybook' : ' (no storybook-static: run npm run build-storybook)'} in ${relative(process.cwd(), out) || '.'}/`,
  );
  const { checked, broken } = await checkLinks();
  broken.push(...built.missing.map((page) => `${page} (a page linked to, which does not exist)`));
  if (broken.length) {
    console.error(`Broken links (${broken.length} of ${checked}):\n${broken.join('\n')}`);
    process.exit(1);
  }
  console.log(`Links: ${checked} checked, none broken.`);
}
