// A small static file server for tests and the bench: serves the repository
// (or a folder) on 127.0.0.1, optionally with a strict Content-Security-Policy
// on every HTML page, exactly as a locked-down intranet would.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** script-src 'self' and nothing inline; styles only from files (Lit's adopted sheets are allowed by spec). */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

/**
 * `extraPages`: HTML served at a path. `handlers`: a function answering
 * requests to a path (an API endpoint a test controls). `cors`: files (not
 * pages) may be used by pages of any origin, as a CDN or a shared intranet
 * server allows.
 */
export function startStaticServer(root, { csp = null, extraPages = {}, handlers = {}, cors = false } = {}) {
  const server = createServer((request, response) => {
    const url = new URL(request.url, 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    if (handlers[path]) {
      handlers[path](request, response);
      return;
    }
    if (extraPages[path]) {
      response.writeHead(200, { 'content-type': TYPES['.html'], ...(csp ? { 'content-security-policy': csp } : {}) });
      response.end(extraPages[path]);
      return;
    }
    if (path === '/favicon.ico') {
      // Browsers ask for it unprompted; an empty answer keeps consoles clean.
      response.writeHead(204);
      response.end();
      return;
    }
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(root, path));
    if (!file.startsWith(normalize(root)) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('Not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const headers = { 'content-type': type, 'cache-control': 'no-store' };
    if (csp && type.startsWith('text/html')) headers['content-security-policy'] = csp;
    if (cors && !type.startsWith('text/html')) headers['access-control-allow-origin'] = '*';
    response.writeHead(200, headers);
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        origin: `http://127.0.0.1:${port}`,
        // A browser keeps idle connections open for minutes: closing them lets the server stop now.
        close: () =>
          new Promise((done) => {
            server.close(done);
            server.closeAllConnections();
          }),
      });
    });
  });
}
