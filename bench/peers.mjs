// The peers for npm run bench, bundled locally (no CDN, no other origin):
// Shoelace's rating + textarea + button, and SurveyJS's framework-free UI
// with a rating and a comment question. Dev dependencies only: nothing of
// theirs ships with coproduce.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

export const PEER_PACKAGES = ['@shoelace-style/shoelace', 'survey-core', 'survey-js-ui'];

/** Writes bench/.out/shoelace.js and bench/.out/surveyjs.js; returns each peer package's installed version. */
export async function buildPeers(root) {
  for (const name of ['shoelace', 'surveyjs']) {
    await build({
      entryPoints: [`${root}bench/entries/${name}.js`],
      bundle: true,
      minify: true,
      format: 'esm',
      target: 'es2022',
      outfile: `${root}bench/.out/${name}.js`,
      logLevel: 'error',
    });
  }
  return Object.fromEntries(
    PEER_PACKAGES.map((name) => [
      name,
      JSON.parse(readFileSync(`${root}node_modules/${name}/package.json`, 'utf8')).version,
    ]),
  );
}
