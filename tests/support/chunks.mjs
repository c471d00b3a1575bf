// What a page should fetch from the built drop-in, read from the build's own
// manifest (packages/coproduce/dist/manifest.json): the loader, each of the
// page's elements, and the chunks those import. Languages and features that
// load on demand are listed apart: allowed, never required.
import { readFileSync } from 'node:fs';

export const DIST = '/packages/coproduce/dist/';
const LOADER = 'coproduce.js';

export function readManifest(root) {
  return JSON.parse(readFileSync(`${root}packages/coproduce/dist/manifest.json`, 'utf8'));
}

const entryKey = (tag) => `packages/coproduce/src/elements/${tag}.ts`;

/** Every file `keys` import before they run (static imports, followed). */
function staticClosure(manifest, keys, into = new Map()) {
  for (const key of keys) {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the build's manifest: is it an element's entry?`);
    if (into.has(chunk.file)) continue;
    into.set(chunk.file, key);
    staticClosure(manifest, chunk.imports ?? [], into);
  }
  return into;
}

/** The files (relative to dist/) a page with these tags must fetch, the loader first. */
export function filesFor(manifest, tags) {
  const files = staticClosure(
    manifest,
    tags.map((tag) => entryKey(tag)),
  );
  return [LOADER, ...[...files.keys()].sort()];
}

/** Files these tags may fetch later, on demand (a language, a feature), and what those import. */
export function onDemandFor(manifest, tags) {
  const needed = staticClosure(
    manifest,
    tags.map((tag) => entryKey(tag)),
  );
  const later = new Map();
  const follow = (keys) => {
    for (const key of keys) {
      for (const dynamic of manifest[key].dynamicImports ?? []) {
        const before = later.size;
        staticClosure(manifest, [dynamic], later);
        if (later.size > before) follow([dynamic, ...(manifest[dynamic].imports ?? [])]);
      }
    }
  };
  follow([...needed.values()]);
  for (const file of needed.keys()) later.delete(file);
  return [...later.keys()].sort();
}

/** The files of ours a page fetched, relative to dist/, each once, without query strings. */
export function fetchedFromDist(requests) {
  const paths = requests
    .map((url) => new URL(url, 'http://x').pathname)
    .filter((path) => path.startsWith(DIST) && path.endsWith('.js'))
    .map((path) => path.slice(DIST.length));
  return [...new Set(paths)];
}
