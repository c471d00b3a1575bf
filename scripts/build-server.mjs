// The server command: packages/server/src (TypeScript) → packages/server/dist/cli.js and index.js,
// with the shared-document code from packages/core bundled in and every npm package left external.
import { chmodSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const out = `${root}packages/server/dist`;

export async function buildServer() {
  rmSync(out, { recursive: true, force: true });
  await build({
    entryPoints: { cli: `${root}packages/server/src/cli.ts`, index: `${root}packages/server/src/index.ts` },
    outdir: out,
    bundle: true,
    splitting: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    // npm packages stay in node_modules, except zod, which the elements' schemas bring (bundled, so the
    // server needs no dependency of its own for it).
    external: ['@hocuspocus/*', 'yjs', 'lib0', 'lib0/*', 'y-protocols', 'y-protocols/*', 'better-sqlite3', 'ws'],
    // The elements' schemas import a few helpers from @coproduce/core: take them without Lit and the DOM.
    alias: { '@coproduce/core': './packages/server/src/core-schemas.ts' },
    absWorkingDir: root,
    sourcemap: true,
    logLevel: 'warning',
    chunkNames: 'chunks/[name]-[hash]',
    // For the command; harmless at the top of the other modules.
    banner: { js: '#!/usr/bin/env node' },
  });
  chmodSync(`${out}/cli.js`, 0o755);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildServer();
  console.log('Built coproduce-server in packages/server/dist');
}
