import { resolve } from 'node:path';
import { defineConfig, type Plugin, type UserConfig } from 'vite';

const root = import.meta.dirname;
const out = resolve(root, 'packages/coproduce/dist');
/** What both drop-in builds share: minified, with source maps, beside each other in dist/. */
const DROP_IN_BUILD = { outDir: out, emptyOutDir: false, target: 'es2022', minify: true, sourcemap: true } as const;
const ELEMENTS = [
  'coproduction-project',
  'mark-scorer',
  'values-agreement',
  'decision-log',
  'icebreaker-picker',
  'feedback-form',
];

/**
 * Writes into the loader, for each element, the chunks its file imports, so
 * the loader can ask for them all at once (`<link rel="modulepreload">`)
 * instead of the browser finding them only after it has read the element's
 * file: one round trip fewer before the element is ready.
 */
function preloadsInTheLoader(): Plugin {
  return {
    name: 'coproduce-preloads-in-the-loader',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((item) => item.type === 'chunk');
      const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      const closure = (file: string, into = new Set<string>()) => {
        for (const imported of byFile.get(file)?.imports ?? []) {
          if (into.has(imported)) continue;
          into.add(imported);
          closure(imported, into);
        }
        return into;
      };
      const preloads = Object.fromEntries(
        ELEMENTS.map((tag) => [tag, [...closure(`elements/${tag}.js`)].map((file) => `./${file}`)]),
      );
      const loader = byFile.get('coproduce.js');
      // In the loader, JSON.parse('"__COPRODUCE_PRELOADS__"'): a JSON string inside a JS string, so the minifier
      // cannot fold it away; it becomes the JSON of the map (file names hold no quote, backslash or backtick).
      const token = /"__COPRODUCE_PRELOADS__"/;
      if (!loader || !token.test(loader.code))
        throw new Error('The loader has lost its __COPRODUCE_PRELOADS__ placeholder');
      loader.code = loader.code.replace(token, JSON.stringify(preloads));
    },
  };
}

/**
 * Fails the build if two chunks import each other, directly or round a ring:
 * the module that runs first would call into one not yet run ("t is not a
 * function" in every element). Merging shared chunks (SHARED_CHUNKS) made
 * such a ring at some sizes, so the build checks for one rather than trusting them.
 */
function noChunkRings(): Plugin {
  return {
    name: 'coproduce-no-chunk-rings',
    generateBundle(_options, bundle) {
      const imports = new Map(
        Object.values(bundle).flatMap((item) => (item.type === 'chunk' ? [[item.fileName, item.imports]] : [])),
      );
      const done = new Set<string>();
      const visit = (file: string, path: string[]) => {
        if (path.includes(file))
          throw new Error(`Chunks import each other: ${[...path.slice(path.indexOf(file)), file].join(' → ')}`);
        if (done.has(file)) return;
        for (const imported of imports.get(file) ?? []) visit(imported, [...path, file]);
        done.add(file);
      };
      for (const file of imports.keys()) visit(file, []);
    },
  };
}

/**
 * How the drop-in's static shared code is cut into chunks. Left to itself the
 * bundler made one chunk per set of elements that share a module: a
 * `<mark-scorer>` page fetched 10 files and a `<feedback-form>` 8, and on a
 * plain HTTP/1.1 server those requests, not the bytes, were most of the wait
 * (bench/README.md, "Fewer files"). Now Lit, zod, context and core are one
 * chunk, `shared`, and what only the elements that keep a document use (the
 * document and files controllers, people, spreadsheets written) is another,
 * `documents`: a page fetches 3 to 7 files for about the same gzip bytes.
 * Languages, drawings and parts fetched on demand stay apart, as does what
 * only one element and its parts share. Each module goes to the group of the
 * widest set of elements that use it, so no chunk imports one that imports it
 * back (noChunkRings checks; the bundler's own merging of small chunks made
 * such rings). A module only the document elements use, added to core, goes in
 * DOCUMENTS_ONLY.
 */
const DOCUMENTS_ONLY =
  /packages\/core\/src\/(csv|files|participants|people|people-editor|day-fields|storage\/persisted-document|controllers\/(document|document-sharing|files)|sync\/(tabs|patches|hash)|participant-view)\.ts$|lit-html\/(directive|directive-helpers|directives\/repeat)\.js$/;
/**
 * What only a live session uses (Yjs, the Hocuspocus provider, y-indexeddb and
 * the session module) and the join link's QR code: never in `shared`, so a page
 * without `server` on its <coproduction-project> fetches none of it. The
 * session's modules go together into the chunk of sync/live-session.ts,
 * fetched on demand (tests/live/on-demand.test.ts, tests/live/dropin.test.mjs).
 * sync/binding.ts (an element's document bound to a shared one) is fetched on
 * demand too, by a second tab or a live session (tests/dropin/tabs.test.mjs).
 */
const LIVE_ONLY =
  /node_modules\/(yjs|lib0|y-indexeddb|y-protocols|@hocuspocus|@lifeomic|uqr)\/|packages\/core\/src\/sync\/(live-session|shared-doc|binding)\.ts$/;
const SHARED_CHUNKS = {
  groups: [
    {
      name: 'shared',
      priority: 2,
      test: (id: string) =>
        !DOCUMENTS_ONLY.test(id) &&
        !LIVE_ONLY.test(id) &&
        ((/node_modules/.test(id) && !/@lit-labs\/virtualizer/.test(id)) ||
          (/packages\/core\/src/.test(id) &&
            !/i18n\/(cy|easy-read-(en|cy))\.ts|pictures\/drawings|parse-csv/.test(id))),
    },
    { name: 'documents', priority: 1, test: (id: string) => DOCUMENTS_ONLY.test(id) },
  ],
};

/**
 * `vite` (npm start): serves the demo pages in demo/, which load the built
 * drop-in file exactly as a council intranet would.
 *
 * `vite build --mode dropin`: dist/coproduce.js, the drop-in loader, which
 * imports dist/elements/<tag>.js when a tag first appears; those share
 * dist/chunks/ (Lit, context and zod bundled, languages and features apart).
 *
 * `vite build --mode all`: dist/coproduce.all.js, every element in one
 * self-contained file, for sites that can upload only one file.
 *
 * `vite build --mode modules`: dist/modules/, one ES module per element class
 * and per define entry, sharing a core chunk, with lit, @lit/context and zod
 * left as imports for apps that bundle themselves; and react.js, the React
 * components, leaving @lit/react and React as imports.
 */
export default defineConfig(({ mode }): UserConfig => {
  if (mode === 'dropin') {
    return {
      build: {
        ...DROP_IN_BUILD,
        // Each element's chunks, for the drop-in tests and for hosts writing <link rel="modulepreload">.
        manifest: 'manifest.json',
        lib: {
          entry: {
            coproduce: resolve(root, 'packages/coproduce/src/coproduce.ts'),
            ...Object.fromEntries(
              ELEMENTS.map((tag) => [`elements/${tag}`, resolve(root, `packages/coproduce/src/elements/${tag}.ts`)]),
            ),
          },
          formats: ['es'],
          fileName: (_format, name) => `${name}.js`,
        },
        rolldownOptions: {
          plugins: [preloadsInTheLoader(), noChunkRings()],
          // Lit, core and every language or feature loaded on demand: shared chunks, fetched only by pages that need them.
          output: {
            minify: true,
            codeSplitting: SHARED_CHUNKS,
            chunkFileNames: (chunk) =>
              ['shared', 'documents'].includes(chunk.name)
                ? `chunks/${chunk.name}-[hash].js`
                : 'chunks/[name]-[hash].js',
          },
        },
      },
    };
  }
  if (mode === 'all') {
    return {
      build: {
        ...DROP_IN_BUILD,
        lib: {
          entry: resolve(root, 'packages/coproduce/src/all.ts'),
          formats: ['es'],
          fileName: () => 'coproduce.all.js',
        },
        // One file means everything inside it, languages and features loaded on demand elsewhere included.
        rolldownOptions: { output: { minify: true, codeSplitting: false } },
      },
    };
  }
  if (mode === 'modules') {
    return {
      build: {
        outDir: resolve(out, 'modules'),
        emptyOutDir: true,
        target: 'es2022',
        minify: false,
        sourcemap: true,
        lib: {
          entry: {
            index: resolve(root, 'packages/coproduce/src/index.ts'),
            define: resolve(root, 'packages/coproduce/src/define.ts'),
            internal: resolve(root, 'packages/coproduce/src/internal.ts'),
            // `coproduce/react`: React components made with @lit/react; React itself is the app's.
            react: resolve(root, 'packages/coproduce/src/react.ts'),
            'coproduction-project': resolve(root, 'packages/coproduction-project/src/index.ts'),
            'coproduction-project.define': resolve(root, 'packages/coproduction-project/src/define.ts'),
            'mark-scorer': resolve(root, 'packages/mark-scorer/src/index.ts'),
            'mark-scorer.define': resolve(root, 'packages/mark-scorer/src/define.ts'),
            'values-agreement': resolve(root, 'packages/values-agreement/src/index.ts'),
            'values-agreement.define': resolve(root, 'packages/values-agreement/src/define.ts'),
            'decision-log': resolve(root, 'packages/decision-log/src/index.ts'),
            'decision-log.define': resolve(root, 'packages/decision-log/src/define.ts'),
            'icebreaker-picker': resolve(root, 'packages/icebreaker-picker/src/index.ts'),
            'icebreaker-picker.define': resolve(root, 'packages/icebreaker-picker/src/define.ts'),
            'feedback-form': resolve(root, 'packages/feedback-form/src/index.ts'),
            'feedback-form.define': resolve(root, 'packages/feedback-form/src/define.ts'),
          },
          formats: ['es'],
        },
        rolldownOptions: {
          external: [/^lit($|\/)/, /^@lit\//, /^zod($|\/)/, /^react($|\/)/],
          // The chunk shared by every element is packages/core.
          output: { chunkFileNames: (chunk) => `shared/${chunk.name === 'src' ? 'core' : chunk.name}-[hash].js` },
        },
      },
    };
  }
  return {
    root,
    // demo/charity.html posts its feedback here: a stand-in for the charity's own endpoint.
    plugins: [
      {
        // The address Vite prints is the site's root: it must open the demo pages, not a 404.
        name: 'root-opens-the-demos',
        configureServer(server) {
          server.middlewares.use((request, response, next) => {
            if (request.url !== '/' && request.url !== '/index.html') return next();
            response.statusCode = 302;
            response.setHeader('Location', '/demo/');
            response.end();
          });
        },
      },
      {
        name: 'demo-feedback-endpoint',
        configureServer(server) {
          server.middlewares.use('/demo/api/feedback', (request, response) => {
            let body = '';
            request.on('data', (chunk: Buffer) => (body += chunk));
            request.on('end', () => {
              server.config.logger.info(`feedback received: ${body}`);
              response.statusCode = request.method === 'POST' ? 201 : 405;
              response.setHeader('Content-Type', 'application/json');
              response.end('{"ok":true}');
            });
          });
        },
      },
    ],
    server: { open: '/demo/', host: '127.0.0.1', port: 5173 },
    preview: { host: '127.0.0.1', port: 5173 },
  };
});
