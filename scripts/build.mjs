// npm run build: everything in packages/coproduce/dist.
//   coproduce.js              the drop-in loader: fetches elements/<tag>.js when a tag appears
//   elements/*.js, chunks/    each element, and the code they share (Lit bundled)
//   coproduce.all.js          every element in one file, for sites that can upload only one
//   modules/*.js              per-element ES modules, lit/@lit/context/zod external
//   types/**/*.d.ts           TypeScript declarations
//   custom-elements.json      the elements' public contract, for docs and editors
// and packages/server/dist: the coproduce-server command (scripts/build-server.mjs).
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { build } from 'vite';
import { buildServer } from './build-server.mjs';

const root = new URL('..', import.meta.url).pathname;
const run = (command, args) => execFileSync(command, args, { cwd: root, stdio: 'inherit' });

const version = JSON.parse(readFileSync(`${root}packages/coproduce/package.json`, 'utf8')).version;
const stamped = readFileSync(`${root}packages/core/src/version.ts`, 'utf8').match(/VERSION = '([^']+)'/)?.[1];
if (stamped !== version) {
  console.error(
    `packages/core/src/version.ts says ${stamped}, packages/coproduce/package.json says ${version}: make them match.`,
  );
  process.exit(1);
}

rmSync(`${root}packages/coproduce/dist`, { recursive: true, force: true });
await build({ configFile: `${root}vite.config.ts`, mode: 'dropin', logLevel: 'warn' });
await build({ configFile: `${root}vite.config.ts`, mode: 'all', logLevel: 'warn' });
await build({ configFile: `${root}vite.config.ts`, mode: 'modules', logLevel: 'warn' });
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
run('npx', ['cem', 'analyze', '--quiet', '--config', 'custom-elements-manifest.config.mjs']);
console.log(`Built coproduce ${version} in packages/coproduce/dist`);
await buildServer();
console.log('Built coproduce-server in packages/server/dist');
