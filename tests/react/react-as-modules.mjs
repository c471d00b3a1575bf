// React ships CommonJS only, which a browser cannot import. For the browser
// tests, `react` and `react-dom/client` are served as ES modules: one esbuild
// bundle of both (so there is one React), and a small module for each that
// hands on its names. An app's bundler does this itself.
import { createRequire } from 'node:module';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);
const MODULES = { react: 'React', 'react-dom/client': 'ReactDOMClient' };
/** A module's names, read from its production build: the development one patches the console as it loads. */
function namesOf(source) {
  const before = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    return Object.keys(require(source));
  } finally {
    if (before === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = before;
  }
}
const ROOT = '/__react/';
const fileOf = (source) => `${ROOT}${source.replaceAll('/', '-')}.js`;
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

export function reactAsModules() {
  let bundle;
  return {
    name: 'react-as-modules',
    resolveImport({ source }) {
      return source in MODULES ? fileOf(source) : undefined;
    },
    async serve(context) {
      if (!context.path.startsWith(ROOT)) return undefined;
      if (context.path === `${ROOT}bundle.js`) {
        bundle ??= build({
          stdin: {
            contents: Object.entries(MODULES)
              .map(([source, name]) => `export * as ${name} from '${source}';`)
              .join('\n'),
            resolveDir: process.cwd(),
          },
          bundle: true,
          format: 'esm',
          write: false,
          define: { 'process.env.NODE_ENV': '"development"' },
        }).then((result) => result.outputFiles[0].text);
        return { body: await bundle, type: 'js' };
      }
      const source = Object.keys(MODULES).find((name) => context.path === fileOf(name));
      if (!source) return undefined;
      const names = namesOf(source).filter((name) => IDENTIFIER.test(name) && name !== 'default');
      return {
        body: `import { ${MODULES[source]} as all } from '${ROOT}bundle.js';
export default all;
export const { ${names.join(', ')} } = all;`,
        type: 'js',
      };
    },
  };
}
