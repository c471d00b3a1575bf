// npm test: every test. Fails, saying how to fix it, if there is no Chromium.
// Firefox ESR runs the same browser tests when it is installed.
import { execFileSync } from 'node:child_process';
import { HOW_TO_GET_CHROMIUM, firefoxPath, hasChromium, hasFirefox } from './browsers.mjs';

if (!hasChromium()) {
  console.error(HOW_TO_GET_CHROMIUM);
  process.exit(1);
}
const browsers = hasFirefox() ? 'chromium,firefox' : 'chromium';
if (!hasFirefox()) {
  console.warn(
    `Firefox ESR not found at ${firefoxPath}: testing in Chromium only (apt-get install -y firefox-esr, or FIREFOX_PATH=…).`,
  );
}

const steps = [
  ['lint and format (Biome; `npx biome check --write .` fixes most)', 'npx', ['biome', 'ci', '.']],
  ['typecheck', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']],
  ['build', 'node', ['scripts/build.mjs']],
  [
    'public contract and editor files',
    'node',
    ['--test', '--test-reporter=spec', 'tests/contract/', 'tests/manifest/'],
  ],
  // Packs every package; then apps outside the workspace install the tarballs (their frameworks from the npm
  // registry), build for production and run in Chromium: plain Vite, React, Vue and Svelte. A few minutes.
  [
    'npm packages, installed into fresh apps, and their React and Vue types compiled',
    'node',
    ['--test', '--test-reporter=spec', '--test-concurrency=1', 'tests/packages/', 'tests/types/'],
  ],
  ['server rendering and Node imports', 'node', ['--test', '--test-reporter=spec', 'tests/ssr/']],
  ['browser tests', 'npx', ['web-test-runner']],
  [
    'drop-in file tests',
    'node',
    ['--test', '--test-reporter=spec', 'tests/dropin/', 'tests/live/dropin.test.mjs', 'tests/live/sealed.test.mjs'],
  ],
  ['npm start', 'node', ['--test', '--test-reporter=spec', 'tests/start/']],
  [
    'live-session server (coproduce-server, with redis-server)',
    'node',
    ['--test', '--test-reporter=spec', 'tests/server/', 'tests/live-turns/'],
  ],
];
for (const [name, command, args] of steps) {
  console.log(`\n▶ ${name}`);
  try {
    execFileSync(command, args, { stdio: 'inherit', env: { ...process.env, BROWSERS: browsers } });
  } catch {
    console.error(`\n✖ ${name} failed`);
    process.exit(1);
  }
}
console.log('\n✔ all tests passed');
