// npm run build: what each package publishes, in its dist/ folder.
//
// packages/<element>/dist, packages/core/dist: one ES module per source file, with its .d.ts beside
//   it (TypeScript's own output, tsconfig.build.json), lit, @lit/context, zod and @coproduce/* left
//   as imports, for apps that bundle themselves (`import '@coproduce/mark-scorer/define'`).
// packages/coproduce/dist (the umbrella package, `coproduce`):
//   coproduce.js              the drop-in loader: fetches elements/<tag>.js when a tag appears
//   elements/*.js, chunks/    each element, and the code they share (Lit bundled)
//   coproduce.all.js          every element in one file, for sites that can upload only one
//   modules/*.js, .d.ts       the umbrella's own modules, which import the element packages: index
//                             (`coproduce`), define, <tag> and <tag>.define (`coproduce/mark-scorer/define`),
//                             react (`coproduce/react`), internal
//   jsx/, vue/, vscode.html-custom-data.json, web-types.json   framework and editor types, from the manifest
//   custom-elements.json      the elements' public contract, for docs and editors
// packages/server/dist: the coproduce-server command and its module (scripts/build-server.mjs), with
//   the .d.ts of its module.
import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'vite';
import { buildServer } from './build-server.mjs';
import { checkVersions, PACKAGES } from './packages.mjs';

const root = new URL('..', import.meta.url).pathname;
const run = (command, args) => execFileSync(command, args, { cwd: root, stdio: 'inherit' });

const version = checkVersions();
const tscOut = `${root}.build/modules`;

for (const { dir } of PACKAGES) rmSync(`${root}packages/${dir}/dist`, { recursive: true, force: true });
rmSync(tscOut, { recursive: true, force: true });

await build({ configFile: `${root}vite.config.ts`, mode: 'dropin', logLevel: 'warn' });
await build({ configFile: `${root}vite.config.ts`, mode: 'all', logLevel: 'warn' });

// Every package's modules and declarations in one TypeScript run, then each package's share moved into its dist/.
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
for (const { dir } of PACKAGES) {
  const from = `${tscOut}/${dir}/src`;
  if (dir === 'server') {
    // The server's JavaScript is bundled by esbuild (below); only its declarations come from here.
    for (const file of readdirSync(from, { recursive: true })) {
      if (String(file).endsWith('.d.ts')) cpSync(`${from}/${file}`, `${tscOut}/server-types/${file}`);
    }
    continue;
  }
  if (dir === 'coproduce') {
    // The loader's module is the drop-in build's (it carries the preloads the build writes in); its declaration is TypeScript's.
    renameSync(`${from}/coproduce.d.ts`, `${root}packages/coproduce/dist/coproduce.d.ts`);
    rmSync(`${from}/coproduce.js`);
    // Each element's define module beside its class's, as custom-elements.json names them: modules/<tag>.define.js.
    for (const file of readdirSync(`${from}/elements`)) {
      renameSync(`${from}/elements/${file}`, `${from}/${file.replace(/\.(d\.ts|js)$/, '.define.$1')}`);
    }
    rmSync(`${from}/elements`, { recursive: true });
    renameSync(from, `${root}packages/coproduce/dist/modules`);
  } else {
    renameSync(from, `${root}packages/${dir}/dist`);
  }
}

run('npx', ['cem', 'analyze', '--quiet', '--config', 'custom-elements-manifest.config.mjs']);
// The guide travels with the umbrella package, so an app's developer has it in node_modules/coproduce/docs/.
rmSync(`${root}packages/coproduce/docs`, { recursive: true, force: true });
cpSync(`${root}docs`, `${root}packages/coproduce/docs`, { recursive: true });
console.log(`Built coproduce ${version}: each package's dist/, and the guide in packages/coproduce/docs/`);

await buildServer();
// The declarations index.d.ts needs, from TypeScript's run: the server's module re-exports the
// shared-document layout from core's sources, which its declarations name by package instead.
const serverTypes = `${tscOut}/server-types`;
const wanted = ['index.d.ts'];
for (const file of wanted) {
  const text = readFileSync(`${serverTypes}/${file}`, 'utf8').replace(
    /'(?:\.\.\/)+core\/src\/(sync\/(?:patches|shared-doc))\.js'/g,
    "'@coproduce/core/$1'",
  );
  if (/'\.\.\/\.\.\//.test(text))
    throw new Error(`packages/server/src/${file} declares a type from another package's sources`);
  writeFileSync(`${root}packages/server/dist/${file}`, text);
  for (const [, imported] of text.matchAll(/(?:from |import\()'\.\/([^']+)\.js'/g)) {
    if (!wanted.includes(`${imported}.d.ts`)) wanted.push(`${imported}.d.ts`);
  }
}
console.log('Built coproduce-server in packages/server/dist');
